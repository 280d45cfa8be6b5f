package io.profilekit.registry;

import io.profilekit.LayerType;
import io.profilekit.PackVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PackDependencyTest {

    private static PackVersion v(String text) {
        return text == null || text.isEmpty() ? null : PackVersion.parse(text);
    }

    private static PackDependency dep(String min, String max) {
        return PackDependency.of("kubernetes", LayerType.KUBERNETES, DependencyType.OPTIONAL, v(min), v(max));
    }

    @ParameterizedTest(name = "[{0} .. {1}] admits {2}: {3}")
    @CsvSource(delimiter = '|', value = {
        // a partial minimum covers its whole train and up
        "1.29   |        | 1.29.0      | true",
        "1.29   |        | 1.29        | true",
        "1.29   |        | v1.29.0     | true",
        "1.29   |        | 1.33.6      | true",
        "1.29   |        | 1.28.9      | false",
        "1.29   |        | 1.29.0-rc.1 | false",
        // a bound written fully is the same bound as its other spellings
        "1.29.0 |        | 1.29        | true",
        "v1.29.0 |       | 1.29.0      | true",
        // a partial maximum covers its whole train
        "       | 1.33   | 1.33.6      | true",
        "       | 1.33   | 1.33.0-rev2 | true",
        "       | 1.33   | 1.33        | true",
        "       | 1.33   | 1.32.9      | true",
        "       | 1.33   | 1.34.0      | false",
        "       | 1.33   | 1.34.0-rc.1 | false",
        "       | 1.33.0 | v1.33.0     | true",
        "       | 1.33.0 | 1.33.6      | false",
        "       | 1.33.6 | 1.33.6-rev2 | false",
        // trailing zeros are written numbers: 1.0 is not the train 1
        "       | 1.0    | 1.0.9       | true",
        "       | 1.0    | 1.5.0       | false",
        "       | 2.0    | 2.9         | false",
        // both bounds
        "1.29   | 1.33   | 1.31.2      | true",
        "1.29   | 1.33   | 1.33.9      | true",
        "1.29   | 1.33   | 1.34.1      | false",
        "1.29   | 1.33   | 1.28.0      | false",
        // no bounds: anything
        "       |        | 0.0.1       | true",
        "       |        | 99.0.0-rc.1 | true",
        "       |        | 22.04       | true"})
    void admitsVersionsWithinInclusivePartialBounds(String min, String max, String version, boolean expected) {
        assertThat(dep(min, max).admits(PackVersion.parse(version))).isEqualTo(expected);
    }

    @Test
    void accessorsAndRangeText() {
        PackDependency d = PackDependency.of("argo-cd", LayerType.ADDON, DependencyType.UPGRADE, null, v("3.26.7"));
        assertThat(d.packName()).isEqualTo("argo-cd");
        assertThat(d.layer()).isEqualTo(LayerType.ADDON);
        assertThat(d.type()).isEqualTo(DependencyType.UPGRADE);
        assertThat(d.minVersion()).isEmpty();
        assertThat(d.maxVersion()).contains(v("3.26.7"));
        assertThat(d.rangeText()).isEqualTo("<= 3.26.7");
        assertThat(dep("1.29", null).rangeText()).isEqualTo(">= 1.29");
        assertThat(dep("1.29", "1.33").rangeText()).isEqualTo("1.29 .. 1.33");
        assertThat(dep(null, null).rangeText()).isEqualTo("any version");
        assertThat(d).hasToString("upgrade addon/argo-cd <= 3.26.7");
    }

    @Test
    void equalsAndHashCode() {
        assertThat(dep("1.29", null)).isEqualTo(dep("1.29", null)).hasSameHashCodeAs(dep("1.29", null))
                .isNotEqualTo(dep("1.29.0", null)).isNotEqualTo(dep(null, "1.29")).isNotEqualTo(null)
                .isNotEqualTo(PackDependency.of("kubernetes", LayerType.KUBERNETES, DependencyType.REQUIRED,
                        v("1.29"), null));
    }

    @Test
    void nullsAreRejectedNamingTheField() {
        assertThatThrownBy(() -> PackDependency.of(null, LayerType.OS, DependencyType.REQUIRED, null, null))
                .hasMessage("packName must not be null");
        assertThatThrownBy(() -> PackDependency.of("a", null, DependencyType.REQUIRED, null, null))
                .hasMessage("layer must not be null");
        assertThatThrownBy(() -> PackDependency.of("a", LayerType.OS, null, null, null))
                .hasMessage("type must not be null");
        assertThatThrownBy(() -> dep(null, null).admits(null)).hasMessage("version must not be null");
    }

    @Test
    void dependencyTypesHavePackJsonWireNames() {
        assertThat(DependencyType.values()).extracting(DependencyType::wireName)
                .containsExactly("required", "optional", "notSupported", "upgrade");
        for (DependencyType t : DependencyType.values()) {
            assertThat(DependencyType.fromWireName(t.wireName())).contains(t);
            assertThat(t).hasToString(t.wireName());
        }
        assertThat(DependencyType.fromWireName("notsupported")).isEmpty();
        assertThatThrownBy(() -> DependencyType.fromWireName(null)).isInstanceOf(NullPointerException.class);
    }
}
