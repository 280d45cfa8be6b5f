package io.profilekit.yaml;

import io.profilekit.ClusterProfile;
import io.profilekit.CloudType;
import io.profilekit.InfrastructureProfile;
import io.profilekit.Layer;
import io.profilekit.LayerType;
import io.profilekit.PackRef;
import io.profilekit.PackType;
import io.profilekit.ProfileType;
import io.profilekit.ProfileVariable;
import io.profilekit.VariableFormat;
import io.profilekit.RegistryRef;
import io.profilekit.Tag;
import io.profilekit.registry.InMemoryPackRegistry;
import io.profilekit.registry.PackDescriptor;
import io.profilekit.registry.PackPreset;
import io.profilekit.resolve.ProfileResolver;
import io.profilekit.resolve.ResolvedProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Palette's API create JSON and export/import JSON. */
class PaletteJsonTest {
    private static final ProfileFormat API = ProfileDocuments.paletteApiJson();
    private static final ProfileFormat EXPORT = ProfileDocuments.paletteExportJson();

    @Test
    void theDomainExportExampleReadsWholeWithNoWarning() {
        ReadResult result = EXPORT.readWithWarnings(Fixtures.resource("palette/domain-export-example.json"));

        assertThat(result.warnings()).isEmpty();
        InfrastructureProfile p = (InfrastructureProfile) result.profile();
        assertThat(p.name()).isEqualTo("cluster-template-profile-aws");
        assertThat(p.description()).isEqualTo("Cluster profile for the cluster templates tutorial");
        assertThat(p.version().text()).isEqualTo("1.0.0");
        assertThat(p.type()).isEqualTo(ProfileType.CLUSTER);
        assertThat(p.cloud()).isEqualTo(CloudType.AWS);
        assertThat(p.tags().isEmpty()).isTrue();
        assertThat(p.layers()).extracting(Layer::type).containsExactly(LayerType.OS, LayerType.KUBERNETES,
                LayerType.NETWORK, LayerType.STORAGE, LayerType.ADDON);
        assertThat(p.layers()).extracting(l -> l.pack().name() + " " + l.pack().version() + " "
                + l.pack().resolvedVersion().orElse("?")).containsExactly("ubuntu-aws 22.04 22.04",
                "kubernetes 1.33.6 1.33.6", "cni-calico 3.31.2 3.31.2", "csi-aws-ebs 1.46.0 1.46.0",
                "hello-universe 1.3.0 1.3.0");
        RegistryRef publicRepo = RegistryRef.byName("Public Repo").withKind("oci").withPrivate(false)
                .withProviderType("pack");
        assertThat(p.layers().subList(0, 4)).allSatisfy(l -> assertThat(l.pack().registry()).contains(publicRepo));
        Layer hello = p.addOns().get(0);
        assertThat(hello.pack().type()).isEqualTo(PackType.OCI);
        assertThat(hello.pack().registry()).contains(RegistryRef.byName("Palette Community Registry")
                .withKind("oci").withPrivate(true).withProviderType("pack"));
        assertThat(hello.values()).endsWith("replicas: \"{{.spectro.var.app_replicas}}\"");
        assertThat(p.variables()).containsExactly(ProfileVariable.builder("app_replicas")
                .displayName("Hello Universe Replicas").format(VariableFormat.NUMBER).defaultValue("1")
                .required(true).build());
    }

    @Test
    void plainReadLogsWarningsInsteadOfReturningThem() {
        ClusterProfile p = EXPORT.read(Fixtures.resource("palette/domain-export-example.json")
                .replace("\"labels\":{}", "\"labels\":{},\"owner\":\"me\""));

        assertThat(p.layers()).hasSize(5);
    }

