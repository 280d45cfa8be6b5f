package io.profilekit.validation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The search behind the upgrade planner: variables (layers) with candidate lists ordered from most
 * to least wanted, and a pairwise compatibility test. {@link #lexMax} finds the combination that
 * is greatest in the variables' order — the first variable as new as any valid combination allows,
 * then the second, and so on — by depth-first search with forward checking (each choice removes the
 * candidates of later variables it is incompatible with, so a dead end is seen at once). Such a
 * combination is also a local optimum: no single variable can take a more wanted candidate without
 * breaking a compatibility. Internal: not part of ProfileKit's API.
 */
public final class UpgradeSearch {
    private UpgradeSearch() {
    }

    /** Whether candidate {@code ca} of variable {@code a} and candidate {@code cb} of variable {@code b} fit together. */
    @FunctionalInterface
    public interface Compatibility {
        /**
         * @param a a variable
         * @param ca a candidate of {@code a}
         * @param b another variable
         * @param cb a candidate of {@code b}
         * @return true if they fit
         */
        boolean fits(int a, int ca, int b, int cb);
    }

    /** The outcome of a search. */
    public enum Outcome {
        /** The greatest combination was found. */
        FOUND,
        /** No combination fits. */
        NONE,
        /** The search gave up after its budget of steps. */
        BUDGET
    }

    /**
     * The result.
     *
     * @param outcome what happened
     * @param choice the chosen candidate of each variable, for {@link Outcome#FOUND}
     */
    public record Result(Outcome outcome, Optional<int[]> choice) {
    }

    /**
     * The greatest combination in the variables' order.
     *
     * @param domains each variable's candidates (by number), most wanted first
     * @param interacts which pairs of variables can be incompatible at all
     * @param compatibility the pairwise test
     * @param budget the most search steps
     * @return the result
     */
    public static Result lexMax(List<List<Integer>> domains, boolean[][] interacts, Compatibility compatibility,
                                long budget) {
        int n = domains.size();
        for (List<Integer> d : domains) {
            if (d.isEmpty()) {
                return new Result(Outcome.NONE, Optional.empty());
            }
        }
        int[] choice = new int[n];
        long[] steps = {0};
        Outcome o = search(0, new ArrayList<>(domains), interacts, compatibility, choice, steps, budget);
        return new Result(o, o == Outcome.FOUND ? Optional.of(choice) : Optional.empty());
    }

    private static Outcome search(int k, List<List<Integer>> domains, boolean[][] interacts, Compatibility fits,
                                  int[] choice, long[] steps, long budget) {
        int n = domains.size();
        if (k == n) {
            return Outcome.FOUND;
        }
        for (int c : domains.get(k)) {
            if (++steps[0] > budget) {
                return Outcome.BUDGET;
            }
            choice[k] = c;
            List<List<Integer>> next = new ArrayList<>(domains);
            boolean dead = false;
            for (int f = k + 1; f < n && !dead; f++) {
                if (!interacts[k][f]) {
                    continue;
                }
                List<Integer> kept = new ArrayList<>();
                for (int cf : domains.get(f)) {
                    if (fits.fits(k, c, f, cf)) {
                        kept.add(cf);
                    }
                }
                dead = kept.isEmpty();
                next.set(f, kept);
            }
            if (dead) {
                continue;
            }
            Outcome o = search(k + 1, next, interacts, fits, choice, steps, budget);
            if (o != Outcome.NONE) {
                return o;
            }
        }
        return Outcome.NONE;
    }

    /**
     * From a combination that fits, moves one variable at a time to its most wanted candidate that
     * still fits the others, until none can move: a local optimum, used when {@link #lexMax} gives up.
     *
     * @param start a combination that fits
     * @param domains each variable's candidates, most wanted first
     * @param interacts which pairs can be incompatible
     * @param compatibility the pairwise test
     * @return the improved combination
     */
    public static int[] ascend(int[] start, List<List<Integer>> domains, boolean[][] interacts,
                               Compatibility compatibility) {
        int[] choice = start.clone();
        boolean moved = true;
        while (moved) {
            moved = false;
            for (int k = 0; k < choice.length; k++) {
                for (int c : domains.get(k)) {
                    if (c == choice[k]) {
                        break;
                    }
                    boolean ok = true;
                    for (int f = 0; f < choice.length && ok; f++) {
                        ok = f == k || !interacts[k][f] || compatibility.fits(k, c, f, choice[f]);
                    }
                    if (ok) {
                        choice[k] = c;
                        moved = true;
                        break;
                    }
                }
            }
        }
        return choice;
    }
}
