package io.profilekit.oci;

import io.profilekit.oci.testsupport.TarGz;
import io.profilekit.oci.internal.PackArchive;
import io.profilekit.yaml.registry.PackRegistryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bounded reader of pack archives: layouts read, unsafe entries refused, links never followed. */
class PackArchiveTest {
    private static final long MIB = 1024 * 1024;

    @Test
    void readsAPackFolderInsideOneTopFolderAndIgnoresOtherFiles() {
        byte[] gz = new TarGz().entry("hello-1.0.0/", '5', new byte[0], "").file("hello-1.0.0/pack.json", "{}")
                .file("hello-1.0.0/values.yaml", "a: 1\n").file("hello-1.0.0/charts/values.yaml", "not this")
                .file("hello-1.0.0/README.md", "docs").gz();

        PackArchive.Unpacked u = PackArchive.read("x", gz, MIB, MIB);

        assertThat(u.folder()).isEqualTo("hello-1.0.0");
        assertThat(u.files()).isEqualTo(Map.of("pack.json", "{}", "values.yaml", "a: 1\n"));
    }

    @Test
    void readsAFlatPackFolderWrittenFromInsideIt() {
        byte[] gz = new TarGz().file("./pack.json", "{}").file("./schema.yaml", "s: 1\n").gz();

        assertThat(PackArchive.read("x", gz, MIB, MIB).files()).containsOnlyKeys("pack.json", "schema.yaml");
    }

    /** Archives as GNU tar writes them, names over 100 characters included: GNU long names, pax headers, ustar prefixes. */
    @ParameterizedTest
    @ValueSource(strings = {"gnu", "pax", "ustar"})
    void readsWhatTarWrites(String format, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        String folder = "a-pack-folder-with-a-rather-long-name-" + "x".repeat(50) + "-1.0.0";
        java.nio.file.Path pack = java.nio.file.Files.createDirectories(dir.resolve(folder));
        java.nio.file.Files.writeString(pack.resolve("pack.json"), "{\"name\": \"p\"}");
        java.nio.file.Files.writeString(pack.resolve("values.yaml"), "ä: 1\n");
        java.nio.file.Files.createSymbolicLink(pack.resolve("schema.yaml"), java.nio.file.Path.of("/etc/hostname"));
        java.nio.file.Path gz = dir.resolve("p.tar.gz");
        Process tar = new ProcessBuilder("tar", "--format=" + format, "-czf", gz.toString(), "-C", dir.toString(), folder)
                .redirectErrorStream(true).start();
        assertThat(tar.waitFor()).as(new String(tar.getInputStream().readAllBytes())).isZero();

        PackArchive.Unpacked u = PackArchive.read("x", java.nio.file.Files.readAllBytes(gz), MIB, MIB);

        assertThat(u.folder()).isEqualTo(folder);
        assertThat(u.files()).isEqualTo(Map.of("pack.json", "{\"name\": \"p\"}", "values.yaml", "ä: 1\n"));
        assertThat(u.warnings()).containsExactly("'" + folder + "/schema.yaml' is a link; not followed, not read");
    }

    @Test
    void aLinkNamedLikeAPackFileIsNotFollowed() {
        byte[] gz = new TarGz().file("p/pack.json", "{}").link("p/values.yaml", "/etc/passwd", '2').gz();

        PackArchive.Unpacked u = PackArchive.read("x", gz, MIB, MIB);

        assertThat(u.files()).containsOnlyKeys("pack.json");
        assertThat(u.warnings()).containsExactly("'p/values.yaml' is a link; not followed, not read");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/etc/pack.json", "../pack.json", "p/../../pack.json", "p\\pack.json"})
    void unsafeNamesRefuseTheArchive(String name) {
        byte[] gz = new TarGz().file(name, "{}").gz();

        assertThatThrownBy(() -> PackArchive.read("repo:1.0.0", gz, MIB, MIB))
                .isInstanceOf(PackRegistryException.class)
                .hasMessageStartingWith("repo:1.0.0: the pack archive holds an entry");
    }

    @Test
    void aPackFileOverTheLimitIsRefused() {
        byte[] gz = new TarGz().file("pack.json", "{}").file("values.yaml", "x".repeat(2000)).gz();

        assertThatThrownBy(() -> PackArchive.read("r", gz, 1000, MIB))
                .hasMessage("r: the pack archive 'values.yaml' is 2000 bytes, over the limit of 1000 bytes for one pack"
                        + " file — a pack archive is the pack folder as 'tar -czf NAME-VERSION.tar.gz' writes it");
    }

    @Test
    void anArchiveThatUnpacksToMoreThanTheLimitIsRefused() {
        byte[] gz = new TarGz().file("pack.json", "{}").file("charts/big.bin", "0".repeat(3 * 1024 * 1024)).gz();
        assertThat(gz.length).isLessThan(64 * 1024);

        assertThatThrownBy(() -> PackArchive.read("r", gz, MIB, 2 * MIB))
                .hasMessageStartingWith("r: the pack archive unpacks to more than 2097152 bytes");
    }

    @Test
    void twoPackFoldersAndNoPackFolderAreRefused() {
        assertThatThrownBy(() -> PackArchive.read("r", new TarGz().file("a/pack.json", "{}").file("b/pack.json", "{}")
                .gz(), MIB, MIB)).hasMessageStartingWith("r: the pack archive holds 2 pack folders ('a', 'b')");
        assertThatThrownBy(() -> PackArchive.read("r", new TarGz().file("a/values.yaml", "").gz(), MIB, MIB))
                .hasMessageStartingWith("r: the pack archive holds no pack.json");
    }

    /** Seed 18: random bytes and truncated archives fail with a PackRegistryException, never anything else. */
    @ParameterizedTest
    @ValueSource(longs = {18L, 19L, 20L})
    void damagedArchivesFailCleanlySeeded(long seed) {
        Random random = new Random(seed);
        byte[] good = TarGz.of("p", Map.of("pack.json", "{}", "values.yaml", "a: 1\n"));
        for (int i = 0; i < 200; i++) {
            byte[] bad = good.clone();
            if (i % 2 == 0) {
                bad = java.util.Arrays.copyOf(bad, random.nextInt(bad.length));
            } else {
                bad[10 + random.nextInt(bad.length - 10)] ^= (byte) (1 + random.nextInt(255));
            }
            byte[] input = bad;
            try {
                PackArchive.read("r", input, MIB, MIB);
            } catch (PackRegistryException e) {
                assertThat(e.getMessage()).as("seed %d, case %d", seed, i).startsWith("r: the pack archive");
            }
        }
    }
}
