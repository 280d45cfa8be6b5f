package io.profilekit.yaml.registry;

import io.profilekit.PackVersion;
import io.profilekit.RegistryKind;
import io.profilekit.RegistryRef;
import io.profilekit.AddOnProfile;
import io.profilekit.ClusterProfile;
import io.profilekit.yaml.ProfileDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Pack folders held in memory (as an OCI registry's pack archives are unpacked) are read by the same
 * reader as folders on disk, with the same results, messages and limits.
 */
class InMemoryPackFilesTest {
    @TempDir
    Path dir;

    @Test
    void readsTheSameAsTheSameFilesOnDisk() {
        String presets = "presets:\n  - name: small\n    displayName: Small\n    group: Size\n    remove: []\n"
                + "    add: |\n      replicas: 1\n";
        Map<String, String> files = Map.of("pack.json", PackFolders.packJson("hello", "1.10", "addon"),
                "values.yaml", "# comment\nreplicas: 2\n", "presets.yaml", presets);
        files.forEach((name, text) -> PackFolders.write(dir, "hello-1.10/" + name, text));

        PackDirectoryRegistry fromDisk = PackDirectoryRegistry.builder().id("r").load(dir);
        PackDirectoryRegistry inMemory = PackDirectoryRegistry.builder().id("r").loadFiles("memory",
                Map.of("hello-1.10", files));

        assertThat(inMemory.packs("hello")).isEqualTo(fromDisk.packs("hello"));
        assertThat(inMemory.versions("hello")).containsExactly(PackVersion.parse("1.10"));
        assertThat(inMemory.source()).isEqualTo("memory");
        assertThat(inMemory.size()).isEqualTo(1);
    }

    @Test
    void errorsAndWarningsNameTheFolderGiven() {
        Map<String, Map<String, String>> folders = new LinkedHashMap<>();
        folders.put("repo/hello:1.0.0", Map.of("pack.json", "{\"name\": \"hello\", \"version\": 1.0}"));

        assertThatThrownBy(() -> PackDirectoryRegistry.builder().loadFiles("memory", folders))
                .isInstanceOf(PackRegistryException.class)
                .hasMessageStartingWith("repo/hello:1.0.0/pack.json:1:");

        PackDirectoryRegistry tolerated = PackDirectoryRegistry.builder().loadFiles("memory",
                Map.of("hello:1.0.0", Map.of("pack.json", PackFolders.packJson("hello", "1.0.0", "addon"))));
        assertThat(tolerated.warnings()).extracting(w -> w.documentName()).contains("hello:1.0.0/values.yaml");
    }

    @Test
    void theSameVersionInTwoFoldersAndFilesOverTheLimitFail() {
        Map<String, Map<String, String>> twice = new LinkedHashMap<>();
        twice.put("a", Map.of("pack.json", PackFolders.packJson("hello", "1.0.0", "addon"), "values.yaml", ""));
        twice.put("b", Map.of("pack.json", PackFolders.packJson("hello", "v1.0.0", "addon"), "values.yaml", ""));

        assertThatThrownBy(() -> PackDirectoryRegistry.builder().loadFiles("memory", twice))
                .hasMessageContaining("is defined twice").hasMessageContaining("in folder 'a' and in folder 'b'");
        assertThatThrownBy(() -> PackDirectoryRegistry.builder().maxFileBytes(200).loadFiles("memory",
                Map.of("a", Map.of("pack.json", PackFolders.packJson("hello", "1.0.0", "addon"),
                        "values.yaml", "x".repeat(201)))))
                .hasMessageStartingWith("a/values.yaml: is larger than the limit of 200 bytes");
    }

    @Test
    void aDocumentKeepsItsRegistrysKindByteForByte() {
        String yaml = "apiVersion: profilekit.io/v1\nkind: AddOnProfile\nmetadata:\n  name: web\n  version: 1.0.0\n"
                + "spec:\n  cloud: all\n  type: add-on\n  layers:\n  - layer: addon\n    pack:\n      name: hello\n"
                + "      version: 1.0.0\n      registry:\n        name: My Packs\n        kind: oci\n";
        ClusterProfile profile = ProfileDocuments.yaml().read(yaml);
        RegistryRef ref = profile.layers().get(0).pack().registry().orElseThrow();

        assertThat(ref.registryKind()).contains(RegistryKind.OCI);
        assertThat(profile).isInstanceOf(AddOnProfile.class);
        String written = ProfileDocuments.yaml().write(profile);
        assertThat(written).contains("kind: oci");
        assertThat(ProfileDocuments.yaml().write(ProfileDocuments.yaml().read(written))).isEqualTo(written);
        assertThat(ProfileDocuments.yaml().read(written)).isEqualTo(profile);
    }
}
