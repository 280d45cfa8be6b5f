package io.profilekit.examples.cli;

import io.profilekit.resolve.ProfileResolutionException;
import io.profilekit.resolve.ResolutionFailure;
import io.profilekit.rules.SafeText;

import java.io.PrintWriter;

/**
 * The one way the command line prints a line meant for a person: every line passes through
 * {@link SafeText#escape(String)}, so that names, file names and messages taken from documents and
 * registries cannot recolour, retitle or clear a terminal, nor forge a line of output. Documents
 * written by {@code resolve} and {@code convert} are data and are printed by their writers, which
 * escape what their formats allow.
 */
final class Terminal {
    private Terminal() {
    }

    /** Prints one line, escaped. */
    static void line(PrintWriter to, String text) {
        to.println(SafeText.escape(text));
    }

    /**
     * Prints a resolution failure: a heading line, then one indented line per failing layer, each
     * escaped on its own.
     */
    static void failures(PrintWriter to, String prefix, ProfileResolutionException e) {
        String message = e.getMessage();
        int nl = message.indexOf('\n');
        line(to, prefix + (nl < 0 ? message : message.substring(0, nl)));
        for (ResolutionFailure f : e.failures()) {
            line(to, "  " + f);
        }
    }

    /**
     * JSON text with the characters that JSON may leave raw but a terminal acts on (C1 controls,
     * bidirectional and other format characters, line and paragraph separators) written as
     * {@code \}{@code uXXXX} escapes. Outside strings JSON holds only ASCII, so the document reads
     * back the same.
     */
    static String json(String json) {
        StringBuilder sb = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            boolean escape = (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029'
                    || Character.getType(c) == Character.FORMAT
                    || (Character.isSurrogate(c) && Character.getType(json.codePointAt(Character.isLowSurrogate(c)
                            && i > 0 ? i - 1 : i)) == Character.FORMAT);
            if (escape && sb == null) {
                sb = new StringBuilder(json.length() + 16).append(json, 0, i);
            }
            if (sb != null) {
                if (escape) {
                    sb.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? json : sb.toString();
    }
}
