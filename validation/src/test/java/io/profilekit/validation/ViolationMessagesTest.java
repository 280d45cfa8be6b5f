package io.profilekit.validation;

import io.profilekit.CloudType;
import io.profilekit.InfrastructureProfile;
import io.profilekit.Layer;
import io.profilekit.LayerType;
import io.profilekit.ProfileType;
import io.profilekit.registry.InMemoryPackRegistry;
import io.profilekit.registry.PackDescriptor;
import io.profilekit.registry.PackRegistries;
import io.profilekit.rules.Violation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exact words of the pack checks: what was wrong, where, and what would be valid — the
 * example pack of each layer, the versions a pack has, the registries in use, close names, the
 * packs of the layer for the cloud, and newer versions past an end of life.
 */
class ViolationMessagesTest {
    private static final String FORMS = "use an exact version (1.30.4), a train (1.30.x), a group prefix (LTS__20.04)"
            + " or a SemVer range (>=1.29 <1.31, ^1.30, ~1.30.2)";

    private static final ProfileValidator VALIDATOR = ProfileValidator.builder().registry(TestRegistry.registry())
            .clock(TestRegistry.CLOCK).discoverRules(false).build();

    private static List<String> lines(ProfileValidator validator, InfrastructureProfile profile) {
        return validator.validate(profile).violations().stream()
                .map(v -> v.path() + " | " + v.code() + " | " + v.message() + " | " + v.hint())
                .collect(Collectors.toList());
    }

    private static List<String> lines(InfrastructureProfile profile) {
        return lines(VALIDATOR, profile);
    }

    @Test
    void aBlankPackNameNamesAnExamplePackOfItsLayer() {
        InfrastructureProfile p = InfrastructureProfile.builder().name("p").cloud(CloudType.AWS).type(ProfileType.CLUSTER)
                .layers(List.of(Layer.builder(LayerType.OS, "", "22.04").build(),
                        Layer.builder(LayerType.KUBERNETES, " ", "1.33.6").build(),
                        Layer.builder(LayerType.NETWORK, "", "3.31.2").build(),
                        Layer.builder(LayerType.STORAGE, "", "1.46.0").build(),
                        Layer.builder(LayerType.ADDON, "", "1.0.0").build()))
                .buildLenient();

        assertThat(lines(p)).containsExactly(
                "layers[0].pack.name | PACK_NAME_BLANK | layers[0] (os) has a pack with an empty name | name the pack, e.g. ubuntu-aws",
                "layers[1].pack.name | PACK_NAME_BLANK | layers[1] (k8s) has a pack with the blank name ' ' | name the pack, e.g. kubernetes",
                "layers[2].pack.name | PACK_NAME_BLANK | layers[2] (cni) has a pack with an empty name | name the pack, e.g. cni-calico",
                "layers[3].pack.name | PACK_NAME_BLANK | layers[3] (csi) has a pack with an empty name | name the pack, e.g. csi-aws-ebs",
                "layers[4].pack.name | PACK_NAME_BLANK | layers[4] (addon) has a pack with an empty name | name the pack, e.g. hello-universe");
        // A blank name with a broken selector is reported once, as the blank name.
        assertThat(lines(Samples.design().kubernetes(" ", "1.x.y.z").build())).containsExactly(
                "layers[1].pack.name | PACK_NAME_BLANK | layers[1] (k8s) has a pack with the blank name ' ' | name the pack, e.g. kubernetes");
    }

