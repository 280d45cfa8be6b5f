package io.profilekit;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LayerTest {

    @Test
    void ofMakesALayerWithNoValuesPresetsOrManifests() {
        Layer l = Layer.of(LayerType.NETWORK, PackRef.of("cni-calico", "3.31.2"));
        assertThat(l.type()).isEqualTo(LayerType.NETWORK);
        assertThat(l.pack()).isEqualTo(PackRef.of("cni-calico", "3.31.2"));
        assertThat(l.values()).isEmpty();
        assertThat(l.presets()).isEmpty();
        assertThat(l.manifests()).isEmpty();
    }

    @Test
    void builderByNameAndSelectorMakesASpectroPackRef() {
        Layer l = Layer.builder(LayerType.KUBERNETES, "kubernetes", "1.33.x").build();
        assertThat(l.pack().name()).isEqualTo("kubernetes");
        assertThat(l.pack().version()).isEqualTo(VersionSelector.parse("1.33.x"));
        assertThat(l.pack().type()).isEqualTo(PackType.SPECTRO);
        assertThat(l.pack().registry()).isEmpty();
    }

    @Test
    void valuesAreKeptByteForByteCommentsAndWhitespaceIncluded() {
        String yaml = "# top comment\npack:\n  podCIDR: \"192.168.0.0/16\"   # trailing\n\n\n  \t\n";
        assertThat(Layer.builder(LayerType.KUBERNETES, "kubernetes", "1.33.x").values(yaml).build().values())
                .isEqualTo(yaml);
    }

    @Test
    void everyBuilderSetterIsReadBack() {
        Layer l = Layer.builder(LayerType.ADDON, "nginx", "4.x")
                .version("4.12.1")
                .packType(PackType.HELM)
                .registry("Bitnami")
                .values("a: 1\n")
                .preset("one").preset("two")
                .manifest("ns", "kind: Namespace\n")
                .build();
        assertThat(l.pack()).isEqualTo(PackRef.of("nginx", "4.12.1").withType(PackType.HELM)
                .withRegistry(RegistryRef.byName("Bitnami")));
        assertThat(l.values()).isEqualTo("a: 1\n");
        assertThat(l.presets()).containsExactly("one", "two");
        assertThat(l.manifests()).containsExactly(new Manifest("ns", "kind: Namespace\n"));
    }

    @Test
    void packRegistryByRefAndPacksAndManifestsReplace() {
        Layer l = Layer.builder(LayerType.ADDON, "nginx", "4.x")
                .pack(PackRef.of("traefik", "30.0.0"))
                .registry(RegistryRef.byUid("5e2031962f090e2d3d8a3290"))
                .preset("old").presets(List.of("a", "b"))
                .manifest("old", "x").manifests(List.of(new Manifest("m", "y")))
                .build();
        assertThat(l.pack().name()).isEqualTo("traefik");
        assertThat(l.pack().registry()).contains(RegistryRef.byUid("5e2031962f090e2d3d8a3290"));
        assertThat(l.presets()).containsExactly("a", "b");
        assertThat(l.manifests()).containsExactly(new Manifest("m", "y"));
    }

    @Test
    void applyRunsTheCustomizerOnTheBuilder() {
        Layer l = Layer.builder(LayerType.OS, "ubuntu-aws", "22.04").apply(b -> b.values("x: 1")).build();
        assertThat(l.values()).isEqualTo("x: 1");
    }

    @Test
    void nullsAreRejectedNamingTheField() {
        Layer.Builder b = Layer.builder(LayerType.OS, "ubuntu-aws", "22.04");
        assertNpe(() -> Layer.of(null, PackRef.of("a", "1")), "layer");
        assertNpe(() -> Layer.of(LayerType.OS, null), "pack");
        assertNpe(() -> Layer.builder(LayerType.OS, null, "1"), "pack.name");
        assertNpe(() -> Layer.builder(LayerType.OS, "a", null), "pack.version");
        assertNpe(() -> b.pack(null), "pack");
        assertNpe(() -> b.version(null), "pack.version");
        assertNpe(() -> b.packType(null), "pack.type");
        assertNpe(() -> b.registry((String) null), "pack.registry");
        assertNpe(() -> b.registry((RegistryRef) null), "pack.registry");
        assertNpe(() -> b.values(null), "values");
        assertNpe(() -> b.preset(null), "presets[0]");
        assertNpe(() -> b.presets(null), "presets");
        assertNpe(() -> b.presets(Arrays.asList("a", null)), "presets[1]");
        assertNpe(() -> b.manifest(null, "x"), "manifest.name");
        assertNpe(() -> b.manifest("x", null), "manifest.content");
        assertNpe(() -> b.manifests(null), "manifests");
        assertNpe(() -> b.manifests(Arrays.asList((Manifest) null)), "manifests[0]");
        assertNpe(() -> b.apply(null), "customizer");
    }

    private static void assertNpe(Runnable r, String field) {
        assertThatThrownBy(r::run).isInstanceOf(NullPointerException.class).hasMessage(field + " must not be null");
    }

    @Test
    void aBuiltLayerSharesNoStateWithItsBuilderOrTheGivenLists() {
        List<String> presets = new ArrayList<>(List.of("a"));
        List<Manifest> manifests = new ArrayList<>(List.of(new Manifest("m", "x")));
        Layer.Builder b = Layer.builder(LayerType.OS, "ubuntu-aws", "22.04").presets(presets).manifests(manifests);
        Layer l = b.build();
        presets.add("b");
        manifests.clear();
        b.preset("c").manifest("n", "y").values("changed");
        assertThat(l.presets()).containsExactly("a");
        assertThat(l.manifests()).containsExactly(new Manifest("m", "x"));
        assertThat(l.values()).isEmpty();
        assertThatThrownBy(() -> l.presets().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> l.manifests().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void toBuilderRoundTripsAndIsIndependent() {
        Layer l = Layer.builder(LayerType.KUBERNETES, "kubernetes", "1.33.x").values("v").preset("p")
                .manifest("m", "c").registry("Public Repo").build();
        assertThat(l.toBuilder().build()).isEqualTo(l).hasSameHashCodeAs(l);
        Layer.Builder changed = l.toBuilder().preset("q").values("w");
        assertThat(changed.build()).isNotEqualTo(l);
        assertThat(l.presets()).containsExactly("p");
    }

    @Test
    void equalsComparesEveryPart() {
        Layer base = Layer.builder(LayerType.KUBERNETES, "kubernetes", "1.33.x").values("v").preset("p")
                .manifest("m", "c").build();
        assertThat(base).isEqualTo(base.toBuilder().build()).isNotEqualTo(null).isNotEqualTo("kubernetes");
        assertThat(base.toBuilder().values("w").build()).isNotEqualTo(base);
        assertThat(base.toBuilder().presets(List.of()).build()).isNotEqualTo(base);
        assertThat(base.toBuilder().manifests(List.of()).build()).isNotEqualTo(base);
        assertThat(base.toBuilder().version("1.33.6").build()).isNotEqualTo(base);
        assertThat(Layer.of(LayerType.OS, base.pack())).isNotEqualTo(Layer.of(LayerType.KUBERNETES, base.pack()));
    }

    @Test
    void toStringIsOneLineWithTypePackPresetsAndManifestNames() {
        assertThat(Layer.of(LayerType.KUBERNETES, PackRef.of("kubernetes", "1.33.x")).toString())
                .isEqualTo("k8s kubernetes 1.33.x");
        assertThat(Layer.builder(LayerType.ADDON, "nginx", "4.12.1").packType(PackType.HELM).preset("a")
                .manifest("ns", "kind: Namespace\nmetadata: {}\n").values("secret: x").build().toString())
                .isEqualTo("addon nginx 4.12.1 (helm) presets=[a] manifests=[ns]");
    }
}
