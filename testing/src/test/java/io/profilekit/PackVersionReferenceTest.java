package io.profilekit;

import io.profilekit.testing.ProfileGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pack versions are parsed by hand and compared through a packed key of their first numbers, for
 * speed; this holds both to the definition they replace: the shape as a regular expression, the
 * order as a comparison of number lists, kind and qualifier parts, then text.
 */
class PackVersionReferenceTest {
    private static final Pattern SHAPE = Pattern.compile("([vV]?)(\\d+(?:\\.\\d+)*)([0-9A-Za-z._+~-]*)");
    private static final Pattern PART = Pattern.compile("\\d+|[A-Za-z]+");
    private static final Set<String> PRE = Set.of("alpha", "a", "beta", "b", "rc", "cr", "pre", "preview", "dev",
            "snapshot", "m", "milestone", "ea", "nightly");
    private static final String CHARS = "0123456789.-_+~vVrcRCalphbetzZA x/:é";

    /** The definition: what a text parses to, or null. */
    private record Ref(String text, List<String> release, int kind, List<String> parts, String qualifier) {
        static Ref of(String text) {
            if (text.isEmpty() || text.length() > 128) {
                return null;
            }
            Matcher m = SHAPE.matcher(text);
            if (!m.matches()) {
                return null;
            }
            List<String> release = new ArrayList<>();
            for (String n : m.group(2).split("\\.", -1)) {
                release.add(strip(n));
            }
            while (release.size() > 1 && release.get(release.size() - 1).equals("0")) {
                release.remove(release.size() - 1);
            }
            if (release.size() == 1 && release.get(0).equals("0")) {
                release.clear();
            }
            String q = m.group(3);
            List<String> parts = new ArrayList<>();
            Matcher p = PART.matcher(q);
            while (p.find()) {
                String part = p.group().toLowerCase(Locale.ROOT);
                parts.add(Character.isDigit(part.charAt(0)) ? strip(part) : part);
            }
            int kind = q.isEmpty() ? 0 : q.startsWith("~") || (!q.startsWith("+")
                    && parts.stream().anyMatch(PRE::contains)) ? -1 : 1;
            return new Ref(text, release, kind, parts, q);
        }

        int compareTo(Ref o) {
            int c = compareLists(release, o.release);
            if (c == 0) {
                c = Integer.compare(kind, o.kind);
            }
            if (c == 0) {
                c = compareLists(parts, o.parts);
            }
            return c != 0 ? c : text.compareTo(o.text);
        }
    }

    private static String strip(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }

    private static int compareLists(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            String x = a.get(i);
            String y = b.get(i);
            boolean xn = Character.isDigit(x.charAt(0));
            boolean yn = Character.isDigit(y.charAt(0));
            int c = xn && yn ? (x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y))
                    : xn != yn ? (xn ? -1 : 1) : x.compareTo(y);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    static LongStream seeds() {
        return LongStream.range(0, 1000).map(i -> 0xC2B2AE3D27D4EB4FL * (i + 1));
    }

    /** Version-like texts: generated ones, big and zero-padded numbers, and random text from a version-ish alphabet. */
    private static List<String> texts(long seed) {
        ProfileGenerator gen = new ProfileGenerator(seed);
        Random r = gen.random();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            out.add(gen.packVersionText());
        }
        for (int i = 0; i < 4; i++) {
            StringBuilder sb = new StringBuilder(r.nextBoolean() ? "" : "v");
            int parts = 1 + r.nextInt(5);
            for (int p = 0; p < parts; p++) {
                sb.append(p == 0 ? "" : ".").append(r.nextInt(4) == 0 ? "0".repeat(r.nextInt(3)) : "")
                        .append(switch (r.nextInt(4)) {
                            case 0 -> String.valueOf(r.nextInt(3));
                            case 1 -> String.valueOf((1 << 21) - 2 + r.nextInt(4));
                            case 2 -> "9".repeat(1 + r.nextInt(12));
                            default -> String.valueOf(r.nextInt(100));
                        });
            }
            out.add(sb.toString());
        }
        for (int i = 0; i < 4; i++) {
            int length = r.nextInt(12);
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < length; k++) {
                sb.append(CHARS.charAt(r.nextInt(CHARS.length())));
            }
            out.add(sb.toString());
        }
        return out;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void parsingAgreesWithTheDefinition(long seed) {
        for (String text : texts(seed)) {
            Ref ref = Ref.of(text);
            Optional<PackVersion> parsed = PackVersion.tryParse(text);
            assertThat(parsed.isPresent()).as("seed %d: '%s' parses", seed, text).isEqualTo(ref != null);
            if (ref != null) {
                PackVersion v = parsed.get();
                assertThat(v.releaseNumbers()).as("seed %d: '%s'", seed, text).isEqualTo(ref.release());
                assertThat(v.qualifier().orElse("")).as("seed %d: '%s'", seed, text).isEqualTo(ref.qualifier());
                assertThat(v.isPreRelease()).as("seed %d: '%s'", seed, text).isEqualTo(ref.kind() < 0);
                assertThat(v).hasToString(text);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void orderAgreesWithTheDefinition(long seed) {
        List<String> texts = new ArrayList<>();
        for (String t : texts(seed)) {
            if (Ref.of(t) != null) {
                texts.add(t);
            }
        }
        texts.addAll(texts(seed + 1).stream().filter(t -> Ref.of(t) != null).toList());
        for (String a : texts) {
            for (String b : texts) {
                int expected = Integer.signum(Ref.of(a).compareTo(Ref.of(b)));
                PackVersion va = PackVersion.parse(a);
                PackVersion vb = PackVersion.parse(b);
                assertThat(Integer.signum(va.compareTo(vb))).as("seed %d: %s vs %s", seed, a, b).isEqualTo(expected);
                boolean equivalent = compareLists(Ref.of(a).release(), Ref.of(b).release()) == 0
                        && Ref.of(a).kind() == Ref.of(b).kind()
                        && compareLists(Ref.of(a).parts(), Ref.of(b).parts()) == 0;
                assertThat(va.isEquivalentTo(vb)).as("seed %d: %s ~ %s", seed, a, b).isEqualTo(equivalent);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2097150", "2097151", "2097152", "99999999", "1.2097151.0", "1.2097152", "0.0.2097151",
        "3.0.0.2097152", "09999999999999999999"})
    void numbersBeyondThePackedKeyStillOrderByValue(String big) {
        PackVersion v = PackVersion.parse(big);
        List<String> release = v.releaseNumbers();
        List<String> bumped = new ArrayList<>(release);
        int last = bumped.size() - 1;
        bumped.set(last, new java.math.BigInteger(bumped.get(last)).add(java.math.BigInteger.ONE).toString());
        PackVersion next = PackVersion.parse(String.join(".", bumped));
        assertThat(v).isLessThan(next);
        assertThat(next).isGreaterThan(v);
        assertThat(PackVersion.parse(String.join(".", bumped) + "-rc.1")).isGreaterThan(v).isLessThan(next);
    }
}
