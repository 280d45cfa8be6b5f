package io.profilekit.yaml;

import io.profilekit.rules.SourceLocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Replaces scalar values of a document's text in place, keeping everything else byte for byte —
 * comments, blank lines, key order, indentation and the quoting style of the value replaced. This
 * is how a tool changes a few versions of a profile someone maintains by hand without rewriting the
 * whole file. Locations come from {@link SourceMap#locateValue(String)}.
 *
 * <pre>{@code
 * ReadResult read = ProfileDocuments.yaml().readWithWarnings(new StringReader(text), "profile.yaml");
 * SourceLocation at = read.sourceMap(0).locateValue("layers[1].pack.version").orElseThrow();
 * String upgraded = ScalarEdits.apply(text, List.of(new ScalarEdits.Edit(at, "1.31.2", "1.32.9")));
 * }</pre>
 */
public final class ScalarEdits {
    private ScalarEdits() {
    }

    /**
     * One replacement.
     *
     * @param at where the value starts (line and column, 1-based)
     * @param oldValue the value found there, as read (without quotes); checked before replacing
     * @param newValue the value to write, in the old value's quoting style
     */
    public record Edit(SourceLocation at, String oldValue, String newValue) {
        /**
         * Checks the components.
         *
         * @param at where the value starts
         * @param oldValue the value found there
         * @param newValue the value to write
         */
        public Edit {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(oldValue, "oldValue");
            Objects.requireNonNull(newValue, "newValue");
        }
    }

    /**
     * Applies edits to a text.
     *
     * @param text the document's text
     * @param edits the replacements, at distinct places
     * @return the edited text
     * @throws IllegalArgumentException if a place does not hold a one-line scalar with the old value,
     *     or the new value cannot be written in that scalar's style (a line break, or a character
     *     that would end a plain value)
     */
    public static String apply(String text, List<Edit> edits) {
        Objects.requireNonNull(text, "text");
        List<int[]> spans = new ArrayList<>();   // start, end, edit index
        for (int k = 0; k < edits.size(); k++) {
            Edit e = edits.get(k);
            int start = offset(text, e.at());
            int end = end(text, start);
            String found = text.substring(start, end);
            if (!unquote(found).equals(e.oldValue())) {
                throw new IllegalArgumentException(e.at() + ": expected the value '" + e.oldValue() + "' but found "
                        + found + "; was the file changed since it was read?");
            }
            spans.add(new int[] {start, end, k});
        }
        spans.sort(Comparator.comparingInt((int[] s) -> s[0]).reversed());
        StringBuilder sb = new StringBuilder(text);
        int last = Integer.MAX_VALUE;
        for (int[] s : spans) {
            if (s[1] > last) {
                throw new IllegalArgumentException("two edits overlap at " + edits.get(s[2]).at());
            }
            String old = text.substring(s[0], s[1]);
            sb.replace(s[0], s[1], styled(old, edits.get(s[2])));
            last = s[0];
        }
        return sb.toString();
    }

    private static int offset(String text, SourceLocation at) {
        int pos = 0;
        for (int line = 1; line < at.line(); line++) {
            int nl = text.indexOf('\n', pos);
            if (nl < 0) {
                throw new IllegalArgumentException(at + ": the text has fewer lines");
            }
            pos = nl + 1;
        }
        int nl = text.indexOf('\n', pos);
        int lineEnd = nl < 0 ? text.length() : nl;
        int offset = pos + at.column() - 1;
        if (offset >= lineEnd) {
            throw new IllegalArgumentException(at + ": the line is shorter");
        }
        return offset;
    }

    /** Where the one-line scalar starting at {@code start} ends (exclusive). */
    private static int end(String text, int start) {
        char first = text.charAt(start);
        if (first == '"' || first == '\'') {
            for (int i = start + 1; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n') {
                    break;
                }
                if (first == '"' && c == '\\') {
                    i++;
                } else if (c == first) {
                    if (first == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                        i++;
                        continue;
                    }
                    return i + 1;
                }
            }
            throw new IllegalArgumentException("a quoted value spans lines; ProfileKit edits one-line values only");
        }
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == ',' || c == '}' || c == ']'
                    || (c == '#' && i > start && Character.isWhitespace(text.charAt(i - 1)))) {
                break;
            }
            i++;
        }
        while (i > start && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static String unquote(String token) {
        if (token.length() >= 2 && token.startsWith("\"") && token.endsWith("\"")) {
            return token.substring(1, token.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        if (token.length() >= 2 && token.startsWith("'") && token.endsWith("'")) {
            return token.substring(1, token.length() - 1).replace("''", "'");
        }
        return token;
    }

    private static String styled(String old, Edit e) {
        String v = e.newValue();
        for (int i = 0; i < v.length(); i++) {
            if (Character.isISOControl(v.charAt(i))) {
                throw new IllegalArgumentException(e.at() + ": the new value holds a control character");
            }
        }
        if (old.startsWith("\"")) {
            return "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        if (old.startsWith("'")) {
            return "'" + v.replace("'", "''") + "'";
        }
        if (v.isEmpty() || !v.matches("[A-Za-z0-9_.+~-][A-Za-z0-9_.+~<>=^| -]*") || v.endsWith(" ")) {
            return "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        return v;
    }
}
