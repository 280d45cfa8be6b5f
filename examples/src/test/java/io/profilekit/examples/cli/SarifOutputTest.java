package io.profilekit.examples.cli;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.profilekit.rules.ViolationCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code profilekit validate --output sarif}: a SARIF 2.1.0 log with a result at the line and column
 * of every violation and of every unreadable document, checked against a schema of the SARIF 2.1.0
 * objects ProfileKit writes ({@code src/test/resources/sarif}, written from the specification: the
 * properties it requires, their types and value sets, and nothing it does not define).
 */
class SarifOutputTest {
    private static final String VALID = "profiles/aws-prod-base.yaml";
    private static final String BROKEN = "profiles/broken-aws.yaml";
    private static final String TYPO = "profiles/typo-field.yaml";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Schema SARIF_SCHEMA = loadSchema();

    /** A folder under target/, named relative to the module folder the tests run in. */
    private Path relativeDir;

    /** What one run printed and returned. */
    record Run(int code, String out, String err) {
        JsonNode json() {
            return JSON.readTree(out);
        }

        JsonNode results() {
            return json().get("runs").get(0).get("results");
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ProfileKitCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private static Schema loadSchema() {
        try (InputStream in = SarifOutputTest.class.getResourceAsStream("/sarif/profilekit-sarif.schema.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7, b -> b.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())).getSchema(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> schemaErrors(String sarif) {
        return SARIF_SCHEMA.validate(sarif, InputFormat.JSON).stream().map(Error::toString).collect(Collectors.toList());
    }

    @AfterEach
    void removeRelativeDir() throws Exception {
        if (relativeDir != null) {
            try (Stream<Path> all = Files.walk(relativeDir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Ten profile documents: three valid, one with a warning, three broken, three unreadable. */
    private static void tenProfiles(Path dir) throws Exception {
        Files.copy(Path.of(VALID), dir.resolve("aws-prod-base.yaml"));
        Files.copy(Path.of("profiles/azure-base.yaml"), dir.resolve("azure-base.yaml"));
        Files.copy(Path.of("profiles/web-addon.yaml"), dir.resolve("web-addon.yaml"));
        Files.copy(Path.of("profiles/palette-export.json"), dir.resolve("palette-export.json"));
        Files.writeString(dir.resolve("unused-variable.yaml"), Files.readString(Path.of(VALID))
                .replace("  type: infra\n", "  type: infra\n  variables:\n    - name: region\n      format: string\n"
                        + "      defaultValue: eu-west-1\n"));
        Files.copy(Path.of(BROKEN), dir.resolve("broken-aws.yaml"));
        Path sub = Files.createDirectories(dir.resolve("team a"));
        Files.copy(Path.of(BROKEN), sub.resolve("broken copy.yaml"));
        Files.copy(Path.of(TYPO), dir.resolve("typo-field.yaml"));
        Files.writeString(dir.resolve("syntax-error.yaml"), "apiVersion: profilekit.io/v1\nkind: InfrastructureProfile\n"
                + "metadata:\n  name: [unclosed\n");
        Files.writeString(dir.resolve("no-spec.yaml"), "apiVersion: profilekit.io/v1\n");
    }

    private static List<JsonNode> results(Run r, String ruleId, String uriEnd) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode result : r.results()) {
            String uri = result.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asString();
            if (result.get("ruleId").asString().equals(ruleId) && uri.endsWith(uriEnd)) {
                found.add(result);
            }
        }
        return found;
    }

    private static JsonNode region(JsonNode result) {
        return result.get("locations").get(0).get("physicalLocation").get("region");
    }

    @Test
    void aFolderOfTenProfilesGivesResultsAtTheirLinesThatTheSarifSchemaAccepts() throws Exception {
        relativeDir = Files.createTempDirectory(Path.of("target"), "sarif-");
        tenProfiles(relativeDir);
        String base = relativeDir.toString().replace('\\', '/');

        Run r = run("validate", relativeDir.toString(), "--output", "sarif");

        assertThat(schemaErrors(r.out())).as(r.out()).isEmpty();
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        JsonNode log = r.json();
        assertThat(log.get("version").asString()).isEqualTo("2.1.0");
        assertThat(log.get("runs")).hasSize(1);
        JsonNode driver = log.get("runs").get(0).get("tool").get("driver");
        assertThat(driver.get("name").asString()).isEqualTo("profilekit");
        assertThat(driver.get("version").asString()).isEqualTo("development");

        // Two broken copies with five errors each, one warning, three unreadable documents, and the
        // Palette export's five layers naming registries that are not in use.
        assertThat(r.results()).hasSize(5 + 5 + 1 + 3 + 5);
        assertThat(results(r, "REGISTRY_NOT_FOUND", "/palette-export.json")).hasSize(5);

        JsonNode version = results(r, "PACK_VERSION_NOT_FOUND", "/broken-aws.yaml").get(0);
        assertThat(version.get("level").asString()).isEqualTo("error");
        JsonNode artifact = version.get("locations").get(0).get("physicalLocation").get("artifactLocation");
        assertThat(artifact.get("uri").asString()).isEqualTo(base + "/broken-aws.yaml");
        assertThat(artifact.get("uriBaseId").asString()).isEqualTo("%SRCROOT%");
        assertThat(region(version).get("startLine").asInt()).isEqualTo(20);
        assertThat(region(version).get("startColumn").asInt()).isEqualTo(9);
        assertThat(version.get("message").get("text").asString())
                .startsWith("layers[1].pack.version: ").contains(" — nearest versions:");
        assertThat(version.get("locations").get(0).get("logicalLocations").get(0).get("fullyQualifiedName").asString())
                .isEqualTo("layers[1].pack.version");

        JsonNode copy = results(r, "PACK_NOT_FOUND", "/team%20a/broken%20copy.yaml").get(0);
        assertThat(region(copy).get("startLine").asInt()).isEqualTo(23);
        assertThat(region(copy).get("startColumn").asInt()).isEqualTo(9);
        JsonNode tagKey = results(r, "TAG_KEY_INVALID", "/broken-aws.yaml").get(0);
        assertThat(region(tagKey).get("startLine").asInt()).isEqualTo(9);
        assertThat(region(tagKey).get("startColumn").asInt()).isEqualTo(7);

        JsonNode unused = results(r, "VARIABLE_UNUSED", "/unused-variable.yaml").get(0);
        assertThat(unused.get("level").asString()).isEqualTo("warning");
        assertThat(region(unused).get("startLine").asInt()).isGreaterThan(12);

        JsonNode typo = results(r, "UNREADABLE", "/typo-field.yaml").get(0);
        assertThat(typo.get("level").asString()).isEqualTo("error");
        assertThat(region(typo).get("startLine").asInt()).isEqualTo(6);
        assertThat(region(typo).get("startColumn").asInt()).isEqualTo(3);
        assertThat(typo.get("message").get("text").asString()).contains("unknown field 'verison'")
                .contains("did you mean 'version'?");
        assertThat(region(results(r, "UNREADABLE", "/syntax-error.yaml").get(0)).get("startLine").asInt())
                .isBetween(4, 5);
        assertThat(results(r, "UNREADABLE", "/no-spec.yaml")).hasSize(1);
        assertThat(results(r, "PACK_VERSION_NOT_FOUND", "/aws-prod-base.yaml")).isEmpty();

        // One rule per code that occurs, each result pointing at its own rule.
        JsonNode rules = driver.get("rules");
        Set<String> ids = new HashSet<>();
        rules.forEach(rule -> ids.add(rule.get("id").asString()));
        assertThat(ids).hasSize(rules.size()).contains("UNREADABLE", "PACK_VERSION_NOT_FOUND", "VARIABLE_UNUSED");
        for (JsonNode result : r.results()) {
            assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asString())
                    .isEqualTo(result.get("ruleId").asString());
        }
        for (JsonNode rule : rules) {
            if (!rule.get("id").asString().equals("UNREADABLE")) {
                ViolationCode code = ViolationCode.valueOf(rule.get("id").asString());
                assertThat(rule.get("shortDescription").get("text").asString()).isEqualTo(code.description());
                assertThat(rule.get("defaultConfiguration").get("level").asString())
                        .isEqualTo(SarifReport.level(code.defaultSeverity()));
            }
        }
    }

    @Test
    void absoluteFilesAreFileUrisAndStacksPointIntoEachDocument(@TempDir Path dir) throws Exception {
        tenProfiles(dir);
        Run folder = run("validate", dir.toString(), "--output", "sarif");
        assertThat(schemaErrors(folder.out())).isEmpty();
        JsonNode artifact = results(folder, "PACK_VERSION_NOT_FOUND", "/broken-aws.yaml").get(0)
                .get("locations").get(0).get("physicalLocation").get("artifactLocation");
        assertThat(artifact.get("uri").asString()).startsWith("file:/").isEqualTo(dir.resolve("broken-aws.yaml").toUri().toString());
        assertThat(artifact.has("uriBaseId")).isFalse();

        Path addOn = Files.writeString(dir.resolve("addon-undeclared.yaml"), Files.readString(Path.of("profiles/web-addon.yaml"))
                .replace("{{.spectro.var.replicas}}", "{{.spectro.var.replicaz}}"));
        Run stack = run("validate", "--stack", VALID, addOn.toString(), "--output", "sarif");
        assertThat(schemaErrors(stack.out())).as(stack.out()).isEmpty();
        assertThat(stack.code()).as(stack.out()).isEqualTo(1);
        List<JsonNode> undeclared = results(stack, "MACRO_VARIABLE_UNDECLARED", "/addon-undeclared.yaml");
        assertThat(undeclared).as(stack.out()).hasSize(1);
        assertThat(region(undeclared.get(0)).get("startLine").asInt()).isGreaterThan(1);
    }

    @Test
    void exitCodesAndFailOnAreUnchanged() {
        Run valid = run("validate", VALID, "--output", "sarif");
        assertThat(valid.code()).isEqualTo(0);
        assertThat(valid.results()).isEmpty();
        assertThat(valid.json().get("runs").get(0).get("tool").get("driver").get("rules")).isEmpty();
        assertThat(schemaErrors(valid.out())).isEmpty();
        assertThat(schemaErrors(valid.out().replace("\"2.1.0\"", "\"2.0.0\""))).isNotEmpty();

        Run broken = run("validate", BROKEN, "--output", "sarif");
        assertThat(broken.code()).isEqualTo(1);
        assertThat(broken.results()).hasSize(5);
        assertThat(broken.err()).isEmpty();

        Run typo = run("validate", TYPO, VALID, "--output", "sarif");
        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.results()).hasSize(1);
        assertThat(typo.err()).contains("typo-field.yaml:6:3");

        Run bad = run("validate", VALID, "--output", "xml");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--output must be text, json, github or sarif");
    }

    @Test
    void standardInputHasNoUriAndFileNamesAreEncoded() throws Exception {
        StringWriter out = new StringWriter();
        ProfileKitCli cli = new ProfileKitCli();
        cli.stdin = new java.io.ByteArrayInputStream(Files.readAllBytes(Path.of(BROKEN)));
        int code = ProfileKitCli.run(cli, new PrintWriter(out), new PrintWriter(new StringWriter()),
                "validate", "-", "--output", "sarif");
        assertThat(code).isEqualTo(1);
        assertThat(schemaErrors(out.toString())).isEmpty();
        JsonNode artifact = JSON.readTree(out.toString()).get("runs").get(0).get("results").get(0)
                .get("locations").get(0).get("physicalLocation").get("artifactLocation");
        assertThat(artifact.has("uri")).isFalse();
        assertThat(artifact.get("description").get("text").asString()).isEqualTo("standard input");

        assertThat(SarifReport.relativeUri("a b/ü#1:2.yaml")).isEqualTo("a%20b/%C3%BC%231%3A2.yaml");
        assertThat(SarifReport.artifact("./profiles/x.yaml").get("uri")).isEqualTo("profiles/x.yaml");
    }
}
