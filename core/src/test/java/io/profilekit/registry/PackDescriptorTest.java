package io.profilekit.registry;

import io.profilekit.CloudType;
import io.profilekit.LayerType;
import io.profilekit.PackType;
import io.profilekit.PackVersion;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** PackDescriptor and the value types it carries: presets, constraints, resources, queries. */
class PackDescriptorTest {

    private static final PackDependency K8S = PackDependency.of("kubernetes", LayerType.KUBERNETES,
            DependencyType.OPTIONAL, PackVersion.parse("1.29"), null);

    private static PackDescriptor full() {
        return PackDescriptor.builder("crossplane", "2.3.0", LayerType.ADDON)
                .displayName("Crossplane")
                .cloudTypes(CloudType.AWS, CloudType.AZURE)
                .packType(PackType.HELM)
                .group("Infra")
                .eol(LocalDate.of(2027, 1, 31))
                .addonType("system app")
                .annotation("source", "community").annotation("contributor", "spectrocloud")
                .values("# defaults\ncharts:\n  crossplane: {}\n")
                .preset(new PackPreset("small", "Small", "Size", "replicas: 1\n", List.of("resources")))
                .dependency(K8S)
                .valueSchema("charts.crossplane.apiKey", "{{ format \"${password}\" }}")
                .build();
    }

    @Test
    void defaults() {
        PackDescriptor p = PackDescriptor.builder("cni-calico", PackVersion.parse("3.31.2"), LayerType.NETWORK).build();
        assertThat(p.name()).isEqualTo("cni-calico");
        assertThat(p.displayName()).isEqualTo("cni-calico");
        assertThat(p.version()).isEqualTo(PackVersion.parse("3.31.2"));
        assertThat(p.layer()).isEqualTo(LayerType.NETWORK);
        assertThat(p.cloudTypes()).isEmpty();
        assertThat(p.packType()).isEqualTo(PackType.SPECTRO);
        assertThat(p.group()).isEmpty();
        assertThat(p.eol()).isEmpty();
        assertThat(p.addonType()).isEmpty();
        assertThat(p.annotations()).isEmpty();
        assertThat(p.values()).isEmpty();
        assertThat(p.presets()).isEmpty();
        assertThat(p.constraints()).isSameAs(PackConstraints.NONE);
        assertThat(p.constraints().isEmpty()).isTrue();
        assertThat(p.valueSchema()).isEmpty();
    }

    @Test
    void everyPartIsReadBack() {
        PackDescriptor p = full();
        assertThat(p.displayName()).isEqualTo("Crossplane");
        assertThat(p.cloudTypes()).containsExactly(CloudType.AWS, CloudType.AZURE);
        assertThat(p.packType()).isEqualTo(PackType.HELM);
        assertThat(p.group()).contains("Infra");
        assertThat(p.eol()).contains(LocalDate.of(2027, 1, 31));
        assertThat(p.addonType()).contains("system app");
        assertThat(p.annotations()).containsExactly(java.util.Map.entry("source", "community"),
                java.util.Map.entry("contributor", "spectrocloud"));
        assertThat(p.values()).isEqualTo("# defaults\ncharts:\n  crossplane: {}\n");
        assertThat(p.preset("small")).hasValueSatisfying(s -> assertThat(s.remove()).containsExactly("resources"));
        assertThat(p.preset("large")).isEmpty();
        assertThat(p.constraints().dependencies()).containsExactly(K8S);
        assertThat(p.constraints().isEmpty()).isFalse();
        assertThat(p.valueSchema()).containsEntry("charts.crossplane.apiKey", "{{ format \"${password}\" }}");
    }

    @Test
    void supportsCloudWhenItListsTheCloudOrAllAndEveryPackSupportsAll() {
        PackDescriptor aws = PackDescriptor.builder("a", "1", LayerType.OS).cloudTypes(CloudType.AWS).build();
        PackDescriptor any = PackDescriptor.builder("b", "1", LayerType.OS).cloudTypes(CloudType.ALL).build();
        assertThat(aws.supportsCloud(CloudType.AWS)).isTrue();
        assertThat(aws.supportsCloud(CloudType.AZURE)).isFalse();
        assertThat(aws.supportsCloud(CloudType.ALL)).isTrue();
        assertThat(any.supportsCloud(CloudType.of("nutanix"))).isTrue();
        assertThatThrownBy(() -> aws.supportsCloud(null)).hasMessage("cloud must not be null");
    }

