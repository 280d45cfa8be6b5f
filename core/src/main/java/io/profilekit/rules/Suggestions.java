package io.profilekit.rules;

import io.profilekit.internal.Checks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean" suggestions: the known names closest to a misspelled one. ProfileKit's resolver,
 * validator and document readers use it for their hints, and your own rules can too. Stateless
 * and thread-safe.
 *
 * <pre>{@code
 * Suggestions.closest("cni-calic0", registry.packNames(), 3);   // [cni-calico]
 * Suggestions.closest("verison", List.of("name", "version"));   // Optional[version]
 * }</pre>
 */
public final class Suggestions {
    private Suggestions() {
    }

    /**
     * The candidates closest to {@code name}: those within a case-insensitive edit distance of a
     * third of the name's length (at least 2), then those that contain the name or that it
     * contains (for names of 3 or more characters); closest first, ties by name. A candidate equal
     * to the name but for case comes first. Long, unlike text costs little: the distance is
     * computed only up to the limit.
     *
     * @param name the unknown name
     * @param candidates the known names
     * @param max the most to return
     * @return up to {@code max} names, closest first
     * @throws NullPointerException if an argument or candidate is null
     * @throws IllegalArgumentException if {@code max} is negative
     */
    public static List<String> closest(String name, Collection<String> candidates, int max) {
        Checks.notNull(name, "name");
        Checks.notNull(candidates, "candidates");
        if (max < 0) {
            throw new IllegalArgumentException("max must not be negative, was " + max);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, lower.length() / 3);
        record Scored(String name, int score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (String candidate : candidates) {
            String c = Checks.notNull(candidate, "candidate").toLowerCase(Locale.ROOT);
            if (c.equals(lower) && !candidate.equals(name)) {
                scored.add(new Scored(candidate, 0));
                continue;
            }
            int d = editDistance(lower, c, limit);
            if (d <= limit) {
                scored.add(new Scored(candidate, d));
            } else if (lower.length() >= 3 && (c.contains(lower) || lower.contains(c))) {
                scored.add(new Scored(candidate, limit + 1));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::score).thenComparing(Scored::name));
        List<String> out = new ArrayList<>();
        for (Scored s : scored) {
            if (out.size() == max) {
                break;
            }
            out.add(s.name());
        }
        return out;
    }

    /**
     * The single closest candidate; see {@link #closest(String, Collection, int)}.
     *
     * @param name the unknown name
     * @param candidates the known names
     * @return the closest name, or empty if none is close
     */
    public static Optional<String> closest(String name, Collection<String> candidates) {
        return closest(name, candidates, 1).stream().findFirst();
    }

    /**
     * The edit (Levenshtein) distance between two strings, computed only up to {@code limit}.
     *
     * @param a a string
     * @param b a string
     * @param limit the largest distance of interest
     * @return the distance, or {@code limit + 1} if it is larger than {@code limit}
     */
    public static int editDistance(String a, String b, int limit) {
        Checks.notNull(a, "a");
        Checks.notNull(b, "b");
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[b.length()], limit + 1);
    }
}
