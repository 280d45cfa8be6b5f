package io.profilekit.yaml.registry.hostile;

import io.profilekit.PackVersion;
import io.profilekit.VersionSelector;
import io.profilekit.registry.PackDescriptor;
import io.profilekit.yaml.ReadLimits;
import io.profilekit.yaml.ReadWarning;
import io.profilekit.yaml.registry.HelmIndexRegistry;
import io.profilekit.yaml.registry.PackDirectoryRegistry;
import io.profilekit.yaml.registry.PackRegistryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Registry folders and Helm indexes written to hurt the program that reads them: links out of the
 * registry's folder, one version spelled twice, more data than memory holds. Each is refused or
 * tolerated cleanly — a {@link PackRegistryException} or a {@link ReadWarning} naming the file —
 * and never echoes what it should not have read.
 */
class HostileRegistryTest {
    private static final String SECRET = "root:$6$saltsalt$hashhashhash:19000:0:99999:7:::";

    @TempDir
    Path tmp;

    private static String packJson(String name, String version) {
        return "{\"name\": \"" + name + "\", \"displayName\": \"" + name + "\", \"version\": \"" + version
                + "\", \"layer\": \"addon\", \"cloudTypes\": [\"all\"]}\n";
    }

    private static void write(Path p, String text) {
        try {
            Files.createDirectories(p.getParent());
            Files.write(p, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Links {@code link} to {@code target}, or skips the test where the file system cannot. */
    private static void symlink(Path link, Path target) {
        try {
            Files.createDirectories(link.getParent());
            Files.createSymbolicLink(link, target);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            assumeTrue(false, "this file system cannot make symbolic links: " + e);
        }
    }

    /** A secret outside the registry, shaped as JSON that would be read if the link were followed. */
    private Path secretOutside() {
        Path secret = tmp.resolve("outside/shadow");
        write(secret, "{\"" + SECRET + "\": \"" + SECRET + "\"}\n");
        return secret;
    }

    private static void assertNothingEchoes(PackDirectoryRegistry registry) {
        assertThat(registry.warnings()).allSatisfy(w -> assertThat(w.toString()).doesNotContain("root:", "shadow",
                "/outside"));
    }

    @Test
    void aValuesFileLinkedOutOfTheRegistryIsNotRead() {
        Path root = tmp.resolve("packs");
        write(root.resolve("acme-1.0.0/pack.json"), packJson("acme", "1.0.0"));
        symlink(root.resolve("acme-1.0.0/values.yaml"), secretOutside());

        PackDirectoryRegistry registry = PackDirectoryRegistry.load(root);

        assertThat(registry.pack("acme", PackVersion.parse("1.0.0"))).map(PackDescriptor::values).contains("");
        assertThat(registry.warnings()).extracting(ReadWarning::toString).contains(
                "acme-1.0.0/values.yaml: is a link to a place outside the registry's folder; not read");
        assertNothingEchoes(registry);
    }

    @Test
    void aPackJsonLinkedOutOfTheRegistrySkipsItsFolder() {
        Path root = tmp.resolve("packs");
        write(root.resolve("good-1.0.0/pack.json"), packJson("good", "1.0.0"));
        write(root.resolve("good-1.0.0/values.yaml"), "");
        symlink(root.resolve("evil-1.0.0/pack.json"), secretOutside());
        write(root.resolve("evil-1.0.0/values.yaml"), "");

        PackDirectoryRegistry registry = PackDirectoryRegistry.load(root);

        assertThat(registry.packNames()).containsExactly("good");
        assertThat(registry.warnings()).extracting(ReadWarning::toString).containsExactly(
                "evil-1.0.0/pack.json: is a link to a place outside the registry's folder; not read, and the folder"
                        + " is skipped");
        assertNothingEchoes(registry);
    }

    @Test
    void aPackFolderLinkedOutOfTheRegistryIsSkippedAndOneLoadedDirectlyIsItsOwnRoot() {
        Path outside = tmp.resolve("outside/acme-1.0.0");
        write(outside.resolve("pack.json"), packJson("acme", "1.0.0"));
        write(outside.resolve("values.yaml"), "a: 1\n");
        Path root = tmp.resolve("packs");
        symlink(root.resolve("acme-1.0.0"), outside);

        PackDirectoryRegistry registry = PackDirectoryRegistry.load(root);

        assertThat(registry.size()).isZero();
        assertThat(registry.warnings()).extracting(ReadWarning::toString).containsExactly(
                "acme-1.0.0/: is a link to a place outside the registry's folder; skipped");
        // Given as the root, the link is the registry's own folder: it is read.
        assertThat(PackDirectoryRegistry.load(root.resolve("acme-1.0.0")).size()).isEqualTo(1);
    }

    @Test
    void linksInsideTheRegistryAreFollowed() {
        Path root = tmp.resolve("packs");
        write(root.resolve("shared/common-values.yaml"), "replicas: 2\n");
        write(root.resolve("acme-1.0.0/pack.json"), packJson("acme", "1.0.0"));
        symlink(root.resolve("acme-1.0.0/values.yaml"), Path.of("../shared/common-values.yaml"));

        PackDirectoryRegistry registry = PackDirectoryRegistry.load(root);

        assertThat(registry.pack("acme", PackVersion.parse("1.0.0"))).map(PackDescriptor::values)
                .contains("replicas: 2\n");
    }

    @Test
    void fileTokensInMessagesAreCutShort() {
        Path root = tmp.resolve("packs");
        String longKey = "k".repeat(10_000);
        write(root.resolve("acme-1.0.0/pack.json"), "{\"name\": \"acme\", \"displayName\": \"acme\", \"version\":"
                + " \"1.0.0\", \"layer\": \"" + "x".repeat(10_000) + "\"}\n");
        write(root.resolve("acme-1.0.0/values.yaml"), "");

        assertThatThrownBy(() -> PackDirectoryRegistry.load(root))
                .isInstanceOf(PackRegistryException.class)
                .hasMessageContaining("unknown layer 'xxxx")
                .hasMessageContaining("… (10000 characters)")
                .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(600));

        write(root.resolve("acme-1.0.0/pack.json"), "{\"name\": \"acme\", \"displayName\": \"acme\", \"version\":"
                + " \"1.0.0\", \"layer\": \"addon\", \"" + longKey + "\": 1}\n");
        ReadWarning warning = PackDirectoryRegistry.load(root).warnings().stream()
                .filter(w -> w.path().startsWith("kkk")).findFirst().orElseThrow();
        assertThat(warning.toString()).hasSizeLessThan(600).contains("… (10000 characters)");
    }

    @Test
    void oneHelmVersionSpelledTwiceKeepsTheFirstEntryWhicheverSortsFirst() {
        HelmIndexRegistry registry = HelmIndexRegistry.parse("apiVersion: v1\nentries:\n  a:\n"
                + "  - version: v1.0.0\n    appVersion: first\n"
                + "  - version: 1.0.0\n    appVersion: second\n"
                + "  - version: 2.0.0\n");

        assertThat(registry.versions("a")).extracting(PackVersion::toString).containsExactly("v1.0.0", "2.0.0");
        assertThat(registry.newest("a", VersionSelector.parse("1.0.0"))).map(p -> p.annotations().get("appVersion"))
                .contains("first");
        assertThat(registry.warnings()).extracting(ReadWarning::toString).containsExactly(
                "index.yaml:6:5: entries.a[1].version: chart 'a' 1.0.0 is listed twice (also as v1.0.0); the first"
                        + " entry is used");
    }

    @Test
    void manyLargeValuesFilesAreRefusedByTheTotalBudgetBeforeMemoryRunsOut() throws IOException {
        // 40 packs of 15 MB each, every file under the 16 MiB limit of one file: 600 MB in all. One
        // file of content, linked hard (not symbolically) into each folder, so the test writes 15 MB.
        Path root = Path.of("target", "hostile", "big-values");
        deleteTree(root);
        Path values = root.resolve(".content/values.yaml");
        Files.createDirectories(values.getParent());
        try (RandomAccessFile f = new RandomAccessFile(values.toFile(), "rw")) {
            byte[] line = ("# " + "x".repeat(1021) + "\n").getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 15 * 1024; i++) {
                f.write(line);
            }
        }
        for (int i = 0; i < 40; i++) {
            Path pack = root.resolve(String.format("pack%02d-1.0.0", i));
            write(pack.resolve("pack.json"), packJson("pack" + i, "1.0.0"));
            try {
                Files.createLink(pack.resolve("values.yaml"), values);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(values, pack.resolve("values.yaml"));
            }
        }

        assertThatThrownBy(() -> PackDirectoryRegistry.load(root))
                .isInstanceOf(PackRegistryException.class)
                .hasMessageStartingWith("pack04-1.0.0/values.yaml: reading this file (15728640 bytes) would take the"
                        + " registry past its total limit of 67108864 bytes")
                .hasMessageContaining("ReadLimits.maxRegistryBytes");
        deleteTree(root);
    }

    @Test
    void theVersionBudgetRefusesTheVersionPastIt() {
        StringBuilder index = new StringBuilder("apiVersion: v1\nentries:\n  a:\n");
        for (int v = 0; v < 11; v++) {
            index.append("  - version: 1.0.").append(v).append('\n');
        }
        HelmIndexRegistry.Builder builder = HelmIndexRegistry.builder()
                .readLimits(ReadLimits.builder().maxRegistryVersions(10).build());

        assertThatThrownBy(() -> builder.parse(index.toString()))
                .isInstanceOf(PackRegistryException.class)
                .hasMessage("index.yaml:14:14: entries.a[10].version: more than 10 pack versions in one registry;"
                        + " nothing more is read — ReadLimits.maxRegistryVersions bounds the versions one registry"
                        + " load keeps; raise it if the files are trusted");
        assertThat(ReadLimits.defaults().maxRegistryVersions()).isEqualTo(1_000_000);
        assertThat(ReadLimits.defaults().maxRegistryBytes()).isEqualTo(64L * 1024 * 1024);
    }

    @Test
    void aHelmIndexOfManyVersionsLoadsAndAnswersAsBefore() {
        // 30,000 versions of 6 charts, newest first as Helm writes them: the shape of the 12 MB index
        // of 501,500 versions that ran out of memory, kept small enough for a unit test.
        StringBuilder index = new StringBuilder(1_500_000).append("apiVersion: v1\nentries:\n");
        for (int c = 0; c < 6; c++) {
            index.append("  chart").append(c).append(":\n");
            for (int v = 4_999; v >= 0; v--) {
                index.append("  - version: ").append(v / 100).append('.').append(v % 100).append(".0\n");
            }
        }
        index.append("  dup:\n  - version: 1.0.0\n  - version: v1.0.0\n");

        HelmIndexRegistry registry = HelmIndexRegistry.builder().load(new StringReader(index.toString()), "big");

        assertThat(registry.size()).isEqualTo(30_001);
        assertThat(registry.versions("chart5")).hasSize(5_000).first().hasToString("0.0.0");
        assertThat(registry.newest("chart5", VersionSelector.parse("12.x"))).map(p -> p.version().toString())
                .contains("12.99.0");
        assertThat(registry.newest("chart5", VersionSelector.parse(">=3.5 <3.7"))).map(p -> p.version().toString())
                .contains("3.6.0");
        assertThat(registry.newest("chart5", VersionSelector.parse("v3.5"))).map(p -> p.version().toString())
                .contains("3.5.0");
        assertThat(registry.pack("chart5", PackVersion.parse("49.99.0"))).isPresent();
        assertThat(registry.pack("chart5", PackVersion.parse("49.99"))).isEmpty();
        assertThat(registry.warnings()).hasSize(1);
    }

    @Test
    void valuesAreCheckedAsTheyStreamByEvenWhenLargeAndDuplicatesAreStillFound() {
        Path root = tmp.resolve("packs");
        StringBuilder values = new StringBuilder("top:\n");
        for (int i = 0; i < 100_000; i++) {
            values.append("  k").append(i).append(": ").append(i).append('\n');
        }
        write(root.resolve("acme-1.0.0/pack.json"), packJson("acme", "1.0.0"));
        write(root.resolve("acme-1.0.0/values.yaml"), values.toString());

        assertThat(PackDirectoryRegistry.load(root).pack("acme", PackVersion.parse("1.0.0")).orElseThrow().values())
                .hasSize(values.length());

        write(root.resolve("acme-1.0.0/values.yaml"), values + "  k77777: again\n");
        assertThatThrownBy(() -> PackDirectoryRegistry.load(root))
                .isInstanceOf(PackRegistryException.class)
                .hasMessage("acme-1.0.0/values.yaml:100002:3: top.k77777: duplicate key 'k77777' (first at line"
                        + " 77779) — each key may appear once in a mapping; remove one");
    }

    @Test
    void packMetadataHoldingMoreValuesThanTheBudgetIsRefused() {
        Path root = tmp.resolve("packs");
        StringBuilder annotations = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            annotations.append(i == 0 ? "" : ", ").append("\"a").append(i).append("\": \"v\"");
        }
        write(root.resolve("acme-1.0.0/pack.json"), "{\"name\": \"acme\", \"displayName\": \"acme\", \"version\":"
                + " \"1.0.0\", \"layer\": \"addon\", \"annotations\": {" + annotations + "}}\n");
        write(root.resolve("acme-1.0.0/values.yaml"), "");
        PackDirectoryRegistry.Builder builder = PackDirectoryRegistry.builder()
                .readLimits(ReadLimits.builder().maxRegistryBytes(1024 * 1024).build());

        assertThatThrownBy(() -> builder.load(root))
                .isInstanceOf(PackRegistryException.class)
                .hasMessageStartingWith("acme-1.0.0/pack.json:1:")
                .hasMessageContaining("holds more than")
                .hasMessageContaining("ReadLimits.maxRegistryBytes");
        assertThat(PackDirectoryRegistry.load(root).size()).isEqualTo(1);
    }

    @Test
    void aHelmIndexOfManyEmptyChartsIsRefusedByTheBudget() {
        StringBuilder index = new StringBuilder("apiVersion: v1\nentries:\n");
        for (int i = 0; i < 20_000; i++) {
            index.append("  c").append(i).append(": []\n");
        }
        HelmIndexRegistry.Builder builder = HelmIndexRegistry.builder()
                .readLimits(ReadLimits.builder().maxRegistryBytes(1024 * 1024).build());

        assertThatThrownBy(() -> builder.parse(index.toString()))
                .isInstanceOf(PackRegistryException.class)
                .hasMessageContaining("holds more than")
                .hasMessageContaining("ReadLimits.maxRegistryBytes");
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
