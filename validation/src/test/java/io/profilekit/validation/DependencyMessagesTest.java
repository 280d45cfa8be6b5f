package io.profilekit.validation;

import io.profilekit.CloudType;
import io.profilekit.InfrastructureProfile;
import io.profilekit.Layer;
import io.profilekit.LayerType;
import io.profilekit.PackRef;
import io.profilekit.PackType;
import io.profilekit.PackVersion;
import io.profilekit.ProfileType;
import io.profilekit.registry.DependencyType;
import io.profilekit.registry.InMemoryPackRegistry;
import io.profilekit.registry.PackDependency;
import io.profilekit.registry.PackDescriptor;
import io.profilekit.registry.PackRegistries;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exact words of the dependency checks: what a pack needs, what the profile has, the versions
 * of the other pack that would do, and the versions of the pack itself that accept what is there
 * (skipping pre-releases, the chosen version, and constraints on other packs or of type upgrade).
 */
class DependencyMessagesTest {

    private static PackDescriptor addon(String name, String version, PackDependency... deps) {
        PackDescriptor.Builder b = PackDescriptor.builder(name, version, LayerType.ADDON).cloudTypes(CloudType.ALL);
        for (PackDependency d : deps) {
            b.dependency(d);
        }
        return b.build();
    }

    private static PackDependency dep(String name, LayerType layer, DependencyType type, String min, String max) {
        return PackDependency.of(name, layer, type, min == null ? null : PackVersion.parse(min),
                max == null ? null : PackVersion.parse(max));
    }

    private static ProfileValidator validator() {
        InMemoryPackRegistry.Builder b = InMemoryPackRegistry.builder("deps").name("Deps");
        b.add(addon("a", "0.9.0", dep("zz", LayerType.ADDON, DependencyType.REQUIRED, "9", null),
                dep("kubernetes", LayerType.KUBERNETES, DependencyType.UPGRADE, null, "1.0")));
        b.add(addon("a", "1.0.0", dep("kubernetes", LayerType.KUBERNETES, DependencyType.REQUIRED, "1.31", null)));
        b.add(addon("a", "1.1.0", dep("kubernetes", LayerType.KUBERNETES, DependencyType.REQUIRED, "1.29", null)));
        b.add(addon("a", "1.2.0-rc.1", dep("kubernetes", LayerType.KUBERNETES, DependencyType.REQUIRED, "1.29", null)));
        b.add(addon("a", "1.3.0", dep("kubernetes", LayerType.KUBERNETES, DependencyType.NOT_SUPPORTED, "1.30", "1.30")));
        b.add(addon("b", "1.0.0", dep("kubernetes", LayerType.KUBERNETES, DependencyType.NOT_SUPPORTED, "1.30", "1.30")));
        b.add(addon("b", "2.0.0", dep("kubernetes", LayerType.KUBERNETES, DependencyType.NOT_SUPPORTED, "1.33", null)));
        b.add(addon("c", "1.0.0", dep("cert-manager", LayerType.ADDON, DependencyType.OPTIONAL, null, "1.0")));
        b.add(addon("d", "1.0.0", dep("argo-cd", LayerType.ADDON, DependencyType.REQUIRED, null, null),
                dep("mf", LayerType.ADDON, DependencyType.REQUIRED, "1.0", "2.0")));
        b.add(addon("e", "1.0.0", dep("e", LayerType.ADDON, DependencyType.REQUIRED, null, null)));
        return ProfileValidator.builder().registry(PackRegistries.compose(TestRegistry.registry(), b.build()))
                .clock(TestRegistry.CLOCK).discoverRules(false).build();
    }

    private static List<String> lines(InfrastructureProfile profile) {
        return validator().validate(profile).violations().stream()
                .map(v -> v.path() + " | " + v.code() + " | " + v.message() + " | " + v.hint())
                .collect(Collectors.toList());
    }

    @Test
    void eachKindOfDependencyProblemSaysWhatWouldDo() {
        InfrastructureProfile p = Samples.design().type(ProfileType.CLUSTER).kubernetes("kubernetes", "1.30.10")
                .layer(Layer.builder(LayerType.ADDON, "a", "1.0.0").build())
                .layer(Layer.builder(LayerType.ADDON, "b", "1.0.0").build())
                .layer(Layer.builder(LayerType.ADDON, "c", "1.0.0").build())
                .layer(Layer.builder(LayerType.ADDON, "cert-manager", "v1.12.0").build())
                .layer(Layer.builder(LayerType.ADDON, PackRef.of("mf", "1.5.0").withType(PackType.MANIFEST))
                        .manifest("m", "kind: X\n").build())
                .layer(Layer.builder(LayerType.ADDON, "d", "1.0.0").build())
                .layer(Layer.builder(LayerType.ADDON, "e", "1.0.0").build())
                .build();

        assertThat(lines(p)).containsExactly(
                "layers[4].pack.version | DEPENDENCY_VERSION_OUT_OF_RANGE | a 1.0.0 requires kubernetes (k8s) >= 1.31, but"
                        + " the profile has kubernetes 1.30.10 at layers[1] | use kubernetes >= 1.31 (available: 1.33.6,"
                        + " 1.33.5, 1.32.9), or a version of a that accepts kubernetes 1.30.10: 1.1.0, 0.9.0",
                "layers[5].pack.version | DEPENDENCY_NOT_SUPPORTED | b 1.0.0 does not support kubernetes (k8s) 1.30 .. 1.30,"
                        + " and the profile has kubernetes 1.30.10 at layers[1] | use kubernetes outside 1.30 .. 1.30, or a"
                        + " version of b that accepts kubernetes 1.30.10: 2.0.0",
                "layers[6].pack.version | DEPENDENCY_VERSION_OUT_OF_RANGE | c 1.0.0 supports only cert-manager (addon) <= 1.0,"
                        + " but the profile has cert-manager v1.12.0 at layers[7] | use cert-manager <= 1.0",
                // A manifest layer of the same name is not the pack; a pack does not satisfy its own dependency.
                "layers[9].pack.name | DEPENDENCY_MISSING | d 1.0.0 requires argo-cd (addon) any version, which the profile"
                        + " does not have | add a layer with layer: addon and pack argo-cd any version (available: 7.7.1)",
                "layers[9].pack.name | DEPENDENCY_MISSING | d 1.0.0 requires mf (addon) 1.0 .. 2.0, which the profile does"
                        + " not have | add a layer with layer: addon and pack mf 1.0 .. 2.0",
                "layers[10].pack.name | DEPENDENCY_MISSING | e 1.0.0 requires e (addon) any version, which the profile does"
                        + " not have | add a layer with layer: addon and pack e any version (available: 1.0.0)");
    }

    @Test
    void aPackInTheWrongLayerIsNotCheckedForItsDependencies() {
        assertThat(lines(Samples.design().type(ProfileType.CLUSTER).network("a", "1.0.0").build())).containsExactly(
                "layers[2].pack.name | PACK_LAYER_MISMATCH | pack 'a' is a Add-on (addon) pack, but fills the Network (cni)"
                        + " layer at layers[2] | use a cni pack (for aws: cni-calico, cni-cilium-oss), or move 'a' to a layer"
                        + " with layer: addon");
    }
}
