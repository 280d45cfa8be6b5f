package io.profilekit.yaml;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON Schema shipped for editors accepts every ProfileKit document in the project (golden
 * files, examples, and what the writer produces) and rejects what the strict reader rejects.
 */
class JsonSchemaTest {
    private static final Schema SCHEMA = load();

    private static Schema load() {
        try (InputStream in = ProfileDocuments.class.getResourceAsStream(ProfileDocuments.yamlSchemaResource())) {
            assertThat(in).as("schema resource").isNotNull();
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** YAML 1.2 core schema, as editors read it: null, ~ and an empty value are all null. */
    private static final YAMLMapper CORE_YAML = YAMLMapper.builder(YAMLFactory.builder()
            .loadSettings(LoadSettings.builder().setSchema(new CoreSchema()).build()).build()).build();

    private static List<String> errors(String yaml) {
        String json = CORE_YAML.readTree(yaml).toString();
        return SCHEMA.validate(json, InputFormat.JSON).stream().map(Error::toString).collect(Collectors.toList());
    }

    /** Every ProfileKit YAML document among the test resources. */
    static Stream<Path> projectDocuments() throws IOException, URISyntaxException {
        Path root = Path.of(JsonSchemaTest.class.getResource("golden").toURI()).getParent();
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> docs = files.filter(f -> f.toString().endsWith(".yaml"))
                    .filter(f -> readString(f).contains("apiVersion: profilekit.io/v1"))
                    // Sample documents that are broken on purpose break the schema's SemVer pattern too.
                    .filter(f -> !f.getFileName().toString().startsWith("broken")).collect(Collectors.toList());
            assertThat(docs).isNotEmpty();
            return docs.stream();
        }
    }

    private static String readString(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("projectDocuments")
    void everyProjectDocumentValidates(Path file) {
        String text = readString(file);

        assertThat(errors(text)).as(file.toString()).isEmpty();
        ProfileDocuments.yaml().readAll(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "apiVersion: profilekit.io/v1\nkind: InfrastructureProfile\nmetadata: {name: p, verison: 1.0.0}\nspec: {layers: []}\n",
        "apiVersion: profilekit.io/v1\nmetadata: {name: p}\nspec: {layers: []}\n",
        "apiVersion: profilekit.io/v1\nkind: InfrastructureProfile\nmetadata: {name: p}\nspec: {layers: [{layer: kernel, pack: {name: x}}]}\n",
        "apiVersion: profilekit.io/v1\nkind: InfrastructureProfile\nmetadata: {name: p}\nspec: {layers: [{layer: os, pack: {name: x}, values: {a: 1}}]}\n",
        "apiVersion: profilekit.io/v1\nkind: InfrastructureProfile\nmetadata: {name: p}\nspec: {layers: [{layer: os, pack: {name: x, version: '1', registry: {}}}]}\n",
        "apiVersion: profilekit.io/v1\nkind: InfrastructureProfile\nmetadata: {name: p}\nspec: {layers: [{layer: os, pack: {name: x, version: '1', registry: {name: ~}}}]}\n",
        "apiVersion: profilekit.io/v1\nkind: InfrastructureProfile\nmetadata: {name: p}\nspec: {layers: [{layer: OS, pack: {name: x, version: '1'}}]}\n",
        "apiVersion: profilekit.io/v1\nkind: InfrastructureProfile\nmetadata: {name: p}\nspec: {layers: [{layer: os, pack: {name: x, version: '1', type: Helm}}]}\n",
        "apiVersion: profilekit.io/v1\nkind: InfrastructureProfile\nmetadata: {name: p}\nspec: {type: Infra, layers: []}\n",
        "apiVersion: profilekit.io/v1\nkind: InfrastructureProfile\nmetadata: {name: ~}\nspec: {layers: []}\n",
        "apiVersion: profilekit.io/v1\nkind: InfrastructureProfile\nmetadata: {name: null}\nspec: {layers: []}\n",
        "apiVersion: profilekit.io/v1\nkind: InfrastructureProfile\nmetadata:\n  name:\nspec: {layers: []}\n",
        "apiVersion: profilekit.io/v1\nkind: InfrastructureProfile\nmetadata: {name: p}\nspec: {layers: [{layer: os, pack: {name: u}}]}\n",
        "apiVersion: profilekit.io/v1\nkind: InfrastructureProfile\nmetadata: {name: p}\nspec: {layers: [{layer: os, pack: {name: u, version: ~}}]}\n",
        "apiVersion: profilekit.io/v1\nkind: InfrastructureProfile\nmetadata: {name: p}\nspec: {layers: [{layer: os, pack: {name: u, type: helm}}]}\n",
        "apiVersion: profilekit.io/v1\nkind: ClusterProfile\nmetadata: {name: p}\nspec: {layers: []}\n",
        "apiVersion: profilekit.io/v1\nkind: AddOnProfile\nmetadata: {name: p}\nspec: {variables: [{displayName: x}], layers: []}\n",
        "apiVersion: profilekit.io/v1\nkind: AddOnProfile\nmetadata: {name: p}\nspec: {variables: [{name: x, isHidden: true}], layers: []}\n",
        "apiVersion: profilekit.io/v1\nkind: AddOnProfile\nmetadata: {name: p}\nspec: {variables: [{name: x, required: 'yes'}], layers: []}\n",
        "apiVersion: profilekit.io/v1\nkind: AddOnProfile\nmetadata: {name: p}\nspec: {variables: [{name: x, format: IPv4}], layers: []}\n",
        "apiVersion: profilekit.io/v1\nkind: AddOnProfile\nmetadata: {name: p}\nspec: {variables: [{name: x, options: [{label: a}]}], layers: []}\n",
        "apiVersion: profilekit.io/v1\nkind: SystemProfile\nmetadata: {name: p}\nspec: {layers: [{layer: addon, pack: {name: a, version: '1'}, presets: [{group: G}]}]}\n",
        "apiVersion: profilekit.io/v1\nkind: SystemProfile\nmetadata: {name: p}\nspec: {layers: [{layer: addon, pack: {name: a, version: '1', registry: {name: r, isPrivate: 'no'}}}]}\n",
    })
    void documentsTheReaderRejectsDoNotValidate(String yaml) {
        assertThat(errors(yaml)).as(yaml).isNotEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProfileDocuments.yaml().read(yaml))
                .isInstanceOf(ProfileParseException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "apiVersion: profilekit.io/v1\nkind: InfrastructureProfile\nmetadata: {name: p, version: ~, description: ~, tags: ~}\nspec: {cloud: ~, type: ~, layers: []}\n",
        "apiVersion: profilekit.io/v1\nkind: InfrastructureProfile\nmetadata: {name: '~'}\nspec: {layers: []}\n",
        "apiVersion: profilekit.io/v1\nkind: InfrastructureProfile\nmetadata: {name: p}\nspec: {layers: [{layer: os, pack: {name: u, version: 1.10, type: ~, registry: ~}, values: ~, presets: ~, manifests: ~}]}\n",
        "apiVersion: profilekit.io/v1\nkind: InfrastructureProfile\nmetadata: {name: p}\nspec: {layers: [{layer: os, pack: {name: u, version: '1', registry: {name: ~, uid: 5e2031962f090e2d3d8a3290}}}]}\n",
        "apiVersion: profilekit.io/v1\nkind: InfrastructureProfile\nmetadata: {name: p}\nspec: {layers: [{layer: addon, pack: {name: ns, type: manifest}, manifests: [{name: ns, content: x}]}]}\n",
        "apiVersion: profilekit.io/v1\nkind: AddOnProfile\nmetadata: {name: p, uid: 65f0a1b2c3d4e5f6a7b8c9d0}\nspec: {type: add-on, variables: [{name: r, format: number, defaultValue: 2, required: true, hidden: false, isSensitive: false, options: [{value: 1, default: true}]}], layers: [{pack: {name: nginx, version: 15.x, resolvedVersion: 15.14.0, type: helm, uid: u1, registry: {name: Bitnami, kind: helm, providerType: helm, isPrivate: true}}, presets: [a, {name: b, group: G}]}]}\n",
        "apiVersion: profilekit.io/v1\nkind: SystemProfile\nmetadata: {name: p}\nspec: {variables: ~, layers: [{layer: addon, pack: {name: ns, type: manifest}, manifests: [{name: ns, content: x}], presets: [{name: b, group: ~}]}]}\n",
    })
    void documentsTheReaderAcceptsValidate(String yaml) {
        ProfileDocuments.yaml().read(yaml);
        assertThat(errors(yaml)).as(yaml).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2.0", "1.0.0-rc.1", "10.20.30-alpha-2"})
    void aStrictSemVerProfileVersionValidates(String version) {
        assertThat(errors("apiVersion: profilekit.io/v1\nkind: InfrastructureProfile\nmetadata: {name: p, version: '"
                + version + "'}\nspec: {layers: []}\n")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"v1.2", "1.2", "01.2.3", "1.2.3+build", "2.2.2.develop"})
    void aProfileVersionPaletteRefusesIsFlaggedInEditors(String version) {
        assertThat(errors("apiVersion: profilekit.io/v1\nkind: InfrastructureProfile\nmetadata: {name: p, version: '"
                + version + "'}\nspec: {layers: []}\n")).isNotEmpty();
    }

    @Test
    void everyPropertyHasATitleAndADescriptionForEditors() throws Exception {
        tools.jackson.databind.JsonNode schema = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(ProfileDocuments.class.getResourceAsStream(ProfileDocuments.yamlSchemaResource()));
        List<String> missing = new java.util.ArrayList<>();
        untitled(schema, "", missing);
        assertThat(missing).isEmpty();
    }

    private static void untitled(tools.jackson.databind.JsonNode node, String path, List<String> missing) {
        if (node.isObject()) {
            tools.jackson.databind.JsonNode properties = node.get("properties");
            if (properties != null) {
                for (java.util.Map.Entry<String, tools.jackson.databind.JsonNode> p : properties.properties()) {
                    if (!p.getValue().has("title") || !p.getValue().has("description")) {
                        missing.add(path + "." + p.getKey());
                    }
                }
            }
            for (java.util.Map.Entry<String, tools.jackson.databind.JsonNode> child : node.properties()) {
                // Conditions (if/then/else/not) constrain properties described elsewhere.
                if (!List.of("if", "then", "else", "not").contains(child.getKey())) {
                    untitled(child.getValue(), path + "/" + child.getKey(), missing);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                untitled(node.get(i), path + "[" + i + "]", missing);
            }
        }
    }
}