    @Test
    void exportGoldenReadsAndWritesBackUnchanged() {
        String golden = Fixtures.resource("golden/aws-prod-base.export.json");

        ReadResult result = EXPORT.readWithWarnings(golden);

        InfrastructureProfile p = (InfrastructureProfile) result.profile();
        assertThat(result.warnings()).isEmpty();
        assertThat(p.kubernetes().orElseThrow().presets()).containsExactly("audit-logging");
        assertThat(p.kubernetes().orElseThrow().values()).isEqualTo("pack:\n  podCIDR: \"192.168.0.0/16\"\n");
        assertThat(p.kubernetes().orElseThrow().pack().version().toString()).isEqualTo("1.33.x");
        assertThat(p.kubernetes().orElseThrow().pack().resolvedVersion()).isEmpty();
        assertThat(p.os().orElseThrow().pack().resolvedVersion()).contains("22.04");
        assertThat(p.storage().orElseThrow().pack().registry()).contains(RegistryRef.byUid("64eaff453040297344bcad5d")
                .withKind("oci").withPrivate(false).withProviderType("helm"));
        assertThat(p.storage().orElseThrow().pack().type()).isEqualTo(PackType.HELM);
        assertThat(p.network().orElseThrow().pack().registry()).isEmpty();
        assertThat(EXPORT.write(p)).isEqualTo(golden);
    }

    @Test
    void apiGoldenReadsAndWritesBackUnchanged() {
        String golden = Fixtures.resource("golden/aws-prod-base.api.json");

        ReadResult result = API.readWithWarnings(golden);

        InfrastructureProfile p = (InfrastructureProfile) result.profile();
        assertThat(result.warnings()).isEmpty();
        assertThat(p.description()).isEqualTo("Production base for AWS");
        assertThat(p.tags().asList()).containsExactly(Tag.of("owner", "platform"), Tag.of("env", "prod"), Tag.of("dev"));
        assertThat(p.layers()).allSatisfy(l -> assertThat(l.pack().registry())
                .contains(RegistryRef.byUid("5e2031962f090e2d3d8a3290")));
        assertThat(p.storage().orElseThrow().manifests()).hasSize(1);
        assertThat(API.write(p)).isEqualTo(golden);
    }

    @Test
    void bareTagsBecomeSpectroTagLabelsAndBack() {
        InfrastructureProfile p = InfrastructureProfile.builder().name("ML Ops").cloud(CloudType.AWS)
                .tag("AI").tag("env:prod").tag("empty:").os("ubuntu-aws", "22.04").kubernetes("kubernetes", "1.33.6")
                .network("cni-calico", "3.31.2").storage("csi-aws-ebs", "1.46.0").build();

        String json = API.write(p);

        assertThat(json).contains("\"AI\" : \"spectro__tag\"", "\"env\" : \"prod\"", "\"empty\" : \"\"");
        assertThat(API.read(json).tags()).isEqualTo(p.tags());
        assertThat(EXPORT.read(EXPORT.write(p)).tags()).isEqualTo(p.tags());
    }

