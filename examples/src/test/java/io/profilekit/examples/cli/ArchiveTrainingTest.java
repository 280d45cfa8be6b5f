package io.profilekit.examples.cli;

import io.profilekit.registry.PackDescriptor;
import io.profilekit.registry.PackQuery;
import io.profilekit.yaml.registry.PackDirectoryRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pack folder the class-data archive's training reads must load as a pack, every file of it
 * read: a folder that failed to load would train the archive on the error path only.
 */
class ArchiveTrainingTest {
    @Test
    void theTrainingPackFolderLoadsWithPresetsSchemaAndValuesCheckedBesideTheReading(@TempDir Path dir)
            throws IOException {
        ArchiveTraining.writePackFolder(dir.resolve("training-pack-1.0.0"));

        PackDirectoryRegistry registry = PackDirectoryRegistry.load(dir);

        assertThat(registry.warnings()).isEmpty();
        List<PackDescriptor> packs = registry.find(PackQuery.all());
        assertThat(packs).hasSize(1);
        PackDescriptor pack = packs.get(0);
        assertThat(pack.name()).isEqualTo("training-pack");
        assertThat(pack.presets()).hasSize(1);
        assertThat(pack.valueSchema()).hasSize(2);
        // long enough to be checked on another thread than the one reading the folder
        assertThat(pack.values().length()).isGreaterThan(8_192);
        assertThat(pack.values()).contains("&s0", "*s0");
        assertThat(Files.readString(dir.resolve("training-pack-1.0.0/values.yaml"))).isEqualTo(pack.values());
    }
}
