package io.profilekit;

import io.profilekit.testing.ProfileGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class PackVersionNormalizedTest {

    @ParameterizedTest
    @CsvSource({"1.2, 1.2", "1.2.0, 1.2", "v1.2.0, 1.2", "01.02, 1.2", "0, 0", "0.0.0, 0", "1.31.2-rev2, 1.31.2+rev.2",
        "1.34.0-rc.1, 1.34-rc.1", "2.0.2-up.4, 2.0.2+up.4", "1.2.3~beta, 1.2.3-beta"})
    void normalizedTextOfEverySpelling(String text, String normalized) {
        assertThat(PackVersion.parse(text).normalized()).isEqualTo(normalized);
    }

    static LongStream seeds() {
        return LongStream.range(0, 1000);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void normalizedIsEqualExactlyForEquivalentVersions(long seed) {
        ProfileGenerator gen = new ProfileGenerator(seed);
        PackVersion a = gen.packVersion();
        PackVersion b = gen.random().nextBoolean() ? PackVersion.parse("v" + a.toString().replaceFirst("^v", "")) : gen.packVersion();
        assertThat(a.normalized().equals(b.normalized())).as("seed %d: %s vs %s", seed, a, b)
                .isEqualTo(a.isEquivalentTo(b));
    }

    @Test
    void aPreReleaseWordAnywhereInTheQualifierMakesAPreRelease() {
        assertThat(PackVersion.parse("4.0.1-0.nightly.20240101").isPreRelease()).isTrue();
        assertThat(PackVersion.parse("4.0.1-0.nightly.20240101")).isLessThan(PackVersion.parse("4.0.1"));
        assertThat(VersionSelector.parse("4.0.x").matches(PackVersion.parse("4.0.1-0.nightly.20240101"))).isFalse();
        assertThat(PackVersion.parse("0.30.0-5.5.2026").isPreRelease()).isFalse();
        assertThat(PackVersion.parse("1.31.2-rev2").isPreRelease()).isFalse();
    }

    @Test
    void knownCloudNamesIgnoreCaseCustomOnesKeepTheirs() {
        assertThat(CloudType.of("AWS")).isSameAs(CloudType.AWS);
        assertThat(CloudType.of("Edge-Native")).isSameAs(CloudType.EDGE_NATIVE);
        assertThat(CloudType.of("Nutanix").wireName()).isEqualTo("Nutanix");
    }
}
