package io.profilekit.validation.upgrade;

import io.profilekit.AddOnProfile;
import io.profilekit.CloudType;
import io.profilekit.ClusterProfile;
import io.profilekit.ClusterStack;
import io.profilekit.InfrastructureProfile;
import io.profilekit.LayerType;
import io.profilekit.PackVersion;
import io.profilekit.registry.DependencyType;
import io.profilekit.registry.InMemoryPackRegistry;
import io.profilekit.registry.PackDependency;
import io.profilekit.registry.PackDescriptor;
import io.profilekit.registry.PackRegistry;
import io.profilekit.rules.Violation;
import io.profilekit.validation.ProfileValidator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class UpgradePlannerTest {
    private static PackDescriptor pack(String name, String version, LayerType layer, PackDependency... deps) {
        PackDescriptor.Builder b = PackDescriptor.builder(name, version, layer).cloudTypes(CloudType.AWS);
        for (PackDependency d : deps) {
            b.dependency(d);
        }
        return b.build();
    }

    private static PackDependency k8s(DependencyType type, String min, String max) {
        return PackDependency.of("kubernetes", LayerType.KUBERNETES, type, min == null ? null : PackVersion.parse(min),
                max == null ? null : PackVersion.parse(max));
    }

    private static InMemoryPackRegistry.Builder base() {
        return InMemoryPackRegistry.builder("test")
                .add(pack("ubuntu-aws", "22.04", LayerType.OS)).add(pack("ubuntu-aws", "24.04", LayerType.OS))
                .add(pack("kubernetes", "1.31.2", LayerType.KUBERNETES)).add(pack("kubernetes", "1.31.8", LayerType.KUBERNETES))
                .add(pack("kubernetes", "1.32.9", LayerType.KUBERNETES)).add(pack("kubernetes", "1.33.6", LayerType.KUBERNETES))
                .add(pack("kubernetes", "1.34.0-rc.1", LayerType.KUBERNETES))
                .add(pack("csi-aws-ebs", "1.41.0", LayerType.STORAGE)).add(pack("csi-aws-ebs", "1.46.0", LayerType.STORAGE));
    }

    private static ClusterProfile profile(String kubernetes) {
        return InfrastructureProfile.builder().name("aws").version("1.4.0").cloud(CloudType.AWS)
                .os("ubuntu-aws", "22.04").kubernetes("kubernetes", kubernetes).network("cni-calico", "3.29.2")
                .storage("csi-aws-ebs", "1.41.0").build();
    }

    private static List<Violation> constraintErrors(PackRegistry registry, ClusterProfile profile) {
        return ProfileValidator.builder().registry(registry).discoverRules(false).build().validate(profile).errors()
                .stream().filter(v -> v.code().startsWith("DEPENDENCY_")).toList();
    }

    @Test
    void aConstraintThatBlocksTheNewestMinorIsNamed() {
        PackRegistry registry = base()
                .add(pack("cni-calico", "3.29.2", LayerType.NETWORK, k8s(DependencyType.OPTIONAL, "1.29", "1.32")))
                .add(pack("cni-calico", "3.30.1", LayerType.NETWORK, k8s(DependencyType.OPTIONAL, "1.29", "1.32")))
                .build();
        UpgradePlan plan = UpgradePlanner.of(registry).plan(profile("1.31.2"), UpgradePolicy.MINOR);
        assertThat(plan.upgrades()).extracting(UpgradePlan.Step::describe).containsExactly(
                "kubernetes 1.31.2 -> 1.32.9 (minor); 1.33.6 not taken: cni-calico 3.30.1 supports only kubernetes (k8s) 1.29 .. 1.32",
                "cni-calico 3.29.2 -> 3.30.1 (minor)",
                "csi-aws-ebs 1.41.0 -> 1.46.0 (minor)");
        assertThat(plan.held()).singleElement().satisfies(s -> assertThat(s.newestAllowed().map(Object::toString))
                .contains("1.33.6"));
        assertThat(plan.steps().get(0).status()).isEqualTo(UpgradePlan.Status.UP_TO_DATE);
        assertThat(plan.steps().get(0).reasons()).containsExactly("24.04 is outside the policy");
        assertThat(plan.profile().version().text()).isEqualTo("1.5.0");
        assertThat(plan.profile().layers().get(1).pack().version().toString()).isEqualTo("1.32.9");
        assertThat(plan.problems()).isEmpty();
        assertThat(constraintErrors(registry, plan.profile())).isEmpty();
        assertThat(plan.toText()).contains("~ layers[1]: kubernetes 1.31.2 -> 1.32.9 (minor); 1.33.6 not taken");
    }

    @Test
    void theSearchTakesCombinationsThatLayerByLayerGreedCannotSee() {
        // Kubernetes 1.33 works only with calico 3.31, and the calico in use supports at most 1.32:
        // raising one layer at a time gets stuck at 1.32; the search moves both.
        PackRegistry registry = base()
                .add(pack("cni-calico", "3.29.2", LayerType.NETWORK, k8s(DependencyType.OPTIONAL, null, "1.32")))
                .add(pack("cni-calico", "3.30.1", LayerType.NETWORK, k8s(DependencyType.OPTIONAL, null, "1.32")))
                .add(pack("cni-calico", "3.31.2", LayerType.NETWORK, k8s(DependencyType.OPTIONAL, "1.33", null)))
                .build();
        UpgradePlan plan = UpgradePlanner.of(registry).plan(profile("1.31.2"), UpgradePolicy.MINOR);
        assertThat(plan.profile().layers().get(1).pack().version().toString()).isEqualTo("1.33.6");
        assertThat(plan.profile().layers().get(2).pack().version().toString()).isEqualTo("3.31.2");
        assertThat(plan.held()).isEmpty();
        assertThat(constraintErrors(registry, plan.profile())).isEmpty();
    }

    @Test
    void policiesBoundHowFarLayersMoveAndPreReleasesComeOnlyWhenAsked() {
        PackRegistry registry = base().add(pack("cni-calico", "3.29.2", LayerType.NETWORK)).build();
        UpgradePlanner planner = UpgradePlanner.of(registry);
        ClusterProfile patch = planner.plan(profile("1.31.2"), UpgradePolicy.PATCH).profile();
        assertThat(patch.layers().get(1).pack().version().toString()).isEqualTo("1.31.8");
        assertThat(patch.layers().get(0).pack().version().toString()).isEqualTo("22.04");
        assertThat(patch.version().text()).isEqualTo("1.4.1");
        ClusterProfile latest = planner.plan(profile("1.31.2"), UpgradePolicy.LATEST).profile();
        assertThat(latest.layers().get(0).pack().version().toString()).isEqualTo("24.04");
        assertThat(latest.layers().get(1).pack().version().toString()).isEqualTo("1.33.6");
        assertThat(latest.version().text()).isEqualTo("2.0.0");
        ClusterProfile pre = planner.plan(profile("1.31.2"), UpgradePolicy.LATEST.withPreReleases()).profile();
        assertThat(pre.layers().get(1).pack().version().toString()).isEqualTo("1.34.0-rc.1");
    }

    @Test
    void trainsMoveToNewerTrainsAndRangesAreKept() {
        PackRegistry registry = base().add(pack("cni-calico", "3.29.2", LayerType.NETWORK)).build();
        UpgradePlan train = UpgradePlanner.of(registry).plan(profile("1.31.x"), UpgradePolicy.MINOR);
        assertThat(train.profile().layers().get(1).pack().version().toString()).isEqualTo("1.33.x");
        assertThat(train.upgrades().get(0).describe()).isEqualTo("kubernetes 1.31.8 -> 1.33.6 (minor)");
        UpgradePlan range = UpgradePlanner.of(registry).plan(profile(">=1.31 <1.33"), UpgradePolicy.MINOR);
        assertThat(range.steps().get(1).status()).isEqualTo(UpgradePlan.Status.KEPT);
        assertThat(range.steps().get(1).describe()).contains("is a range, kept as written");
    }

    @Test
    void aRecordedResolvedVersionFollowsTheUpgrade() {
        PackRegistry registry = base().add(pack("cni-calico", "3.29.2", LayerType.NETWORK)).build();
        ClusterProfile train = profile("1.31.x");
        java.util.List<io.profilekit.Layer> layers = new java.util.ArrayList<>(train.layers());
        layers.set(1, layers.get(1).toBuilder().pack(layers.get(1).pack().withResolvedVersion("1.31.8")).build());
        ClusterProfile resolved = train.toBuilder().layers(layers).build();
        ClusterProfile planned = UpgradePlanner.of(registry).plan(resolved, UpgradePolicy.MINOR).profile();
        assertThat(planned.layers().get(1).pack().version().toString()).isEqualTo("1.33.x");
        assertThat(planned.layers().get(1).pack().resolvedVersion()).contains("1.33.6");
    }

    @Test
    void aProfileWithoutAValidVersionKeepsIt() {
        PackRegistry registry = base().add(pack("cni-calico", "3.29.2", LayerType.NETWORK)).build();
        ClusterProfile odd = profile("1.31.2").toBuilder().version("v1.4").build();
        UpgradePlan plan = UpgradePlanner.of(registry).plan(odd, UpgradePolicy.PATCH);
        assertThat(plan.changesAnything()).isTrue();
        assertThat(plan.profile().version().text()).isEqualTo("v1.4");
    }

    @Test
    void aProfileThatBreaksConstraintsWhateverTheVersionsGetsNoPlan() {
        PackRegistry registry = base()
                .add(pack("cni-calico", "3.29.2", LayerType.NETWORK, k8s(DependencyType.REQUIRED, "2.0", null))).build();
        UpgradePlan plan = UpgradePlanner.of(registry).plan(profile("1.31.2"), UpgradePolicy.LATEST);
        assertThat(plan.problems()).singleElement().asString()
                .contains("no combination").contains("cni-calico 3.29.2 requires kubernetes (k8s) >= 2.0");
        assertThat(plan.changesAnything()).isFalse();
        assertThat(plan.profile()).isEqualTo(profile("1.31.2"));
    }

    @Test
    void aStackIsPlannedAsOne() {
        PackRegistry registry = base().add(pack("cni-calico", "3.29.2", LayerType.NETWORK))
                .add(pack("web", "1.0.0", LayerType.ADDON, k8s(DependencyType.REQUIRED, null, "1.32")))
                .add(pack("web", "2.0.0", LayerType.ADDON, k8s(DependencyType.REQUIRED, "1.34", null))).build();
        ClusterProfile addOn = AddOnProfile.builder().name("web").version("0.1.0").addOn("web", "1.0.0").build();
        UpgradePlan plan = UpgradePlanner.of(registry).plan(ClusterStack.of(profile("1.31.2"), addOn),
                UpgradePolicy.LATEST);
        assertThat(plan.stack().addOns().get(0).layers().get(0).pack().version().toString()).isEqualTo("1.0.0");
        assertThat(plan.stack().base().layers().get(1).pack().version().toString()).isEqualTo("1.32.9");
        assertThat(plan.held()).extracting(UpgradePlan.Step::describe).contains(
                "kubernetes 1.31.2 -> 1.32.9 (minor); 1.33.6 not taken: web 1.0.0 requires kubernetes (k8s) <= 1.32",
                "web 1.0.0 kept; 2.0.0 not taken: web 2.0.0 requires kubernetes (k8s) >= 1.34");
        assertThat(ProfileValidator.builder().registry(registry).discoverRules(false).build().validate(plan.stack())
                .errors()).filteredOn(v -> v.code().startsWith("DEPENDENCY_")).isEmpty();
        // Alone, the add-on profile has no Kubernetes, so nothing holds web back.
        UpgradePlan alone = UpgradePlanner.of(registry).plan(addOn, UpgradePolicy.LATEST);
        assertThat(alone.profile().layers().get(0).pack().version().toString()).isEqualTo("2.0.0");
        assertThat(alone.profile().version().text()).isEqualTo("1.0.0");
    }
}
