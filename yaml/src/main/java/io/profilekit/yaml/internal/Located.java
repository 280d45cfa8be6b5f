package io.profilekit.yaml.internal;

import io.profilekit.rules.SafeText;
import io.profilekit.yaml.ProfileParseException;
import io.profilekit.yaml.registry.PackRegistryException;

import java.util.Objects;

/**
 * The one format of a located problem or warning, {@code file:line:column: path: problem — hint},
 * with the text from the input made safe for a terminal ({@link SafeText}), shared by {@link io.profilekit.yaml.ReadException} ({@link ProfileParseException},
 * {@link PackRegistryException}) and {@link io.profilekit.yaml.ReadWarning}.
 */
public final class Located {
    private Located() {
    }

    /**
     * Formats a located problem.
     *
     * @param documentName the document or file; empty for none
     * @param line the 1-based line, 0 if unknown
     * @param column the 1-based column, 0 if unknown
     * @param path the property path; empty for none
     * @param problem what is wrong
     * @param hint how to fix it; empty for none
     * @return the message
     */
    public static String format(String documentName, int line, int column, String path, String problem, String hint) {
        Objects.requireNonNull(documentName, "documentName must not be null");
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(problem, "problem must not be null");
        Objects.requireNonNull(hint, "hint must not be null");
        StringBuilder sb = new StringBuilder(cut(documentName));
        if (!documentName.isEmpty() && line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        if (sb.length() > 0) {
            sb.append(": ");
        }
        if (!path.isEmpty()) {
            sb.append(cut(path)).append(": ");
        }
        sb.append(SafeText.escape(problem));
        if (!hint.isEmpty()) {
            sb.append(" — ").append(SafeText.escape(hint));
        }
        return sb.toString();
    }

    /**
     * A name or property path made safe and cut short: a path is made of the input's keys, and a
     * key may be as long as the file, so it is cut after {@value SafeText#MAX_QUOTED} characters
     * (saying how long it was) as a quoted token is.
     */
    private static String cut(String text) {
        if (text.length() <= SafeText.MAX_QUOTED) {
            return SafeText.escape(text);
        }
        String quoted = SafeText.quote(text);
        int end = quoted.lastIndexOf("'… (");
        return quoted.substring(1, end) + "… (" + quoted.substring(end + 4);
    }

    /**
     * A registry failure with the parts of a parse error: registry readers read through the same
     * located reader as documents.
     *
     * @param e the parse error
     * @return the registry failure
     */
    public static PackRegistryException registryError(ProfileParseException e) {
        return new PackRegistryException(e.documentName(), e.line().orElse(0), e.column().orElse(0), e.path(),
                e.problem(), e.hint(), e);
    }
}
