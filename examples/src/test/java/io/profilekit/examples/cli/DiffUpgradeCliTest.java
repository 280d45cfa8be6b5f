package io.profilekit.examples.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code profilekit diff} and {@code profilekit upgrade}, on the README's sample of last year's profile. */
class DiffUpgradeCliTest {
    private static final String OLD = "profiles/aws-2025.yaml";
    private static final String UPGRADED = "profiles/aws-2025-upgraded.yaml";
    private static final String HOLD = "registries/calico-hold";

    record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ProfileKitCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void diffExitsZeroWhenEqualAndOneWhenDifferent() {
        Run same = run("diff", OLD, OLD);
        assertThat(same.code()).isZero();
        assertThat(same.out()).contains("(no changes)");
        Run different = run("diff", OLD, UPGRADED);
        assertThat(different.code()).as(different.err()).isEqualTo(1);
        assertThat(different.out()).isEqualTo("--- " + OLD + " (aws-prod-2025 1.4.0)\n"
                + "+++ " + UPGRADED + " (aws-prod-2025 2.0.0)\n"
                + "~ metadata.version: 1.4.0 -> 2.0.0\n"
                + "~ layers[0].pack.version (ubuntu-aws): 22.04 -> 24.04 (major)\n"
                + "~ layers[1].pack.version (kubernetes): 1.31.2 -> 1.32.9 (minor)\n"
                + "~ layers[2].pack.version (cni-calico): 3.29.2 -> 3.30.1 (minor)\n"
                + "~ layers[3].pack.version (csi-aws-ebs): 1.41.0 -> 1.46.0 (minor)\n");
        assertThat(run("diff", OLD, "profiles/no-such.yaml").code()).isEqualTo(2);
        assertThat(run("diff", "--output", "xml", OLD, OLD).code()).isEqualTo(2);
    }

    @Test
    void aFolderWhereADocumentIsReadIsNamed(@TempDir Path dir) {
        Run diff = run("diff", OLD, dir.toString());
        assertThat(diff.code()).isEqualTo(2);
        assertThat(diff.err()).isEqualTo("profilekit: " + dir + " is a folder; give a profile document (a .yaml or"
                + " .json file)\n");
        Run upgrade = run("upgrade", dir.toString(), "--write");
        assertThat(upgrade.code()).isEqualTo(2);
        assertThat(upgrade.err()).contains(dir + " is a folder");
        Run from = run("--from", "yaml", "upgrade", dir.toString());
        assertThat(from.code()).isEqualTo(2);
        assertThat(from.err()).contains(dir + " is a folder");
    }

    @Test
    void aFailedWriteSaysWriteNotRead() {
        // As root a read-only file is still writable, so the message is checked where it is made.
        String message = ProfileKitCli.oneLine(new java.io.UncheckedIOException("cannot write a.yaml (access denied)",
                new java.nio.file.AccessDeniedException("a.yaml")));
        assertThat(message).isEqualTo("cannot write a.yaml (access denied)");
        assertThat(ProfileKitCli.oneLine(new java.io.UncheckedIOException(new java.nio.file.AccessDeniedException("a.yaml"))))
                .isEqualTo("cannot read (access denied): a.yaml");
    }

    @Test
    void diffAsJson() throws Exception {
        Run r = run("diff", "--output", "json", OLD, UPGRADED);
        assertThat(r.code()).isEqualTo(1);
        JsonNode json = JsonMapper.builder().build().readTree(r.out());
        assertThat(json.get("equal").asBoolean()).isFalse();
        assertThat(json.get("changes")).hasSize(5);
        assertThat(json.get("changes").get(1).get("versionChange").asString()).isEqualTo("MAJOR");
    }

    @Test
    void upgradePrintsThePlanAndNamesTheBlockingConstraint() {
        Run r = run("--registry", HOLD, "--builtin", "upgrade", OLD, "--policy", "latest");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("+++ upgraded, policy latest (aws-prod-2025 2.0.0)",
                "~ layers[1].pack.version (kubernetes): 1.31.2 -> 1.32.9 (minor)",
                "! layers[1]: kubernetes 1.31.2 -> 1.32.9 (minor); 1.33.6 not taken: cni-calico 3.30.1 supports only"
                        + " kubernetes (k8s) 1.29 .. 1.32");
        Run minor = run("--registry", HOLD, "--builtin", "upgrade", OLD);
        assertThat(minor.out()).contains("ubuntu-aws 22.04 is the newest the policy allows (24.04 is outside the policy)");
        assertThat(run("upgrade", OLD, "--policy", "newest").code()).isEqualTo(2);
    }