    @Test
    void anInvalidSelectorListsThePacksNewestVersionsAndTheRegistryProblemsBehindIt() {
        InfrastructureProfile p = Samples.design()
                .os("nothing-like-it", "??")
                .kubernetes("kubernetes", "??")
                .network("cni-calico", "", n -> n.registry("Nope Repo"))
                .storage("csi-aws-ebz", "?!", s -> s.registry("Public Repo"))
                .build();

        assertThat(lines(p)).containsExactly(
                "layers[0].pack.name | PACK_NOT_FOUND | no registry in use has a pack named 'nothing-like-it' | os packs for aws: ubuntu-aws",
                "layers[0].pack.version | VERSION_SELECTOR_INVALID | pack version '??' is not an exact version, a train, a"
                        + " group-prefixed version or a SemVer range | " + FORMS,
                "layers[1].pack.version | VERSION_SELECTOR_INVALID | pack version '??' is not an exact version, a train, a"
                        + " group-prefixed version or a SemVer range | " + FORMS
                        + "; kubernetes has versions 1.34.0-rc.1, 1.33.6, 1.33.5, 1.32.9, 1.31.8",
                "layers[2].pack.registry | REGISTRY_NOT_FOUND | registry 'Nope Repo' is not in use | registries in use:"
                        + " Public Repo (5e2031962f090e2d3d8a3290), Palette Community Registry",
                "layers[2].pack.version | VERSION_SELECTOR_INVALID | pack version '' is empty | " + FORMS,
                "layers[3].pack.name | PACK_NOT_FOUND | registry 'Public Repo' has no pack named 'csi-aws-ebz' | did you"
                        + " mean csi-aws-ebs? csi packs for aws: csi-aws-ebs",
                "layers[3].pack.version | VERSION_SELECTOR_INVALID | pack version '?!' is not an exact version, a train, a"
                        + " group-prefixed version or a SemVer range | " + FORMS);
    }

    @Test
    void aMissingVersionNamesItsGroupAndTheNearestVersions() {
        assertThat(lines(Samples.design().os("ubuntu-aws", "LTS__26.04").kubernetes("kubernetes", "1.40.x").build()))
                .containsExactly(
                        "layers[0].pack.version | PACK_VERSION_NOT_FOUND | no version of 'ubuntu-aws' in group 'LTS' matches"
                                + " 'LTS__26.04' | nearest versions: 24.04, 22.04, 20.04",
                        "layers[1].pack.version | PACK_VERSION_NOT_FOUND | no version of 'kubernetes' matches '1.40.x' |"
                                + " nearest versions: 1.34.0-rc.1, 1.33.6, 1.33.5");
    }

    @Test
    void aPackInTheWrongLayerNamesThePacksOfTheRightOne() {
        assertThat(lines(Samples.design().os("kubernetes", "9.9.9").network("csi-aws-ebs", "1.46.0").build()))
                .containsExactly(
                        "layers[0].pack.name | PACK_LAYER_MISMATCH | pack 'kubernetes' is a Kubernetes (k8s) pack, but fills"
                                + " the Operating System (os) layer at layers[0] | use a os pack (for aws: ubuntu-aws), or move"
                                + " 'kubernetes' to a layer with layer: k8s",
                        "layers[0].pack.version | PACK_VERSION_NOT_FOUND | no version of 'kubernetes' matches '9.9.9' |"
                                + " nearest versions: 1.34.0-rc.1, 1.33.6, 1.33.5",
                        "layers[2].pack.name | PACK_LAYER_MISMATCH | pack 'csi-aws-ebs' is a Storage (csi) pack, but fills the"
                                + " Network (cni) layer at layers[2] | use a cni pack (for aws: cni-calico, cni-cilium-oss), or"
                                + " move 'csi-aws-ebs' to a layer with layer: csi");
    }

    @Test
    void anUnsupportedCloudNamesThePacksClouds() {
        assertThat(lines(Samples.design().cloud(CloudType.AZURE).build())).containsExactly(
                "layers[0].pack.name | PACK_CLOUD_UNSUPPORTED | pack 'ubuntu-aws' 22.04 does not support cloud 'azure' |"
                        + " ubuntu-aws supports aws; os packs for azure: ubuntu-azure",
                "layers[2].pack.name | PACK_CLOUD_UNSUPPORTED | pack 'cni-calico' 3.31.2 does not support cloud 'azure' |"
                        + " cni-calico supports aws, gcp, vsphere; cni packs for azure: cni-calico-azure, cni-cilium-oss",
                "layers[3].pack.name | PACK_CLOUD_UNSUPPORTED | pack 'csi-aws-ebs' 1.46.0 does not support cloud 'azure' |"
                        + " csi-aws-ebs supports aws; csi packs for azure: csi-azure");
        assertThat(lines(Samples.design().cloud(CloudType.of("nutanix")).build())).hasSize(4).allMatch(l ->
                l.endsWith("packs for nutanix: none in the registry"));
    }

