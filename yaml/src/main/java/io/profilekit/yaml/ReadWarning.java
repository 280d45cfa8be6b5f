package io.profilekit.yaml;

import io.profilekit.yaml.internal.Located;

import java.util.Objects;

/**
 * Something a reader tolerated rather than refused, with where it is — the one warning type of
 * every reader. In a document: content that was read but not kept, such as a field Palette adds
 * that the model has no place for (a status, a registry's {@code isSyncSupported}, a layer
 * ProfileKit does not know); Palette's formats are tolerant, so such
 * content does not fail the read, but it is never dropped silently either (see
 * {@link ProfileFormat#readWithWarnings(String)}). In a registry file: a quirk that Palette itself
 * publishes, such as a field its {@code pack.json} schema does not list, a dependency without its
 * required {@code type} or a missing {@code values.yaml} (see
 * {@link io.profilekit.yaml.registry.PackDirectoryRegistry#warnings()}).
 *
 * @param documentName the document's name, e.g. {@code "export.json"}, {@code "<string>"} or a
 *     registry file relative to the registry's root, {@code "kubernetes-1.33.6/pack.json"}
 * @param line the 1-based line of the ignored content, or 0 if unknown
 * @param column the 1-based column, or 0 if unknown
 * @param path the property path, e.g. {@code "spec.template.packs[4]"}
 * @param message what was not kept and why
 */
public record ReadWarning(String documentName, int line, int column, String path, String message) {
    /**
     * Creates a warning.
     *
     * @param documentName the document's name
     * @param line the 1-based line, or 0
     * @param column the 1-based column, or 0
     * @param path the property path
     * @param message what was not kept and why
     * @throws NullPointerException if a text component is null
     * @throws IllegalArgumentException if {@code line} or {@code column} is negative
     */
    public ReadWarning {
        Objects.requireNonNull(documentName, "documentName must not be null");
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(message, "message must not be null");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0 (0 = unknown), got " + line + ":" + column);
        }
    }

    /**
     * {@code document:line:column: path: message}, as a {@link ReadException}'s message reads.
     *
     * @return e.g. {@code "<string>:7:5: status: field 'status' has no place in ProfileKit's model; ignored"}
     */
    @Override
    public String toString() {
        return Located.format(documentName, line, column, path, message, "");
    }
}