    @Test
    void aLabelKeyWithAColonTravelsInPaletteJsonButProfileKitYamlRefusesToChangeIt() {
        String json = Fixtures.resource("golden/aws-prod-base.api.json").replaceFirst("\"labels\" : \\{",
                "\"labels\" : { \"team:sub\" : \"core\", \"a:b\" : \"spectro__tag\",");

        ClusterProfile p = API.read(json);

        assertThat(p.tags().asList()).contains(Tag.of("team:sub", "core"), Tag.of("a:b"));
        assertThat(API.read(API.write(p))).isEqualTo(p);
        assertThat(EXPORT.read(EXPORT.write(p)).tags()).isEqualTo(p.tags());
        // As text, "team:sub:core" would read back as the key "team": refused, not changed.
        assertThatThrownBy(() -> ProfileDocuments.yaml().write(p)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("metadata.tags[").hasMessageContaining("'team:sub' holds ':'");
    }

    @Test
    void presetsTravelInPalettesValuesCommentAndValuesComeBackByteForByte() {
        InfrastructureProfile p = InfrastructureProfile.builder().name("p").cloud(CloudType.AWS)
                .os("ubuntu-aws", "22.04").kubernetes("kubernetes", "1.33.6", k -> k.preset("a").preset("b")
                        .values("pack: {}\n"))
                .network("cni-calico", "3.31.2", n -> n.values("# spectrocloud.com/enabled-presets: Old:x\nkept: 1\n"))
                .storage("csi-aws-ebs", "1.46.0").build();

        String json = API.write(p);

        assertThat(json).contains("\"values\" : \"# spectrocloud.com/enabled-presets: a,b\\npack: {}\\n\"");
        assertThat(API.read(json)).isEqualTo(p);
        assertThat(EXPORT.read(EXPORT.write(p))).isEqualTo(p);
    }

    @Test
    void palettesGroupPrefixedPresetsReadAsPresetNames() {
        String json = Fixtures.resource("golden/aws-prod-base.api.json").replace(
                "enabled-presets: audit-logging", "enabled-presets: IPAM mode:ipam-kubernetes, Kube-proxy replacement:kubeproxy");

        assertThat(API.read(json).layers().get(1).presets()).containsExactly("ipam-kubernetes", "kubeproxy");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a,b", "Group:a", " padded", ""})
    void presetNamesPalettesCommentCannotCarryAreRefusedOnWrite(String preset) {
        InfrastructureProfile p = InfrastructureProfile.builder().name("p").os("ubuntu-aws", "22.04", o -> o.preset(preset))
                .kubernetes("kubernetes", "1.33.6").network("cni-calico", "3.31.2").storage("csi-aws-ebs", "1.46.0").build();

        assertThatThrownBy(() -> API.write(p)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("layers[0].presets[0]");
        assertThat(ProfileDocuments.yaml().read(ProfileDocuments.yaml().write(p))).isEqualTo(p);
    }

    @Test
    void fieldsPaletteAddsAreReportedNotDropped() {
        String json = "{\"apiVersion\":\"v1\",\"kind\":\"ClusterProfile\",\"metadata\":{\"name\":\"p\",\"uid\":\"abc\","
                + "\"annotations\":{\"description\":\"d\",\"owner\":\"me\"},\"labels\":{}},"
                + "\"spec\":{\"version\":\"1.0.0\",\"template\":{\"cloudType\":\"aws\",\"type\":\"infra\",\"packs\":["
                + "{\"name\":\"ubuntu-aws\",\"tag\":\"22.04\",\"version\":\"22.04.1\",\"layer\":\"os\",\"uid\":\"p1\","
                + "\"registryUid\":\"r1\",\"values\":\"\",\"isInvalid\":false,\"digest\":\"sha256:x\"}]},"
                + "\"variables\":[]},\"status\":{\"isPublished\":true}}";

        ReadResult result = API.readWithWarnings(json);

        assertThat(result.profile().layers()).hasSize(1);
        assertThat(result.profile().layers().get(0).pack().version().toString()).isEqualTo("22.04");
        assertThat(result.warnings()).extracting(ReadWarning::path).containsExactly(
                "metadata.annotations.owner", "spec.template.packs[0].version",
                "spec.template.packs[0].isInvalid", "spec.template.packs[0].digest",
                "apiVersion", "kind", "status");
        assertThat(result.profile().uid()).contains("abc");
        assertThat(result.profile().layers().get(0).pack().uid()).contains("p1");
        assertThat(result.warnings().get(1).message()).isEqualTo("version '22.04.1' differs from tag '22.04'; the"
                + " profile keeps the tag");
    }

    @Test
    void registryMetadataIsKeptAsReadAndNeverInvented() {
        String json = Fixtures.resource("golden/aws-prod-base.export.json")
                .replaceFirst("\"isPrivate\" : false", "\"isPrivate\" : true")
                .replaceFirst("\"kind\" : \"oci\"", "\"kind\" : \"pack\"");

        ReadResult result = EXPORT.readWithWarnings(json);

        assertThat(result.warnings()).isEmpty();
        assertThat(result.profile().layers().get(0).pack().registry()).contains(RegistryRef.of(
                "5e2031962f090e2d3d8a3290", "Public Repo").withKind("pack").withPrivate(true).withProviderType("pack"));
        assertThat(EXPORT.write(result.profile())).isEqualTo(json);
        ClusterProfile bare = result.profile().toBuilder().layers(List.of(result.profile().layers().get(0).toBuilder()
                .registry(RegistryRef.byName("Public Repo")).build())).buildLenient();
        assertThat(EXPORT.write(bare)).contains("\"metadata\" : {\n            \"name\" : \"Public Repo\"\n          }")
                .doesNotContain("\"kind\"", "isPrivate", "providerType");
    }

    @Test
    void registryFieldsTheModelDoesNotHoldAreNamedExactly() {
        String json = Fixtures.resource("golden/aws-prod-base.export.json")
                .replaceFirst("\"isPrivate\" : false", "\"isPrivate\" : false, \"isSyncSupported\" : true");

        ReadResult result = EXPORT.readWithWarnings(json);

        assertThat(result.warnings()).extracting(ReadWarning::path)
                .containsExactly("spec.template.packs[0].registry.metadata.isSyncSupported");
        assertThat(result.warnings().get(0).message()).startsWith("registry isSyncSupported is not kept");
    }

    @Test
    void versionsAreTextInJsonToo() {
        String json = "{\"metadata\":{\"name\":\"p\"},\"spec\":{\"version\":1.10,\"template\":{\"packs\":["
                + "{\"name\":\"ubuntu-aws\",\"layer\":\"os\",\"tag\":22.04,\"version\":22.04},"
                + "{\"name\":\"kubernetes\",\"layer\":\"k8s\",\"version\":1.10}]}}}";

        for (ProfileFormat format : List.of(API, EXPORT)) {
            ReadResult result = format.readWithWarnings(json);
            ClusterProfile p = result.profile();
            assertThat(p.version().text()).as(format.name()).isEqualTo("1.10");
            assertThat(p.layers().get(0).pack().version().toString()).as(format.name()).isEqualTo("22.04");
            assertThat(p.layers().get(1).pack().version().toString()).as(format.name()).isEqualTo("1.10");
            assertThat(result.warnings()).as(format.name()).isEmpty();
        }
    }

    @Test
    void jsonArraysReadAsSeveralProfilesAndWriteAllWritesOne() {
        ClusterProfile a = API.read(Fixtures.resource("golden/aws-prod-base.api.json"));
        ClusterProfile b = ((InfrastructureProfile) a).toBuilder().name("b").build();

        String array = API.writeAll(List.of(a, b));

        assertThat(array).startsWith("[ {");
        assertThat(API.readAll(array)).containsExactly(a, b);
        assertThatThrownBy(() -> API.read(array)).isInstanceOfSatisfying(ProfileParseException.class,
                e -> assertThat(e.problem()).isEqualTo("expected one profile, found 2"));
        assertThatThrownBy(() -> API.read("[{\"metadata\": 3}]")).isInstanceOfSatisfying(ProfileParseException.class,
                e -> assertThat(e.path()).isEqualTo("[0].metadata"));
    }

    @Test
    void structureTheModelCannotHoldIsAParseErrorEvenInTolerantFormats() {
        String noName = "{\"metadata\":{},\"spec\":{\"template\":{}}}";
        String badType = "{\"metadata\":{\"name\":\"p\"},\"spec\":{\"template\":{\"type\":\"fancy\"}}}";
        String packsNotAList = "{\"metadata\":{\"name\":\"p\"},\"spec\":{\"template\":{\"packs\":{}}}}";

        assertThatThrownBy(() -> EXPORT.read(noName)).isInstanceOfSatisfying(ProfileParseException.class,
                e -> assertThat(e.getMessage()).isEqualTo("<string>:1:13: metadata: missing required field 'name' — add 'name:'"));
        assertThatThrownBy(() -> API.read(badType)).isInstanceOfSatisfying(ProfileParseException.class,
                e -> assertThat(e.path()).isEqualTo("spec.template.type"));
        assertThatThrownBy(() -> API.read(packsNotAList)).isInstanceOfSatisfying(ProfileParseException.class,
                e -> assertThat(e.problem()).isEqualTo("expected an array, found an object"));
    }

    private static InfrastructureProfile withSelectors(String os, String k8s, String cni) {
        return InfrastructureProfile.builder().name("sel").cloud(CloudType.AWS).os("ubuntu-aws", os)
                .kubernetes("kubernetes", k8s).network("cni-calico", cni)
                .layer(Layer.builder(LayerType.STORAGE, PackRef.of("csi-manifests", "").withType(PackType.MANIFEST))
                        .manifest("sc", "kind: StorageClass\n").build())
                .buildLenient();
    }

    @Test
    void apiJsonRefusesSelectorsThatAreNotExactVersionsNamingEveryLayer() {
        InfrastructureProfile p = withSelectors(">=1.29 <1.31", "1.33.x", "not a version!");

        assertThatThrownBy(() -> API.write(p)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Palette API JSON takes exact pack versions")
                .hasMessageContaining("layers[0] (os pack 'ubuntu-aws': '>=1.29 <1.31' is a version range)")
                .hasMessageContaining("layers[1] (k8s pack 'kubernetes': '1.33.x' is a release train)")
                .hasMessageContaining("layers[2] (cni pack 'cni-calico': 'not a version!' is not a version)")
                .hasMessageNotContaining("layers[3]")
                .hasMessageContaining("ProfileResolver.of(registry).resolve(profile)");
        assertThatThrownBy(() -> API.writeAll(List.of(withSelectors("22.04", "1.33.6", "3.31.2"), p)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("profiles[1]: ")
                .hasMessageContaining("layers[1] (k8s pack 'kubernetes'");
    }

    @Test
    void apiJsonWritesExactVersionsAndManifestPacksWithoutVersion() {
        InfrastructureProfile p = withSelectors("LTS__20.04", "1.33.6", "3.31.2");

        String json = API.write(p);

        assertThat(json).contains("\"tag\" : \"LTS__20.04\"", "\"tag\" : \"1.33.6\"");
        assertThat(API.read(json)).isEqualTo(p);
    }

    @Test
    void resolvedProfilesWriteToApiJsonWhateverTheirSelectorsAndExportKeepsSelectors() {
        InfrastructureProfile p = withSelectors(">=22.04 <24.04", "1.33.x", "3.31.2");
        InMemoryPackRegistry registry = InMemoryPackRegistry.builder("public").name("Public Repo")
                .uid("5e2031962f090e2d3d8a3290")
                .add(PackDescriptor.builder("ubuntu-aws", "22.04", LayerType.OS).build())
                .add(PackDescriptor.builder("kubernetes", "1.33.6", LayerType.KUBERNETES).build())
                .add(PackDescriptor.builder("kubernetes", "1.33.2", LayerType.KUBERNETES).build())
                .add(PackDescriptor.builder("cni-calico", "3.31.2", LayerType.NETWORK).build()).build();
        ResolvedProfile resolved = ProfileResolver.of(registry).resolve(p);

        ClusterProfile back = API.read(API.write(resolved));

        assertThat(back.layers()).extracting(l -> l.pack().version().toString())
                .containsExactly("22.04", "1.33.6", "3.31.2", "");
        assertThat(EXPORT.read(EXPORT.write(p))).isEqualTo(p);
        assertThat(EXPORT.write(p)).contains("\"tag\" : \"1.33.x\"");
    }

    @Test
    void presetsOfAResolvedProfileAreWrittenWithTheirGroupAsPaletteDoes() {
        InfrastructureProfile p = InfrastructureProfile.builder().name("p").cloud(CloudType.AWS)
                .os("ubuntu-aws", "22.04")
                .kubernetes("kubernetes", "1.33.x", k -> k.preset("audit-logging").preset("custom").values("pack: {}\n"))
                .network("cni-cilium-oss", "1.16.6", n -> n.preset("kubeproxy-replace"))
                .storage("csi-aws-ebs", "1.46.0").build();
        InMemoryPackRegistry registry = InMemoryPackRegistry.builder("public").name("Public Repo")
                .add(PackDescriptor.builder("ubuntu-aws", "22.04", LayerType.OS).build())
                .add(PackDescriptor.builder("kubernetes", "1.33.6", LayerType.KUBERNETES)
                        .preset(new PackPreset("audit-logging", "Audit logging", "Audit", "", List.of())).build())
                .add(PackDescriptor.builder("cni-cilium-oss", "1.16.6", LayerType.NETWORK)
                        .preset(new PackPreset("kubeproxy-replace", "Replace kube-proxy", "Kube-proxy replacement", "",
                                List.of())).build())
                .add(PackDescriptor.builder("csi-aws-ebs", "1.46.0", LayerType.STORAGE).build()).build();
        ResolvedProfile resolved = ProfileResolver.of(registry).resolve(p);

        for (ProfileFormat format : List.of(API, EXPORT)) {
            String json = format.write(resolved);

            assertThat(json).as(format.name())
                    .contains("# spectrocloud.com/enabled-presets: Audit:audit-logging,custom\\npack: {}\\n")
                    .contains("# spectrocloud.com/enabled-presets: Kube-proxy replacement:kubeproxy-replace\\n");
            ClusterProfile back = format.read(json);
            assertThat(back.layers().get(1).presets()).as(format.name()).containsExactly("audit-logging", "custom");
            assertThat(back.layers().get(1).values()).as(format.name()).isEqualTo("pack: {}\n");
            assertThat(back.layers().get(2).presets()).as(format.name()).containsExactly("kubeproxy-replace");
        }
        assertThat(API.write(p.toBuilder().layers(resolved.profile().layers()).build()))
                .contains("enabled-presets: audit-logging,custom\\n");
    }
}