    @Test
    void unknownPacksSuggestCloseNamesOnlyWhenThereAreSome() {
        assertThat(lines(Samples.design().os("ubuntu-awz", "22.04")
                .kubernetes("kubernetez", "1.33.6", k -> k.registry("Public Repo"))
                .network("zzzzzzzzzzzzz", "1.0.0").build())).containsExactly(
                "layers[0].pack.name | PACK_NOT_FOUND | no registry in use has a pack named 'ubuntu-awz' | did you mean"
                        + " ubuntu-aws, ubuntu-gcp? os packs for aws: ubuntu-aws",
                "layers[1].pack.name | PACK_NOT_FOUND | registry 'Public Repo' has no pack named 'kubernetez' | did you mean"
                        + " kubernetes? k8s packs for aws: kubernetes",
                "layers[2].pack.name | PACK_NOT_FOUND | no registry in use has a pack named 'zzzzzzzzzzzzz' | cni packs for"
                        + " aws: cni-calico, cni-cilium-oss");
    }

    @Test
    void anEndOfLifeNamesNewerReleasesForTheCloudThatAreNotPastTheirOwn() {
        assertThat(lines(Samples.design().os("ubuntu-aws", "20.04").kubernetes("kubernetes", "1.29.10").build()))
                .containsExactly(
                        "layers[0].pack.version | PACK_END_OF_LIFE | ubuntu-aws 20.04 (selected by '20.04') reached its end"
                                + " of life on 2025-05-31 | newer versions: 24.04, 22.04",
                        "layers[1].pack.version | PACK_END_OF_LIFE | kubernetes 1.29.10 (selected by '1.29.10') reached its"
                                + " end of life on 2026-02-28 | newer versions: 1.33.6, 1.33.5, 1.32.9");

        // p 1.1 is for another cloud, 1.3-rc.1 a pre-release, 1.2 past its end of life; 1.2.1 ends today
        // (the test clock's date), which is not past it.
        InMemoryPackRegistry.Builder b = InMemoryPackRegistry.builder("eol");
        b.add(addon("p", "1.0", CloudType.AWS, "2026-01-01"));
        b.add(addon("p", "1.1", CloudType.GCP, null));
        b.add(addon("p", "1.2", CloudType.AWS, "2026-05-31"));
        b.add(addon("p", "1.2.1", CloudType.AWS, "2026-06-01"));
        b.add(addon("p", "1.3-rc.1", CloudType.AWS, null));
        b.add(addon("q", "1.0", CloudType.AWS, "2026-01-01"));
        b.add(addon("q", "1.1", CloudType.GCP, null));
        b.add(addon("q", "1.2", CloudType.AWS, "2026-05-31"));
        b.add(addon("q", "1.3-rc.1", CloudType.AWS, null));
        ProfileValidator v = ProfileValidator.builder().registry(PackRegistries.compose(TestRegistry.registry(), b.build()))
                .clock(TestRegistry.CLOCK).discoverRules(false).build();
        InfrastructureProfile full = Samples.design().type(ProfileType.CLUSTER)
                .layer(Layer.builder(LayerType.ADDON, "p", "1.0").values("pack:\n  spectrocloud.com/display-name: p-old\n")
                        .build())
                .layer(Layer.builder(LayerType.ADDON, "q", "1.0").build())
                .layer(Layer.builder(LayerType.ADDON, "p", "1.2.1").values("pack:\n  spectrocloud.com/display-name: p-new\n")
                        .build())
                .build();

        assertThat(lines(v, full)).containsExactly(
                "layers[4].pack.version | PACK_END_OF_LIFE | p 1.0 (selected by '1.0') reached its end of life on"
                        + " 2026-01-01 | newer versions: 1.2.1",
                "layers[5].pack.version | PACK_END_OF_LIFE | q 1.0 (selected by '1.0') reached its end of life on"
                        + " 2026-01-01 | no newer version of q without an end of life is in the registry");
    }

    private static PackDescriptor addon(String name, String version, CloudType cloud, String eol) {
        PackDescriptor.Builder d = PackDescriptor.builder(name, version, LayerType.ADDON).cloudTypes(cloud);
        if (eol != null) {
            d.eol(LocalDate.parse(eol));
        }
        return d.build();
    }

    @Test
    void manifestLayersAreNotLookedUpInARegistry() {
        List<Violation> violations = VALIDATOR.validate(Samples.full().build()).violations();
        assertThat(violations).isEmpty();
    }
}
