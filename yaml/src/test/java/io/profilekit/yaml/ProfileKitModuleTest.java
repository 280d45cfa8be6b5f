package io.profilekit.yaml;

import io.profilekit.ClusterProfile;
import io.profilekit.CloudType;
import io.profilekit.InfrastructureProfile;
import io.profilekit.Layer;
import io.profilekit.LayerType;
import io.profilekit.Manifest;
import io.profilekit.PackRef;
import io.profilekit.PackType;
import io.profilekit.PackVersion;
import io.profilekit.ProfileType;
import io.profilekit.ProfileVersion;
import io.profilekit.RegistryRef;
import io.profilekit.Tag;
import io.profilekit.Tags;
import io.profilekit.VersionSelector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Users' own Jackson mappers read and write the model through {@link ProfileKitModule}. */
class ProfileKitModuleTest {
    private static final JsonMapper JSON = JsonMapper.builder().addModule(new ProfileKitModule()).build();
    private static final YAMLMapper YAML = YAMLMapper.builder().findAndAddModules().build();

    static LongStream seeds() {
        return Fixtures.seeds();
    }

    @Test
    void reportsTheVersionOfProfileKitYaml() throws Exception {
        java.util.Properties build = new java.util.Properties();
        try (java.io.InputStream in = ProfileKitModule.class.getResourceAsStream("profilekit-yaml.properties")) {
            build.load(in);
        }

        tools.jackson.core.Version v = new ProfileKitModule().version();

        assertThat(v.isUnknownVersion()).isFalse();
        assertThat(v.getGroupId()).isEqualTo("io.profilekit");
        assertThat(v.getArtifactId()).isEqualTo("profilekit-yaml");
        assertThat(v.toString()).isEqualTo(build.getProperty("version"));
    }

    @Test
    void isFoundThroughServiceLoader() {
        List<JacksonModule> modules = tools.jackson.databind.cfg.MapperBuilder.findModules();

        assertThat(modules).anySatisfy(m -> assertThat(m).isInstanceOf(ProfileKitModule.class));
        assertThat(YAML.registeredModules()).anySatisfy(m -> assertThat(m).isInstanceOf(ProfileKitModule.class));
    }

    @Test
    void everyModelTypeHasAWireForm() {
        Layer layer = Layer.builder(LayerType.KUBERNETES, "kubernetes", "1.33.x").values("a: 1\n").preset("x")
                .registry(RegistryRef.of("5e2031962f090e2d3d8a3290", "Public Repo")).manifest("m", "kind: X\n").build();
        Map<Object, String> expected = Map.ofEntries(
                Map.entry(CloudType.of("nutanix"), "\"nutanix\""),
                Map.entry(LayerType.NETWORK, "\"cni\""),
                Map.entry(PackType.HELM, "\"helm\""),
                Map.entry(ProfileType.ADD_ON, "\"add-on\""),
                Map.entry(ProfileVersion.of("1.10.0"), "\"1.10.0\""),
                Map.entry(PackVersion.parse("1.31.2-rev2"), "\"1.31.2-rev2\""),
                Map.entry(VersionSelector.parse("LTS__20.04"), "\"LTS__20.04\""),
                Map.entry(Tag.of("dev"), "\"dev\""),
                Map.entry(Tags.of("env:prod", "dev"), "[\"env:prod\",\"dev\"]"),
                Map.entry(RegistryRef.byUid("abc"), "{\"uid\":\"abc\"}"),
                Map.entry(new Manifest("m", "kind: X\n"), "{\"name\":\"m\",\"content\":\"kind: X\\n\"}"),
                Map.entry(PackRef.of("kubernetes", "1.33.x").withType(PackType.OCI),
                        "{\"name\":\"kubernetes\",\"version\":\"1.33.x\",\"type\":\"oci\"}"),
                Map.entry(layer, "{\"layer\":\"k8s\",\"pack\":{\"name\":\"kubernetes\",\"version\":\"1.33.x\",\"registry\":"
                        + "{\"name\":\"Public Repo\",\"uid\":\"5e2031962f090e2d3d8a3290\"}},\"values\":\"a: 1\\n\","
                        + "\"presets\":[\"x\"],\"manifests\":[{\"name\":\"m\",\"content\":\"kind: X\\n\"}]}"));

        expected.forEach((value, json) -> {
            assertThat(JSON.writeValueAsString(value)).as(value.getClass().getSimpleName()).isEqualTo(json);
            assertThat(JSON.readValue(json, value.getClass())).as(value.getClass().getSimpleName()).isEqualTo(value);
        });
    }

    /** A user's own type that holds model values. */
    @Test
    void versionsStayTextInUsersYamlMappers() {
        Layer layer = YAML.readValue("layer: os\npack: {name: ubuntu-aws, version: 22.10}\n", Layer.class);

        assertThat(layer.pack().version().toString()).isEqualTo("22.10");
        assertThat(YAML.readValue("1.10", ProfileVersion.class).text()).isEqualTo("1.10");
    }

    @Test
    void problemsAreJacksonExceptionsCarryingTheParseError() {
        assertThatThrownBy(() -> JSON.readValue("{\"layer\":\"os\",\"pack\":{\"name\":\"x\",\"verison\":\"1\"}}", Layer.class))
                .isInstanceOf(DatabindException.class)
                .hasMessageContaining("pack.verison: unknown field 'verison' — did you mean 'version'?")
                .hasCauseInstanceOf(ProfileParseException.class);
        assertThatThrownBy(() -> YAML.readValue("layer: os\npack: &p {name: x}\n", Layer.class))
                .isInstanceOf(DatabindException.class).hasMessageContaining("YAML anchor '&p' is not allowed");
        assertThatThrownBy(() -> YAML.readValue("kernel", LayerType.class)).isInstanceOf(DatabindException.class)
                .hasMessageContaining("unknown layer 'kernel'");
        assertThatThrownBy(() -> JSON.readValue("\"not a version\"", PackVersion.class))
                .isInstanceOf(DatabindException.class);
    }

    @Test
    void anAliasToAnAnchoredSingleValueThroughAUsersMapperSaysWhatToDoInstead() {
        YAMLMapper allowing = YAMLMapper.builder()
                .addModule(new ProfileKitModule(ReadLimits.builder().maxAliases(5).build())).build();
        String layer = "layer: k8s\npack: {name: &n kubernetes, version: 1.33.6}\nvalues: *n\n";

        assertThatThrownBy(() -> allowing.readValue(layer, Layer.class)).isInstanceOf(DatabindException.class)
                .cause().isInstanceOfSatisfying(ProfileParseException.class, e -> {
                    assertThat(e.problem()).isEqualTo("YAML alias '*n' refers to no earlier anchor '&n'");
                    assertThat(e.hint()).contains("ProfileDocuments.yaml(limits)");
                });
    }

    @Test
    void aDocumentOfAnotherKindIsALocatedErrorForAKindsOwnType() {
        String json = JSON.writeValueAsString(io.profilekit.AddOnProfile.builder().name("a").addOn("x", "1.0.0").build());

        assertThatThrownBy(() -> JSON.readValue(json, io.profilekit.SystemProfile.class))
                .isInstanceOf(DatabindException.class).hasMessageContaining("expected kind 'SystemProfile', found"
                        + " 'AddOnProfile'").hasCauseInstanceOf(ProfileParseException.class);
        assertThat(JSON.readValue("\"AddOnProfile\"", io.profilekit.ProfileKind.class))
                .isEqualTo(io.profilekit.ProfileKind.ADD_ON);
    }
}
