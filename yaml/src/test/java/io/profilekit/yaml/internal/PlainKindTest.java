package io.profilekit.yaml.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written plain-scalar classifier agrees with snakeyaml-engine's core schema resolver. */
class PlainKindTest {
    private static final ScalarResolver CORE = new CoreScalarResolver(false);
    private static final String ALPHABET = "0123456789.-+eExXoOabfnNiIlLtTrRuUsSAF~ _$<{}";
    private static final String[] WORDS = {"", " ", "~", "null", "Null", "NULL", "true", "True", "TRUE", "false",
        "False", "FALSE", ".inf", ".Inf", ".INF", ".nan", ".NaN", ".NAN", "0o", "0x", "e", "E", ".", "-", "+"};

    private static Node.ScalarKind reference(String text) {
        Tag tag = CORE.resolve(text, true);
        if (Tag.NULL.equals(tag)) {
            return Node.ScalarKind.NULL;
        }
        if (Tag.BOOL.equals(tag)) {
            return Node.ScalarKind.BOOLEAN;
        }
        if (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) {
            return Node.ScalarKind.NUMBER;
        }
        return Node.ScalarKind.STRING;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 20_260_116})
    void agreesWithTheResolverOnGeneratedText(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder sb = new StringBuilder();
            int parts = random.nextInt(5);
            for (int p = 0; p < parts; p++) {
                if (random.nextInt(3) == 0) {
                    sb.append(WORDS[random.nextInt(WORDS.length)]);
                } else {
                    int n = 1 + random.nextInt(4);
                    for (int k = 0; k < n; k++) {
                        sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                    }
                }
            }
            String text = sb.toString();
            assertThat(YamlEvents.plainKind(text)).as("seed %d: [%s]", seed, text).isEqualTo(reference(text));
        }
    }
}
