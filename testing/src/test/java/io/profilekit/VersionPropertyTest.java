package io.profilekit;

import io.profilekit.testing.ProfileGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of {@link PackVersion}'s order and of train selectors, over 1,000 seeded cases each,
 * with versions of every shape (not only SemVer). A failure names its seed.
 */
class VersionPropertyTest {

    static LongStream seeds() {
        return LongStream.range(0, 1_000);
    }

    /** A generated version, or now and then another spelling of an earlier one (to hit ties). */
    private static PackVersion next(ProfileGenerator gen, List<PackVersion> earlier) {
        Random r = gen.random();
        if (!earlier.isEmpty() && r.nextInt(4) == 0) {
            PackVersion base = earlier.get(r.nextInt(earlier.size()));
            String text = base.toString();
            switch (r.nextInt(4)) {
                case 0:
                    return base;
                case 1:
                    return PackVersion.parse(text.startsWith("v") ? text.substring(1) : "v" + text);
                case 2:
                    return base.qualifier().isEmpty() ? PackVersion.parse(text + ".0") : base;
                default:
                    return PackVersion.parse(text.toUpperCase(java.util.Locale.ROOT).replace("V", "v"));
            }
        }
        return gen.packVersion();
    }

    private static int sign(int c) {
        return Integer.signum(c);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void orderIsTotalAntisymmetricTransitiveAndConsistentWithEquals(long seed) {
        ProfileGenerator gen = new ProfileGenerator(seed);
        List<PackVersion> vs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            vs.add(next(gen, vs));
        }
        PackVersion a = vs.get(0);
        PackVersion b = vs.get(1);
        PackVersion c = vs.get(2);
        String where = "seed " + seed + ": a=" + a + " b=" + b + " c=" + c;

        for (PackVersion x : vs) {
            assertThat(x.compareTo(x)).as(where).isZero();
            assertThat(x.isEquivalentTo(x)).as(where).isTrue();
            for (PackVersion y : vs) {
                // antisymmetric (and total: every pair compares, one way or the other)
                assertThat(sign(x.compareTo(y))).as(where + " antisymmetry of " + x + ", " + y)
                        .isEqualTo(-sign(y.compareTo(x)));
                // consistent with equals
                assertThat(x.compareTo(y) == 0).as(where + " consistency of " + x + ", " + y)
                        .isEqualTo(x.equals(y));
                if (x.equals(y)) {
                    assertThat(x.hashCode()).as(where).isEqualTo(y.hashCode());
                }
                // equivalence is symmetric, and only ever breaks a tie by text
                assertThat(x.isEquivalentTo(y)).as(where).isEqualTo(y.isEquivalentTo(x));
                if (x.isEquivalentTo(y)) {
                    assertThat(sign(x.compareTo(y))).as(where + " tie of " + x + ", " + y)
                            .isEqualTo(sign(x.toString().compareTo(y.toString())));
                }
                for (PackVersion z : vs) {
                    // transitive
                    if (x.compareTo(y) <= 0 && y.compareTo(z) <= 0) {
                        assertThat(x.compareTo(z)).as(where + " transitivity " + x + " <= " + y + " <= " + z)
                                .isLessThanOrEqualTo(0);
                    }
                    if (x.compareTo(y) == 0) {
                        assertThat(sign(x.compareTo(z))).as(where).isEqualTo(sign(y.compareTo(z)));
                    }
                    if (x.isEquivalentTo(y) && y.isEquivalentTo(z)) {
                        assertThat(x.isEquivalentTo(z)).as(where).isTrue();
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void sortingIsIndependentOfTheStartingOrder(long seed) {
        ProfileGenerator gen = new ProfileGenerator(seed);
        List<PackVersion> vs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            vs.add(next(gen, vs));
        }
        List<PackVersion> sorted = new ArrayList<>(vs);
        Collections.sort(sorted);
        List<PackVersion> reshuffled = new ArrayList<>(vs);
        Collections.shuffle(reshuffled, new Random(seed));
        Collections.sort(reshuffled);
        assertThat(reshuffled).as("seed %d: %s", seed, vs).isEqualTo(sorted);
        for (int i = 1; i < sorted.size(); i++) {
            assertThat(sorted.get(i - 1).compareTo(sorted.get(i))).as("seed %d: %s", seed, sorted)
                    .isLessThanOrEqualTo(0);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theTrain130xMatchesEvery130NAndNo131N(long seed) {
        Random r = new Random(seed);
        VersionSelector train = VersionSelector.parse("1.30.x");
        for (int i = 0; i < 10; i++) {
            String n = patch(r);
            String suffix = r.nextInt(4) == 0 ? "-rev" + r.nextInt(5) : r.nextInt(8) == 0 ? "." + r.nextInt(9) : "";
            String prefix = r.nextInt(10) == 0 ? "v" : "";
            PackVersion in = PackVersion.parse(prefix + "1.30." + n + suffix);
            PackVersion out = PackVersion.parse(prefix + "1.31." + n + suffix);
            assertThat(train.matches(in)).as("seed %d: 1.30.x matches %s", seed, in).isTrue();
            assertThat(train.matches(out)).as("seed %d: 1.30.x matches %s", seed, out).isFalse();
            PackVersion pre = PackVersion.parse("1.30." + n + "-rc." + r.nextInt(5));
            assertThat(train.matches(pre)).as("seed %d: 1.30.x matches pre-release %s", seed, pre).isFalse();
        }
    }

    /** A patch number: small, large, or with leading zeros. */
    private static String patch(Random r) {
        int n = r.nextInt(3) == 0 ? r.nextInt(100_000) : r.nextInt(20);
        return r.nextInt(8) == 0 ? "00" + n : Integer.toString(n);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void trainsOfGeneratedVersionsMatchExactlyTheNonPreReleasesOfThatTrain(long seed) {
        ProfileGenerator gen = new ProfileGenerator(seed);
        PackVersion v = gen.packVersion();
        List<String> numbers = v.releaseNumbers();
        String prefix = numbers.isEmpty() ? "0" : String.join(".", numbers.subList(0, Math.min(2, numbers.size())));
        VersionSelector train = VersionSelector.parse(prefix + ".x");
        assertThat(train.kind()).as("seed %d", seed).isEqualTo(VersionSelector.Kind.TRAIN);
        assertThat(train.matches(v)).as("seed %d: %s matches %s", seed, train, v).isEqualTo(!v.isPreRelease());
        PackVersion next = PackVersion.parse(bumpLast(prefix) + ".0");
        assertThat(train.matches(next)).as("seed %d: %s matches %s", seed, train, next).isFalse();
    }

    private static String bumpLast(String prefix) {
        int dot = prefix.lastIndexOf('.');
        String last = prefix.substring(dot + 1);
        return prefix.substring(0, dot + 1) + new java.math.BigInteger(last).add(java.math.BigInteger.ONE);
    }
}
