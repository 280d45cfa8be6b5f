package io.profilekit.yaml;

import io.profilekit.ClusterProfile;
import io.profilekit.CloudType;
import io.profilekit.InfrastructureProfile;
import io.profilekit.Layer;
import io.profilekit.LayerType;
import io.profilekit.Manifest;
import io.profilekit.PackType;
import io.profilekit.ProfileType;
import io.profilekit.RegistryRef;
import io.profilekit.Tag;
import io.profilekit.VersionSelector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** ProfileKit's YAML format: shape, block scalars, strictness, versions as text, streams, sources. */
class YamlFormatTest {
    private static final ProfileFormat YAML = ProfileDocuments.yaml();
    private static final String GOLDEN = Fixtures.resource("golden/aws-prod-base.yaml");

    private static String doc(String metadataExtra, String layers) {
        return "apiVersion: profilekit.io/v1\nkind: InfrastructureProfile\nmetadata:\n  name: p\n" + metadataExtra
                + "spec:\n  cloud: aws\n  layers:\n" + layers;
    }

    private static String layer(String layer, String packLines, String more) {
        return "    - layer: " + layer + "\n      pack:\n" + packLines + more;
    }

    private static final String K8S = layer("k8s", "        name: kubernetes\n        version: 1.33.6\n", "");

    @Test
    void theLargestDocumentLimitReadsAsAnyOther() {
        ProfileFormat unbounded = ProfileDocuments.yaml(ReadLimits.builder().maxDocumentChars(Integer.MAX_VALUE)
                .maxNumberLength(Integer.MAX_VALUE).build());

        assertThat(unbounded.read(GOLDEN)).isEqualTo(YAML.read(GOLDEN));
        String json = ProfileDocuments.paletteApiJson().write(YAML.read(GOLDEN));
        assertThat(ProfileDocuments.paletteApiJson(unbounded.limits()).read(json))
                .isEqualTo(ProfileDocuments.paletteApiJson().read(json));
    }

