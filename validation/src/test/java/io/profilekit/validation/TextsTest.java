package io.profilekit.validation;

import io.profilekit.validation.internal.Texts;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextsTest {

    @Test
    void userTextIsQuotedLiterallyWithControlAndFormatCharactersEscaped() {
        assertThat(Texts.quote("aws-prod ${x} {y} \\ '")).isEqualTo("'aws-prod ${x} {y} \\ ''");
        assertThat(Texts.quote("a\nb\tc\u0000d")).isEqualTo("'a\\nb\\tc\\u0000d'");
        assertThat(Texts.quote("\u202Eevil")).isEqualTo("'\\u202Eevil'");
        assertThat(Texts.quote("名前 😀")).isEqualTo("'名前 😀'");
    }

    @Test
    void longTextIsShortenedSayingHowLongItWas() {
        String quoted = Texts.quote("x".repeat(1000));

        assertThat(quoted).startsWith("'xxx").endsWith("'… (1000 characters)");
        assertThat(quoted).hasSize(200 + "''… (1000 characters)".length());
    }

    @Test
    void closestNamesComeFirstAndLongHostileNamesFindNothing() {
        List<String> names = List.of("cni-calico", "cni-calico-azure", "cni-cilium-oss", "kubernetes");

        assertThat(Texts.closest("cni-calic0", names, 3)).containsExactly("cni-calico");
        assertThat(Texts.closest("cni-calico-azur", names, 3)).containsExactly("cni-calico-azure", "cni-calico");
        assertThat(Texts.closest("Kubernetes", names, 3)).containsExactly("kubernetes");
        assertThat(Texts.closest("x".repeat(5000), names, 3)).isEmpty();
        assertThat(Texts.closest("", names, 3)).isEmpty();
    }
}
