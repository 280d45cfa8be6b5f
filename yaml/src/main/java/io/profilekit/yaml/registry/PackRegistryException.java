package io.profilekit.yaml.registry;

import io.profilekit.yaml.ReadException;

import java.util.Objects;

/**
 * A pack registry could not be read: a file is malformed, too large or unreadable, or two folders
 * define the same pack version. Registry files are read by the same located reader as profile
 * documents, so the message has the same shape as a {@link io.profilekit.yaml.ProfileParseException}'s,
 * {@code file:line:column: path: problem — hint}, and the parts are available one by one
 * ({@link ReadException}).
 *
 * <pre>{@code
 * try {
 *     PackDirectoryRegistry.load(Path.of("packs"));
 * } catch (PackRegistryException e) {
 *     e.getMessage();     // "kubernetes-1.33.6/pack.json:5:14: version: '1.33 6' is not a pack version: …"
 *     e.documentName();   // "kubernetes-1.33.6/pack.json"
 *     e.line();           // OptionalInt[5]
 * }
 * }</pre>
 */
public final class PackRegistryException extends ReadException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception for a problem at a place in a file.
     *
     * @param documentName the file, relative to the registry's root (e.g. {@code "kubernetes-1.33.6/pack.json"}),
     *     or empty if the problem concerns no single file
     * @param line the 1-based line, or 0 if unknown
     * @param column the 1-based column, or 0 if unknown
     * @param path the property path (e.g. {@code "constraints.dependencies[0].type"}), or empty
     * @param problem what was wrong
     * @param hint how to fix it, or empty
     * @param cause the underlying exception, or null
     * @throws NullPointerException if a text argument is null
     */
    public PackRegistryException(String documentName, int line, int column, String path, String problem, String hint,
                                 Throwable cause) {
        super(documentName, line, column, path, problem, hint, cause);
    }

    /**
     * Creates an exception for a problem that concerns no single place.
     *
     * @param problem what was wrong
     * @param cause the underlying exception, or null
     */
    public PackRegistryException(String problem, Throwable cause) {
        this("", 0, 0, "", Objects.requireNonNull(problem, "problem must not be null"), "", cause);
    }
}
