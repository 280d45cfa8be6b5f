package io.profilekit.yaml;

import java.util.Objects;

/**
 * Something in a document that was read but not kept: a field Palette adds that the model has no
 * place for (a read-only uid, a status), an add-on layer or profile variables that an
 * {@code InfrastructureProfile} cannot hold yet. Palette's formats are tolerant, so such content
 * does not fail the read, but it is never dropped silently either: see
 * {@link ProfileFormat#readWithWarnings(String)}.
 *
 * @param documentName the document's name, e.g. {@code "export.json"} or {@code "<string>"}
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
     */
    public ReadWarning {
        Objects.requireNonNull(documentName, "documentName must not be null");
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(message, "message must not be null");
    }

    /**
     * {@code document:line:column: path: message}.
     *
     * @return e.g. {@code "<string>:7:5: spec.variables: profile variables are not supported yet…"}
     */
    @Override
    public String toString() {
        return documentName + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": "
                + (path.isEmpty() ? "" : path + ": ") + message;
    }
}
