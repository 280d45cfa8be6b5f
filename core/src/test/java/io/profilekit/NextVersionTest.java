package io.profilekit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NextVersionTest {
    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "1.2.3, PATCH, 1.2.4",
        "1.2.3, MINOR, 1.3.0",
        "1.2.3, MAJOR, 2.0.0",
        "0.0.0, PATCH, 0.0.1",
        "1.3.0-rc.1, PATCH, 1.3.0",
        "1.3.0-rc.1, MINOR, 1.3.0",
        "1.3.0-rc.1, MAJOR, 2.0.0",
        "2.0.0-rc.1, MAJOR, 2.0.0",
        "1.2.3-rc.1, MINOR, 1.3.0",
    })
    void nextVersionIsGreaterAndOfTheAskedSize(String from, VersionBump bump, String expected) {
        ProfileVersion next = ProfileVersion.parse(from).next(bump);
        assertThat(next.text()).isEqualTo(expected);
        assertThat(next).isGreaterThan(ProfileVersion.parse(from));
    }

    @Test
    void theBuilderBumpsTheProfilesOwnVersion() {
        ClusterProfile profile = AddOnProfile.builder().name("web").version("1.2.0").addOn("nginx-ingress", "4.12.1")
                .build();
        ClusterProfile next = profile.toBuilder().nextVersion(VersionBump.PATCH).build();
        assertThat(next.version().text()).isEqualTo("1.2.1");
        assertThat(next.name()).isEqualTo("web");
        assertThat(profile.toBuilder().nextVersion(VersionBump.MINOR).nextVersion(VersionBump.MINOR).build()
                .version().text()).isEqualTo("1.4.0");
    }

    @Test
    void anInvalidVersionHasNoNextOne() {
        ClusterProfile.Builder b = AddOnProfile.builder().name("web").version("v1.2");
        assertThatThrownBy(() -> b.nextVersion(VersionBump.PATCH)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'v1.2' is not strict SemVer");
        assertThatThrownBy(() -> ProfileVersion.parse("999999999.0.0").next(VersionBump.MAJOR))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("1000000000.0.0");
    }

    @ParameterizedTest(name = "{0} -> {1}: {2} bump {3}")
    @CsvSource({
        "22.04, 24.04, MAJOR, MAJOR",
        "1.31.2, 1.32.9, MINOR, MINOR",
        "1.31.2, 1.31.8, PATCH, PATCH",
        "1.31, 1.31.0, OTHER, PATCH",
        "1.34.0-rc.1, 1.34.0, PRE_RELEASE, PATCH",
        "1.31.2, 1.31.2, NONE, PATCH",
    })
    void packVersionChangesMapToProfileBumps(String a, String b, VersionChange change, VersionBump bump) {
        assertThat(PackVersion.parse(a).changeTo(PackVersion.parse(b))).isEqualTo(change);
        assertThat(VersionBump.forChange(change)).isEqualTo(bump);
    }
}
