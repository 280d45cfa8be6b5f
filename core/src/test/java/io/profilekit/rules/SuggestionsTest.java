package io.profilekit.rules;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SuggestionsTest {
    private static final List<String> PACKS = List.of("cni-calico", "cni-calico-azure", "cni-cilium-oss",
            "csi-aws-ebs", "kubernetes", "kubernetes-eks");

    @Test
    void closestNamesFirstThenNamesContainingIt() {
        assertThat(Suggestions.closest("cni-calic0", PACKS, 3)).containsExactly("cni-calico");
        assertThat(Suggestions.closest("kubernete", PACKS, 3)).containsExactly("kubernetes", "kubernetes-eks");
        assertThat(Suggestions.closest("Kubernetes", PACKS, 3)).startsWith("kubernetes");
        assertThat(Suggestions.closest("zzzzzzzz", PACKS, 3)).isEmpty();
        assertThat(Suggestions.closest("kubernete", PACKS, 1)).containsExactly("kubernetes");
        assertThat(Suggestions.closest("verison", List.of("name", "version", "description"))).contains("version");
        assertThat(Suggestions.closest("x".repeat(100_000), PACKS, 3)).isEmpty();
    }

    @Test
    void editDistanceStopsAtTheLimit() {
        assertThat(Suggestions.editDistance("kitten", "sitting", 10)).isEqualTo(3);
        assertThat(Suggestions.editDistance("kitten", "sitting", 2)).isEqualTo(3);
        assertThat(Suggestions.editDistance("", "abc", 5)).isEqualTo(3);
        assertThat(Suggestions.editDistance("same", "same", 0)).isZero();
        assertThat(Suggestions.editDistance("a".repeat(5000), "b", 3)).isEqualTo(4);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"kubernetes, kubernetes, 0", "kubernetez, kubernetes, 1",
        "kitten, sitting, 3", "'', ab, 2", "ab, '', 2", "abc, cab, 2", "a, b, 1", "calico, cni-calico, 4",
        "abcdef, abcdeg, 1", "abcdef, bcdef, 1"})
    void editDistanceCountsSingleCharacterEdits(String a, String b, int distance) {
        assertThat(Suggestions.editDistance(a, b, 100)).isEqualTo(distance);
        assertThat(Suggestions.editDistance(b, a, 100)).isEqualTo(distance);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"abcdef, abcdeg, 2, 1", "abcdef, abcdef, 0, 0", "abcdef, ab, 2, 3",
        "abcdef, abcd, 2, 2", "abcdef, xxxxxx, 2, 3", "abc, cab, 2, 2", "kitten, sitting, 3, 3",
        "kitten, sitting, 2, 3", "'', ab, 2, 2", "ab, '', 2, 2", "abcdefgh, abcdefgh, 0, 0",
        "abcdefgh, bcdefgha, 2, 2"})
    void theEditDistanceGivesUpJustPastItsLimit(String a, String b, int limit, int expected) {
        assertThat(Suggestions.editDistance(a, b, limit)).isEqualTo(expected);
    }

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> Suggestions.closest(null, PACKS, 3)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("name");
        assertThatThrownBy(() -> Suggestions.closest("a", PACKS, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
