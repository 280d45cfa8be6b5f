package io.profilekit.validation;

import io.profilekit.CloudType;
import io.profilekit.ClusterProfile;
import io.profilekit.ClusterStack;
import io.profilekit.InfrastructureProfile;
import io.profilekit.Layer;
import io.profilekit.LayerType;
import io.profilekit.PackRef;
import io.profilekit.PackType;
import io.profilekit.ProfileKind;
import io.profilekit.ProfileType;
import io.profilekit.ProfileVariable;
import io.profilekit.rules.ValidationReport;
import io.profilekit.rules.ViolationCode;
import io.profilekit.testing.ProfileGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Property-style checks over 1,000 seeds of every kind of profile and of random cluster stacks:
 * the validator never throws and its own rules never fail, reports are the same on every run, and
 * generated profiles made of packs the registry has validate with no errors, whatever their kind.
 * A failure names its seed; rerun it with {@code new ProfileGenerator(seed)}.
 */
class EveryKindPropertiesTest {
    private static final ProfileValidator VALIDATOR = TestRegistry.validator();

    static LongStream seeds() {
        return LongStream.range(0, 1_000);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void profilesOfEveryKindNeverMakeTheValidatorThrow(long seed) {
        ProfileGenerator gen = new ProfileGenerator(seed);
        for (ClusterProfile profile : List.of(gen.anyProfile(), gen.fullProfile(), gen.addOnProfile(),
                gen.systemProfile())) {
            ValidationReport[] report = new ValidationReport[1];

            assertThatCode(() -> report[0] = VALIDATOR.validate(profile)).as("seed %d: %s", seed, profile)
                    .doesNotThrowAnyException();

            assertThat(report[0].codes()).as("seed %d\n%s", seed, report[0]).doesNotContain(ViolationCode.RULE_FAILED.name());
            assertThat(VALIDATOR.validate(profile)).as("seed %d: second run", seed).isEqualTo(report[0]);
            if (profile.kind() != ProfileKind.INFRASTRUCTURE) {
                assertThat(report[0].codes()).as("seed %d: an add-on or system profile needs no core layers\n%s",
                        seed, report[0]).doesNotContain("LAYER_MISSING", "PROFILE_TYPE_MISMATCH",
                        "CLOUD_ALL_REQUIRES_ADD_ON", "LAYER_CORE_IN_ADD_ON");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void randomStacksNeverMakeTheValidatorThrow(long seed) {
        ProfileGenerator gen = new ProfileGenerator(seed);
        Random random = gen.random();
        InfrastructureProfile base = random.nextInt(4) == 0 ? HostileProfiles.profile(seed)
                : random.nextBoolean() ? gen.profile() : gen.fullProfile();
        List<ClusterProfile> addOns = new ArrayList<>();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            addOns.add(random.nextInt(3) == 0 ? gen.systemProfile() : gen.addOnProfile());
        }
        if (random.nextInt(5) == 0 && !addOns.isEmpty()) {
            addOns.add(addOns.get(0));   // the same profile twice: labels tell them apart
        }
        ClusterStack stack = ClusterStack.of(base, addOns);
        ValidationReport[] report = new ValidationReport[1];

        assertThatCode(() -> report[0] = VALIDATOR.validate(stack)).as("seed %d: %s", seed, stack)
                .doesNotThrowAnyException();

        assertThat(report[0].codes()).as("seed %d\n%s", seed, report[0]).doesNotContain(ViolationCode.RULE_FAILED.name());
        assertThat(VALIDATOR.validate(stack)).as("seed %d: second run", seed).isEqualTo(report[0]);
        for (int i = 0; i < stack.profiles().size(); i++) {
            String label = stack.label(i);
            assertThat(report[0].violations()).as("seed %d: every path names its profile", seed)
                    .allMatch(v -> v.path().startsWith("["));
            assertThat(label).startsWith("[").endsWith("]");
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void generatedValidProfilesOfEveryKindHaveNoErrors(long seed) {
        ProfileGenerator gen = new ProfileGenerator(seed);
        for (ClusterProfile generated : List.of(gen.profile(), gen.fullProfile(), gen.addOnProfile(),
                gen.systemProfile())) {
            ClusterProfile profile = valid(generated, gen.random());

            ValidationReport report = VALIDATOR.validate(profile);

            assertThat(report.errors()).as("seed %d, %s\n%s", seed, profile.kind(), report).isEmpty();
            // Every variable is used in the values, and the macros are found there.
            assertThat(report.codes()).as("seed %d\n%s", seed, report).doesNotContain("VARIABLE_UNUSED");
        }
        // And as a stack of the kinds.
        ClusterStack stack = ClusterStack.of(valid(gen.fullProfile(), gen.random()),
                valid(gen.addOnProfile(), gen.random()), valid(gen.systemProfile(), gen.random()));
        ValidationReport report = VALIDATOR.validate(stack);
        // Generated variable names may repeat across the profiles of the stack, which is reported.
        assertThat(report.errors().stream().filter(v -> !v.code().equals(ViolationCode.VARIABLE_NAME_DUPLICATE.name())))
                .as("seed %d\n%s", seed, report).isEmpty();
    }

    /**
     * The generated profile with its name, version, description, uid, tags and variables, and layers
     * of packs the test registry has (for AWS, or every cloud), whose values use every variable.
     */
    private static ClusterProfile valid(ClusterProfile generated, Random random) {
        StringBuilder uses = new StringBuilder("  spectrocloud.com/install-priority: \"")
                .append(random.nextInt(21) - 10).append("\"\nmanifests:\n  app:\n");
        for (ProfileVariable v : generated.variables()) {
            uses.append("    ").append(v.name()).append(": '{{.spectro.var.").append(v.name()).append("}}'\n");
        }
        uses.append("    cluster: \"{{ .spectro.system.cluster.name }}\"\n");
        List<Layer> layers = new ArrayList<>();
        ClusterProfile.Builder b = generated.toBuilder();
        switch (generated.kind()) {
            case INFRASTRUCTURE:
                layers.addAll(Samples.design().build().layers());
                if (generated.type() == ProfileType.CLUSTER) {
                    layers.add(Layer.builder(LayerType.ADDON, "hello-universe", "1.3.x")
                            .values("pack:\n  spectrocloud.com/display-name: hello-base\n" + uses
                                    + "    k8s: \"{{ .spectro.pack.kubernetes.version }}\"\n").build());
                    layers.add(Layer.builder(LayerType.ADDON, "cert-manager", "v1.12.0").build());
                    layers.add(Layer.builder(LayerType.ADDON, "argo-cd", "^7.7").build());
                } else {
                    layers.set(1, layers.get(1).toBuilder().values("pack:\n" + uses).build());
                }
                b.cloud(CloudType.AWS).type(generated.type());
                break;
            case ADD_ON:
                // The same pack twice, told apart by display names.
                layers.add(Layer.builder(LayerType.ADDON, "hello-universe", "1.3.1")
                        .values("pack:\n  spectrocloud.com/display-name: hello\n" + uses).build());
                layers.add(Layer.builder(LayerType.ADDON, "hello-universe", "1.3.1")
                        .values("pack: {spectrocloud.com/display-name: hello-copy}\n").build());
                b.cloud(random.nextBoolean() ? CloudType.ALL : CloudType.AWS);
                break;
            default:
                layers.add(Layer.builder(LayerType.ADDON, PackRef.of("manifest-namespace", "").withType(PackType.MANIFEST))
                        .manifest("ns", "apiVersion: v1\nkind: Namespace\n").values("pack:\n" + uses).build());
                b.cloud(CloudType.ALL);
                break;
        }
        return b.layers(layers).build();
    }
}
