package io.profilekit.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Text bound for a terminal: control, format and separator characters made visible, nothing else touched. */
class SafeTextTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "de\u001B[31mscription | de\\e[31mscription",
        "a\nb\rc\td            | a\\nb\\rc\\td",
        "ev\u202Eil            | ev\\u202Eil",
        "c1\u009B              | c1\\u009B",
        "zw\u200Bsp            | zw\\u200Bsp",
        "ls\u2028x             | ls\\u2028x",
        "bell\u0007            | bell\\u0007",
    })
    void escapesWhatATerminalActsOn(String raw, String shown) {
        assertThat(SafeText.escape(raw)).isEqualTo(shown);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cni-calico", "Grüße", "日本語", "кириллица", "emoji 😀", ""})
    void keepsEverythingElse(String text) {
        assertThat(SafeText.escape(text)).isSameAs(text);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void escapedTextHasNothingATerminalActsOnAndEscapingAgainChangesNothing(int seed) {
        Random random = new Random(seed);
        IntStream.range(0, 2_000).forEach(i -> {
            StringBuilder sb = new StringBuilder();
            for (int j = random.nextInt(20); j > 0; j--) {
                sb.append((char) (random.nextBoolean() ? random.nextInt(0x100) : random.nextInt(0x10000)));
            }
            String escaped = SafeText.escape(sb.toString());
            assertThat(escaped.chars()).noneMatch(c -> c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028
                    || c == 0x2029 || Character.isSurrogate((char) c) || Character.getType(c) == Character.FORMAT);
            assertThat(SafeText.escape(escaped)).isEqualTo(escaped);
        });
    }

    @Test
    void quoteCutsLongTextAndSaysHowLong() {
        String quoted = SafeText.quote("x".repeat(5_000));
        assertThat(quoted).startsWith("'xxx").endsWith("'… (5000 characters)").hasSizeLessThan(SafeText.MAX_QUOTED + 30);
        assertThat(SafeText.quote("a\u001Bb")).isEqualTo("'a\\eb'");
    }

    @Test
    void mixedScriptsAreNamed() {
        assertThat(SafeText.mixedScripts("cni-c\u0430lico")).hasValue("mixes Latin and Cyrillic (\u0430 U+0430)");
        assertThat(SafeText.mixedScripts("cni-calico")).isEmpty();
        assertThat(SafeText.mixedScripts("кириллица-2")).isEmpty();
    }
}
