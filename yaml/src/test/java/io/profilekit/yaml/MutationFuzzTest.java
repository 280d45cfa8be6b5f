package io.profilekit.yaml;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Random;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded random edits of valid documents (characters deleted, duplicated, swapped or replaced by
 * YAML and JSON punctuation): each read either succeeds or fails with a
 * {@link ProfileParseException} — no other exception ever escapes.
 */
@Timeout(60)
class MutationFuzzTest {
    private static final String PUNCTUATION = ":-[]{}&*!|>'\"%@`#,?\n \t\\0123456789";
    private static final String[] YAML_DOCS = {Fixtures.resource("golden/aws-prod-base.yaml"),
        Fixtures.resource("examples/full-chain.yaml")};
    private static final String API_DOC = Fixtures.resource("golden/aws-prod-base.api.json");
    private static final String EXPORT_DOC = Fixtures.resource("palette/domain-export-example.json");

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
    void mutatedDocumentsReadOrFailWithAParseError(long seed) {
        Random random = new Random(seed);
        readsOrFailsCleanly(ProfileDocuments.yaml(), mutate(YAML_DOCS[random.nextInt(YAML_DOCS.length)], random), seed);
        readsOrFailsCleanly(ProfileDocuments.paletteApiJson(), mutate(API_DOC, random), seed);
        readsOrFailsCleanly(ProfileDocuments.paletteExportJson(), mutate(EXPORT_DOC, random), seed);
    }
}
