package io.profilekit.rules;

import io.profilekit.internal.Checks;

/**
 * Where in a document something was read: the document's name (a file path, {@code <stdin>}), a
 * 1-based line and a 1-based column. Printed as compilers print it, {@code file:line:column}, so
 * that terminals and editors link it.
 *
 * <pre>{@code
 * SourceLocation at = new SourceLocation("profiles/aws.yaml", 12, 9);
 * at.toString();   // "profiles/aws.yaml:12:9"
 * }</pre>
 *
 * @param document the document's name, as messages give it
 * @param line the 1-based line
 * @param column the 1-based column
 */
public record SourceLocation(String document, int line, int column) {
    /**
     * Checks the parts.
     *
     * @param document the document's name, as messages give it
     * @param line the 1-based line
     * @param column the 1-based column
     * @throws NullPointerException if {@code document} is null
     * @throws IllegalArgumentException if {@code line} or {@code column} is below 1
     */
    public SourceLocation {
        Checks.notNull(document, "document");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column start at 1, got " + line + ":" + column);
        }
    }

    /** @return {@code document:line:column}, the document's name escaped for a terminal */
    @Override
    public String toString() {
        return SafeText.escape(document) + ":" + line + ":" + column;
    }
}
