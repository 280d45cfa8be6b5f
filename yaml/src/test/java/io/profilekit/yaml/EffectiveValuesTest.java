package io.profilekit.yaml;

import io.profilekit.AddOnProfile;
import io.profilekit.ClusterProfile;
import io.profilekit.CloudType;
import io.profilekit.LayerType;
import io.profilekit.registry.InMemoryPackRegistry;
import io.profilekit.registry.PackConstraints;
import io.profilekit.registry.PackDescriptor;
import io.profilekit.registry.ResourceComponent;
import io.profilekit.registry.ResourceRequirement;
import io.profilekit.registry.ResourceType;
import io.profilekit.registry.ScheduleType;
import io.profilekit.resolve.ResourceNeeds;
import io.profilekit.registry.PackPreset;
import io.profilekit.resolve.ProfileResolver;
import io.profilekit.resolve.ResolvedProfile;
import io.profilekit.yaml.internal.PresetEdits;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Presets applied to values as Palette applies them, editing only the touched text. */
class EffectiveValuesTest {
    private static final String VALUES = "# Hello Universe values\n"
            + "pack:\n"
            + "  # where it goes\n"
            + "  spectrocloud.com/install-priority: \"10\"\n"
            + "\n"
            + "manifests:\n"
            + "  hello-universe:\n"
            + "    image: ghcr.io/spectrocloud/hello-universe:1.3.0 # the UI\n"
            + "    replicas: 1   # one is enough\n"
            + "    api:\n"
            + "      enabled: false\n"
            + "      # the API's port\n"
            + "      port: 3000\n"
            + "    tolerations:\n"
            + "      - key: app\n"
            + "        value: ui\n"
            + "\n"
            + "# trailing comment\n";

    private static PackPreset preset(String name, String group, String add, String... remove) {
        return new PackPreset(name, name, group, add, List.of(remove));
    }

    @Test
    void aPresetThatSuppliesTheNamespaceMakesTheValuesHoldIt() {
        String out = EffectiveValues.apply(VALUES, List.of(preset("ns", "Namespace", "pack:\n  namespace: hello # chosen\n")));

        assertThat(PresetEdits.valueAt(out, "pack.namespace")).contains("hello");
        assertThat(out).isEqualTo(VALUES.replace("  spectrocloud.com/install-priority: \"10\"\n",
                "  spectrocloud.com/install-priority: \"10\"\n  namespace: hello # chosen\n"));
    }

    @Test
    void theNamespaceAlsoArrivesWhenTheValuesAreEmpty() {
        String out = EffectiveValues.apply("# nothing yet\n", List.of(preset("ns", "g", "pack:\n  namespace: hello\n")));

        assertThat(out).isEqualTo("# nothing yet\npack:\n  namespace: hello\n");
        assertThat(PresetEdits.valueAt(out, "pack.namespace")).contains("hello");
    }

    @Test
    void removePathsCutTheirLinesAndNothingElse() {
        String out = EffectiveValues.apply(VALUES, List.of(preset("no-api", "Backend", "",
                "manifests.hello-universe.api", "manifests.hello-universe.replicas", "not.there")));

        assertThat(out).isEqualTo("# Hello Universe values\n"
                + "pack:\n"
                + "  # where it goes\n"
                + "  spectrocloud.com/install-priority: \"10\"\n"
                + "\n"
                + "manifests:\n"
                + "  hello-universe:\n"
                + "    image: ghcr.io/spectrocloud/hello-universe:1.3.0 # the UI\n"
                + "    tolerations:\n"
                + "      - key: app\n"
                + "        value: ui\n"
                + "\n"
                + "# trailing comment\n");
    }

    @Test
    void addMergesMappingsDeeplyAndReplacesScalarsAndListsKeepingUntouchedComments() {
        String add = "manifests:\n"
                + "  hello-universe:\n"
                + "    replicas: 3 # scaled\n"
                + "    api:\n"
                + "      enabled: true\n"
                + "      auth:\n"
                + "        token: REPLACE_ME\n"
                + "    tolerations: []\n";
        String out = EffectiveValues.apply(VALUES, List.of(preset("api", "Backend", add)));

        assertThat(out).isEqualTo("# Hello Universe values\n"
                + "pack:\n"
                + "  # where it goes\n"
                + "  spectrocloud.com/install-priority: \"10\"\n"
                + "\n"
                + "manifests:\n"
                + "  hello-universe:\n"
                + "    image: ghcr.io/spectrocloud/hello-universe:1.3.0 # the UI\n"
                + "    replicas: 3   # one is enough\n"
                + "    api:\n"
                + "      enabled: true\n"
                + "      # the API's port\n"
                + "      port: 3000\n"
                + "      auth:\n"
                + "        token: REPLACE_ME\n"
                + "    tolerations: []\n"
                + "\n"
                + "# trailing comment\n");
    }

    @Test
    void untouchedLinesStayByteForByte() {
        String out = EffectiveValues.apply(VALUES, List.of(
                preset("a", "A", "manifests:\n  hello-universe:\n    replicas: 2\n", "manifests.hello-universe.api.port")));
        List<String> before = VALUES.lines().toList();
        List<String> after = out.lines().toList();
        assertThat(after).hasSize(before.size() - 1);
        for (int i = 0, j = 0; i < before.size(); i++) {
            String line = before.get(i);
            if (line.contains("port: 3000")) {
                continue;
            }
            if (line.contains("replicas:")) {
                assertThat(after.get(j++)).isEqualTo("    replicas: 2   # one is enough");
                continue;
            }
            assertThat(after.get(j++)).isEqualTo(line);
        }
    }

