package io.profilekit.validation.internal;

import io.profilekit.LayerType;
import io.profilekit.registry.PackDescriptor;
import io.profilekit.registry.ValueSchema;
import io.profilekit.rules.Violation;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Conformance run of {@link ValueSchema} and {@link ValueSchemaRule} against the real packs of
 * Spectro Cloud's public pack-central repository: every {@code schema.yaml} is parsed, and each
 * pack's own default {@code values.yaml} is checked against its own schema. Skipped unless the
 * corpus is found: set {@code -Dprofilekit.packs.corpus=/path/to/palette-packs} or place it at
 * {@code shared/palette-packs} in a folder above the working directory. The report is written to
 * {@code validation/target/conformance/value-schemas.txt}.
 */
class PaletteValueSchemaConformanceTest {

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
    void everyRealSchemaParsesAndEachPacksDefaultsAreCheckedAgainstIt() throws IOException {
        Optional<Path> found = corpus();
        assumeTrue(found.isPresent(), "no palette-packs corpus found; conformance run skipped");
        List<Path> folders;
        try (Stream<Path> dirs = Files.list(found.get())) {
            folders = dirs.filter(d -> Files.isRegularFile(d.resolve("schema.yaml"))).sorted()
                    .collect(Collectors.toList());
        }
        Load load = new Load(LoadSettings.builder().build());
        List<String> report = new ArrayList<>();
        int entries = 0;
        int parsedFully = 0;
        int defaultsPass = 0;
        List<ValueSchema.Problem> problems = new ArrayList<>();
        List<String> failingDefaults = new ArrayList<>();
        List<Violation> allViolations = new ArrayList<>();
        for (Path folder : folders) {
            String name = folder.getFileName().toString();
            Object doc = load.loadFromString(Files.readString(folder.resolve("schema.yaml"), StandardCharsets.UTF_8));
            PackDescriptor.Builder b = PackDescriptor.builder(name, "1.0.0", LayerType.ADDON);
            if (doc instanceof Map) {
                for (Map.Entry<?, ?> e : ((Map<?, ?>) doc).entrySet()) {
                    Object schema = ((Map<?, ?>) e.getValue()).get("schema");
                    b.valueSchema(String.valueOf(e.getKey()), String.valueOf(schema));
                }
            }
            Path valuesFile = folder.resolve("values.yaml");
            b.values(Files.exists(valuesFile) ? Files.readString(valuesFile, StandardCharsets.UTF_8) : "");
            PackDescriptor pack = b.build();
            ValueSchema schema = ValueSchema.of(pack);
            entries += pack.valueSchema().size();
            problems.addAll(schema.problems());
            if (schema.problems().isEmpty()) {
                parsedFully++;
            }
            schema.problems().forEach(p -> report.add(name + "/schema.yaml: " + p.path() + ": " + p.message()));
            List<Violation> violations = ValueSchemaRule.check("values", pack.values(), pack, v -> Optional.empty());
            if (violations.isEmpty()) {
                defaultsPass++;
            } else {
                failingDefaults.add(name);
                allViolations.addAll(violations);
                violations.forEach(v -> report.add(name + "/values.yaml: " + v));
            }
        }
        report.add(0, "Value schema conformance: " + found.get());
        report.add(1, "schema.yaml files: " + folders.size() + " (" + entries + " entries); parsed without problems: "
                + parsedFully + "; problems: " + problems.size());
        report.add(2, "default values.yaml that pass their own schema: " + defaultsPass + " of " + folders.size()
                + "; failing: " + failingDefaults);
        String text = String.join(System.lineSeparator(), report) + System.lineSeparator();
        Path out = Paths.get("target", "conformance", "value-schemas.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text, StandardCharsets.UTF_8);
        System.out.println(String.join(System.lineSeparator(), report.subList(0, 3)) + System.lineSeparator()
                + "report in " + out.toAbsolutePath());

        assertThat(folders).as(text).isNotEmpty();
        // What pack-central (commit 2c7ea5c) holds: the only expressions ProfileKit cannot read use the
        // undocumented type ${input}; the only defaults that fail their own schema leave a required
        // value (a secret, a URL, an account) empty for the user to fill in.
        assertThat(problems).as(text).allSatisfy(p -> assertThat(p.message()).contains("unknown type \"input\""));
        assertThat(allViolations).as(text).allSatisfy(v -> assertThat(v.code()).isEqualTo("VALUE_REQUIRED_MISSING"));
    }
}
