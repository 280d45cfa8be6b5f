package io.profilekit.yaml;

import io.profilekit.yaml.internal.Located;

import java.util.OptionalInt;

/**
 * A document or registry file could not be read, with where and why. Every reading error
 * ProfileKit reports has this one shape — {@link ProfileParseException} for profile documents,
 * {@link io.profilekit.yaml.registry.PackRegistryException} for pack folders and Helm indexes, both
 * read by the same located reader — and its message reads the same way, as compilers print theirs:
 * {@code file:line:column: path: problem — hint}. Catch this type to handle both alike.
 *
 * <pre>{@code
 * try {
 *     PackRegistry packs = PackDirectoryRegistry.load(Path.of("packs"));
 *     ClusterProfile profile = ProfileDocuments.yaml().read(Path.of("profile.yaml"));
 * } catch (ReadException e) {
 *     e.getMessage();     // "kubernetes-1.33.6/pack.json:5:14: version: '1.33 6' is not a pack version …"
 *     e.documentName();   // "kubernetes-1.33.6/pack.json"
 *     e.line();           // OptionalInt[5]
 *     e.path();           // "version"
 * }
 * }</pre>
 */
public abstract class ReadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The document or file; empty when the problem concerns no single file. */
    private final String documentName;
    /** The 1-based line, 0 if unknown. */
    private final int line;
    /** The 1-based column, 0 if unknown. */
    private final int column;
    /** The property path; empty for the document as a whole. */
    private final String path;
    /** What is wrong. */
    private final String problem;
    /** How to fix it; empty if there is nothing to add. */
    private final String hint;

    /**
     * Creates the exception; the message is formatted from the parts.
     *
     * @param documentName the document or file, e.g. {@code "profile.yaml"}, {@code "<string>"} or
     *     {@code "kubernetes-1.33.6/pack.json"}; empty if the problem concerns no single file
     * @param line the 1-based line, or 0 if unknown
     * @param column the 1-based column, or 0 if unknown
     * @param path the property path, e.g. {@code "spec.layers[1].pack.version"}; empty for the document itself
     * @param problem what is wrong
     * @param hint how to fix it; empty if there is nothing to add
     * @param cause the underlying exception, or null
     * @throws NullPointerException if a text argument is null
     */
    protected ReadException(String documentName, int line, int column, String path, String problem, String hint,
                            Throwable cause) {
        super(Located.format(documentName, line, column, path, problem, hint), cause);
        this.documentName = documentName;
        this.line = Math.max(0, line);
        this.column = Math.max(0, column);
        this.path = path;
        this.problem = problem;
        this.hint = hint;
    }

    /**
     * The document or file the problem is in.
     *
     * @return a file's path (relative to a registry's root for registry files), {@code <string>} or
     *     {@code <reader>} for text; empty when the problem concerns no single file
     */
    public String documentName() {
        return documentName;
    }

    /**
     * The 1-based line of the problem.
     *
     * @return the line, or empty if the problem has no single place (e.g. the input is too large)
     */
    public OptionalInt line() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }

    /**
     * The 1-based column of the problem.
     *
     * @return the column, or empty if unknown
     */
    public OptionalInt column() {
        return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
    }

    /**
     * The property path of the problem, e.g. {@code spec.layers[1].pack.version} or
     * {@code constraints.dependencies[0].type}.
     *
     * @return the path; empty when the problem concerns the input as a whole
     */
    public String path() {
        return path;
    }

    /**
     * What is wrong, without location or hint.
     *
     * @return e.g. {@code "unknown field 'verison'"}
     */
    public String problem() {
        return problem;
    }

    /**
     * How to fix it.
     *
     * @return e.g. {@code "did you mean 'version'?"}; empty if there is nothing to add
     */
    public String hint() {
        return hint;
    }
}
