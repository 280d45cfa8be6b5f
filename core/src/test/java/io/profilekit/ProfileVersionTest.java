package io.profilekit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProfileVersionTest {

    @ParameterizedTest
    @ValueSource(strings = {"1.0.0", "0.0.1", "1.2.3", "10.20.30", "1.2.3-rc.1", "1.2.3-alpha", "1.0.0-0.3.7",
        "1.0.0-x.7.z.92", "1.0.0-alpha-beta", "999999999.0.0"})
    void strictSemVerIsAccepted(String text) {
        ProfileVersion v = ProfileVersion.parse(text);
        assertThat(v.isValid()).isTrue();
        assertThat(ProfileVersion.isValid(text)).isTrue();
        assertThat(v.text()).isEqualTo(text);
        assertThat(v).hasToString(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"v1.2", "2.2.2.develop", "b0.0.1", "1.2", "1", "v1.2.3", "01.2.3", "1.02.3", "1.2.03",
        "1.2.3-", "1.2.3-rc.01", "1.2.3+build.1", "1.2.3-rc..1", " 1.2.3", "1.2.3 ", "", "1.2.3.4",
        "1.2.3-rc_1", "latest"})
    void anythingElseIsRejectedByParseAndRecordedByOf(String text) {
        assertThat(ProfileVersion.isValid(text)).isFalse();
        assertThatThrownBy(() -> ProfileVersion.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("profile version '" + text + "' is not strict SemVer major.minor.patch[-pre-release]"
                        + " (e.g. 1.0.0, 1.2.3-rc.1; not v1.2, 1.2 or 2.2.2.develop)");
        ProfileVersion recorded = ProfileVersion.of(text);
        assertThat(recorded.isValid()).isFalse();
        assertThat(recorded.text()).isEqualTo(text);
        assertThat(recorded.major()).isEmpty();
    }

    @Test
    void problemNamesTheTextAndTheValidForm() {
        assertThat(ProfileVersion.problem("v1.2")).contains("'v1.2'").contains("major.minor.patch");
    }

    @Test
    void nullIsRejectedOrInvalid() {
        assertThatThrownBy(() -> ProfileVersion.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("version must not be null");
        assertThatThrownBy(() -> ProfileVersion.parse(null)).isInstanceOf(NullPointerException.class);
        assertThat(ProfileVersion.isValid(null)).isFalse();
    }

    @Test
    void theDefaultIs100() {
        assertThat(ProfileVersion.DEFAULT).isEqualTo(ProfileVersion.parse("1.0.0"));
        assertThat(ProfileVersion.DEFAULT.major()).contains(1);
    }

    @Test
    void majorOfAValidVersion() {
        assertThat(ProfileVersion.parse("12.3.4-rc.1").major()).contains(12);
    }

    @Test
    void versionsOrderBySemVerPrecedenceThenInvalidOnesByText() {
        List<String> ordered = List.of("0.9.9", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta",
                "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.1", "1.2.0", "1.10.0", "2.0.0",
                "1.2", "2.2.2.develop", "b0.0.1", "v1.2");
        List<ProfileVersion> shuffled = new ArrayList<>();
        ordered.forEach(t -> shuffled.add(ProfileVersion.of(t)));
        Collections.shuffle(shuffled, new Random(7));
        Collections.sort(shuffled);
        assertThat(shuffled).extracting(ProfileVersion::text).containsExactlyElementsOf(ordered);
    }

    @Test
    void orderIsConsistentWithEquals() {
        assertThat(ProfileVersion.parse("1.2.3").compareTo(ProfileVersion.of("1.2.3"))).isZero();
        assertThat(ProfileVersion.of("v1.2").compareTo(ProfileVersion.of("v1.2"))).isZero();
        assertThat(ProfileVersion.of("1.2.3")).isEqualTo(ProfileVersion.parse("1.2.3"))
                .hasSameHashCodeAs(ProfileVersion.parse("1.2.3"))
                .isNotEqualTo(ProfileVersion.parse("1.2.4")).isNotEqualTo("1.2.3").isNotEqualTo(null);
    }
}
