package io.profilekit.yaml;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A document could not be read as a profile: it is not valid YAML or JSON, breaks a
 * {@linkplain ReadLimits read limit}, or does not have the shape of the format (an unknown field in
 * ProfileKit's strict format, a list where a mapping belongs, a missing {@code kind}…).
 *
 * <p>Carries where the problem is — the document's name (a file's path, or {@code <string>} /
 * {@code <reader>}), the 1-based line and column, and the property path such as
 * {@code spec.layers[1].pack.version} — what is wrong, and a hint on how to fix it. Semantic
 * problems (an unknown pack, a bad version, layers out of order) are not parse errors: they reach
 * the validator's report instead. Unchecked; ProfileKit never lets a Jackson or YAML-engine
 * exception escape in its place.
 *
 * <pre>{@code
 * try {
 *     ProfileDocuments.yaml().read(Path.of("profile.yaml"));
 * } catch (ProfileParseException e) {
 *     e.getMessage();   // profile.yaml:12:9: spec.layers[1].pack.verison: unknown field 'verison' — did you mean 'version'?
 *     e.path();         // spec.layers[1].pack.verison
 * }
 * }</pre>
 */
public final class ProfileParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The document's name. */
    private final String documentName;
    /** The 1-based line, 0 if unknown. */
    private final int line;
    /** The 1-based column, 0 if unknown. */
    private final int column;
    /** The property path. */
    private final String path;
    /** What is wrong. */
    private final String problem;
    /** How to fix it. */
    private final String hint;

    /**
     * Creates the exception.
     *
     * @param documentName the document's name, e.g. {@code "profile.yaml"} or {@code "<string>"}
     * @param line the 1-based line, or 0 if unknown
     * @param column the 1-based column, or 0 if unknown
     * @param path the property path, e.g. {@code "spec.layers[1].pack.version"}; empty for the document itself
     * @param problem what is wrong
     * @param hint how to fix it; empty if there is nothing to add
     * @param cause the underlying exception, or null
     * @throws NullPointerException if a text argument is null
     */
    public ProfileParseException(String documentName, int line, int column, String path, String problem, String hint,
                                 Throwable cause) {
        super(format(documentName, line, column, path, problem, hint), cause);
        this.documentName = documentName;
        this.line = Math.max(0, line);
        this.column = Math.max(0, column);
        this.path = path;
        this.problem = problem;
        this.hint = hint;
    }

    private static String format(String documentName, int line, int column, String path, String problem,
                                 String hint) {
        Objects.requireNonNull(documentName, "documentName must not be null");
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(problem, "problem must not be null");
        Objects.requireNonNull(hint, "hint must not be null");
        StringBuilder sb = new StringBuilder(documentName);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": ");
        if (!path.isEmpty()) {
            sb.append(path).append(": ");
        }
        sb.append(problem);
        if (!hint.isEmpty()) {
            sb.append(" — ").append(hint);
        }
        return sb.toString();
    }

    /**
     * The document's name: the path of a file, {@code <string>} for text, {@code <reader>} for a reader.
     *
     * @return the name
     */
    public String documentName() {
        return documentName;
    }

    /**
     * The 1-based line of the problem.
     *
     * @return the line, or empty if the problem has no single place (e.g. the document is too large)
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
     * The property path of the problem, e.g. {@code spec.layers[1].pack.version}.
     *
     * @return the path; empty when the problem concerns the document as a whole
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
