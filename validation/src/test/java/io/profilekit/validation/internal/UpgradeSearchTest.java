package io.profilekit.validation.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search against brute force on random small problems: {@code lexMax} finds exactly the
 * greatest fitting combination in the variables' order, or none when none fits; {@code ascend}
 * ends at a fitting local optimum.
 */
class UpgradeSearchTest {
    static LongStream seeds() {
        return LongStream.rangeClosed(1, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void lexMaxIsTheGreatestFittingCombinationAndAscendALocalOptimum(long seed) {
        Random r = new Random(seed);
        int n = 2 + r.nextInt(4);
        List<List<Integer>> domains = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            List<Integer> d = new ArrayList<>();
            int size = 1 + r.nextInt(4);
            for (int c = 0; c < size; c++) {
                d.add(c);   // 0 is the most wanted
            }
            domains.add(d);
        }
        boolean[][][][] bad = new boolean[n][4][n][4];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                for (int x = 0; x < 4; x++) {
                    for (int y = 0; y < 4; y++) {
                        if (a != b && r.nextInt(4) == 0) {
                            bad[a][x][b][y] = true;
                            bad[b][y][a][x] = true;
                        }
                    }
                }
            }
        }
        // The least wanted candidates always fit, as a profile's current versions do.
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                int la = domains.get(a).size() - 1;
                int lb = domains.get(b).size() - 1;
                bad[a][la][b][lb] = false;
            }
        }
        UpgradeSearch.Compatibility fits = (a, ca, b, cb) -> !bad[a][ca][b][cb];
        boolean[][] interacts = new boolean[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                interacts[a][b] = a != b;
            }
        }
        int[] best = null;
        int[] combo = new int[n];
        for (long k = 0; ; k++) {
            long rest = k;
            for (int v = n - 1; v >= 0; v--) {
                combo[v] = (int) (rest % domains.get(v).size());
                rest /= domains.get(v).size();
            }
            if (rest > 0) {
                break;
            }
            if (fitsAll(combo, fits) && (best == null || lexLess(combo, best))) {
                best = combo.clone();
            }
        }
        UpgradeSearch.Result result = UpgradeSearch.lexMax(domains, interacts, fits, 1_000_000);
        assertThat(result.outcome()).isEqualTo(UpgradeSearch.Outcome.FOUND);
        assertThat(result.choice().orElseThrow()).isEqualTo(best);
        int[] start = new int[n];
        for (int v = 0; v < n; v++) {
            start[v] = domains.get(v).size() - 1;
        }
        int[] ascended = UpgradeSearch.ascend(start, domains, interacts, fits);
        assertThat(fitsAll(ascended, fits)).isTrue();
        for (int v = 0; v < n; v++) {
            for (int c = 0; c < ascended[v]; c++) {
                int[] moved = ascended.clone();
                moved[v] = c;
                assertThat(fitsAll(moved, fits)).as("variable %d could move to %d", v, c).isFalse();
            }
        }
        assertThat(UpgradeSearch.lexMax(domains, interacts, fits, 0).outcome()).isEqualTo(UpgradeSearch.Outcome.BUDGET);
    }

    private static boolean fitsAll(int[] combo, UpgradeSearch.Compatibility fits) {
        for (int a = 0; a < combo.length; a++) {
            for (int b = 0; b < combo.length; b++) {
                if (a != b && !fits.fits(a, combo[a], b, combo[b])) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether {@code a} is greater in the variables' order (a smaller candidate number is more wanted). */
    private static boolean lexLess(int[] a, int[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return a[i] < b[i];
            }
        }
        return false;
    }
}
