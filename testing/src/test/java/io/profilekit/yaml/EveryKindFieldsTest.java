package io.profilekit.yaml;

import io.profilekit.AddOnProfile;
import io.profilekit.ClusterProfile;
import io.profilekit.CloudType;
import io.profilekit.InfrastructureProfile;
import io.profilekit.Layer;
import io.profilekit.LayerType;
import io.profilekit.PackRef;
import io.profilekit.PackType;
import io.profilekit.ProfileKind;
import io.profilekit.ProfileType;
import io.profilekit.ProfileVariable;
import io.profilekit.SystemProfile;
import io.profilekit.VariableInputType;
import io.profilekit.VariableOption;
import io.profilekit.VersionSelector;
import io.profilekit.registry.InMemoryPackRegistry;
import io.profilekit.registry.PackDescriptor;
import io.profilekit.resolve.ProfileResolver;
import io.profilekit.resolve.ResolvedProfile;
import io.profilekit.testing.ProfileGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every kind of profile and every field the model holds, format by format. */
class EveryKindFieldsTest {
    private static final ProfileFormat YAML = ProfileDocuments.yaml();
    private static final ProfileFormat API = ProfileDocuments.paletteApiJson();
    private static final ProfileFormat EXPORT = ProfileDocuments.paletteExportJson();