    @Test
    void upgradeWriteEditsProfileKitYamlOnly(@TempDir Path dir) throws Exception {
        Path export = dir.resolve("export.json");
        Files.copy(Path.of("profiles/palette-export.json"), export);
        Run r = run("--any-registry", "upgrade", export.toString(), "--write");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--write edits ProfileKit YAML documents in place");
        assertThat(Files.readString(export)).isEqualTo(Files.readString(Path.of("profiles/palette-export.json")));
    }

    @Test
    void upgradeWriteChangesOnlyTheVersionsAndKeepsCommentsAndFormatting(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("aws-2025.yaml");
        Files.copy(Path.of(OLD), copy);
        Run r = run("--registry", HOLD, "--builtin", "upgrade", copy.toString(), "--policy", "latest", "--write");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("wrote " + copy);
        // The sample next to it is exactly what upgrade --write makes of last year's profile.
        assertThat(Files.readString(copy)).isEqualTo(Files.readString(Path.of(UPGRADED)));
        String before = Files.readString(Path.of(OLD));
        String after = Files.readString(copy);
        assertThat(after.lines().filter(l -> l.contains("#")).toList())
                .isEqualTo(before.lines().filter(l -> l.contains("#")).map(l -> l.replace("1.4.0", "2.0.0")
                        .replace("22.04", "24.04")).toList());
        // A second run finds nothing more to take and leaves the file alone.
        Run again = run("--registry", HOLD, "--builtin", "upgrade", copy.toString(), "--policy", "latest", "--write");
        assertThat(again.out()).contains("(no upgrades)").doesNotContain("wrote");
        assertThat(Files.readString(copy)).isEqualTo(after);
    }

    @Test
    void upgradeWriteReplacesTheFileInOneStepKeepingItsModeAndLinks(@TempDir Path dir) throws Exception {
        Path real = Files.createDirectories(dir.resolve("profiles")).resolve("aws-2025.yaml");
        Files.copy(Path.of(OLD), real);
        boolean posix = Files.getFileStore(real).supportsFileAttributeView("posix");
        if (posix) {
            Files.setPosixFilePermissions(real, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));
        }
        Path link = Files.createSymbolicLink(dir.resolve("current.yaml"), real);

        Run r = run("--registry", HOLD, "--builtin", "upgrade", link.toString(), "--policy", "latest", "--write");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).as("the link stays a link").isTrue();
        assertThat(Files.readString(real)).isEqualTo(Files.readString(Path.of(UPGRADED)));
        if (posix) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(real)))
                    .isEqualTo("rw-r-----");
        }
        try (java.util.stream.Stream<Path> left = Files.list(real.getParent())) {
            assertThat(left).as("no temporary file is left").containsExactly(real);
        }
    }

    @Test
    void upgradeWriteLeavesAFileThatMayNotBeWritten(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("aws-2025.yaml");
        Files.copy(Path.of(OLD), copy);
        java.io.File file = copy.toFile();
        org.junit.jupiter.api.Assumptions.assumeTrue(file.setWritable(false, false) && !Files.isWritable(copy),
                "the file stays writable for this user (root ignores file modes)");
        try {
            Run r = run("--registry", HOLD, "--builtin", "upgrade", copy.toString(), "--policy", "latest", "--write");
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains("cannot write " + copy + " (access denied)");
            assertThat(Files.readString(copy)).isEqualTo(Files.readString(Path.of(OLD)));
        } finally {
            file.setWritable(true, false);
        }
    }

    @Test
    void upgradeWriteKeepsTheVersionOfAProfileThatGivesNone(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("unversioned.yaml");
        String text = Files.readString(Path.of(OLD));
        Files.writeString(copy, text.replaceFirst("(?m)^  version: 1\\.4\\.0.*\\R", ""));
        Run r = run("--registry", HOLD, "--builtin", "upgrade", copy.toString(), "--policy", "latest", "--write");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("gives no version, so it stays 1.0.0; add version: 2.0.0");
        assertThat(Files.readString(copy)).doesNotContain("version: 2.0.0").contains("version: 1.32.9");
    }

    @Test
    void upgradeWriteKeepsHardLinksOneFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("aws-2025.yaml");
        Files.copy(Path.of(OLD), file);
        Path other = Files.createLink(dir.resolve("also.yaml"), file);

        Run r = run("--registry", HOLD, "--builtin", "upgrade", file.toString(), "--policy", "latest", "--write");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.isSameFile(file, other)).as("still one file under two names").isTrue();
        assertThat(Files.readString(other)).isEqualTo(Files.readString(Path.of(UPGRADED)));
    }
}
