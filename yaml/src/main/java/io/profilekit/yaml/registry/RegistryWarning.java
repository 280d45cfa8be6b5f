package io.profilekit.yaml.registry;

import java.util.Objects;

/**
 * Something a registry reader tolerated rather than refused: a field Palette's schema does not list,
 * a dependency without its required {@code type}, a missing {@code values.yaml}. Palette publishes
 * packs with such quirks, so they are reported, not fatal.
 *
 * <pre>{@code
 * PackDirectoryRegistry packs = PackDirectoryRegistry.load(Path.of("packs"));
 * packs.warnings().forEach(w -> log.warn(w.toString()));
 * // nvidia-dra-driver-25.8.1/pack.json line 12, column 9, field 'constraints.dependencies[0].type': …
 * }</pre>
 *
 * @param file the file, relative to the registry's root, e.g. {@code "kubernetes-1.33.6/pack.json"}
 * @param line the 1-based line, or 0 if unknown
 * @param column the 1-based column, or 0 if unknown
 * @param field the dotted path of the field, or {@code ""} if the warning concerns the whole file
 * @param message what was tolerated and what the reader did about it
 */
public record RegistryWarning(String file, int line, int column, String field, String message) {
    /**
     * Creates a warning.
     *
     * @param file the file, relative to the registry's root
     * @param line the 1-based line, or 0 if unknown
     * @param column the 1-based column, or 0 if unknown
     * @param field the dotted path of the field, or {@code ""}
     * @param message what was tolerated
     * @throws NullPointerException if {@code file}, {@code field} or {@code message} is null
     * @throws IllegalArgumentException if {@code line} or {@code column} is negative
     */
    public RegistryWarning {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0 (0 = unknown), got " + line + ":" + column);
        }
    }

    /**
     * The warning as one line: file, line, column, field and message.
     *
     * @return e.g. {@code "a-1.0/pack.json line 3, column 5, field 'kubeVersion': not in Palette's pack.json schema; ignored"}
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(" line ").append(line);
            if (column > 0) {
                sb.append(", column ").append(column);
            }
        }
        if (!field.isEmpty()) {
            sb.append(", field '").append(field).append('\'');
        }
        return sb.append(": ").append(message).toString();
    }
}
