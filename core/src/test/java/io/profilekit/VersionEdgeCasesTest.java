package io.profilekit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Edges of versions and selectors: spellings of trains, lone letters, very long numbers, letters at the ends of the alphabet. */
class VersionEdgeCasesTest {

    @ParameterizedTest
    @CsvSource({"1.30.x, 1.30", "1.30.X, 1.30", "3.16.*, 3.16", "1.x.x, 1", "1.X, 1", "v2.*, 2", "LTS__18.4.x, 18.4"})
    void everyWildcardSpellingMakesATrain(String text, String prefix) {
        VersionSelector s = VersionSelector.parse(text);
        assertThat(s.kind()).isEqualTo(VersionSelector.Kind.TRAIN);
        assertThat(String.join(".", s.trainPrefix())).isEqualTo(prefix);
        assertThat(s.matches(PackVersion.parse(prefix + ".7"))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"v", "V", "vv1", "x", "*", ".1", "-1", "1 2"})
    void textWithoutALeadingNumberIsNoPackVersion(String text) {
        assertThat(PackVersion.tryParse(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0-z", "1.0-Z", "1.0-a", "1.0-A1", "1.0-zz9y", "v1.0.0-Za"})
    void lettersAtTheEndsOfTheAlphabetAreQualifierLetters(String text) {
        PackVersion v = PackVersion.parse(text);
        assertThat(v.qualifier()).contains(text.substring(text.indexOf('-')));
        assertThat(v.isEquivalentTo(PackVersion.parse(text.toLowerCase(java.util.Locale.ROOT)))).isTrue();
        assertThat(v.isEquivalentTo(PackVersion.parse(text.replace('z', 'y').replace('Z', 'Y').replace('a', 'b')
                .replace('A', 'B')))).isFalse();
    }

    @Test
    void theFirstLetterOfAQualifierDecidesAPreRelease() {
        assertThat(PackVersion.parse("1.0-a1").isPreRelease()).isTrue();     // "a" is alpha
        assertThat(PackVersion.parse("1.0-A").isPreRelease()).isTrue();
        assertThat(PackVersion.parse("1.0-z1").isPreRelease()).isFalse();
        assertThat(PackVersion.parse("1.0-za").isPreRelease()).isFalse();
    }

    @Test
    void rangesMatchVersionsWithNumbersUpToNineDigitsAndNoLonger() {
        VersionSelector any = VersionSelector.parse(">=0.0.0");
        assertThat(any.matches(PackVersion.parse("1.123456789.0"))).isTrue();
        assertThat(any.matches(PackVersion.parse("1.1234567890.0"))).isFalse();
        assertThat(any.matches(PackVersion.parse("1234567890"))).isFalse();
        assertThat(any.matches(PackVersion.parse("123456789"))).isTrue();
        assertThat(VersionSelector.parse(">=1.2.0 <1.3").matches(PackVersion.parse("1.2"))).isTrue();
        assertThat(VersionSelector.parse(">=1.2.0 <1.3").matches(PackVersion.parse("1.2.999999999"))).isTrue();
    }

    @Test
    void invalidProfileVersionsSortAfterValidOnesAndByTheirText() {
        List<ProfileVersion> versions = new ArrayList<>(List.of(ProfileVersion.of("b"), ProfileVersion.of("1.10.0"),
                ProfileVersion.of("a"), ProfileVersion.of("1.2.0"), ProfileVersion.of("v1")));
        Collections.shuffle(versions, new java.util.Random(1));
        Collections.sort(versions);
        assertThat(versions).extracting(ProfileVersion::text).containsExactly("1.2.0", "1.10.0", "a", "b", "v1");
        assertThat(ProfileVersion.of("a").compareTo(ProfileVersion.of("b"))).isNegative();
        assertThat(ProfileVersion.of("b").compareTo(ProfileVersion.of("a"))).isPositive();
    }
}
