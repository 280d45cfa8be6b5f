package io.profilekit.yaml.registry;

import io.profilekit.yaml.ReadWarning;
import io.profilekit.LayerType;
import io.profilekit.registry.PackDescriptor;
import io.profilekit.registry.PackQuery;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Conformance run of {@link PackDirectoryRegistry} against a corpus of real Palette packs (the
 * metadata of Spectro Cloud's public pack-central repository). Skipped unless the corpus is found:
 * set {@code -Dprofilekit.packs.corpus=/path/to/palette-packs} or place it at
 * {@code shared/palette-packs} in a folder above the working directory.
 *
 * <p>Run it alone with
 * {@code mvn -B -pl yaml -am verify -Dtest=PaletteCorpusConformanceTest -Dsurefire.failIfNoSpecifiedTests=false};
 * the report is written to {@code yaml/target/conformance/palette-packs.txt}.
 */
class PaletteCorpusConformanceTest {

    private static Optional<Path> corpus() {
        String configured = System.getProperty("profilekit.packs.corpus");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Paths.get(configured)).filter(Files::isDirectory);
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("palette-packs");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    @Test
    void readsEveryRealCommunityPack() throws IOException {
        Optional<Path> found = corpus();
        assumeTrue(found.isPresent(), "no palette-packs corpus found; conformance run skipped");
        Path folder = found.get();

        PackDirectoryRegistry registry = PackDirectoryRegistry.builder().id("pack-central").load(folder);

        List<PackDescriptor> all = registry.find(PackQuery.all());
        Map<LayerType, Long> byLayer = new EnumMap<>(LayerType.class);
        for (PackDescriptor p : all) {
            byLayer.merge(p.layer(), 1L, Long::sum);
        }
        long withConstraints = all.stream().filter(p -> !p.constraints().isEmpty()).count();
        long withDependencies = all.stream().filter(p -> !p.constraints().dependencies().isEmpty()).count();
        long withResources = all.stream().filter(p -> !p.constraints().resources().isEmpty()).count();
        long withPresets = all.stream().filter(p -> !p.presets().isEmpty()).count();
        long presets = all.stream().mapToLong(p -> p.presets().size()).sum();
        long withSchema = all.stream().filter(p -> !p.valueSchema().isEmpty()).count();
        long schemaEntries = all.stream().mapToLong(p -> p.valueSchema().size()).sum();
        long withEol = all.stream().filter(p -> p.eol().isPresent()).count();
        long withGroup = all.stream().filter(p -> p.group().isPresent()).count();
        long presetFiles;
        long schemaFiles;
        long packFolders;
        long constraintFields;
        try (Stream<Path> dirs = Files.list(folder)) {
            List<Path> packs = dirs.filter(d -> Files.isRegularFile(d.resolve("pack.json"))).collect(Collectors.toList());
            packFolders = packs.size();
            presetFiles = packs.stream().filter(d -> Files.exists(d.resolve("presets.yaml"))).count();
            schemaFiles = packs.stream().filter(d -> Files.exists(d.resolve("schema.yaml"))).count();
            constraintFields = 0;
            for (Path d : packs) {
                if (Files.readString(d.resolve("pack.json"), StandardCharsets.UTF_8).contains("\"constraints\"")) {
                    constraintFields++;
                }
            }
        }
        Map<String, Long> warningsByField = new TreeMap<>();
        for (ReadWarning w : registry.warnings()) {
            warningsByField.merge(w.path().replaceAll("\\[\\d+]", "[]"), 1L, Long::sum);
        }
        long nonSemVer = all.stream().filter(p -> !p.version().toString().matches("\\d+\\.\\d+\\.\\d+")).count();

        List<String> report = new ArrayList<>();
        report.add("Conformance run: " + folder);
        report.add("pack folders with pack.json: " + packFolders);
        report.add("packs loaded: " + all.size() + " (" + registry.packNames().size() + " names)");
        report.add("by layer: " + byLayer);
        report.add("pack.json with a constraints field: " + constraintFields + "; packs with non-empty constraints: "
                + withConstraints + " (dependencies: " + withDependencies
                + ", resources: " + withResources + ")");
        report.add("presets.yaml files: " + presetFiles + "; packs with at least one preset: " + withPresets
                + " (" + presets + " presets)");
        report.add("schema.yaml files: " + schemaFiles + "; packs with at least one schema entry: " + withSchema
                + " (" + schemaEntries + " entries)");
        report.add("with eol date: " + withEol + "; with group: " + withGroup);
        report.add("versions that are not plain x.y.z: " + nonSemVer);
        report.add("warnings: " + registry.warnings().size() + " by field " + warningsByField);
        registry.warnings().forEach(w -> report.add("  " + w));
        String text = String.join(System.lineSeparator(), report) + System.lineSeparator();
        Path out = Paths.get("target", "conformance", "palette-packs.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text, StandardCharsets.UTF_8);
        System.out.println("Palette pack corpus conformance: " + all.size() + " packs read, "
                + registry.warnings().size() + " warnings; report in " + out.toAbsolutePath());

        assertThat(all).as(text).hasSize((int) packFolders);
        assertThat(registry.warnings()).as(text)
                .anySatisfy(w -> {
                    assertThat(w.documentName()).isEqualTo("nvidia-dra-driver-25.8.1/pack.json");
                    assertThat(w.path()).isEqualTo("constraints.dependencies[0].type");
                });
    }
}