    private static String export(String type, String packs) {
        return "{\"metadata\":{\"name\":\"p\"},\"spec\":{\"version\":\"1.0.0\",\"template\":{"
                + (type == null ? "" : "\"type\":\"" + type + "\",") + "\"packs\":[" + packs + "]}}}";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"infra, INFRASTRUCTURE", "cluster, INFRASTRUCTURE", "add-on, ADD_ON", "system, SYSTEM"})
    void theKindComesFromTheDocumentsTypeInEveryFormat(String type, ProfileKind kind) {
        String json = export(type, "{\"name\":\"ns\",\"type\":\"manifest\",\"layer\":\"addon\","
                + "\"manifests\":[{\"name\":\"ns\",\"content\":\"kind: Namespace\\n\"}]}");

        for (ProfileFormat format : List.of(API, EXPORT)) {
            ClusterProfile p = format.read(json);
            assertThat(p.kind()).as(format.name()).isEqualTo(kind);
            assertThat(p.type().wireName()).as(format.name()).isEqualTo(type);
            assertThat(YAML.read(YAML.write(p))).as(format.name()).isEqualTo(p);
            assertThat(format.read(format.write(p))).as(format.name()).isEqualTo(p);
        }
    }

    @Test
    void withoutATypeCoreLayersMakeAnInfrastructureProfileAndAddOnsAnAddOnProfile() {
        assertThat(EXPORT.read(export(null, "{\"name\":\"kubernetes\",\"layer\":\"k8s\",\"tag\":\"1.33.6\"}")).kind())
                .isEqualTo(ProfileKind.INFRASTRUCTURE);
        assertThat(API.read(export(null, "{\"name\":\"nginx\",\"type\":\"helm\",\"tag\":\"15.1.0\"}")).kind())
                .isEqualTo(ProfileKind.ADD_ON);
    }

    @Test
    void aPackWithoutALayerReadsAsUnspecifiedAndIsWrittenWithoutOne() {
        String json = "{\"metadata\":{\"name\":\"tf\"},\"spec\":{\"version\":\"1.0.0\",\"template\":{\"type\":\"add-on\","
                + "\"packs\":[{\"name\":\"nginx\",\"type\":\"helm\",\"tag\":\"15.1.0\",\"uid\":\"6501a1b2c3d4e5f6a7b8c9d0\","
                + "\"registryUid\":\"64eaff453040297344bcad5d\",\"values\":\"a: 1\\n\"}]}}}";

        ReadResult result = API.readWithWarnings(json);

        assertThat(result.warnings()).isEmpty();
        Layer l = result.profile().layers().get(0);
        assertThat(l.type()).isEqualTo(LayerType.UNSPECIFIED);
        assertThat(l.pack().uid()).contains("6501a1b2c3d4e5f6a7b8c9d0");
        String written = API.write(result.profile());
        assertThat(written).doesNotContain("\"layer\"");
        assertThat(PaletteOpenApi.createErrors(written)).isEmpty();
        assertThat(EXPORT.write(result.profile())).doesNotContain("\"layer\"");
        String yaml = YAML.write(result.profile());
        assertThat(yaml).doesNotContain("layer:");
        assertThat(YAML.read(yaml)).isEqualTo(result.profile());
    }

    @Test
    void aLayerTheModelDoesNotKnowIsKeptAsUnspecifiedAndNamedExactly() {
        ReadResult result = EXPORT.readWithWarnings(export("add-on",
                "{\"name\":\"rt\",\"layer\":\"kernel\",\"tag\":\"1.0.0\"}"));

        assertThat(result.profile().layers()).extracting(Layer::type).containsExactly(LayerType.UNSPECIFIED);
        assertThat(result.warnings()).extracting(ReadWarning::path).containsExactly("spec.template.packs[0].layer");
        assertThat(result.warnings().get(0).message()).startsWith("layer 'kernel' is not kept");
    }

    @Test
    void exportKeepsTagAndVersionAsReadAndNeverWritesATrainAsVersion() {
        ReadResult result = EXPORT.readWithWarnings(export("add-on",
                "{\"name\":\"a\",\"tag\":\"1.33.x\",\"version\":\"1.33.6\"},"
                + "{\"name\":\"b\",\"tag\":\"1.33.x\",\"version\":\"1.33.x\"},"
                + "{\"name\":\"c\",\"tag\":\"1.2.3\",\"version\":\"LTS__1.2.x\"},"
                + "{\"name\":\"d\",\"tag\":\"LTS__20.04\",\"version\":\"20.04\"}"));

        List<Layer> l = result.profile().layers();
        assertThat(l).extracting(x -> x.pack().version().toString() + " " + x.pack().resolvedVersion().orElse("-"))
                .containsExactly("1.33.x 1.33.6", "1.33.x -", "1.2.3 -", "LTS__20.04 20.04");
        assertThat(result.warnings()).extracting(ReadWarning::path).containsExactly("spec.template.packs[2].version");
        String written = EXPORT.write(result.profile());
        assertThat(written).contains("\"version\" : \"1.33.6\"", "\"version\" : \"20.04\"")
                .doesNotContain("\"version\" : \"1.33.x\"", "\"version\" : \"LTS");
        ClusterProfile bad = result.profile().toBuilder().layers(List.of(l.get(0).toBuilder()
                .pack(l.get(0).pack().withResolvedVersion("1.33.x")).build())).buildLenient();
        assertThatThrownBy(() -> EXPORT.write(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("layers[0].pack.resolvedVersion '1.33.x'").hasMessageContaining("release train");
    }

    @Test
    void apiJsonSendsTheResolvedVersionAsTheTagOfATrain() {
        AddOnProfile p = AddOnProfile.builder().name("p")
                .helm("nginx", "15.x", h -> h.pack(PackRef.of("nginx", "15.x").withType(PackType.HELM)
                        .withResolvedVersion("15.14.0")))
                .build();

        String json = API.write(p);

        assertThat(json).contains("\"tag\" : \"15.14.0\"").doesNotContain("15.x");
        assertThat(API.read(json).layers().get(0).pack().version()).isEqualTo(VersionSelector.parse("15.14.0"));
    }

    @Test
    void apiJsonNamesAPackWithoutLayerOrResolvedVersionWhoseSelectorIsNotExact() {
        AddOnProfile p = AddOnProfile.builder().name("p")
                .layer(Layer.of(LayerType.UNSPECIFIED, PackRef.of("nginx", "15.x").withType(PackType.HELM))).build();

        assertThatThrownBy(() -> API.write(p)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("layers[0] (pack 'nginx': '15.x' is a release train)");
    }

    @Test
    void exportOfAResolvedProfileWritesTheSelectorAsTagAndTheChosenVersion() {
        InfrastructureProfile p = InfrastructureProfile.builder().name("p").cloud(CloudType.AWS)
                .os("ubuntu-aws", "22.04").kubernetes("kubernetes", "1.33.x").network("cni-calico", "3.31.2")
                .storage("csi-aws-ebs", "1.46.0").build();
        InMemoryPackRegistry registry = InMemoryPackRegistry.builder("public").name("Public Repo")
                .uid("5e2031962f090e2d3d8a3290")
                .add(PackDescriptor.builder("ubuntu-aws", "22.04", LayerType.OS).build())
                .add(PackDescriptor.builder("kubernetes", "1.33.6", LayerType.KUBERNETES).build())
                .add(PackDescriptor.builder("cni-calico", "3.31.2", LayerType.NETWORK).build())
                .add(PackDescriptor.builder("csi-aws-ebs", "1.46.0", LayerType.STORAGE).build()).build();
        ResolvedProfile resolved = ProfileResolver.of(registry).resolve(p);

        String json = EXPORT.write(resolved);

        assertThat(json).contains("\"version\" : \"1.33.6\",\n        \"tag\" : \"1.33.x\"");
        assertThat(EXPORT.read(json).layers().get(1).pack().resolvedVersion()).contains("1.33.6");
        assertThat(PaletteOpenApi.importErrors(json)).isEmpty();
    }

    @Test
    void variablesReadIsHiddenAsWellAsHiddenAndWriteHidden() {
        String json = "{\"metadata\":{\"name\":\"p\"},\"spec\":{\"template\":{\"type\":\"add-on\",\"packs\":[]},"
                + "\"variables\":[{\"name\":\"a\",\"isHidden\":true},{\"name\":\"b\",\"hidden\":true},"
                + "{\"name\":\"c\",\"displayName\":\"C\",\"description\":\"d\",\"format\":\"ipv4\","
                + "\"inputType\":\"dropdown\",\"defaultValue\":\"10.0.0.1\",\"regex\":\"^10\\\\.\",\"required\":true,"
                + "\"immutable\":true,\"isSensitive\":true,\"options\":[{\"label\":\"One\",\"value\":\"10.0.0.1\","
                + "\"description\":\"first\",\"default\":true},{\"value\":\"10.0.0.2\"}]}]}}";

        for (ProfileFormat format : List.of(API, EXPORT)) {
            ReadResult result = format.readWithWarnings(json);

            assertThat(result.warnings()).as(format.name()).isEmpty();
            List<ProfileVariable> vars = result.profile().variables();
            assertThat(vars).extracting(ProfileVariable::hidden).containsExactly(true, true, false);
            ProfileVariable c = vars.get(2);
            assertThat(c.inputType()).isEqualTo(VariableInputType.DROPDOWN);
            assertThat(c.regex()).contains("^10\\.");
            assertThat(c.required() && c.immutable() && c.sensitive()).isTrue();
            assertThat(c.options()).containsExactly(new VariableOption("One", "10.0.0.1", "first", true),
                    new VariableOption("", "10.0.0.2", "", false));
            String written = format.write(result.profile());
            assertThat(written).as(format.name()).doesNotContain("isHidden").contains("\"hidden\" : true");
            assertThat(format.read(written)).as(format.name()).isEqualTo(result.profile());
            assertThat(YAML.read(YAML.write(result.profile()))).isEqualTo(result.profile());
        }
    }

    @Test
    void presetGroupsAreKeptAsReadAndRewrittenWithGroupsWhenPresetsChange() {
        String json = export("add-on", "{\"name\":\"cilium\",\"tag\":\"1.16.6\",\"layer\":\"addon\",\"values\":"
                + "\"# spectrocloud.com/enabled-presets: IPAM mode:ipam-kubernetes,Kube-proxy replacement:kubeproxy\\n"
                + "a: 1\\n\"}");

        ClusterProfile p = EXPORT.read(json);
        Layer l = p.layers().get(0);

        assertThat(l.presets()).containsExactly("ipam-kubernetes", "kubeproxy");
        assertThat(l.presetGroup("kubeproxy")).contains("Kube-proxy replacement");
        assertThat(l.values()).isEqualTo("a: 1\n");
        assertThat(EXPORT.write(p)).contains("\"values\" : \"# spectrocloud.com/enabled-presets: IPAM mode:"
                + "ipam-kubernetes,Kube-proxy replacement:kubeproxy\\na: 1\\n\"");
        assertThat(YAML.read(YAML.write(p))).isEqualTo(p);
        ClusterProfile changed = p.toBuilder().layers(List.of(l.toBuilder().presets(List.of("kubeproxy")).build()))
                .buildLenient();
        assertThat(API.write(changed)).contains("enabled-presets: Kube-proxy replacement:kubeproxy\\na: 1\\n");
    }

    @Test
    void manifestsKeepTheirNamesAndContentByteForByteInEveryFormat() {
        String content = "apiVersion: v1\r\nkind: ConfigMap\t\ndata:\n  k: \"\\u00e9 ☃\"   \n\n";
        SystemProfile p = SystemProfile.builder().name("sys").uid("65f0a1b2c3d4e5f6a7b8c9d0")
                .manifest("sys config", m -> m.manifest("config map #1", content).manifest("empty", "")).build();

        assertThat(YAML.read(YAML.write(p))).isEqualTo(p);
        assertThat(API.read(API.write(p))).isEqualTo(p);
        assertThat(EXPORT.read(EXPORT.write(p))).isEqualTo(EveryKind.exportView(p));
        assertThat(EXPORT.read(EXPORT.write(p)).layers().get(0).manifests().get(0).content()).isEqualTo(content);
        assertThat(API.read(API.write(p)).type()).isEqualTo(ProfileType.SYSTEM);
    }

    @Test
    void aProfileWithoutACloudKeepsItUnsaidEverywhere() {
        AddOnProfile p = AddOnProfile.builder().name("p").addOn("a", "1.0.0").build();

        for (ProfileFormat format : List.of(YAML, API, EXPORT)) {
            String text = format.write(p);
            assertThat(text).as(format.name()).doesNotContain("cloud");
            assertThat(format.read(text).cloudGiven()).as(format.name()).isFalse();
        }
    }

    @Test
    void theGeneratorsReachEveryKindPackTypeAndField() {
        Set<ProfileKind> kinds = EnumSet.noneOf(ProfileKind.class);
        Set<PackType> types = EnumSet.noneOf(PackType.class);
        Set<String> fields = new HashSet<>();
        Fixtures.seeds().forEach(seed -> {
            ClusterProfile p = EveryKind.profile(seed);
            kinds.add(p.kind());
            if (p.uid().isPresent()) {
                fields.add("uid");
            }
            if (!p.variables().isEmpty()) {
                fields.add("variables");
            }
            if (!p.cloudGiven()) {
                fields.add("no cloud");
            }
            for (Layer l : p.layers()) {
                types.add(l.pack().type());
                l.pack().uid().ifPresent(u -> fields.add("pack uid"));
                l.pack().resolvedVersion().ifPresent(u -> fields.add("resolved version"));
                l.pack().registry().flatMap(r -> r.kind()).ifPresent(u -> fields.add("registry kind"));
                l.pack().registry().flatMap(r -> r.isPrivate()).ifPresent(u -> fields.add("registry isPrivate"));
                l.pack().registry().flatMap(r -> r.providerType()).ifPresent(u -> fields.add("registry providerType"));
                if (l.type() == LayerType.UNSPECIFIED) {
                    fields.add("unspecified layer");
                }
                if (l.presets().stream().anyMatch(s -> l.presetGroup(s).isPresent())) {
                    fields.add("preset group");
                }
            }
        });

        assertThat(kinds).containsExactlyInAnyOrder(ProfileKind.values());
        assertThat(types).containsExactlyInAnyOrder(PackType.values());
        assertThat(fields).containsExactlyInAnyOrder("uid", "variables", "no cloud", "pack uid", "resolved version",
                "registry kind", "registry isPrivate", "registry providerType", "unspecified layer", "preset group");
        assertThat(new ProfileGenerator(1).anyProfile()).isNotNull();
    }

    @Test
    void strictModeCatchesFieldsPaletteDoesNotHave() {
        assertThat(PaletteOpenApi.importErrors("{\"metadata\":{\"name\":\"p\",\"uid\":\"x\"}}")).isNotEmpty();
        assertThat(PaletteOpenApi.importErrors("{\"spec\":{\"template\":{\"packs\":[{\"name\":\"a\",\"uid\":\"x\"}]}}}"))
                .isNotEmpty();
        assertThat(PaletteOpenApi.createErrors("{\"spec\":{\"template\":{\"packs\":[{\"name\":\"a\",\"version\":\"1\"}]}}}"))
                .isNotEmpty();
        assertThat(PaletteOpenApi.createErrors("{\"spec\":{\"variables\":[{\"name\":\"a\",\"isHidden\":true}]}}"))
                .isNotEmpty();
        assertThat(PaletteOpenApi.createErrors("{\"metadata\":{\"name\":\"p\",\"uid\":\"x\"},\"spec\":{\"template\":"
                + "{\"type\":\"add-on\",\"packs\":[{\"name\":\"a\",\"uid\":\"x\"}]}}}")).isEmpty();
    }

    @Test
    void theExampleDocumentsOfEachKindReadWithoutLossAndWriteToStrictPaletteJson() {
        for (String name : List.of("examples/observability-addon.yaml", "examples/edge-system.yaml")) {
            ClusterProfile p = YAML.read(Fixtures.resource(name));

            assertThat(p.kind()).as(name).isIn(ProfileKind.ADD_ON, ProfileKind.SYSTEM);
            assertThat(YAML.read(YAML.write(p))).as(name).isEqualTo(p);
            assertThat(EXPORT.read(EXPORT.write(p))).as(name).isEqualTo(EveryKind.exportView(p));
            assertThat(PaletteOpenApi.importErrors(EXPORT.write(p))).as(name).isEmpty();
            assertThat(PaletteOpenApi.createErrors(API.write(EveryKind.pinned(p)))).as(name).isEmpty();
        }
        AddOnProfile addOn = (AddOnProfile) YAML.read(Fixtures.resource("examples/observability-addon.yaml"));
        assertThat(addOn.layers()).extracting(Layer::type).containsExactly(LayerType.ADDON, LayerType.ADDON,
                LayerType.UNSPECIFIED);
        assertThat(addOn.layers().get(1).presetGroup("remote-write")).contains("Storage");
        assertThat(addOn.variable("retention_days").orElseThrow().defaultValue()).contains("14");
    }
}
