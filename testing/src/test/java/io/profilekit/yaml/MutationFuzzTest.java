package io.profilekit.yaml;

import io.profilekit.ClusterProfile;
import io.profilekit.InfrastructureProfile;
import io.profilekit.testing.ProfileGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Seeded mutation fuzzing of the three document readers (ProfileKit YAML, Palette API JSON,
 * Palette export JSON): every input either reads or fails with a {@link ProfileParseException} —
 * no other exception or error (a stack overflow, say) ever escapes — and what reads is a profile that
 * ProfileKit YAML writes and reads back unchanged.
 *
 * <p>Two parts:
 * <ul>
 *   <li>{@link #mutatedDocumentsReadOrFailWithAParseError}: 1,000 seeds of character edits
 *       (deletions, duplications, YAML/JSON punctuation, copied runs) on each format;</li>
 *   <li>{@link #fuzzedInputsOfEveryFormatReadOrFailWithAParseError}: a byte-level fuzzer over a
 *       corpus of valid documents (the test resources plus generated profiles written in each
 *       format): bit flips, interesting bytes (NUL, control and YAML/JSON syntax characters,
 *       broken UTF-8), truncation, deleted and repeated runs, and splices of other documents (of
 *       any format), one to five at a time; inputs are read as text, or as bytes through a strict
 *       UTF-8 reader as files are read. Its size is the system property
 *       {@code profilekit.fuzz.iterations} (small by default; {@code mvn -Pfuzz} in this module runs
 *       100,000 inputs). Input {@code i} comes from seed {@code i}; {@code -Dprofilekit.fuzz.seed=N}
 *       runs only that one.</li>
 * </ul>
 */
class MutationFuzzTest {
    private static final String PUNCTUATION = ":-[]{}&*!|>'\"%@`#,?\n \t\\0123456789";
    private static final String[] YAML_DOCS = {Fixtures.resource("golden/aws-prod-base.yaml"),
        Fixtures.resource("examples/full-chain.yaml")};
    private static final String API_DOC = Fixtures.resource("golden/aws-prod-base.api.json");
    private static final String EXPORT_DOC = Fixtures.resource("palette/domain-export-example.json");

    /** How many inputs the byte-level fuzzer reads. */
    static final int ITERATIONS = Integer.getInteger("profilekit.fuzz.iterations", 3_000);

    private static final byte[] INTERESTING = bytes("\u0000\t\n\r :-[]{}&*!|>\"'#%@`,?\\~=<".getBytes(
            StandardCharsets.UTF_8), (byte) 0x7F, (byte) 0x80, (byte) 0xC3, (byte) 0xE2, (byte) 0xEF, (byte) 0xBB,
            (byte) 0xBF, (byte) 0xF0, (byte) 0xFF);

    /** The formats under test. */
    enum Format {
        YAML(ProfileDocuments.yaml()), API(ProfileDocuments.paletteApiJson()),
        EXPORT(ProfileDocuments.paletteExportJson());

        final ProfileFormat format;

        Format(ProfileFormat format) {
            this.format = format;
        }
    }

    /** Valid documents of each format: the test resources and generated profiles written by the writers. */
    private static final Map<Format, List<byte[]>> CORPUS = corpus();

    private static Map<Format, List<byte[]>> corpus() {
        Map<Format, List<String>> texts = new EnumMap<>(Format.class);
        texts.put(Format.YAML, new ArrayList<>(List.of(YAML_DOCS[0], YAML_DOCS[1],
                Fixtures.resource("examples/edge-selectors.yaml"))));
        texts.put(Format.API, new ArrayList<>(List.of(API_DOC)));
        texts.put(Format.EXPORT, new ArrayList<>(List.of(EXPORT_DOC, Fixtures.resource("golden/aws-prod-base.export.json"))));
        List<InfrastructureProfile> generated = new ArrayList<>();
        for (long seed = 0; seed < 12; seed++) {
            generated.add(new ProfileGenerator(seed).profile());
        }
        for (InfrastructureProfile p : generated) {
            texts.get(Format.YAML).add(ProfileDocuments.yaml().write(p));
            texts.get(Format.API).add(ProfileDocuments.paletteApiJson().write(Fixtures.resolve(p)));
            texts.get(Format.EXPORT).add(ProfileDocuments.paletteExportJson().write(Fixtures.resolve(p)));
        }
        texts.get(Format.YAML).add(ProfileDocuments.yaml().writeAll(generated.subList(0, 3)));
        texts.get(Format.API).add(ProfileDocuments.paletteApiJson().writeAll(List.of(
                Fixtures.resolve(generated.get(3)).profile(), Fixtures.resolve(generated.get(4)).profile())));
        Map<Format, List<byte[]>> out = new EnumMap<>(Format.class);
        texts.forEach((f, list) -> {
            List<byte[]> docs = new ArrayList<>();
            for (String t : list) {
                assertThat(f.format.readWithWarnings(t).profiles()).as("corpus document reads").isNotEmpty();
                docs.add(t.getBytes(StandardCharsets.UTF_8));
            }
            out.put(f, List.copyOf(docs));
        });
        return out;
    }

    static LongStream seeds() {
        return Fixtures.seeds();
    }

    private static String mutate(String text, Random random) {
        StringBuilder sb = new StringBuilder(text);
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits && sb.length() > 1; i++) {
            int at = random.nextInt(sb.length());
            switch (random.nextInt(4)) {
                case 0:
                    sb.deleteCharAt(at);
                    break;
                case 1:
                    sb.insert(at, sb.charAt(at));
                    break;
                case 2:
                    sb.setCharAt(at, PUNCTUATION.charAt(random.nextInt(PUNCTUATION.length())));
                    break;
                default:
                    int to = Math.min(sb.length(), at + random.nextInt(40));
                    sb.insert(random.nextInt(sb.length()), sb.substring(at, to));
            }
        }
        return sb.toString();
    }

    private static void readsOrFailsCleanly(ProfileFormat format, String text, long seed) {
        try {
            format.readAll(text);
        } catch (ProfileParseException expected) {
            assertThat(expected.getMessage()).as("seed %d", seed).isNotBlank();
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("seed " + seed + ", " + format.name() + ": " + e + "\n--- document:\n" + text, e);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @Timeout(60)
    void mutatedDocumentsReadOrFailWithAParseError(long seed) {
        Random random = new Random(seed);
        readsOrFailsCleanly(ProfileDocuments.yaml(), mutate(YAML_DOCS[random.nextInt(YAML_DOCS.length)], random), seed);
        readsOrFailsCleanly(ProfileDocuments.paletteApiJson(), mutate(API_DOC, random), seed);
        readsOrFailsCleanly(ProfileDocuments.paletteExportJson(), mutate(EXPORT_DOC, random), seed);
    }

    /** One fuzzed input: its format, its bytes, and whether it is read as bytes through a strict UTF-8 reader. */
    private record Input(long seed, Format format, byte[] bytes, boolean asBytes) {
        static Input of(long seed) {
            Random r = new Random(seed * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L);
            Format format = Format.values()[(int) Math.floorMod(seed, 3L)];
            List<byte[]> docs = CORPUS.get(format);
            byte[] doc = docs.get(r.nextInt(docs.size()));
            int mutations = r.nextInt(4) == 0 ? 2 + r.nextInt(4) : 1;
            for (int i = 0; i < mutations; i++) {
                doc = mutateBytes(doc, r);
            }
            return new Input(seed, format, doc, r.nextInt(5) == 0);
        }

        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static byte[] mutateBytes(byte[] in, Random r) {
        if (in.length == 0) {
            return splice(in, r);
        }
        int at = r.nextInt(in.length);
        switch (r.nextInt(7)) {
            case 0: { // flip a bit
                byte[] out = in.clone();
                out[at] ^= (byte) (1 << r.nextInt(8));
                return out;
            }
            case 1: { // an interesting byte, in place or inserted
                byte b = INTERESTING[r.nextInt(INTERESTING.length)];
                if (r.nextBoolean()) {
                    byte[] out = in.clone();
                    out[at] = b;
                    return out;
                }
                return insert(in, at, new byte[] {b});
            }
            case 2: // truncate
                return Arrays.copyOf(in, at);
            case 3: { // delete a run
                int to = Math.min(in.length, at + 1 + r.nextInt(64));
                byte[] out = new byte[in.length - (to - at)];
                System.arraycopy(in, 0, out, 0, at);
                System.arraycopy(in, to, out, at, in.length - to);
                return out;
            }
            case 4: { // repeat a run, up to 8 times, somewhere
                int to = Math.min(in.length, at + 1 + r.nextInt(80));
                byte[] run = Arrays.copyOfRange(in, at, to);
                int times = 1 + r.nextInt(8);
                byte[] many = new byte[run.length * times];
                for (int i = 0; i < times; i++) {
                    System.arraycopy(run, 0, many, i * run.length, run.length);
                }
                return insert(in, r.nextInt(in.length + 1), many);
            }
            case 5: // splice in a piece of another document, of any format
                return splice(in, r);
            default: { // cross over: this document's head, another's tail
                byte[] other = other(r);
                int from = r.nextInt(other.length + 1);
                byte[] out = Arrays.copyOf(in, at + other.length - from);
                System.arraycopy(other, from, out, at, other.length - from);
                return out;
            }
        }
    }

    private static byte[] other(Random r) {
        List<byte[]> docs = CORPUS.get(Format.values()[r.nextInt(Format.values().length)]);
        return docs.get(r.nextInt(docs.size()));
    }

    private static byte[] splice(byte[] in, Random r) {
        byte[] other = other(r);
        int from = r.nextInt(other.length);
        int to = Math.min(other.length, from + 1 + r.nextInt(200));
        return insert(in, in.length == 0 ? 0 : r.nextInt(in.length + 1), Arrays.copyOfRange(other, from, to));
    }

    private static byte[] insert(byte[] in, int at, byte[] piece) {
        byte[] out = new byte[in.length + piece.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(piece, 0, out, at, piece.length);
        System.arraycopy(in, at, out, at + piece.length, in.length - at);
        return out;
    }

    private static byte[] bytes(byte[] head, byte... tail) {
        byte[] out = Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, out, head.length, tail.length);
        return out;
    }

    /** Reads one input; returns true if it read, false if it failed with a parse error; throws on anything else. */
    private static boolean read(Input input) {
        ReadResult result;
        try {
            if (input.asBytes()) {
                Reader reader = new InputStreamReader(new ByteArrayInputStream(input.bytes()),
                        StandardCharsets.UTF_8.newDecoder());
                result = input.format().format.readWithWarnings(reader);
            } else {
                result = input.format().format.readWithWarnings(input.text());
            }
        } catch (ProfileParseException expected) {
            assertThat(expected.getMessage()).isNotBlank();
            assertThat(expected.line().orElse(0)).isNotNegative();
            assertThat(expected.column().orElse(0)).isNotNegative();
            return false;
        }
        // What reads is a whole profile: ProfileKit YAML writes it and reads it back unchanged, or
        // refuses it for the one thing it cannot carry, a tag key with a colon (from a Palette label).
        for (ClusterProfile p : result.profiles()) {
            if (p.tags().asList().stream().anyMatch(t -> t.key().contains(":"))) {
                assertThatThrownBy(() -> ProfileDocuments.yaml().write(p)).isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("holds ':'");
                continue;
            }
            String written = ProfileDocuments.yaml().write(p);
            assertThat(ProfileDocuments.yaml().read(written)).isEqualTo(p);
        }
        return true;
    }

    @Test
    void fuzzedInputsOfEveryFormatReadOrFailWithAParseError() {
        Long only = Long.getLong("profilekit.fuzz.seed");
        long first = only == null ? 0 : only;
        long count = only == null ? ITERATIONS : 1;
        Map<Format, int[]> tally = new EnumMap<>(Format.class);
        for (Format f : Format.values()) {
            tally.put(f, new int[2]);
        }
        List<String> failures = new ArrayList<>();
        long started = System.nanoTime();
        for (long seed = first; seed < first + count; seed++) {
            Input input = Input.of(seed);
            try {
                tally.get(input.format())[read(input) ? 0 : 1]++;
            } catch (RuntimeException | AssertionError | StackOverflowError e) {
                if (failures.size() < 5) {
                    failures.add("seed " + seed + " (" + input.format() + (input.asBytes() ? ", as bytes" : "")
                            + "): " + e + "\n--- input:\n" + input.text());
                } else {
                    failures.add("seed " + seed);
                }
            }
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        StringBuilder summary = new StringBuilder("fuzzed " + count + " inputs in " + seconds + " s:");
        tally.forEach((f, t) -> summary.append(' ').append(f).append(" read ").append(t[0]).append(", parse errors ")
                .append(t[1]).append(';'));
        summary.append(" other failures: ").append(failures.size());
        System.out.println(summary);
        assertThat(failures).as(summary + " (rerun one with -Dprofilekit.fuzz.seed=N)").isEmpty();
        int read = 0;
        int rejected = 0;
        for (int[] t : tally.values()) {
            read += t[0];
            rejected += t[1];
        }
        if (count >= 300) {
            // A fuzzer that only ever breaks its inputs, or never does, tests less than it seems.
            assertThat(read).as(summary.toString()).isGreaterThan((int) (count / 20));
            assertThat(rejected).as(summary.toString()).isGreaterThan((int) (count / 20));
        }
    }
}
