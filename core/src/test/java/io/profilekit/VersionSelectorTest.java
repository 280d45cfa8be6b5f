package io.profilekit;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VersionSelectorTest {

    private static boolean matches(String selector, String version) {
        return VersionSelector.parse(selector).matches(PackVersion.parse(version));
    }

    @Nested
    class Exact {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "1.30.4      | 1.30.4      | true",
            "1.30.4      | v1.30.4     | true",
            "1.30.4      | 1.30.4.0    | true",
            "1.30.4      | 1.30.5      | false",
            "1.30.4      | 1.30.4-rev2 | false",
            "22.04       | 22.4        | true",
            "22.04       | 22.04.1     | false",
            "1.31.2-rev2 | 1.31.2-rev2 | true",
            "1.31.2-rev2 | 1.31.2      | false",
            "1.34.0-rc.1 | 1.34.0-rc.1 | true",
            "1.34.0-rc.1 | 1.34.0      | false",
            "v1.12.0     | 1.12.0      | true",
            "1.2         | 1.2.0       | true"})
        void matchesTheVersionAndItsSpellings(String selector, String version, boolean expected) {
            VersionSelector s = VersionSelector.parse(selector);
            assertThat(s.kind()).isEqualTo(VersionSelector.Kind.EXACT);
            assertThat(s.exactVersion()).contains(PackVersion.parse(selector));
            assertThat(s.matches(PackVersion.parse(version))).isEqualTo(expected);
        }

        @Test
        void exactOfAVersionRecordsItsText() {
            VersionSelector s = VersionSelector.exact(PackVersion.parse("1.31.2-rev2"));
            assertThat(s.kind()).isEqualTo(VersionSelector.Kind.EXACT);
            assertThat(s).hasToString("1.31.2-rev2").isEqualTo(VersionSelector.parse("1.31.2-rev2"));
            assertThat(s.group()).isEmpty();
            assertThatThrownBy(() -> VersionSelector.exact(null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("version must not be null");
        }
    }

    @Nested
    class Trains {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "1.30.x | 1.30.0        | true",
            "1.30.x | 1.30          | true",
            "1.30.x | 1.30.14       | true",
            "1.30.x | v1.30.2       | true",
            "1.30.x | 1.30.2-rev2   | true",
            "1.30.x | 1.30.2.7      | true",
            "1.30.x | 1.030.1       | true",
            "1.30.x | 1.30.0-rc.1   | false",
            "1.30.x | 1.31.0        | false",
            "1.30.x | 1.3.0         | false",
            "1.30.x | 11.30.0       | false",
            "1.30.x | 1.300.0       | false",
            "1.x    | 1.0           | true",
            "1.x    | 1.99.1        | true",
            "1.x    | 2.0.0         | false",
            "1.x    | 0.9           | false",
            "1.x.x  | 1.5.0         | true",
            "1.x.x  | 2.5.0         | false",
            "3.16.* | 3.16.1        | true",
            "1.30.X | 1.30.9        | true",
            "v1.30.x | 1.30.9       | true",
            "1.0.x  | 1             | true",
            "1.0.x  | 1.0.7         | true",
            "1.0.x  | 1.1.0         | false",
            "0.x    | 0             | true",
            "0.x    | 0.30.0-5.5.2026 | true"})
        void matchEveryReleaseWhoseNumbersStartWithThePrefix(String selector, String version, boolean expected) {
            assertThat(VersionSelector.parse(selector).kind()).isEqualTo(VersionSelector.Kind.TRAIN);
            assertThat(matches(selector, version)).as("%s matches %s", selector, version).isEqualTo(expected);
        }

        @Test
        void trainPrefixIsTheNumbersBeforeTheWildcard() {
            assertThat(VersionSelector.parse("1.30.x").trainPrefix()).containsExactly("1", "30");
            assertThat(VersionSelector.parse("1.x").trainPrefix()).containsExactly("1");
            assertThat(VersionSelector.parse("1.x.x").trainPrefix()).containsExactly("1");
            assertThat(VersionSelector.parse("1.30.4").trainPrefix()).isEmpty();
            assertThat(VersionSelector.parse("1.30.x").exactVersion()).isEmpty();
        }
    }

    @Nested
    class GroupPrefixed {
        @Test
        void anExactVersionBehindAGroup() {
            VersionSelector s = VersionSelector.parse("LTS__20.04");
            assertThat(s.kind()).isEqualTo(VersionSelector.Kind.EXACT);
            assertThat(s.group()).contains("LTS");
            assertThat(s.exactVersion()).contains(PackVersion.parse("20.04"));
            assertThat(s.matches(PackVersion.parse("20.04"))).isTrue();
            assertThat(s.matches(PackVersion.parse("22.04"))).isFalse();
            assertThat(s).hasToString("LTS__20.04");
        }

        @Test
        void aTrainBehindAGroup() {
            VersionSelector s = VersionSelector.parse("LTS__18.4.x");
            assertThat(s.kind()).isEqualTo(VersionSelector.Kind.TRAIN);
            assertThat(s.group()).contains("LTS");
            assertThat(s.trainPrefix()).containsExactly("18", "4");
            assertThat(s.matches(PackVersion.parse("18.04.1"))).isTrue();
            assertThat(s.matches(PackVersion.parse("18.04"))).isTrue();
            assertThat(s.matches(PackVersion.parse("20.04"))).isFalse();
        }

        @Test
        void aRangeBehindAGroup() {
            VersionSelector s = VersionSelector.parse("LTS__>=20.04");
            assertThat(s.kind()).isEqualTo(VersionSelector.Kind.RANGE);
            assertThat(s.group()).contains("LTS");
            assertThat(s.matches(PackVersion.parse("22.04"))).isTrue();
            assertThat(s.matches(PackVersion.parse("18.04"))).isFalse();
        }

        @Test
        void theGroupMustBeThePacksGroupIgnoringCase() {
            VersionSelector s = VersionSelector.parse("LTS__20.04");
            assertThat(s.matchesGroup("LTS")).isTrue();
            assertThat(s.matchesGroup("lts")).isTrue();
            assertThat(s.matchesGroup("FIPS")).isFalse();
            assertThat(s.matchesGroup(null)).isFalse();
        }

        @Test
        void aSelectorWithoutGroupFitsAnyGroup() {
            VersionSelector s = VersionSelector.parse("20.04");
            assertThat(s.group()).isEmpty();
            assertThat(s.matchesGroup("LTS")).isTrue();
            assertThat(s.matchesGroup(null)).isTrue();
        }
    }

    @Nested
    class Ranges {
        @ParameterizedTest
        @CsvSource(delimiter = ';', value = {
            ">=1.29 <1.31 ; 1.29.0 ; true",
            ">=1.29 <1.31 ; 1.30.99 ; true",
            ">=1.29 <1.31 ; 1.31.0 ; false",
            ">=1.29 <1.31 ; 1.28.9 ; false",
            ">= 1.29 < 1.31 ; 1.30.0 ; true",
            "^1.30 ; 1.30.0 ; true",
            "^1.30 ; 1.99.0 ; true",
            "^1.30 ; 2.0.0 ; false",
            "^1.30 ; 1.29.9 ; false",
            "~1.30.2 ; 1.30.2 ; true",
            "~1.30.2 ; 1.30.9 ; true",
            "~1.30.2 ; 1.30.1 ; false",
            "~1.30.2 ; 1.31.0 ; false",
            "1.29 - 1.31 ; 1.29.0 ; true",
            "1.29 - 1.31 ; 1.31.5 ; true",
            "1.29 - 1.31 ; 1.32.0 ; false",
            "1.29.x || 1.31.x ; 1.31.2 ; true",
            "1.29.x || 1.31.x ; 1.29.0 ; true",
            "1.29.x || 1.31.x ; 1.30.2 ; false",
            "<1.30 || >=1.32 ; 1.33.0 ; true",
            "<1.30 || >=1.32 ; 1.31.0 ; false",
            ">=20.04 ; 22.04 ; true",
            ">=20.04 ; 20.4 ; true",
            ">=20.04 ; 18.04 ; false",
            "^v1.2 ; v1.9.0 ; true",
            "* ; 22.04 ; true",
            "x ; 7.7.1908 ; true",
            ">=1.31.2 ; 1.31.2-rev2 ; true",
            "<1.31.2 ; 1.31.2-rev2 ; false"})
        void semVerRangesAsNpmWritesThem(String selector, String version, boolean expected) {
            assertThat(VersionSelector.parse(selector).kind()).isEqualTo(VersionSelector.Kind.RANGE);
            assertThat(matches(selector, version)).as("%s matches %s", selector, version).isEqualTo(expected);
        }
    }

    @Nested
    class PreReleases {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "1.34.x             | 1.34.0-rc.1 | false",
            "1.x                | 1.34.0-rc.1 | false",
            ">=1.33             | 1.34.0-rc.1 | false",
            "^1.30              | 1.31.0-rc.1 | false",
            "*                  | 1.0.0-rc.1  | false",
            "1.2.3 - 1.2.4      | 1.2.3~      | false",
            "1.34.0-rc.1        | 1.34.0-rc.1 | true",
            ">=1.34.0-rc.0      | 1.34.0-rc.1 | true",
            ">=1.34.0-rc.0      | 1.34.0      | true",
            ">=1.34.0-rc.0      | 1.35.0-rc.1 | false",
            ">=1.2.3-0 <1.2.4   | 1.2.3~      | true"})
        void matchOnlyWhenTheSelectorNamesOne(String selector, String version, boolean expected) {
            assertThat(matches(selector, version)).as("%s matches %s", selector, version).isEqualTo(expected);
        }
    }

    @Nested
    class Invalid {
        @ParameterizedTest
        @ValueSource(strings = {"", "  ", "latest", "stable", "1.2.3 - ", "1.2.3 - 1.2.4 - 1.2.5", ">=", "=>1.2",
            "1.2.3 || ", "|| 1.2", "LTS__", "foo__bar", ">=1.2.3-", ">=1.2.3.4",
            "\u0000", "${jndi:ldap://x}", ">=01.2 <<1.3", "~>1.2"})
        void textThatIsNoSelectorGivesKindInvalidWithAHelpfulProblem(String text) {
            VersionSelector s = VersionSelector.parse(text);
            assertThat(s.kind()).isEqualTo(VersionSelector.Kind.INVALID);
            assertThat(s.isValid()).isFalse();
            assertThat(s.problem()).hasValueSatisfying(p -> assertThat(p)
                    .startsWith("'" + text + "' ")
                    .contains("an exact version (1.30.4)", "a train (1.30.x)", "a group prefix (LTS__20.04)",
                            "a SemVer range (>=1.29 <1.31, ^1.30, ~1.30.2)"));
            assertThat(s).hasToString(text);
            for (String v : List.of("1.2.3", "0", "22.04", "1.2.3-rc.1")) {
                assertThat(s.matches(PackVersion.parse(v))).isFalse();
            }
        }

        @Test
        void overlongTextIsInvalidAndSaysWhy() {
            String text = "1".repeat(257);
            VersionSelector s = VersionSelector.parse(text);
            assertThat(s.kind()).isEqualTo(VersionSelector.Kind.INVALID);
            assertThat(s.problem()).hasValueSatisfying(p -> assertThat(p).contains("longer than 256 characters"));
        }

        @Test
        void nullIsRejected() {
            assertThatThrownBy(() -> VersionSelector.parse(null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("version must not be null");
            assertThatThrownBy(() -> VersionSelector.parse("1.x").matches(null))
                    .isInstanceOf(NullPointerException.class);
        }

        @Test
        void validSelectorsHaveNoProblem() {
            for (String t : List.of("1.30.4", "1.30.x", "LTS__20.04", ">=1.29 <1.31")) {
                assertThat(VersionSelector.parse(t).problem()).as(t).isEmpty();
                assertThat(VersionSelector.parse(t).isValid()).as(t).isTrue();
            }
        }
    }

    @Nested
    class Text {
        @ParameterizedTest
        @ValueSource(strings = {"1.30.4", "22.04", "1.30.x", "1.X", "3.16.*", "LTS__20.04", "LTS__18.4.x",
            ">=1.29 <1.31", ">= 1.29   <1.31", "^1.30", "~1.30.2", "1.29 - 1.31", "1.29.x || 1.31.x", "v1.12.0",
            "latest", "", " 1.2 "})
        void toStringReturnsTheTextAsWritten(String text) {
            VersionSelector s = VersionSelector.parse(text);
            assertThat(s).hasToString(text);
            assertThat(VersionSelector.parse(s.toString())).isEqualTo(s);
            assertThat(VersionSelector.parse(s.toString()).kind()).isEqualTo(s.kind());
        }

        @Test
        void equalityIsByTextSoSpellingsDiffer() {
            assertThat(VersionSelector.parse("1.30.x")).isEqualTo(VersionSelector.parse("1.30.x"))
                    .hasSameHashCodeAs(VersionSelector.parse("1.30.x"))
                    .isNotEqualTo(VersionSelector.parse("1.30.X")).isNotEqualTo("1.30.x").isNotEqualTo(null);
        }
    }
}
