package io.profilekit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PackVersionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
        "22.04           | 22,4        | NONE        | false",
        "1.31.2-rev2     | 1,31,2      | -rev2       | false",
        "0.30.0-5.5.2026 | 0,30        | -5.5.2026   | false",
        "v1.12.0         | 1,12        | NONE        | false",
        "7.7.1908        | 7,7,1908    | NONE        | false",
        "1.33.6          | 1,33,6      | NONE        | false",
        "2.0.2-up.4      | 2,0,2       | -up.4       | false",
        "1.34.0-rc.1     | 1,34        | -rc.1       | true",
        "1.2.3.4         | 1,2,3,4     | NONE        | false",
        "010.002         | 10,2        | NONE        | false",
        "1.0.0+b1        | 1           | +b1         | false",
        "1.2.3~pre       | 1,2,3       | ~pre        | true"})
    void versionsSeenInTheWildParse(String text, String release, String qualifier, boolean pre) {
        PackVersion v = PackVersion.parse(text);
        assertThat(v).hasToString(text);
        assertThat(String.join(",", v.releaseNumbers())).isEqualTo(release);
        assertThat(v.qualifier()).isEqualTo(Optional.ofNullable(qualifier));
        assertThat(v.isPreRelease()).isEqualTo(pre);
        assertThat(PackVersion.tryParse(text)).contains(v);
    }

    @Test
    void zeroVersionsHaveNoReleaseNumbers() {
        assertThat(PackVersion.parse("0").releaseNumbers()).isEmpty();
        assertThat(PackVersion.parse("0.0.0").releaseNumbers()).isEmpty();
        assertThat(PackVersion.parse("0.0.0").isEquivalentTo(PackVersion.parse("0"))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-alpha", "-alpha.1", "-beta2", "-rc.1", "-RC1", "-pre", "-preview", "-dev", "-snapshot",
        "-m1", "~anything", ".beta", "-a1", "-b", "-cr1", "-ea", "-nightly", "-milestone.2"})
    void preReleaseQualifiersMakePreReleases(String qualifier) {
        assertThat(PackVersion.parse("1.2.3" + qualifier).isPreRelease()).isTrue();
        assertThat(PackVersion.parse("1.2.3" + qualifier)).isLessThan(PackVersion.parse("1.2.3"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-rev2", "-up.4", "-5.5.2026", "+b1", "+build.7", "-p1", "-build.3", "_1", "-hotfix",
        "-1"})
    void otherQualifiersArePostReleases(String qualifier) {
        PackVersion v = PackVersion.parse("1.2.3" + qualifier);
        assertThat(v.isPreRelease()).isFalse();
        assertThat(v).isGreaterThan(PackVersion.parse("1.2.3")).isLessThan(PackVersion.parse("1.2.4"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "v", "V", "x1", "-1", "latest", "1 2", "1.2 ", " 1.2", "1/2", "1.2@3", "1.2.3-rc 1",
        "v.1", "\u0661.2", "1.2\n", "1.2.3-r\u00e9v"})
    void textThatIsNotAVersionIsRejectedWithTheValidForm(String text) {
        assertThat(PackVersion.tryParse(text)).isEmpty();
        assertThatThrownBy(() -> PackVersion.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(PackVersion.problem(text))
                .hasMessageContaining("'" + text + "' is not a pack version")
                .hasMessageContaining("1.31.2-rev2");
    }

    @Test
    void overlongTextIsRejectedAndNullIsHandled() {
        String ok = "1." + "1".repeat(126);
        assertThat(PackVersion.tryParse(ok)).isPresent();
        assertThat(PackVersion.tryParse(ok + "1")).isEmpty();
        assertThat(PackVersion.tryParse(null)).isEmpty();
        assertThatThrownBy(() -> PackVersion.parse(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("version must not be null");
    }

    /** The documented order: release numbers as numbers, then pre-release < release < post-release. */
    @Test
    void theDocumentedOrder() {
        List<String> ascending = List.of(
                "0", "0.0.1", "0.30.0-5.5.2026", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-beta.2", "1.0.0-beta.11",
                "1.0.0-rc.1", "1.0.0", "1.0.0-1.1.2020", "1.0.0+b1", "1.0.0-rev2", "1.0.0-rev10", "1.0.0-up.4",
                "1.0.1", "1.2", "1.9", "1.10", "1.31.2", "1.31.2-rev2", "1.33.6", "1.34.0-rc.1", "1.34.0",
                "2.0.2-up.4", "7.7.1908", "v7.12.0", "22.04", "22.04.1", "100.0.0",
                "123456789012345678901234567890.0");
        List<PackVersion> versions = new ArrayList<>();
        ascending.forEach(t -> versions.add(PackVersion.parse(t)));
        for (int seed = 0; seed < 20; seed++) {
            List<PackVersion> shuffled = new ArrayList<>(versions);
            Collections.shuffle(shuffled, new Random(seed));
            Collections.sort(shuffled);
            assertThat(shuffled).as("seed %d", seed).containsExactlyElementsOf(versions);
        }
    }

    @Test
    void numericPartsCompareAsNumbersNotText() {
        assertThat(PackVersion.parse("1.10.0")).isGreaterThan(PackVersion.parse("1.9.0"));
        assertThat(PackVersion.parse("1.31.2-rev10")).isGreaterThan(PackVersion.parse("1.31.2-rev9"));
        assertThat(PackVersion.parse("1.0.0-rc.10")).isGreaterThan(PackVersion.parse("1.0.0-rc.9"));
        // A date qualifier is not read as a date: its numbers compare part by part, as written.
        assertThat(PackVersion.parse("0.30.0-5.5.2026")).isGreaterThan(PackVersion.parse("0.30.0-4.5.2026"))
                .isLessThan(PackVersion.parse("0.30.0-12.4.2025"));
    }

    @Test
    void spellingsOfOneVersionAreEquivalentButNotEqual() {
        List<String> spellings = List.of("01.02", "1.2", "1.2.0", "1.2.0.0", "V1.2.0", "v1.2.0");
        for (String a : spellings) {
            for (String b : spellings) {
                PackVersion va = PackVersion.parse(a);
                PackVersion vb = PackVersion.parse(b);
                assertThat(va.isEquivalentTo(vb)).as("%s ~ %s", a, b).isTrue();
                assertThat(va.equals(vb)).as("%s equals %s", a, b).isEqualTo(a.equals(b));
                assertThat(Integer.signum(va.compareTo(vb))).as("%s vs %s", a, b)
                        .isEqualTo(Integer.signum(a.compareTo(b)));
            }
        }
        assertThat(PackVersion.parse("1.2.3-RC.1").isEquivalentTo(PackVersion.parse("1.2.3-rc1"))).isTrue();
        assertThat(PackVersion.parse("1.2.3-rc.1").isEquivalentTo(PackVersion.parse("1.2.3-rc.2"))).isFalse();
        assertThat(PackVersion.parse("1.2").isEquivalentTo(PackVersion.parse("1.2.1"))).isFalse();
    }

    @Test
    void equalsAndHashCodeFollowTheText() {
        assertThat(PackVersion.parse("1.2.0")).isEqualTo(PackVersion.parse("1.2.0"))
                .hasSameHashCodeAs(PackVersion.parse("1.2.0")).isNotEqualTo(PackVersion.parse("1.2"))
                .isNotEqualTo("1.2.0").isNotEqualTo(null);
        assertThat(PackVersion.parse("1.2.0").compareTo(PackVersion.parse("1.2.0"))).isZero();
    }

    @Test
    void releaseStartsWithComparesNumbersAsNumbersAndPadsWithZeros() {
        PackVersion v = PackVersion.parse("1.30.4");
        assertThat(v.releaseStartsWith(List.of("1", "30"))).isTrue();
        assertThat(v.releaseStartsWith(List.of("1", "030"))).isTrue();
        assertThat(v.releaseStartsWith(List.of())).isTrue();
        assertThat(v.releaseStartsWith(List.of("1", "30", "4", "0"))).isTrue();
        assertThat(v.releaseStartsWith(List.of("1", "3"))).isFalse();
        assertThat(v.releaseStartsWith(List.of("1", "30", "4", "1"))).isFalse();
        assertThat(PackVersion.parse("1.30").releaseStartsWith(List.of("1", "30", "0"))).isTrue();
    }

    @Test
    void releaseNumbersAreUnmodifiable() {
        assertThatThrownBy(() -> PackVersion.parse("1.2.3").releaseNumbers().add("4"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
