package io.profilekit.yaml.registry;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A pack registry could not be read: a file is malformed, too large or unreadable, or two folders
 * define the same pack version. The message says what was wrong and where; the parts are also
 * available one by one.
 *
 * <pre>{@code
 * try {
 *     PackDirectoryRegistry.load(Path.of("packs"));
 * } catch (PackRegistryException e) {
 *     e.getMessage();  // "kubernetes-1.33.6/pack.json line 5, column 14, field 'version': '1.33 6' is not a pack version: …"
 *     e.file();        // Optional[kubernetes-1.33.6/pack.json]
 *     e.line();        // OptionalInt[5]
 * }
 * }</pre>
 */
public class PackRegistryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The file, relative to the registry's root; null when the problem concerns no single file. */
    private final String file;
    /** 1-based; 0 when unknown. */
    private final int line;
    /** 1-based; 0 when unknown. */
    private final int column;
    /** Dotted path of the field; null when the problem concerns no single field. */
    private final String field;
    /** The problem without its location. */
    private final String problem;

    /**
     * Creates an exception for a problem at a place in a file.
     *
     * @param file the file, relative to the registry's root (e.g. {@code "kubernetes-1.33.6/pack.json"}),
     *     or null if the problem concerns no single file
     * @param line the 1-based line, or 0 if unknown
     * @param column the 1-based column, or 0 if unknown
     * @param field the dotted path of the field (e.g. {@code "constraints.dependencies[0].type"}),
     *     or null if none
     * @param problem what was wrong and, where it helps, what would be valid
     * @param cause the underlying exception, or null
     * @throws NullPointerException if {@code problem} is null
     */
    public PackRegistryException(String file, int line, int column, String field, String problem, Throwable cause) {
        super(format(file, line, column, field, Objects.requireNonNull(problem, "problem")), cause);
        this.file = file;
        this.line = Math.max(0, line);
        this.column = Math.max(0, column);
        this.field = field;
        this.problem = problem;
    }

    /**
     * Creates an exception for a problem that concerns no single place.
     *
     * @param problem what was wrong
     * @param cause the underlying exception, or null
     */
    public PackRegistryException(String problem, Throwable cause) {
        this(null, 0, 0, null, problem, cause);
    }

    private static String format(String file, int line, int column, String field, String problem) {
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append(file);
            if (line > 0) {
                sb.append(" line ").append(line);
                if (column > 0) {
                    sb.append(", column ").append(column);
                }
            }
        }
        if (field != null && !field.isEmpty()) {
            sb.append(sb.length() > 0 ? ", " : "").append("field '").append(field).append('\'');
        }
        return sb.length() == 0 ? problem : sb.append(": ").append(problem).toString();
    }

    /**
     * The file the problem is in, relative to the registry's root.
     *
     * @return e.g. {@code "kubernetes-1.33.6/pack.json"}, or empty
     */
    public Optional<String> file() {
        return Optional.ofNullable(file);
    }

    /**
     * The 1-based line of the problem.
     *
     * @return the line, or empty if unknown
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
     * The dotted path of the field at fault.
     *
     * @return e.g. {@code "constraints.dependencies[0].minVersion"}, or empty
     */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /**
     * The problem, without file, line and field.
     *
     * @return the bare message
     */
    public String problem() {
        return problem;
    }
}
