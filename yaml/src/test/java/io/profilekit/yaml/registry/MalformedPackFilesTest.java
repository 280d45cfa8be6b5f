package io.profilekit.yaml.registry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.stream.Stream;

import static io.profilekit.yaml.registry.PackFolders.pack;
import static io.profilekit.yaml.registry.PackFolders.packJson;
import static io.profilekit.yaml.registry.PackFolders.write;
import static io.profilekit.yaml.registry.PackFolders.writeBytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Every malformed file fails the load, naming the file, line, column and path, as documents do. */
class MalformedPackFilesTest {
    private static final String F = "bad-1.0.0";

    @TempDir
    Path root;

    /** pack.json texts: the text, the expected line, the expected field (or null) and a message fragment. */
    static Stream<Arguments> malformedPackJson() {
        return Stream.of(
                arguments("JSON syntax: missing comma",
                        "{\n  \"name\": \"a\",\n  \"version\": \"1.0.0\"\n  \"layer\": \"addon\"\n}\n",
                        4, null, "not valid JSON"),
                arguments("JSON syntax: unterminated",
                        "{\n  \"name\": \"a\",\n  \"cloudTypes\": [\"aws\",\n",
                        4, null, "not valid JSON"),
                arguments("trailing content",
                        "{\"name\": \"a\", \"version\": \"1.0.0\", \"layer\": \"addon\"}\n{}\n",
                        2, null, "unexpected content after the JSON object"),
                arguments("empty file", "", 1, null, "the file is empty"),
                arguments("root is an array", "[\n]\n", 1, null, "expected an object, found an array"),
                arguments("version as a JSON number",
                        "{\n  \"name\": \"a\",\n  \"version\": 1.10,\n  \"layer\": \"addon\"\n}\n",
                        3, "version", "expected a string, found the number 1.10 — write it in quotes: \"1.10\""),
                arguments("cloudTypes not an array",
                        "{\n  \"name\": \"a\",\n  \"version\": \"1.0.0\",\n  \"layer\": \"addon\",\n  \"cloudTypes\": \"aws\"\n}\n",
                        5, "cloudTypes", "expected an array, found the string \"aws\""),
                arguments("annotation value not a string",
                        "{\n  \"name\": \"a\",\n  \"version\": \"1.0.0\",\n  \"layer\": \"addon\",\n"
                                + "  \"annotations\": {\n    \"ingressSupported\": true\n  }\n}\n",
                        6, "annotations.ingressSupported", "expected a string, found the boolean true"),
                arguments("charts not a list of strings",
                        "{\n  \"name\": \"a\",\n  \"version\": \"1.0.0\",\n  \"layer\": \"addon\",\n  \"charts\": [1]\n}\n",
                        5, "charts[0]", "expected a string"),
                arguments("minLimit not a number",
                        "{\"name\": \"a\", \"version\": \"1.0.0\", \"layer\": \"addon\",\n"
                                + "\"constraints\": {\"resources\": [{\"type\": \"cpu\",\n \"minLimit\": \"100m\"}]}}\n",
                        3, "constraints.resources[0].minLimit", "expected a number"),
                arguments("missing name",
                        "{\n  \"version\": \"1.0.0\",\n  \"layer\": \"addon\"\n}\n",
                        1, "name", "required field name is missing"),
                arguments("missing version and layer",
                        "{\n  \"name\": \"a\"\n}\n",
                        1, "version, layer", "required fields version, layer are missing"),
                arguments("blank name",
                        "{\n  \"name\": \" \",\n  \"version\": \"1.0.0\",\n  \"layer\": \"addon\"\n}\n",
                        2, "name", "must be a non-empty string"),
                arguments("unknown layer",
                        "{\n  \"name\": \"a\",\n  \"version\": \"1.0.0\",\n  \"layer\": \"kernel\"\n}\n",
                        4, "layer", "unknown layer 'kernel' — valid layers are os, k8s, cni, csi, addon"),
                arguments("bad version",
                        "{\n  \"name\": \"a\",\n  \"version\": \"1.33 6\",\n  \"layer\": \"addon\"\n}\n",
                        3, "version", "'1.33 6' is not a pack version"),
                arguments("bad dependency bound",
                        "{\"name\": \"a\", \"version\": \"1.0.0\", \"layer\": \"addon\", \"constraints\": {\n"
                                + "  \"dependencies\": [\n"
                                + "    {\"packName\": \"kubernetes\", \"layer\": \"k8s\", \"type\": \"optional\",\n"
                                + "     \"minVersion\": \"latest\"}]}}\n",
                        4, "constraints.dependencies[0].minVersion", "'latest' is not a pack version"),
                arguments("unknown dependency type",
                        "{\"name\": \"a\", \"version\": \"1.0.0\", \"layer\": \"addon\", \"constraints\": {\n"
                                + "  \"dependencies\": [\n"
                                + "    {\"packName\": \"kubernetes\", \"layer\": \"k8s\",\n"
                                + "     \"type\": \"mandatory\"}]}}\n",
                        4, "constraints.dependencies[0].type", "valid types are required, optional, notSupported, upgrade"),
                arguments("unknown dependency layer",
                        "{\"name\": \"a\", \"version\": \"1.0.0\", \"layer\": \"addon\", \"constraints\": {\n"
                                + "  \"dependencies\": [\n"
                                + "    {\"packName\": \"kubernetes\", \"layer\": \"kube\", \"type\": \"optional\"}]}}\n",
                        3, "constraints.dependencies[0].layer", "unknown layer 'kube'"),
                arguments("unknown resource type",
                        "{\"name\": \"a\", \"version\": \"1.0.0\", \"layer\": \"addon\", \"constraints\": {\n"
                                + "  \"resources\": [{\"type\": \"gpu\", \"minLimit\": 1}]}}\n",
                        2, "constraints.resources[0].type", "valid types are cpu, memory, diskSize"),
                arguments("negative minLimit",
                        "{\"name\": \"a\", \"version\": \"1.0.0\", \"layer\": \"addon\", \"constraints\": {\n"
                                + "  \"resources\": [{\"type\": \"cpu\", \"minLimit\": -5}]}}\n",
                        2, "constraints.resources[0].minLimit", "must not be negative"),
                arguments("duplicate key",
                        "{\n  \"name\": \"a\",\n  \"version\": \"1.0.0\",\n  \"layer\": \"addon\",\n  \"version\": \"2.0.0\"\n}\n",
                        5, null, "duplicate key 'version' (first at line 3)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedPackJson")
    void malformedPackJsonFailsNamingFileLineAndField(String title, String json, int line, String field,
                                                     String fragment) {
        write(root, F + "/pack.json", json);
        write(root, F + "/values.yaml", "");

        assertFailure(F + "/pack.json", line, field, fragment);
    }

    /** presets.yaml and schema.yaml texts, as for pack.json. */
    static Stream<Arguments> malformedYaml() {
        return Stream.of(
                arguments("presets: YAML syntax", "presets.yaml",
                        "presets:\n  - name: a\n    group: g: h\n",
                        3, null, "not valid YAML: mapping values are not allowed here"),
                arguments("presets: bad indentation", "presets.yaml",
                        "presets:\n  - name: a\n     displayName: b\n",
                        3, null, "not valid YAML"),
                arguments("presets: duplicate key", "presets.yaml",
                        "presets:\n  - name: a\n    group: g\n    name: b\n",
                        4, null, "duplicate key 'name' (first at line 2)"),
                arguments("presets: anchor of a list", "presets.yaml",
                        "presets:\n  - name: a\n    remove: &paths [x.y]\n  - name: b\n    remove: *paths\n",
                        3, "presets[0].remove", "YAML anchor '&paths' is not allowed"),
                arguments("presets: anchor of a scalar", "presets.yaml",
                        "base: &b x\npresets:\n  - name: *b\n",
                        1, "base", "YAML anchor '&b' is not allowed"),
                arguments("presets: an alias to no anchor", "presets.yaml",
                        "presets:\n  - name: *b\n",
                        2, "presets[0].name", "YAML alias '*b' is not allowed"),
                arguments("presets: not a list", "presets.yaml",
                        "presets:\n  name: a\n",
                        2, "presets", "expected a list, found a mapping"),
                arguments("presets: add is a mapping", "presets.yaml",
                        "presets:\n  - name: a\n    group: g\n    add:\n      charts: {}\n",
                        5, "presets[0].add", "write it as a block: 'add: |'"),
                arguments("presets: remove not a list", "presets.yaml",
                        "presets:\n  - name: a\n    group: g\n    remove: {x: 1}\n",
                        4, "presets[0].remove", "expected a list, found a mapping"),
                arguments("presets: missing name", "presets.yaml",
                        "presets:\n  - displayName: A\n    group: g\n",
                        2, "presets[0].name", "required field name is missing"),
                arguments("presets: duplicate preset name", "presets.yaml",
                        "presets:\n  - name: a\n    group: g\n  - name: a\n    group: h\n",
                        4, "presets[1].name", "duplicate preset name 'a'"),
                arguments("presets: two documents", "presets.yaml",
                        "presets: []\n---\npresets: []\n",
                        3, null, "more than one YAML document"),
                arguments("values: YAML syntax", "values.yaml",
                        "charts:\n  app:\n    image: a: b\n",
                        3, null, "not valid YAML: mapping values are not allowed here"),
                arguments("values: unterminated flow", "values.yaml",
                        "a: &x 1\nb: [*x,\nc: !t 2\n",
                        2, null, "not valid YAML: expected ',' or ']'"),
                arguments("values: duplicate key", "values.yaml",
                        "charts:\n  app:\n    replicas: 1\n    replicas: 2\n",
                        4, "charts.app.replicas", "duplicate key 'replicas' (first at line 3)"),
                arguments("values: alias to no anchor", "values.yaml",
                        "charts:\n  app:\n    image: *img\n",
                        3, "charts.app.image", "YAML alias '*img' refers to no earlier anchor '&img'"),
                arguments("schema: YAML syntax", "schema.yaml",
                        "charts.x.password:\n  schema: '{{ format \"${password}\" }}\n",
                        2, null, "not valid YAML"),
                arguments("schema: duplicate path", "schema.yaml",
                        "charts.x.a:\n  schema: '{{ required }}'\ncharts.x.a:\n  schema: '{{ readonly }}'\n",
                        3, null, "duplicate key 'charts.x.a' (first at line 1)"),
                arguments("schema: entry without schema", "schema.yaml",
                        "charts.x.a:\n  hint: nope\n",
                        2, "charts.x.a.schema", "each entry of schema.yaml needs"),
                arguments("schema: entry is text", "schema.yaml",
                        "charts.x.a: '{{ required }}'\n",
                        1, "charts.x.a", "expected a mapping, found text"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedYaml")
    void malformedYamlFailsNamingFileLineAndField(String title, String fileName, String yaml, int line, String field,
                                                 String fragment) {
        pack(root, F, packJson("bad", "1.0.0", "addon"));
        write(root, F + "/" + fileName, yaml);

        assertFailure(F + "/" + fileName, line, field, fragment);
    }

    @Test
    void aFileOverTheSizeLimitFails() {
        pack(root, F, packJson("bad", "1.0.0", "addon"));
        write(root, F + "/values.yaml", "x: " + "y".repeat(2000) + "\n");

        assertThatThrownBy(() -> PackDirectoryRegistry.builder().maxFileBytes(1000).load(root))
                .isInstanceOf(PackRegistryException.class)
                .hasMessageContaining(F + "/values.yaml")
                .hasMessageContaining("larger than the limit of 1000 bytes");
    }

    @Test
    void textThatIsNotUtf8Fails() {
        pack(root, F, packJson("bad", "1.0.0", "addon"));
        writeBytes(root, F + "/values.yaml", new byte[] {'a', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'});

        assertThatThrownBy(() -> PackDirectoryRegistry.load(root))
                .isInstanceOf(PackRegistryException.class)
                .hasMessageStartingWith(F + "/values.yaml:1:4: the input is not valid UTF-8 text — ");
    }

    @Test
    void deepNestingIsRefused() {
        pack(root, F, packJson("bad", "1.0.0", "addon"));
        write(root, F + "/schema.yaml", "a:\n  schema: x\n  extra: " + "[".repeat(200) + "]".repeat(200) + "\n");

        assertThatThrownBy(() -> PackDirectoryRegistry.load(root))
                .isInstanceOf(PackRegistryException.class)
                .hasMessageContaining(F + "/schema.yaml")
                .hasMessageContaining("nesting is deeper than 64 levels");
    }

    private void assertFailure(String file, int line, String field, String fragment) {
        assertThatThrownBy(() -> PackDirectoryRegistry.load(root))
                .isInstanceOf(PackRegistryException.class)
                .satisfies(t -> {
                    PackRegistryException e = (PackRegistryException) t;
                    assertThat(e.documentName()).as("file of: %s", e.getMessage()).isEqualTo(file);
                    assertThat(e.line()).as("line of: %s", e.getMessage()).hasValue(line);
                    assertThat(e.column()).as("column of: %s", e.getMessage()).isPresent();
                    if (field != null) {
                        assertThat(e.path()).as("path of: %s", e.getMessage()).isEqualTo(field);
                    }
                    assertThat(e.getMessage()).startsWith(file + ":" + line + ":");
                    assertThat(e.getMessage()).contains(fragment);
                });
    }
}
