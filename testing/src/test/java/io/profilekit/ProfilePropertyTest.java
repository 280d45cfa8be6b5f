package io.profilekit;

import io.profilekit.testing.ProfileGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties of built profiles over 1,000 seeded random profiles each; a failure names its seed. */
class ProfilePropertyTest {

    static LongStream seeds() {
        return LongStream.range(0, 1_000);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void toBuilderThenBuildGivesAnEqualProfile(long seed) {
        InfrastructureProfile p = new ProfileGenerator(seed).profile();
        InfrastructureProfile copy = p.toBuilder().build();
        assertThat(copy).as("seed %d: %s", seed, p).isEqualTo(p);
        assertThat(copy.hashCode()).as("seed %d", seed).isEqualTo(p.hashCode());
        assertThat(copy.toString()).as("seed %d", seed).isEqualTo(p.toString());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void changingTheBuilderAfterBuildLeavesTheProfileUnchanged(long seed) {
        // Two generators with one seed give equal profiles: one to build from, one to compare with.
        InfrastructureProfile expected = new ProfileGenerator(seed).profile();
        ProfileGenerator gen = new ProfileGenerator(seed);
        InfrastructureProfile.Builder builder = gen.profile().toBuilder();
        InfrastructureProfile p = builder.build();

        Random random = new Random(seed);
        int changes = 1 + random.nextInt(6);
        StringBuilder done = new StringBuilder();
        for (int i = 0; i < changes; i++) {
            done.append(mutate(builder, gen, random, i)).append(' ');
        }
        InfrastructureProfile changed = builder.buildLenient();

        assertThat(p).as("seed %d after [%s]", seed, done).isEqualTo(expected);
        assertThat(p.toString()).as("seed %d after [%s]", seed, done).isEqualTo(expected.toString());
        assertThat(changed).as("seed %d: the builder did change", seed).isNotEqualTo(p);
    }

    /** One random change that always makes the builder's profile differ from the generated one. */
    private static String mutate(InfrastructureProfile.Builder b, ProfileGenerator gen, Random random, int step) {
        switch (random.nextInt(10)) {
            case 0:
                b.name("changed-" + gen.word());
                return "name";
            case 1:
                b.version("99.0." + random.nextInt(100));
                return "version";
            case 2:
                b.description("changed " + gen.word());
                return "description";
            case 3:
                b.cloud(CloudType.of("changed-" + gen.word()));
                return "cloud";
            case 4:
                b.tag("changed-" + step + ":x");
                return "tag";
            case 5:
                b.tags("changed-only");
                return "tags";
            case 6:
                b.kubernetes("changed-k8s", "9.9.9", k -> k.values("changed: true\n").preset("p"));
                return "kubernetes";
            case 7:
                b.layer(Layer.of(LayerType.ADDON, PackRef.of("changed-addon", "1.0.0")));
                return "layer";
            case 8:
                b.layers(List.of(gen.layer(LayerType.ADDON)));
                return "layers";
            default:
                b.os(PackRef.of("changed-os", "1.x"));
                return "os";
        }
    }
}
