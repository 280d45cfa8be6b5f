package io.profilekit.validation.internal;

import io.profilekit.rules.Suggestions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Text helpers for messages and hints. Internal: not part of ProfileKit's API. */
public final class Texts {
    /** User text longer than this many code points is shortened in messages. */
    static final int MAX_QUOTED = 200;

    private Texts() {
    }

    /**
     * User text in single quotes, literally, except that control and format characters (line
     * breaks, NUL, right-to-left overrides…) are written as escapes such as {@code \n} or
     * {@code \u202E}, so that a message stays on one line and reads as what it is, and text longer
     * than {@value #MAX_QUOTED} code points is cut, saying how long it was.
     *
     * @param text the user's text
     * @return the quoted text
     */
    public static String quote(String text) {
        StringBuilder sb = new StringBuilder(Math.min(text.length(), MAX_QUOTED) + 16).append('\'');
        int count = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (count == MAX_QUOTED) {
                sb.append("'… (").append(text.codePointCount(0, text.length())).append(" characters)");
                return sb.toString();
            }
            count++;
            appendEscaped(sb, cp);
        }
        return sb.append('\'').toString();
    }

    private static void appendEscaped(StringBuilder sb, int cp) {
        switch (cp) {
            case '\n':
                sb.append("\\n");
                return;
            case '\r':
                sb.append("\\r");
                return;
            case '\t':
                sb.append("\\t");
                return;
            default:
                break;
        }
        int type = Character.getType(cp);
        if (Character.isISOControl(cp) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE) {
            for (char c : Character.toChars(cp)) {
                sb.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            }
        } else {
            sb.appendCodePoint(cp);
        }
    }

    /**
     * The number of code points in a text (what clouds count as characters).
     *
     * @param text the text
     * @return its length in code points
     */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /**
     * Joins up to {@code max} items with commas, adding {@code …} if there were more.
     *
     * @param items the items
     * @param max the most to show
     * @return e.g. {@code "a, b, c, …"}
     */
    public static String list(Collection<String> items, int max) {
        List<String> shown = new ArrayList<>();
        for (String item : items) {
            if (shown.size() == max) {
                shown.add("…");
                break;
            }
            shown.add(item);
        }
        return String.join(", ", shown);
    }

    /**
     * The candidates closest to {@code name}: by case-insensitive edit distance of at most a third
     * of the name's length (at least 2), then names that contain it or that it contains; closest
     * first, ties by name.
     *
     * @param name the unknown name
     * @param candidates the known names
     * @param max the most to return
     * @return the closest names
     */
    public static List<String> closest(String name, Collection<String> candidates, int max) {
        return Suggestions.closest(name, candidates, max);
    }
}
