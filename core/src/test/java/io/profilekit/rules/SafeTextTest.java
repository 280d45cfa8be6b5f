package io.profilekit.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Text bound for a terminal: control, format and separator characters made visible, nothing else touched. */
class SafeTextTest {
    static Stream<Arguments> hostile() {
        return Stream.of(
                Arguments.of("de\u001B[31mscription", "de\\e[31mscription"),
                Arguments.of("a\nb\rc\td", "a\\nb\\rc\\td"),
                Arguments.of("ev\u202Eil", "ev\\u202Eil"),
                Arguments.of("c1\u009B", "c1\\u009B"),
                Arguments.of("zw\u200Bsp", "zw\\u200Bsp"),
                Arguments.of("ls\u2028x", "ls\\u2028x"),
                Arguments.of("bell\u0007", "bell\\u0007"),
                Arguments.of("lone\uD800", "lone\\uD800"),
                Arguments.of("ok\uDB40\uDC41", "ok\\uDB40\\uDC41"),
                Arguments.of("\tok\uDB40\uDC41", "\\tok\\uDB40\\uDC41"));
    }

    @ParameterizedTest
    @MethodSource("hostile")
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
                char c = (char) (random.nextBoolean() ? random.nextInt(0x100) : random.nextInt(0x10000));
                sb.append(Character.isSurrogate(c) ? '\u0085' : c);
            }
            String escaped = SafeText.escape(sb.toString());
            assertThat(escaped.chars()).noneMatch(c -> c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028
                    || c == 0x2029 || (c >= 0xD800 && c <= 0xDFFF) || Character.getType(c) == Character.FORMAT);
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
