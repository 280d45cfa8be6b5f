package io.profilekit.examples;

import io.profilekit.InfrastructureProfile;
import io.profilekit.LayerType;
import io.profilekit.registry.PackRegistries;
import io.profilekit.rules.ValidationReport;
import io.profilekit.testing.Fixtures;
import io.profilekit.testing.ProfileGenerator;
import io.profilekit.validation.ProfileValidator;
import io.profilekit.yaml.ProfileDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Example 5: ProfileKit as test fixtures. Shows how a service that stores profiles (here, a tiny
 * in-test "profile store" that writes YAML) is tested with ProfileKit's builders, ready-made
 * fixtures and seeded generators.
 */
class FixturesExampleTest {

    /** The code under test in this example: stores a profile as YAML and reads it back. */
    static final class ProfileStore {
        private String stored = "";

        void save(InfrastructureProfile profile) {
            stored = ProfileDocuments.yaml().write(profile);
        }

        InfrastructureProfile load() {
            return (InfrastructureProfile) ProfileDocuments.yaml().read(stored);
        }
    }

    @Test
    void aValidProfileInThreeLines() {
        InfrastructureProfile profile = Fixtures.profile();
        ProfileStore store = new ProfileStore();
        store.save(profile);
        assertThat(store.load()).isEqualTo(profile);
    }

    @Test
    void anInvalidProfileToTestErrorPaths() {
        InfrastructureProfile broken = Fixtures.profileBuilder()
                .layers(Fixtures.profile().layers().subList(0, 3))   // no storage layer
                .buildLenient();
        ValidationReport report = ProfileValidator.of(PackRegistries.builtIn()).validate(broken);
        assertThat(report.codes()).containsExactly("LAYER_MISSING");
        assertThat(broken.layer(LayerType.STORAGE)).isEmpty();
    }

    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyGeneratedProfileSurvivesTheStore(long seed) {
        InfrastructureProfile profile = new ProfileGenerator(seed).profile();
        ProfileStore store = new ProfileStore();
        store.save(profile);
        assertThat(store.load()).as("seed %d", seed).isEqualTo(profile);
    }
}
