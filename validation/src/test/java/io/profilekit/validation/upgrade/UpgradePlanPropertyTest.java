package io.profilekit.validation.upgrade;

import io.profilekit.CloudType;
import io.profilekit.ClusterProfile;
import io.profilekit.InfrastructureProfile;
import io.profilekit.Layer;
import io.profilekit.LayerType;
import io.profilekit.PackVersion;
import io.profilekit.VersionSelector;
import io.profilekit.registry.DependencyType;
import io.profilekit.registry.InMemoryPackRegistry;
import io.profilekit.registry.PackDependency;
import io.profilekit.registry.PackDescriptor;
import io.profilekit.registry.PackRegistry;
import io.profilekit.validation.ProfileValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For small generated registries whose packs constrain each other: a plan never breaks a pack
 * constraint (as the validator judges it), and no single layer of it can move to a newer version the
 * policy allows without breaking one (checked by trying every such move with the validator); when
 * the planner finds no plan, no combination of allowed versions works (checked by trying them all).
 */
class UpgradePlanPropertyTest {
    private static final String[] NAMES = {"os-a", "kube", "net-b", "store-c", "addon-d", "addon-e"};
    private static final LayerType[] LAYERS = {LayerType.OS, LayerType.KUBERNETES, LayerType.NETWORK,
        LayerType.STORAGE, LayerType.ADDON, LayerType.ADDON};
    private static final DependencyType[] TYPES = {DependencyType.REQUIRED, DependencyType.OPTIONAL,
        DependencyType.NOT_SUPPORTED};
    private static final UpgradePolicy[] POLICIES = {UpgradePolicy.PATCH, UpgradePolicy.MINOR, UpgradePolicy.LATEST,
        UpgradePolicy.LATEST.withPreReleases()};

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 200);
    }

    private record World(PackRegistry registry, ClusterProfile profile, UpgradePolicy policy) {
    }

    private static World generate(long seed) {
        Random r = new Random(seed);
        int packs = 4 + r.nextInt(3);
        List<List<String>> versions = new ArrayList<>();
        for (int p = 0; p < packs; p++) {
            Set<String> vs = new LinkedHashSet<>();
            int count = 1 + r.nextInt(4);
            while (vs.size() < count) {
                vs.add((1 + r.nextInt(2)) + "." + r.nextInt(3) + "." + r.nextInt(3) + (r.nextInt(8) == 0 ? "-rc.1" : ""));
            }
            versions.add(new ArrayList<>(vs));
        }
        InMemoryPackRegistry.Builder reg = InMemoryPackRegistry.builder("generated");
        for (int p = 0; p < packs; p++) {
            for (String v : versions.get(p)) {
                PackDescriptor.Builder d = PackDescriptor.builder(NAMES[p], v, LAYERS[p]).cloudTypes(CloudType.AWS);
                int deps = r.nextInt(4) == 0 ? 2 : r.nextInt(2);
                for (int k = 0; k < deps; k++) {
                    int other = r.nextInt(6) == 0 ? packs : r.nextInt(packs);   // packs: one that no profile has
                    if (other == p) {
                        continue;
                    }
                    String name = other == packs ? "absent-pack" : NAMES[other];
                    LayerType layer = other == packs ? LayerType.ADDON : LAYERS[other];
                    List<String> pool = other == packs ? List.of("1.0.0") : versions.get(other);
                    PackVersion min = r.nextBoolean() ? PackVersion.parse(pool.get(r.nextInt(pool.size()))) : null;
                    PackVersion max = r.nextBoolean() ? PackVersion.parse(pool.get(r.nextInt(pool.size()))) : null;
                    DependencyType type = other == packs ? (r.nextInt(4) == 0 ? DependencyType.REQUIRED
                            : DependencyType.OPTIONAL) : TYPES[r.nextInt(TYPES.length)];
                    if (r.nextInt(4) != 0 && min != null && max != null && min.compareTo(max) > 0) {
                        PackVersion swap = min;   // mostly sensible ranges, sometimes an empty one
                        min = max;
                        max = swap;
                    }
                    if (type == DependencyType.NOT_SUPPORTED && min == null && max == null) {
                        min = PackVersion.parse(pool.get(r.nextInt(pool.size())));
                    }
                    d.dependency(PackDependency.of(name, layer, type, min, max));
                }
                reg.add(d.build());
            }
        }
        InfrastructureProfile.Builder b = InfrastructureProfile.builder().name("generated-" + seed).version("1.0.0")
                .cloud(CloudType.AWS);
        List<Layer> layers = new ArrayList<>();
        for (int p = 0; p < packs; p++) {
            List<String> vs = versions.get(p);
            // Mostly the oldest version, so that there is room to move.
            String oldest = vs.stream().map(PackVersion::parse).sorted().findFirst().orElseThrow().toString();
            layers.add(Layer.builder(LAYERS[p], NAMES[p], r.nextInt(3) == 0 ? vs.get(r.nextInt(vs.size())) : oldest)
                    .build());
        }
        ClusterProfile profile = b.layers(layers).buildLenient();
        return new World(reg.build(), profile, POLICIES[r.nextInt(POLICIES.length)]);
    }

    private static boolean breaksConstraints(PackRegistry registry, ClusterProfile profile) {
        return ProfileValidator.builder().registry(registry).discoverRules(false).build().validate(profile).errors()
                .stream().anyMatch(v -> v.code().startsWith("DEPENDENCY_"));
    }

    private static ClusterProfile with(ClusterProfile profile, int layer, PackVersion version) {
        List<Layer> layers = new ArrayList<>(profile.layers());
        Layer old = layers.get(layer);
        layers.set(layer, old.toBuilder().pack(old.pack().withVersion(VersionSelector.exact(version))).build());
        return profile.toBuilder().layers(layers).buildLenient();
    }

    /** The versions a layer may take under the policy: its own and the newer allowed ones. */
    private static List<PackVersion> allowed(World w, int layer) {
        PackVersion current = w.profile().layers().get(layer).pack().version().exactVersion().orElseThrow();
        List<PackVersion> out = new ArrayList<>();
        out.add(current);
        for (PackVersion v : w.registry().versions(w.profile().layers().get(layer).pack().name())) {
            if (w.policy().allows(current, v)) {
                out.add(v);
            }
        }
        return out;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void planMeetsEveryConstraintAndNoSingleLayerCanMoveFurther(long seed) {
        World w = generate(seed);
        UpgradePlan plan = UpgradePlanner.of(w.registry()).plan(w.profile(), w.policy());
        ClusterProfile planned = plan.profile();
        if (!plan.problems().isEmpty()) {
            assertThat(planned).isEqualTo(w.profile());
            assertNoCombinationWorks(w, 0, w.profile());
            return;
        }
        assertThat(breaksConstraints(w.registry(), planned)).as("plan %s", planned).isFalse();
        for (int i = 0; i < planned.layers().size(); i++) {
            PackVersion taken = planned.layers().get(i).pack().version().exactVersion().orElseThrow();
            for (PackVersion v : allowed(w, i)) {
                if (v.compareTo(taken) > 0) {
                    assertThat(breaksConstraints(w.registry(), with(planned, i, v)))
                            .as("seed %d: layer %d could move from %s to %s in %s", seed, i, taken, v, planned).isTrue();
                }
            }
            // Every held step names at least one constraint.
            plan.held().forEach(s -> assertThat(s.reasons()).isNotEmpty());
        }
    }

    private static void assertNoCombinationWorks(World w, int layer, ClusterProfile partial) {
        if (layer == partial.layers().size()) {
            assertThat(breaksConstraints(w.registry(), partial)).as("a working combination: %s", partial).isTrue();
            return;
        }
        for (PackVersion v : allowed(w, layer)) {
            assertNoCombinationWorks(w, layer + 1, with(partial, layer, v));
        }
    }
}