    @Test
    void dependencyAddsToConstraintsKeepingResources() {
        PackConstraints withCpu = new PackConstraints(List.of(), List.of(ResourceRequirement.of(ResourceType.CPU, 100)));
        PackDescriptor p = PackDescriptor.builder("a", "1", LayerType.ADDON).constraints(withCpu).dependency(K8S)
                .build();
        assertThat(p.constraints().resources()).containsExactly(ResourceRequirement.of(ResourceType.CPU, 100));
        assertThat(p.constraints().dependencies()).containsExactly(K8S);
    }

    @Test
    void toBuilderRoundTripsAndTheCopyIsIndependent() {
        PackDescriptor p = full();
        assertThat(p.toBuilder().build()).isEqualTo(p).hasSameHashCodeAs(p);
        PackDescriptor changed = p.toBuilder().annotation("x", "y").cloudTypes(CloudType.ALL).build();
        assertThat(changed).isNotEqualTo(p);
        assertThat(p.annotations()).doesNotContainKey("x");
        assertThat(p.cloudTypes()).containsExactly(CloudType.AWS, CloudType.AZURE);
    }

    @Test
    void equalsComparesEveryPart() {
        PackDescriptor p = full();
        assertThat(p).isNotEqualTo(null).isNotEqualTo("crossplane");
        assertThat(p.toBuilder().displayName("X").build()).isNotEqualTo(p);
        assertThat(p.toBuilder().group("Other").build()).isNotEqualTo(p);
        assertThat(p.toBuilder().eol(LocalDate.of(2030, 1, 1)).build()).isNotEqualTo(p);
        assertThat(p.toBuilder().addonType("ai").build()).isNotEqualTo(p);
        assertThat(p.toBuilder().values("").build()).isNotEqualTo(p);
        assertThat(p.toBuilder().packType(PackType.OCI).build()).isNotEqualTo(p);
        assertThat(p.toBuilder().constraints(PackConstraints.NONE).build()).isNotEqualTo(p);
        assertThat(p.toBuilder().valueSchema("a", "b").build()).isNotEqualTo(p);
        assertThat(p.toBuilder().preset(new PackPreset("x", "X", "g", "", List.of())).build()).isNotEqualTo(p);
    }

