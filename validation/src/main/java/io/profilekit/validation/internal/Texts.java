package io.profilekit.validation.internal;

import io.profilekit.rules.SafeText;
import io.profilekit.rules.Suggestions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Text helpers for messages and hints. Internal: not part of ProfileKit's API. */
public final class Texts {
    /** User text longer than this many code points is shortened in messages. */
    static final int MAX_QUOTED = SafeText.MAX_QUOTED;

    private Texts() {
    }

    /**
     * User text in single quotes, made safe by {@link SafeText#quote(String)}: the one place
     * ProfileKit escapes user text, so that a message stays on one line and reads as what it is
     * (control and format characters escaped, text longer than {@value #MAX_QUOTED} code points cut).
     *
     * @param text the user's text
     * @return the quoted text
     */
    public static String quote(String text) {
        return SafeText.quote(text);
    }

    /**
     * The note to add to a "did you mean" hint when a name mixes scripts, so that a look-alike
     * ({@code cni-cаlico} with a Cyrillic {@code а}) is explained.
     *
     * @param name the name the user gave
     * @return e.g. {@code "; note: 'cni-cаlico' mixes Latin and Cyrillic (а U+0430)"}, or empty
     */
    public static String mixedScriptsNote(String name) {
        return SafeText.mixedScripts(name).map(m -> "; note: " + quote(name) + " " + m).orElse("");
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