    @Test
    void presetsApplyInOrderRemovesBeforeAdds() {
        PackPreset first = preset("first", "A", "manifests:\n  hello-universe:\n    api:\n      port: 8080\n");
        PackPreset second = preset("second", "B", "manifests:\n  hello-universe:\n    api:\n      mode: new\n",
                "manifests.hello-universe.api");
        String out = EffectiveValues.apply(VALUES, List.of(first, second));

        Object api = PresetEdits.valueAt(out, "manifests.hello-universe.api").orElseThrow();
        assertThat(api).isEqualTo(Map.of("mode", "new"));
        assertThat(out).contains("# trailing comment\n").contains("    image: ghcr.io/spectrocloud/hello-universe:1.3.0 # the UI\n");
    }

    @Test
    void aNestedAddIsReindentedToTheTargetAndKeepsItsOwnComments() {
        String values = "charts:\n    app:\n        replicas: 1\n";
        String out = EffectiveValues.apply(values, List.of(preset("p", "g",
                "charts:\n  app:\n    # storage for the app\n    storage:\n      size: 10Gi # at least\n")));

        assertThat(out).isEqualTo("charts:\n    app:\n        replicas: 1\n        storage:\n          size: 10Gi # at least\n");
    }

    @Test
    void aBlockScalarCanBeReplacedAndAdded() {
        String values = "config:\n  script: |\n    echo one\n    echo two\n  after: x # kept\n";
        String out = EffectiveValues.apply(values, List.of(preset("p", "g",
                "config:\n  script: |\n    echo three\n  extra: |\n    line\n")));

        assertThat(out).isEqualTo("config:\n  script: |\n    echo three\n  after: x # kept\n  extra: |\n    line\n");
    }

    @Test
    void flowStyleIsWrittenAfreshWithTheSameData() {
        String values = "# lost\npack: {namespace: a, other: b}\n";
        String out = EffectiveValues.apply(values, List.of(preset("p", "g", "pack:\n  namespace: c\n")));

        assertThat(PresetEdits.load(out, "out")).isEqualTo(Map.of("pack", Map.of("namespace", "c", "other", "b")));
    }

    @Test
    void invalidAddIsRefused() {
        assertThatThrownBy(() -> EffectiveValues.apply(VALUES, List.of(preset("bad", "g", "a: [\n"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad");
    }

    @Test
    void aResolvedProfileGetsItsValuesWithPresetsApplied() {
        PackDescriptor pack = PackDescriptor.builder("hello-universe", "1.3.0", LayerType.ADDON)
                .values("pack:\n  namespace: default # where it runs\n")
                .preset(preset("ns", "Namespace", "pack:\n  namespace: hello\n"))
                .preset(preset("other", "Other", "x: 1\n"))
                .build();
        ClusterProfile profile = AddOnProfile.builder().name("p").cloud(CloudType.ALL)
                .addOn("hello-universe", "1.3.0", a -> a.presets(List.of("ns")))
                .build();
        ResolvedProfile resolved = ProfileResolver.of(InMemoryPackRegistry.builder("r").add(pack).build()).resolve(profile);

        // the layer gives no values: the pack's defaults, the replaced value keeping its line's comment
        assertThat(EffectiveValues.of(resolved.layers().get(0))).isEqualTo("pack:\n  namespace: hello # where it runs\n");
        ClusterProfile applied = EffectiveValues.applyPresets(resolved);
        assertThat(applied.layers().get(0).values()).isEqualTo("pack:\n  namespace: hello # where it runs\n");
        assertThat(applied.layers().get(0).presets()).containsExactly("ns");
        assertThat(applied.layers().get(0).pack().version()).isEqualTo(resolved.profile().layers().get(0).pack().version());
    }

    @Test
    void resourceNeedsReadRequestsAndReplicasFromTheEffectiveValues() {
        PackDescriptor pack = PackDescriptor.builder("kubevious", "1.0.10", LayerType.ADDON)
                .values("charts:\n  kubevious:\n    ui:\n      replicaCount: 1\n      resources:\n"
                        + "        requests:\n          cpu: 100m\n          memory: 200Mi\n")
                .preset(preset("ha", "Availability", "charts:\n  kubevious:\n    ui:\n      replicaCount: 3\n"))
                .constraints(new PackConstraints(List.of(), List.of(
                        new ResourceRequirement(ResourceType.CPU, 512, List.of(new ResourceComponent("worker",
                                "charts.kubevious.ui.resources.requests.cpu", "charts.kubevious.ui.replicaCount"))),
                        new ResourceRequirement(ResourceType.MEMORY, 1636, List.of(new ResourceComponent("worker",
                                "charts.kubevious.ui.resources.requests.memory", "charts.kubevious.ui.replicaCount"),
                                new ResourceComponent("worker", "charts.kubevious.mysql.resources.requests.memory", ""))))))
                .build();
        ClusterProfile profile = AddOnProfile.builder().name("p").cloud(CloudType.ALL)
                .addOn("kubevious", "1.0.10", a -> a.presets(List.of("ha"))).build();
        ResolvedProfile resolved = ProfileResolver.of(InMemoryPackRegistry.builder("r").add(pack).build()).resolve(profile);

        ResourceNeeds needs = EffectiveValues.resourceNeeds(resolved);

        assertThat(needs.total(ScheduleType.WORKER, ResourceType.CPU)).isEqualTo(300);
        assertThat(needs.total(ScheduleType.WORKER, ResourceType.MEMORY)).isEqualTo(600);
        assertThat(needs.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("charts.kubevious.mysql.resources.requests.memory");
            assertThat(p.missing()).isTrue();
        });
    }
}
