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

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> Suggestions.closest(null, PACKS, 3)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("name");
        assertThatThrownBy(() -> Suggestions.closest("a", PACKS, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