    @Test
    void goldenDocumentReadsIntoTheModelAndWritesBackUnchanged() {
        InfrastructureProfile p = (InfrastructureProfile) YAML.read(GOLDEN);

        assertThat(p.name()).isEqualTo("aws-prod-base");
        assertThat(p.version().text()).isEqualTo("1.2.0");
        assertThat(p.cloud()).isEqualTo(CloudType.AWS);
        assertThat(p.type()).isEqualTo(ProfileType.INFRA);
        assertThat(p.tags().asList()).containsExactly(Tag.of("owner", "platform"), Tag.of("env", "prod"), Tag.of("dev"));
        Layer os = p.os().orElseThrow();
        assertThat(os.pack().version().toString()).isEqualTo("22.04");
        assertThat(os.pack().registry()).contains(RegistryRef.of("5e2031962f090e2d3d8a3290", "Public Repo"));
        Layer k8s = p.kubernetes().orElseThrow();
        assertThat(k8s.values()).isEqualTo("# PXK: hardened kubeadm; keep this comment\npack:\n  k8sHardening: True\n"
                + "  podCIDR: \"192.168.0.0/16\"   # pods\n\nkubeadmconfig:\n  apiServer:\n"
                + "    extraArgs: {secure-port: \"6443\", profiling: \"false\"}\n");
        assertThat(k8s.presets()).containsExactly("audit-logging");
        assertThat(p.network().orElseThrow().values()).isEqualTo(
                "  # indented first line needs an indentation indicator\nmanifests:\n  calico:\n"
                        + "    ipamType: host-local\n\n\n");
        Layer csi = p.storage().orElseThrow();
        assertThat(csi.pack().type()).isEqualTo(PackType.HELM);
        assertThat(csi.values()).isEqualTo("charts:\n\tindented-with-a-tab: true\ntrailing: space \n");
        assertThat(csi.manifests()).containsExactly(new Manifest("storage-class",
                "apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: gp3"));

        assertThat(YAML.write(p)).isEqualTo(GOLDEN);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "clip: ends with one line break     | 'a: 1\nb: 2\n'       | 'values: |\n'",
        "strip: no final line break         | 'a: 1\nb: 2'         | 'values: |-\n'",
        "keep: trailing blank lines         | 'a: 1\n\n\n'         | 'values: |+\n'",
        "single line                        | 'a: 1'               | 'values: |-\n'",
        "leading spaces need an indicator   | '  a: 1\nb: 2\n'     | 'values: |2\n'",
        "leading blank line                 | '\na: 1\n'           | 'values: |2\n'",
        "indicator and strip                | '  a'                | 'values: |2-\n'",
        "comments only                      | '# just a comment\n' | 'values: |\n'",
        "tab falls back to double quotes    | 'a:\tb\n'            | 'values: \"a:\\tb\\n\"'",
        "trailing space falls back          | 'a: 1 \nb: 2\n'      | 'values: \"a: 1 \\nb: 2\\n\"'",
        "carriage return falls back         | 'a: 1\r\n'           | 'values: \"a: 1\\r\\n\"'",
        "only line breaks fall back         | '\n\n'               | 'values: \"\\n\\n\"'",
        "control character falls back       | 'a: \u0007\n'        | 'values: \"a: \\a\\n\"'",
        "NEL falls back (YAML 1.1 reads it as a line break) | 'a: 1\u0085\nb: 2\n' | 'values: \"a: 1\\N\\nb: 2\\n\"'",
        "line separator is escaped          | 'a: 1\u2028\nb: 2\n' | 'values: \"a: 1\\u2028\\nb: 2\\n\"'",
        "bidi override is escaped           | 'a: \u202Eb\n'      | 'values: \"a: \\u202Eb\\n\"'",
        "zero-width space is escaped        | 'a: b\u200B\n'      | 'values: \"a: b\\u200B\\n\"'",
        "tag character is escaped           | 'a: b\uDB40\uDC41\n' | 'values: \"a: b\\uDB40\\uDC41\\n\"'",
    })
    void valuesAreWrittenAsBlockScalarsWhenExactAndReadBackByteForByte(String why, String values, String expected) {
        InfrastructureProfile p = InfrastructureProfile.builder().name("p").cloud(CloudType.AWS)
                .os("ubuntu-aws", "22.04", l -> l.values(values)).kubernetes("kubernetes", "1.33.6")
                .network("cni-calico", "3.31.2").storage("csi-aws-ebs", "1.46.0").build();

        String text = YAML.write(p);

        assertThat(text).as(why).contains(expected);
        assertThat(YAML.read(text).layers().get(0).values()).as(why).isEqualTo(values);
    }

    @Test
    void unknownFieldIsAnErrorWithItsPlaceAndTheClosestField() {
        String text = doc("", layer("k8s", "        name: kubernetes\n        verison: 1.33.6\n", ""));

        assertThatThrownBy(() -> YAML.read(text)).isInstanceOfSatisfying(ProfileParseException.class, e -> {
            assertThat(e.getMessage()).isEqualTo("<string>:11:9: spec.layers[0].pack.verison: unknown field 'verison'"
                    + " — did you mean 'version'?");
            assertThat(e.documentName()).isEqualTo("<string>");
            assertThat(e.line()).hasValue(11);
            assertThat(e.column()).hasValue(9);
            assertThat(e.path()).isEqualTo("spec.layers[0].pack.verison");
            assertThat(e.problem()).isEqualTo("unknown field 'verison'");
            assertThat(e.hint()).isEqualTo("did you mean 'version'?");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "layer OS     | '    - layer: OS\n      pack: {name: ubuntu-aws, version: \"22.04\"}\n' | spec.layers[0].layer     | layer 'OS'     | os   | 8",
        "layer K8s    | '    - layer: K8s\n      pack: {name: kubernetes, version: 1.33.6}\n'  | spec.layers[0].layer     | layer 'K8s'    | k8s  | 8",
        "type Helm    | '    - layer: k8s\n      pack: {name: kubernetes, version: 1.33.6, type: Helm}\n' | spec.layers[0].pack.type | pack type 'Helm' | helm | 9",
    })
    void enumValuesMustBeWrittenExactlyAsTheSchemaListsThem(String why, String layers, String path, String what,
                                                             String wire, int line) {
        assertThatThrownBy(() -> YAML.read(doc("", layers))).as(why)
                .isInstanceOfSatisfying(ProfileParseException.class, e -> {
                    assertThat(e.path()).isEqualTo(path);
                    assertThat(e.problem()).isEqualTo(what + " is not written as the format defines it");
                    assertThat(e.hint()).startsWith("write '" + wire + "' (lower case); valid ");
                    assertThat(e.line()).hasValue(line);
                });
    }

    @Test
    void aProfileTypeInAnotherCaseIsAnErrorListingTheValidTypes() {
        String text = doc("", K8S).replace("  cloud: aws\n", "  cloud: aws\n  type: Infra\n");

        assertThatThrownBy(() -> YAML.read(text)).isInstanceOfSatisfying(ProfileParseException.class, e -> {
            assertThat(e.path()).isEqualTo("spec.type");
            assertThat(e.hint()).isEqualTo("write 'infra' (lower case); valid types: infra, add-on, cluster, system");
        });
        assertThatThrownBy(() -> YAML.read(text.replace("type: Infra", "type: fulll")))
                .isInstanceOfSatisfying(ProfileParseException.class,
                        e -> assertThat(e.hint()).isEqualTo("valid types: infra, add-on, cluster, system"));
    }

    @ParameterizedTest(name = "name: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {"~", "null", "Null", "NULL", "''"})
    void nullTildeAndNothingAreAllNoValueForARequiredField(String written) {
        String value = written.equals("''") ? "" : " " + written;
        String text = doc("", K8S).replace("  name: p\n", "  name:" + value + "\n");

        assertThatThrownBy(() -> YAML.read(text)).isInstanceOfSatisfying(ProfileParseException.class, e -> {
            assertThat(e.path()).isEqualTo("metadata.name");
            assertThat(e.problem()).isEqualTo("field 'name' has no value");
            assertThat(e.hint()).contains("null, ~ and an empty value all mean none");
            assertThat(e.line()).hasValue(4);
        });
    }

    @Test
    void quotedTildeAndNullAreTextAndOptionalFieldsWithoutValueAreAbsent() {
        ClusterProfile quoted = YAML.read(doc("  description: 'null'\n", K8S).replace("  name: p\n", "  name: \"~\"\n"));
        ClusterProfile empty = YAML.read(doc("  description: ~\n  version:\n", K8S));

        assertThat(quoted.name()).isEqualTo("~");
        assertThat(quoted.description()).isEqualTo("null");
        assertThat(empty.description()).isEmpty();
        assertThat(empty.version().text()).isEqualTo("1.0.0");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "no version    | '        name: kubernetes\n'                     | spec.layers[0].pack         | 10",
        "null version  | '        name: kubernetes\n        version: ~\n' | spec.layers[0].pack.version | 11",
    })
    void aPackWithoutVersionIsAnErrorUnlessItIsAManifestPack(String why, String packLines, String path, int line) {
        assertThatThrownBy(() -> YAML.read(doc("", layer("k8s", packLines, "")))).as(why)
                .isInstanceOfSatisfying(ProfileParseException.class, e -> {
                    assertThat(e.path()).isEqualTo(path);
                    assertThat(e.problem()).isEqualTo("pack 'kubernetes' has no version");
                    assertThat(e.hint()).contains("exact version (1.33.6)").contains("only manifest packs");
                    assertThat(e.line()).hasValue(line);
                });

        ClusterProfile manifest = YAML.read(doc("", K8S + layer("addon", "        name: namespaces\n        type: manifest\n",
                "      manifests:\n        - {name: ns, content: 'kind: Namespace'}\n")));
        assertThat(manifest.layers().get(1).pack().type()).isEqualTo(PackType.MANIFEST);
        assertThat(manifest.layers().get(1).pack().version().toString()).isEmpty();
    }

    @Test
    void anExplicitlyBlankVersionIsKeptForTheValidatorToReport() {
        ClusterProfile p = YAML.read(doc("", layer("k8s", "        name: kubernetes\n        version: \" \"\n", "")));
        assertThat(p.layers().get(0).pack().version().toString()).isEqualTo(" ");
        assertThat(p.layers().get(0).pack().version().isValid()).isFalse();
        ClusterProfile empty = YAML.read(YAML.write(p.toString().isEmpty() ? p
                : ((io.profilekit.InfrastructureProfile) p).toBuilder().layers(java.util.List.of(
                        p.layers().get(0).toBuilder().version("").build())).buildLenient()));
        assertThat(empty.layers().get(0).pack().version().toString()).isEmpty();
    }

    @Test
    void unknownFieldFarFromAnyListsTheValidOnes() {
        assertThatThrownBy(() -> YAML.read(doc("  owner: team-a\n", K8S)))
                .isInstanceOfSatisfying(ProfileParseException.class, e -> {
                    assertThat(e.path()).isEqualTo("metadata.owner");
                    assertThat(e.hint()).isEqualTo("valid fields here: name, uid, version, description, tags");
                });
    }

    @Test
    void valuesWrittenAsAMappingIsAWrongTypeWithAHint() {
        String text = doc("", layer("k8s", "        name: kubernetes\n        version: 1.33.6\n",
                "      values:\n        pack:\n          podCIDR: 10.0.0.0/16\n"));

        assertThatThrownBy(() -> YAML.read(text)).isInstanceOfSatisfying(ProfileParseException.class, e -> {
            assertThat(e.path()).isEqualTo("spec.layers[0].values");
            assertThat(e.problem()).isEqualTo("expected text, found a mapping");
            assertThat(e.line()).hasValue(13);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "layers as a mapping | 'apiVersion: profilekit.io/v1\nkind: InfrastructureProfile\nmetadata: {name: p}\nspec:\n  layers: {os: x}\n' | spec.layers | expected a list, found a mapping",
        "metadata as text    | 'apiVersion: profilekit.io/v1\nkind: InfrastructureProfile\nmetadata: p\nspec: {layers: []}\n'      | metadata    | expected a mapping, found text",
        "missing kind        | 'apiVersion: profilekit.io/v1\nmetadata: {name: p}\nspec: {layers: []}\n'                             | ''          | missing required field 'kind'",
        "other kind          | 'apiVersion: profilekit.io/v1\nkind: ClusterProfile\nmetadata: {name: p}\nspec: {layers: []}\n'       | kind        | unsupported kind 'ClusterProfile'",
        "other apiVersion    | 'apiVersion: v2\nkind: InfrastructureProfile\nmetadata: {name: p}\nspec: {layers: []}\n'             | apiVersion  | unsupported apiVersion 'v2'",
        "document is a list  | '- a\n- b\n'                                                                                          | ''          | expected a mapping, found a list",
        "unknown layer       | 'apiVersion: profilekit.io/v1\nkind: InfrastructureProfile\nmetadata: {name: p}\nspec: {layers: [{layer: kernel, pack: {name: x}}]}\n' | spec.layers[0].layer | unknown layer 'kernel'",
        "unknown pack type   | 'apiVersion: profilekit.io/v1\nkind: InfrastructureProfile\nmetadata: {name: p}\nspec: {layers: [{layer: os, pack: {name: x, type: zip}}]}\n' | spec.layers[0].pack.type | unknown pack type 'zip'",
        "registry without id | 'apiVersion: profilekit.io/v1\nkind: InfrastructureProfile\nmetadata: {name: p}\nspec: {layers: [{layer: os, pack: {name: x, registry: {}}}]}\n' | spec.layers[0].pack.registry | a registry needs a name or a uid",
        "duplicate key       | 'apiVersion: profilekit.io/v1\nkind: InfrastructureProfile\nmetadata:\n  name: p\n  name: q\nspec: {layers: []}\n' | metadata.name | duplicate key 'name' (first at line 4)",
    })
    void structuralProblemsAreParseErrors(String why, String text, String path, String problem) {
        assertThatThrownBy(() -> YAML.read(text)).as(why).isInstanceOfSatisfying(ProfileParseException.class, e -> {
            assertThat(e.path()).as(why).isEqualTo(path);
            assertThat(e.problem()).as(why).isEqualTo(problem);
            assertThat(e.line()).as(why).isPresent();
        });
    }

    @Test
    void semanticProblemsAreReadSoTheValidatorCanReportThemAll() {
        String text = "apiVersion: profilekit.io/v1\nkind: InfrastructureProfile\nmetadata:\n  name: \"\"\n  version: v1.2\n"
                + "spec:\n  layers:\n"
                + "    - layer: csi\n      pack: {name: '', version: 'not a version!'}\n"
                + "    - layer: os\n      pack: {name: ubuntu-aws, version: '22.04'}\n"
                + "    - layer: os\n      pack: {name: ubuntu-aws, version: '24.04'}\n";

        InfrastructureProfile p = (InfrastructureProfile) YAML.read(text);

        assertThat(p.name()).isEmpty();
        assertThat(p.version().isValid()).isFalse();
        assertThat(p.cloud()).isEqualTo(CloudType.ALL);
        assertThat(p.layers()).extracting(Layer::type).containsExactly(LayerType.STORAGE, LayerType.OS, LayerType.OS);
        assertThat(p.layers().get(0).pack().version().kind()).isEqualTo(VersionSelector.Kind.INVALID);
        assertThat(YAML.read(YAML.write(p))).isEqualTo(p);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "1.10   | '\"1.10\"'",
        "22.04  | '\"22.04\"'",
        "1.0    | '\"1.0\"'",
        "2      | '\"2\"'",
        "1.20.0 | 1.20.0",
    })
    void everyVersionFieldIsTextEvenUnquoted(String version, String written) {
        String text = doc("  version: " + version + "\n", layer("os", "        name: ubuntu-aws\n        version: " + version
                + "\n", ""));

        ClusterProfile p = YAML.read(text);

        assertThat(p.version().text()).isEqualTo(version);
        assertThat(p.layers().get(0).pack().version().toString()).isEqualTo(version);
        // Written so that every YAML tool reads text: number-like versions are quoted.
        assertThat(YAML.write(p)).contains("  version: " + written + "\n").contains("        version: " + written + "\n");
    }

    @Test
    void streamsOfSeveralDocumentsReadAndWrite() {
        ClusterProfile a = YAML.read(GOLDEN);
        ClusterProfile b = ((InfrastructureProfile) a).toBuilder().name("second").build();

        String stream = YAML.writeAll(List.of(a, b));

        assertThat(stream).contains("\n---\napiVersion");
        assertThat(YAML.readAll(stream)).containsExactly(a, b);
        assertThat(YAML.readAll("---\n" + GOLDEN + "---\n---\n" + GOLDEN + "...\n")).containsExactly(a, a);
        assertThat(YAML.readAll("")).isEmpty();
        assertThat(YAML.readAll("# nothing here\n")).isEmpty();
        assertThatThrownBy(() -> YAML.read(stream)).isInstanceOfSatisfying(ProfileParseException.class,
                e -> assertThat(e.getMessage()).contains("expected one profile, found 2").contains("readAll"));
        assertThatThrownBy(() -> YAML.read("")).isInstanceOfSatisfying(ProfileParseException.class,
                e -> assertThat(e.problem()).isEqualTo("the document is empty"));
    }

    @Test
    void errorsInALaterDocumentOfAStreamPointAtTheirLine() {
        String stream = GOLDEN + "---\n" + doc("  colour: blue\n", K8S);
        int line = (int) GOLDEN.lines().count() + 6;

        assertThatThrownBy(() -> YAML.readAll(stream)).isInstanceOfSatisfying(ProfileParseException.class,
                e -> assertThat(e.line()).hasValue(line));
    }

    @Test
    void readsFromReadersAndFilesNamingTheFileInErrors(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("aws-prod-base.yaml");
        Files.writeString(file, GOLDEN);
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, doc("  verison: 1.0.0\n", K8S));
        ClusterProfile expected = YAML.read(GOLDEN);

        assertThat(YAML.read(file)).isEqualTo(expected);
        assertThat(YAML.readAll(file)).containsExactly(expected);
        assertThat(YAML.read(new StringReader(GOLDEN))).isEqualTo(expected);
        assertThat(YAML.readWithWarnings(file).warnings()).isEmpty();
        assertThatThrownBy(() -> YAML.read(broken)).isInstanceOfSatisfying(ProfileParseException.class, e -> {
            assertThat(e.documentName()).isEqualTo(broken.toString());
            assertThat(e.getMessage()).startsWith(broken + ":5:3: metadata.verison: unknown field 'verison'");
        });
        assertThatThrownBy(() -> YAML.read(new StringReader("spec: [")))
                .isInstanceOfSatisfying(ProfileParseException.class, e -> assertThat(e.documentName()).isEqualTo("<reader>"));
    }

    @Test
    void aTagKeyGivenTwiceIsKeptForTheValidatorToReportButCodeCannotBuildIt() {
        String text = "apiVersion: profilekit.io/v1\nkind: InfrastructureProfile\nmetadata: {name: p, tags: [env:a, env:b]}\n"
                + "spec: {layers: []}\n";
        ClusterProfile read = YAML.read(text);

        assertThat(read.tags().asList()).extracting(Object::toString).containsExactly("env:a", "env:b");
        assertThat(read.tags().hasDuplicateKeys()).isTrue();
        assertThat(YAML.read(YAML.write(read))).isEqualTo(read);
        assertThatThrownBy(() -> read.toBuilder().build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("duplicate tag key 'env' at tags[0] and tags[1]");
    }

    @Test
    void aMissingFileIsAnIoFailureNotAParseError(@TempDir Path dir) {
        assertThatThrownBy(() -> YAML.read(dir.resolve("missing.yaml"))).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void aFileThatIsNotUtf8IsAParseError(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, doc("  description: caf\u00e9\n", K8S).getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> YAML.read(file)).isInstanceOfSatisfying(ProfileParseException.class,
                e -> {
                    assertThat(e.problem()).isEqualTo("the input is not valid UTF-8 text");
                    assertThat(e.line()).isPresent();
                });
    }

    @Test
    void aByteOrderMarkIsAccepted() {
        assertThat(YAML.read("\uFEFF" + GOLDEN)).isEqualTo(YAML.read(GOLDEN));
    }

    @Test
    void formatsAreSharedAndCarryTheirLimits() {
        ReadLimits limits = ReadLimits.builder().maxAliases(3).build();

        assertThat(ProfileDocuments.yaml()).isSameAs(YAML);
        assertThat(YAML.withLimits(ReadLimits.defaults())).isSameAs(YAML);
        assertThat(ProfileDocuments.yaml(limits).limits()).isEqualTo(limits);
        assertThat(YAML.name()).isEqualTo("ProfileKit YAML");
        assertThat(ProfileDocuments.paletteApiJson().name()).isEqualTo("Palette API JSON");
        assertThat(ProfileDocuments.paletteExportJson().name()).isEqualTo("Palette export JSON");
    }

    @Test
    void readLimitsRejectValuesOutOfRange() {
        assertThatThrownBy(() -> ReadLimits.builder().maxDocumentChars(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxDocumentChars");
        assertThatThrownBy(() -> ReadLimits.builder().maxAliases(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReadLimits.builder().maxNestingDepth(20_000)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ReadLimits.defaults().maxAliases()).isZero();
        assertThat(ReadLimits.defaults().maxDocumentChars()).isEqualTo(2 * 1024 * 1024);
        assertThat(ReadLimits.defaults().toBuilder().build()).isEqualTo(ReadLimits.defaults());
    }
}
