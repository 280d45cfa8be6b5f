package io.profilekit.examples.cli;

import io.profilekit.ClusterProfile;
import io.profilekit.LayerType;
import io.profilekit.yaml.ProfileDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the {@code profilekit} command line as a user would and checks output and exit codes. */
class ProfileKitCliTest {
    private static final String VALID = "profiles/aws-prod-base.yaml";
    private static final String BROKEN = "profiles/broken-aws.yaml";

    /** What one run printed and returned. */
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ProfileKitCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void aFailedWriteToStandardOutputIsExitTwoWithAMessage() {
        java.io.Writer full = new java.io.Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
            }

            @Override
            public void flush() throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
            }

            @Override
            public void close() {
            }
        };
        for (String[] args : new String[][] {{"convert", VALID, "--to", "yaml"}, {"resolve", VALID},
                {"validate", VALID}, {"packs"}}) {
            StringWriter err = new StringWriter();
            int code = ProfileKitCli.run(new PrintWriter(full), new PrintWriter(err), args);
            assertThat(code).as(String.join(" ", args)).isEqualTo(2);
            assertThat(err.toString()).contains("cannot write to standard output");
        }
    }

    @Test
    void validProfileExitsZero() {
        Run r = run("validate", VALID);
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).contains("profile 'aws-prod-base' 1.2.0: valid (0 errors, 0 warnings)");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void brokenProfileListsEveryViolationAtItsLineAndExitsOne() {
        Run r = run("validate", BROKEN);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out().lines().filter(l -> l.contains(": ERROR  ")))
                .hasSize(5)
                .anySatisfy(l -> assertThat(l).startsWith(BROKEN + ":20:9: ERROR  layers[1].pack.version  PACK_VERSION_NOT_FOUND"))
                .anySatisfy(l -> assertThat(l).startsWith(BROKEN + ":23:9: ERROR  layers[2].pack.name  PACK_NOT_FOUND")
                        .contains("did you mean cni-calico"))
                .anySatisfy(l -> assertThat(l).contains("layers[3].pack.name").contains("PACK_CLOUD_UNSUPPORTED"))
                .anySatisfy(l -> assertThat(l).startsWith(BROKEN + ":9:7: ERROR  tags[1]  TAG_KEY_INVALID"))
                .anySatisfy(l -> assertThat(l).startsWith(BROKEN + ":6:3: ERROR  version  PROFILE_VERSION_INVALID"));
    }

    @Test
    void githubAnnotationsOnePerViolationAndFailOnWarning(@TempDir Path dir) throws Exception {
        Run github = run("validate", BROKEN, "--output", "github");
        assertThat(github.code()).isEqualTo(1);
        assertThat(github.out().lines()).hasSize(5).allMatch(l -> l.startsWith("::error file=" + BROKEN + ",line="))
                .anyMatch(l -> l.startsWith("::error file=" + BROKEN + ",line=20,col=9,title=PACK_VERSION_NOT_FOUND::"));

        String base = Files.readString(Path.of(VALID));
        int k8s = base.indexOf("    - layer: k8s");
        int cni = base.indexOf("    - layer: cni");
        Path swapped = Files.writeString(dir.resolve("order.yaml"), base.substring(0, k8s) + base.substring(cni,
                base.indexOf("    - layer: csi")) + base.substring(k8s, cni) + base.substring(base.indexOf("    - layer: csi")));
        Run warnOnly = run("validate", swapped.toString());
        Run failOnWarning = run("validate", swapped.toString(), "--fail-on", "warning");
        assertThat(warnOnly.out()).contains("LAYER_ORDER").contains("(0 errors, 1 warning)");
        assertThat(warnOnly.code()).isEqualTo(0);
        assertThat(failOnWarning.code()).isEqualTo(1);
    }

    @Test
    void aTagKeyGivenTwiceIsOneViolationAtItsLineBesideTheRest(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("tags.yaml"), Files.readString(Path.of(BROKEN))
                .replace("    - cost#center:42            # AWS refuses '#' in tag keys\n",
                        "    - cost#center:42\n    - owner:someone-else\n"));
        Run r = run("validate", file.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("TAG_KEY_DUPLICATE").contains("PACK_NOT_FOUND").contains("PROFILE_VERSION_INVALID");
        assertThat(r.out().lines().filter(l -> l.contains("TAG_KEY_DUPLICATE"))).singleElement()
                .satisfies(l -> assertThat(l).startsWith(file + ":10:7: ERROR  tags[2]"));

        Run export = run("convert", file.toString(), "--to", "palette-export");
        assertThat(export.code()).as("Palette labels cannot hold the key twice: refused, not dropped").isEqualTo(2);
        assertThat(export.err()).contains("tag key twice");
        assertThat(export.out()).isEmpty();
    }

    @Test
    void theSampleAddOnProfileIsValidAloneAndOnTheSampleBase() {
        Run alone = run("validate", "profiles/web-addon.yaml");
        Run stack = run("validate", "--stack", VALID, "profiles/web-addon.yaml");
        assertThat(alone.code()).as(alone.out()).isEqualTo(0);
        assertThat(alone.out()).contains("valid (0 errors, 0 warnings)");
        assertThat(stack.code()).as(stack.out()).isEqualTo(0);
        assertThat(stack.out()).contains("cluster stack 'aws-prod-base' 1.2.0 + 'web' 1.0.0: valid");
    }

    @Test
    void aStackIsValidatedAsOneWithPathsNamingTheProfile(@TempDir Path dir) throws Exception {
        Path addOn = Files.writeString(dir.resolve("addon.yaml"), "apiVersion: profilekit.io/v1\nkind: AddOnProfile\n"
                + "metadata:\n  name: web\n  version: 1.0.0\nspec:\n  cloud: azure\n  type: add-on\n  layers:\n"
                + "    - layer: addon\n      pack:\n        name: hello-universe\n        version: 1.3.1\n");
        Run r = run("validate", "--stack", VALID, addOn.toString());
        assertThat(r.out()).contains("STACK_CLOUD_MISMATCH");
        assertThat(r.code()).isEqualTo(1);

        Run notABase = run("validate", "--stack", addOn.toString(), VALID);
        assertThat(notABase.code()).isEqualTo(2);
        assertThat(notABase.err()).contains("--stack").contains("infrastructure");
    }

    @Test
    void severalFilesAndJsonOutput() {
        Run r = run("validate", "--output", "json", VALID, BROKEN, "profiles/typo-field.yaml");
        assertThat(r.code()).isEqualTo(2);
        JsonNode json = JsonMapper.builder().build().readTree(r.out());
        assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
        JsonNode files = json.get("files");
        assertThat(files.size()).isEqualTo(3);
        assertThat(files.get(0).get("profiles").get(0).get("valid").asBoolean()).isTrue();
        JsonNode broken = files.get(1).get("profiles").get(0);
        assertThat(broken.get("valid").asBoolean()).isFalse();
        assertThat(broken.get("errors").asInt()).isEqualTo(5);
        assertThat(broken.get("violations").size()).isEqualTo(5);
        assertThat(broken.get("violations").get(0).get("code").asString()).isEqualTo("PACK_VERSION_NOT_FOUND");
        assertThat(broken.get("violations").get(0).get("hint").asString()).startsWith("nearest versions:");
        JsonNode unreadable = files.get(2);
        assertThat(unreadable.get("readable").asBoolean()).isFalse();
        assertThat(unreadable.get("error").get("line").asInt()).isEqualTo(6);
        assertThat(unreadable.get("error").get("column").asInt()).isEqualTo(3);
        assertThat(unreadable.get("error").get("message").asString()).contains("unknown field 'verison'");
    }

    @Test
    void summariesCountInTheRightNumber() {
        Run r = run("validate", VALID, BROKEN);
        assertThat(r.out()).contains("(0 errors, 0 warnings)").contains("(5 errors, 0 warnings)");
    }

    @Test
    void standardInputIsReadForDash() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ProfileKitCli cli = new ProfileKitCli();
        cli.stdin = new java.io.ByteArrayInputStream(Files.readAllBytes(Path.of(BROKEN)));
        int code = ProfileKitCli.run(cli, new PrintWriter(out), new PrintWriter(err), "validate", "-");
        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).startsWith("<stdin>: profile").contains("PACK_NOT_FOUND");

        ProfileKitCli typo = new ProfileKitCli();
        typo.stdin = new java.io.ByteArrayInputStream(Files.readAllBytes(Path.of("profiles/typo-field.yaml")));
        StringWriter typoErr = new StringWriter();
        assertThat(ProfileKitCli.run(typo, new PrintWriter(new StringWriter()), new PrintWriter(typoErr), "validate", "-"))
                .isEqualTo(2);
        assertThat(typoErr.toString()).startsWith("profilekit: <stdin>:6:3: metadata.verison");
    }

    @Test
    void aFolderIsSearchedForProfileDocumentsWithoutLeavingIt(@TempDir Path dir) throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.copy(Path.of(VALID), Files.createDirectories(repo.resolve("clusters/prod")).resolve("base.yaml"));
        Files.copy(Path.of(BROKEN), repo.resolve("clusters/broken.yml"));
        Files.copy(Path.of("profiles/palette-export.json"), repo.resolve("export.json"));
        Files.writeString(repo.resolve("clusters/values.yaml"), "replicas: 3\n");
        Files.writeString(repo.resolve("package.json"), "{\"name\": \"web\"}\n");
        Files.copy(Path.of(VALID), Files.createDirectories(repo.resolve(".git")).resolve("stale.yaml"));
        Path outside = Files.copy(Path.of(BROKEN), dir.resolve("outside.yaml"));
        boolean linked = true;
        try {
            Files.createSymbolicLink(repo.resolve("link.yaml"), outside);
        } catch (UnsupportedOperationException | java.io.IOException e) {
            linked = false;
        }

        Run r = run("--verbose", "validate", repo.toString(), "--output", "json");

        JsonNode files = JsonMapper.builder().build().readTree(r.out()).get("files");
        assertThat(files).extracting(f -> Path.of(f.get("file").asString()).getFileName().toString())
                .containsExactly("broken.yml", "base.yaml", "export.json");
        assertThat(r.err()).contains("values.yaml: skipped: not a profile document")
                .contains("package.json: skipped: not a profile document").doesNotContain("stale.yaml");
        if (linked) {
            assertThat(r.err()).contains("link.yaml: skipped: a link out of");
        }
        assertThat(r.code()).isEqualTo(1);
    }

    @Test
    void aFolderWithoutProfilesFailsAndABrokenEntryDoesNotHideTheRest(@TempDir Path dir) throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("notes.yaml"), "# nothing\n");
        Run none = run("validate", empty.toString());
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("no profile documents in this folder");

        Path mixed = Files.createDirectories(dir.resolve("mixed"));
        Files.copy(Path.of(VALID), mixed.resolve("good.yaml"));
        Files.writeString(mixed.resolve("big-export.json"), "{\"metadata\": {\"name\": \"p\", \"description\": \""
                + "x".repeat(10_000) + "\"}, \"spec\": {\"version\": \"1.0.0\", \"template\": {\"type\": \"infra\","
                + " \"cloudType\": \"aws\", \"packs\": []}}}\n");
        boolean linked = true;
        try {
            Files.createSymbolicLink(mixed.resolve("broken.yaml"), dir.resolve("nowhere.yaml"));
        } catch (UnsupportedOperationException | java.io.IOException e) {
            linked = false;
        }
        Run r = run("validate", mixed.toString());
        assertThat(r.out()).contains("good.yaml: profile 'aws-prod-base' 1.2.0: valid")
                .as("Palette JSON with a long head is read, not skipped").contains("big-export.json: profile 'p'");
        if (linked) {
            assertThat(r.err()).contains("broken.yaml").doesNotContain("broken.yaml: " + mixed);
            assertThat(r.code()).isEqualTo(2);
        }
    }

    @Test
    void helpCompletionSchemaAndGlobalOptionsAfterTheSubcommand() {
        Run help = run("help");
        Run helpValidate = run("help", "validate");
        Run completion = run("generate-completion");
        Run schema = run("schema");
        Run late = run("convert", "profiles/palette-export.json", "--to", "palette-api", "--any-registry");

        assertThat(help.code()).isEqualTo(0);
        assertThat(help.out()).contains("validate").contains("generate-completion").contains("schema");
        assertThat(helpValidate.out()).contains("Usage: profilekit validate");
        assertThat(completion.out()).contains("complete -F").contains("profilekit");
        assertThat(JsonMapper.builder().build().readTree(schema.out()).get("$schema").asString()).contains("json-schema.org");
        assertThat(late.code()).as(late.err()).isEqualTo(0);
        assertThat(late.out()).contains("\"packs\"");
    }

    @Test
    void unreadableDocumentsExitTwoWithOneLineAndNoStackTrace(@TempDir Path dir) throws Exception {
        Run typo = run("validate", "profiles/typo-field.yaml");
        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.err().lines()).hasSize(1);
        assertThat(typo.err()).contains("typo-field.yaml:6:3").contains("did you mean 'version'?")
                .doesNotContain("Exception").doesNotContain("\tat ");

        Run missing = run("validate", dir.resolve("nope.yaml").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err().lines()).hasSize(1);
        assertThat(missing.err()).contains("no such file").contains("nope.yaml");

        Path garbage = Files.write(dir.resolve("garbage.yaml"), new byte[] {0, 1, 2, (byte) 0xFF, 'a', ':', '['});
        Run bad = run("validate", garbage.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err().lines()).hasSize(1);
    }

    @Test
    void badUsageExitsTwoWithOneLine() {
        Run unknownOption = run("validate", "--frobnicate", VALID);
        assertThat(unknownOption.code()).isEqualTo(2);
        assertThat(unknownOption.err().lines()).hasSize(1);
        assertThat(unknownOption.err()).contains("--frobnicate");

        Run badOutput = run("validate", "--output", "xml", VALID);
        assertThat(badOutput.code()).isEqualTo(2);
        assertThat(badOutput.err()).contains("--output must be text, json, github or sarif");

        Run noFiles = run("validate");
        assertThat(noFiles.code()).isEqualTo(2);

        Run badFormat = run("convert", VALID, "--to", "toml");
        assertThat(badFormat.code()).isEqualTo(2);
        assertThat(badFormat.err()).contains("yaml, palette-api or palette-export");
    }

    @Test
    void aBrokenRegistryIsOneLineUnlessVerbose(@TempDir Path dir) throws Exception {
        Run notAFolder = run("--registry", dir.resolve("missing").toString(), "packs");
        assertThat(notAFolder.code()).isEqualTo(2);
        assertThat(notAFolder.err()).contains("not a folder");

        Path pack = Files.createDirectories(dir.resolve("packs/bad-1.0.0"));
        Files.writeString(pack.resolve("pack.json"), "{\"name\": \"bad\", \"version\": ");
        Run quiet = run("--registry", dir.resolve("packs").toString(), "packs");
        assertThat(quiet.code()).isEqualTo(2);
        assertThat(quiet.err().lines()).hasSize(1);
        assertThat(quiet.err()).contains("pack.json").doesNotContain("\tat ");

        Run verbose = run("--verbose", "--registry", dir.resolve("packs").toString(), "packs");
        assertThat(verbose.code()).isEqualTo(2);
        assertThat(verbose.err()).contains("pack.json").contains("\tat ");
    }

    @Test
    void helpAndVersion() {
        Run help = run("--help");
        assertThat(help.code()).isEqualTo(0);
        assertThat(help.out()).contains("validate").contains("resolve").contains("convert").contains("packs")
                .contains("--registry").contains("--helm-index");
        Run validateHelp = run("validate", "--help");
        assertThat(validateHelp.code()).isEqualTo(0);
        assertThat(validateHelp.out()).contains("--output");
        Run version = run("--version");
        assertThat(version.code()).isEqualTo(0);
        assertThat(version.out()).startsWith("profilekit ");
    }

    @Test
    void resolvePinsEverySelector() {
        Run r = run("resolve", VALID);
        assertThat(r.code()).isEqualTo(0);
        ClusterProfile resolved = ProfileDocuments.yaml().read(r.out());
        assertThat(resolved.layer(LayerType.KUBERNETES).orElseThrow().pack().version().toString()).isEqualTo("1.33.6");
        assertThat(resolved.layers()).allSatisfy(l -> assertThat(l.pack().registry()).isPresent());

        Run broken = run("resolve", BROKEN);
        assertThat(broken.code()).isEqualTo(1);
        assertThat(broken.err()).contains("1.40.x").contains("cni-calic0");
    }

    @Test
    void convertBetweenFormats() {
        Run api = run("convert", VALID, "--to", "palette-api");
        assertThat(api.code()).isEqualTo(0);
        assertThat(api.out()).contains("\"tag\" : \"1.33.6\"").contains("\"cloudType\" : \"aws\"");

        Run export = run("convert", VALID, "--to", "palette-export");
        assertThat(export.code()).isEqualTo(0);
        ClusterProfile fromExport = ProfileDocuments.paletteExportJson().read(export.out());
        assertThat(fromExport.name()).isEqualTo("aws-prod-base");

        Run backToYaml = run("--any-registry", "convert", "profiles/palette-export.json", "--to", "yaml");
        assertThat(backToYaml.code()).isEqualTo(0);
        assertThat(ProfileDocuments.yaml().read(backToYaml.out()).name()).isEqualTo("cluster-template-profile-aws");
        // Palette's export reads whole: the add-on pack and the variable come along, nothing to note.
        assertThat(backToYaml.err()).doesNotContain("note: ");
        assertThat(backToYaml.out()).contains("hello-universe").contains("app_replicas");
    }

    @Test
    void paletteExportNeedsItsRegistriesOrAnyRegistry() {
        Run strict = run("validate", "profiles/palette-export.json");
        assertThat(strict.code()).isEqualTo(1);
        assertThat(strict.out()).contains("REGISTRY_NOT_FOUND").contains("--any-registry");
        Run mapped = run("--any-registry", "validate", "profiles/palette-export.json");
        assertThat(mapped.code()).isEqualTo(0);

        Run convert = run("convert", "profiles/palette-export.json", "--to", "palette-api");
        Run resolve = run("resolve", "profiles/palette-export.json");
        assertThat(convert.code()).isEqualTo(1);
        assertThat(convert.err()).contains("--any-registry looks every pack up");
        assertThat(resolve.code()).isEqualTo(1);
        assertThat(resolve.err()).contains("--any-registry looks every pack up");
    }

    @Test
    void severalProfilesComeOutAsOneReadableDocument(@TempDir Path dir) throws Exception {
        String one = Files.readString(Path.of(VALID));
        Path multi = Files.writeString(dir.resolve("multi.yaml"), one + "---\n" + one.replace("aws-prod-base", "second"));

        Run resolved = run("resolve", multi.toString());
        assertThat(resolved.code()).isEqualTo(0);
        assertThat(ProfileDocuments.yaml().readAll(resolved.out())).hasSize(2);

        Run api = run("convert", multi.toString(), "--to", "palette-api");
        assertThat(api.code()).isEqualTo(0);
        Path json = Files.writeString(dir.resolve("multi.json"), api.out());
        assertThat(ProfileDocuments.paletteApiJson().readAll(json)).hasSize(2);
        assertThat(run("validate", json.toString()).code()).isEqualTo(0);
    }

    @Test
    void convertToExportKeepsSelectorsAndRegistries() {
        Run export = run("convert", "profiles/palette-export.json", "--to", "palette-export");
        assertThat(export.code()).isEqualTo(0);
        assertThat(export.out()).contains("Public Repo").doesNotContain("ProfileKit sample catalog")
                .contains("1.33.1");
        Run yaml = run("convert", "profiles/azure-base.yaml", "--to", "palette-export");
        assertThat(yaml.code()).isEqualTo(0);
        assertThat(ProfileDocuments.paletteExportJson().read(yaml.out()).layer(LayerType.KUBERNETES).orElseThrow()
                .pack().version()).hasToString(">=1.32 <1.34");
    }

    @Test
    void formatIsTakenFromContentOrFrom(@TempDir Path dir) throws Exception {
        Path noExt = Files.writeString(dir.resolve("profile"), Files.readString(Path.of(VALID)));
        assertThat(run("validate", noExt.toString()).code()).isEqualTo(0);
        assertThat(run("--from", "palette-api", "validate", VALID).code()).isEqualTo(2);
        assertThat(run("--from", "yaml", "validate", VALID).code()).isEqualTo(0);
        Run bad = run("--from", "toml", "validate", VALID);
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--from");
    }

    @Test
    void anEmptyDocumentIsAnError(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.yaml"), "");
        Run r = run("validate", empty.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no profile");
    }

    @Test
    void usageErrorsPointAtTheCommandsHelpAndNoArgumentsPrintUsageToStderr() {
        Run r = run("validate", "--output", "xml", VALID);
        assertThat(r.err()).contains("profilekit validate --help");
        Run none = run();
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.out()).isEmpty();
        assertThat(none.err()).contains("Usage: profilekit");
    }

    @Test
    void packsListsTheCatalogFiltered() {
        Run r = run("packs", "--layer", "k8s", "--cloud", "aws", "--name", "kube");
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).contains("kubernetes").contains("1.33.6").doesNotContain("kubernetes-aks")
                .doesNotContain("cni-calico");
        Run badLayer = run("packs", "--layer", "kernel");
        assertThat(badLayer.code()).isEqualTo(2);
        assertThat(badLayer.err()).contains("os, k8s, cni, csi, addon");
    }

    @Test
    void packFolderAndHelmIndexReplaceTheCatalog(@TempDir Path dir) throws Exception {
        Path pack = Files.createDirectories(dir.resolve("packs/acme-os-1.0.0"));
        Files.writeString(pack.resolve("pack.json"), "{\"name\":\"acme-os\",\"displayName\":\"ACME OS\","
                + "\"version\":\"1.0.0\",\"layer\":\"os\",\"cloudTypes\":[\"aws\"]}");
        Files.writeString(pack.resolve("values.yaml"), "");
        Path index = Files.writeString(dir.resolve("index.yaml"), "apiVersion: v1\nentries:\n  podinfo:\n"
                + "    - name: podinfo\n      version: 6.10.0\n    - name: podinfo\n      version: 6.9.1\n");

        Run r = run("--registry", dir.resolve("packs").toString(), "--helm-index", index.toString(), "packs");
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).contains("acme-os").contains("podinfo").contains("6.10.0").doesNotContain("kubernetes");

        Run validate = run("--registry", dir.resolve("packs").toString(), "validate", VALID);
        assertThat(validate.code()).isEqualTo(1);
        assertThat(validate.out()).contains("PACK_NOT_FOUND");
    }

    private static Path helmIndex(Path dir) throws Exception {
        return Files.writeString(dir.resolve("index.yaml"), "apiVersion: v1\nentries:\n  nginx:\n"
                + "  - version: 15.1.0\n  - version: 15.2.0\n    kubeVersion: '>=1.21'\n  - version: 15.2.0\n");
    }

    private static Path profileNaming(Path dir, String registry) throws Exception {
        String base = Files.readString(Path.of(VALID)).replace("type: infra", "type: cluster");
        return Files.writeString(dir.resolve("full.yaml"), base + "    - layer: addon\n      pack:\n"
                + "        name: nginx\n        version: 15.x\n        type: helm\n        registry:\n"
                + "          name: " + registry + "\n");
    }

    @Test
    void aNamedHelmIndexAnswersForTheRegistryDocumentsNameBesideTheBuiltInCatalog(@TempDir Path dir) throws Exception {
        Path index = helmIndex(dir);
        Path profile = profileNaming(dir, "Bitnami");

        Run named = run("--helm-index", "Bitnami=" + index, "--builtin", "validate", profile.toString());
        Run unnamed = run("--helm-index", index.toString(), "--builtin", "validate", profile.toString());
        Run withoutCatalog = run("--helm-index", "Bitnami=" + index, "validate", profile.toString());

        assertThat(named.code()).as(named.out()).isEqualTo(0);
        assertThat(unnamed.code()).isEqualTo(1);
        assertThat(unnamed.out()).contains("REGISTRY_NOT_FOUND");
        assertThat(withoutCatalog.code()).isEqualTo(1);
        assertThat(withoutCatalog.out()).contains("PACK_NOT_FOUND").doesNotContain("layers[4]");
        Run resolved = run("--helm-index", "Bitnami@64b6c2a1e3f0a9d8c7b6a5f4=" + index, "--builtin", "resolve",
                profile.toString(), "--to", "palette-api");
        assertThat(resolved.code()).as(resolved.err()).isEqualTo(0);
        assertThat(resolved.out()).contains("\"tag\" : \"15.2.0\"")
                .contains("\"registryUid\" : \"64b6c2a1e3f0a9d8c7b6a5f4\"");
    }

    @Test
    void registryWarningsAreCountedAndListedWithVerbose(@TempDir Path dir) throws Exception {
        Path index = helmIndex(dir);

        Run quiet = run("--helm-index", index.toString(), "packs");
        Run verbose = run("--helm-index", index.toString(), "--verbose", "packs");

        assertThat(quiet.code()).isEqualTo(0);
        assertThat(quiet.err()).isEqualTo("profilekit: note: " + index + ": 1 warning reading the registry"
                + " (--verbose lists them)" + System.lineSeparator());
        assertThat(verbose.err()).contains("note: " + index + ": ").contains("entries.nginx[2].version")
                .contains("listed twice");
        assertThat(quiet.out()).contains("nginx").contains("2 pack versions");
    }

    @Test
    void badRegistryOptionsAreUsageErrors(@TempDir Path dir) throws Exception {
        Run blank = run("--helm-index", "=index.yaml", "packs");
        Run missing = run("--registry", "In-house=" + dir.resolve("nope"), "packs");

        assertThat(blank.code()).isEqualTo(2);
        assertThat(blank.err()).contains("write NAME=PATH or NAME@UID=PATH");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("not a folder");
    }

    @Test
    void anyRegistryChangesWhereWeLookNeverWhatIsWritten() throws Exception {
        Run resolved = run("--any-registry", "resolve", "profiles/palette-export.json", "--to", "palette-export");
        Run api = run("--any-registry", "convert", "profiles/palette-export.json", "--to", "palette-api");

        assertThat(resolved.code()).as(resolved.err()).isEqualTo(0);
        assertThat(resolved.out()).contains("Public Repo").doesNotContain("ProfileKit sample catalog")
                .doesNotContain("builtin");
        assertThat(api.code()).as(api.err()).isEqualTo(0);
        assertThat(api.out()).doesNotContain("registryUid");
    }

    /** A pack folder with a preset and resource constraints, and an add-on profile choosing the preset. */
    private static Path presetProfile(Path dir) throws Exception {
        Path pack = Files.createDirectories(dir.resolve("packs/kubevious-1.0.10"));
        Files.writeString(pack.resolve("pack.json"), "{\"name\": \"kubevious\", \"displayName\": \"Kubevious\","
                + " \"version\": \"1.0.10\", \"layer\": \"addon\", \"cloudTypes\": [\"all\"], \"constraints\": {"
                + "\"resources\": [{\"type\": \"cpu\", \"minLimit\": 512, \"components\": [{\"scheduleType\": \"worker\","
                + " \"resourceRequestParamRef\": \"charts.kubevious.ui.resources.requests.cpu\","
                + " \"replicaCountParamRef\": \"charts.kubevious.ui.replicaCount\"}]},"
                + " {\"type\": \"memory\", \"minLimit\": 256}]}}");
        Files.writeString(pack.resolve("values.yaml"), "charts:\n  kubevious:\n    ui:\n      replicaCount: 1\n");
        Files.writeString(pack.resolve("presets.yaml"), "presets:\n  - name: ha\n    displayName: HA\n"
                + "    group: Availability\n    remove: []\n    add: |\n      pack:\n        namespace: kubevious\n"
                + "      charts:\n        kubevious:\n          ui:\n            replicaCount: 3\n");
        return Files.writeString(dir.resolve("addon.yaml"), "apiVersion: profilekit.io/v1\nkind: AddOnProfile\n"
                + "metadata:\n  name: kv\n  version: 1.0.0\nspec:\n  cloud: all\n  type: add-on\n  layers:\n"
                + "    - layer: addon\n      pack:\n        name: kubevious\n        version: 1.0.x\n"
                + "      presets: [ha]\n      values: |\n        # my values\n        charts:\n          kubevious:\n"
                + "            ui:\n              replicaCount: 1 # one for now\n              resources:\n"
                + "                requests:\n                  cpu: 100m\n");
    }

    @Test
    void resolveApplyPresetsWritesTheEffectiveValues(@TempDir Path dir) throws Exception {
        Path profile = presetProfile(dir);

        Run r = run("--registry", dir.resolve("packs").toString(), "--any-registry", "resolve", profile.toString(),
                "--apply-presets");

        assertThat(r.code()).as(r.err()).isEqualTo(0);
        assertThat(r.out()).contains("# my values").contains("replicaCount: 3 # one for now")
                .contains("namespace: kubevious").contains("version: 1.0.10");
        assertThat(run("--registry", dir.resolve("packs").toString(), "--any-registry", "resolve", profile.toString())
                .out()).doesNotContain("namespace: kubevious");
    }

    @Test
    void resolveResourcesPrintsTheTotalsPerScheduleType(@TempDir Path dir) throws Exception {
        Path profile = presetProfile(dir);

        Run r = run("--registry", dir.resolve("packs").toString(), "--any-registry", "resolve", profile.toString(),
                "--resources");

        assertThat(r.code()).as(r.err()).isEqualTo(0);
        assertThat(r.out()).contains("Resources kv needs at least").contains("cpu (millicores)")
                .containsPattern("worker +300 +0 +0").containsPattern("all +0 +256 +0")
                .contains("layers[0] kubevious: cpu 300 millicores on worker (charts.kubevious.ui.resources.requests.cpu"
                        + " × charts.kubevious.ui.replicaCount)");
        Files.writeString(profile, Files.readString(profile).replace("cpu: 100m", "memory: 1Gi"));
        Run missing = run("--registry", dir.resolve("packs").toString(), "--any-registry", "resolve", profile.toString(),
                "--resources");
        assertThat(missing.err()).contains("the values have no charts.kubevious.ui.resources.requests.cpu");
    }
}