    @Test
    void collectionsAreUnmodifiableCopies() {
        List<CloudType> clouds = new ArrayList<>(List.of(CloudType.AWS));
        PackDescriptor.Builder b = PackDescriptor.builder("a", "1", LayerType.OS).cloudTypes(clouds);
        PackDescriptor p = b.build();
        clouds.add(CloudType.GCP);
        b.annotation("k", "v").preset(new PackPreset("x", "X", "g", "", List.of()));
        assertThat(p.cloudTypes()).containsExactly(CloudType.AWS);
        assertThat(p.annotations()).isEmpty();
        assertThat(p.presets()).isEmpty();
        assertThatThrownBy(() -> p.cloudTypes().add(CloudType.GCP)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> p.annotations().put("a", "b")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> p.presets().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> p.valueSchema().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void toStringShowsNameVersionLayerAndClouds() {
        assertThat(PackDescriptor.builder("cni-calico", "3.31.2", LayerType.NETWORK)
                .cloudTypes(CloudType.AWS, CloudType.VSPHERE).build())
                .hasToString("cni-calico 3.31.2 (cni, clouds [aws, vsphere])");
    }

    @Test
    void nullsAreRejectedNamingTheField() {
        assertThatThrownBy(() -> PackDescriptor.builder(null, "1", LayerType.OS)).hasMessage("name must not be null");
        assertThatThrownBy(() -> PackDescriptor.builder("a", (String) null, LayerType.OS))
                .hasMessage("version must not be null");
        assertThatThrownBy(() -> PackDescriptor.builder("a", "1", null)).hasMessage("layer must not be null");
        assertThatThrownBy(() -> PackDescriptor.builder("a", "not a version", LayerType.OS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'not a version'");
        PackDescriptor.Builder b = PackDescriptor.builder("a", "1", LayerType.OS);
        assertThatThrownBy(() -> b.displayName(null)).hasMessage("displayName must not be null");
        assertThatThrownBy(() -> b.cloudTypes((CloudType[]) null)).hasMessage("cloudTypes must not be null");
        assertThatThrownBy(() -> b.cloudTypes(CloudType.AWS, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("cloudTypes[1] must not be null");
        assertThatThrownBy(() -> b.cloudTypes(Arrays.asList(CloudType.AWS, null)))
                .hasMessage("cloudTypes[1] must not be null");
        assertThatThrownBy(() -> b.packType(null)).hasMessage("packType must not be null");
        assertThatThrownBy(() -> b.group(null)).hasMessage("group must not be null");
        assertThatThrownBy(() -> b.eol(null)).hasMessage("eol must not be null");
        assertThatThrownBy(() -> b.addonType(null)).hasMessage("addonType must not be null");
        assertThatThrownBy(() -> b.annotation("k", null)).hasMessage("annotations.k must not be null");
        assertThatThrownBy(() -> b.values(null)).hasMessage("values must not be null");
        assertThatThrownBy(() -> b.preset(null)).hasMessage("presets[0] must not be null");
        assertThatThrownBy(() -> b.constraints(null)).hasMessage("constraints must not be null");
        assertThatThrownBy(() -> b.dependency(null)).hasMessage("dependency must not be null");
        assertThatThrownBy(() -> b.valueSchema("p", null)).hasMessage("valueSchema.p must not be null");
    }

    @Test
    void presetConstraintAndResourceRecords() {
        PackPreset preset = new PackPreset("enable-api", "Enable API", "Backend", "api: true\n", List.of("a.b"));
        assertThat(preset.name()).isEqualTo("enable-api");
        assertThat(preset.group()).isEqualTo("Backend");
        assertThatThrownBy(() -> preset.remove().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new PackPreset("n", "d", "g", null, List.of())).hasMessage("add must not be null");
        assertThatThrownBy(() -> new PackPreset("n", "d", "g", "", Arrays.asList("a", null)))
                .hasMessage("remove[1] must not be null");

        ResourceComponent component = new ResourceComponent("worker", "charts.x.resources.requests.cpu",
                "charts.x.replicas");
        ResourceRequirement cpu = new ResourceRequirement(ResourceType.CPU, 500, List.of(component));
        assertThat(cpu.components()).containsExactly(component);
        assertThat(ResourceRequirement.of(ResourceType.MEMORY, 256).components()).isEmpty();
        assertThatThrownBy(() -> new ResourceRequirement(null, 1, List.of())).hasMessage("type must not be null");
        assertThatThrownBy(() -> new ResourceComponent("all", null, "")).hasMessage(
                "resourceRequestParamRef must not be null");

        assertThat(PackConstraints.NONE.isEmpty()).isTrue();
        assertThat(new PackConstraints(List.of(K8S), List.of()).isEmpty()).isFalse();
        assertThatThrownBy(() -> new PackConstraints(null, List.of())).hasMessage("dependencies must not be null");
        assertThatThrownBy(() -> new PackConstraints(List.of(), Arrays.asList((ResourceRequirement) null)))
                .hasMessage("resources[0] must not be null");
    }

    @Test
    void resourceTypesHaveWireNamesAndUnits() {
        assertThat(ResourceType.values()).extracting(ResourceType::wireName)
                .containsExactly("cpu", "memory", "diskSize");
        assertThat(ResourceType.values()).extracting(ResourceType::unit).containsExactly("millicores", "MiB", "GB");
        for (ResourceType t : ResourceType.values()) {
            assertThat(ResourceType.fromWireName(t.wireName())).contains(t);
            assertThat(t).hasToString(t.wireName());
        }
        assertThat(ResourceType.fromWireName("disk")).isEmpty();
    }

    @Test
    void queries() {
        PackQuery q = PackQuery.all().layer(LayerType.ADDON).cloud(CloudType.AWS).nameContains("CROSS");
        assertThat(q.layer()).contains(LayerType.ADDON);
        assertThat(q.cloud()).contains(CloudType.AWS);
        assertThat(q.nameContains()).contains("cross");
        assertThat(q.test(full())).isTrue();
        assertThat(q.layer(LayerType.OS).test(full())).isFalse();
        assertThat(q.cloud(CloudType.GCP).test(full())).isFalse();
        assertThat(q.nameContains("plane").test(full())).isTrue();
        assertThat(q.nameContains("nope").test(full())).isFalse();
        assertThat(PackQuery.all().test(full())).isTrue();
        assertThat(PackQuery.all().layer()).isEmpty();
        assertThat(q).isEqualTo(PackQuery.all().nameContains("cross").cloud(CloudType.AWS).layer(LayerType.ADDON))
                .hasSameHashCodeAs(PackQuery.all().nameContains("cross").cloud(CloudType.AWS).layer(LayerType.ADDON))
                .isNotEqualTo(PackQuery.all()).isNotEqualTo(null);
        assertThat(q).hasToString("PackQuery[layer=addon, cloud=aws, nameContains=cross]");
        assertThatThrownBy(() -> PackQuery.all().layer(null)).hasMessage("layer must not be null");
        assertThatThrownBy(() -> PackQuery.all().cloud(null)).hasMessage("cloud must not be null");
        assertThatThrownBy(() -> PackQuery.all().nameContains(null)).hasMessage("nameContains must not be null");
    }
}
