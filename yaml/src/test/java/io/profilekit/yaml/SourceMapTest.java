package io.profilekit.yaml;

import io.profilekit.rules.SourceLocation;
import io.profilekit.rules.Severity;
import io.profilekit.rules.ValidationReport;
import io.profilekit.rules.Violation;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Model paths located in the document each format reads: the node itself, or its nearest parent. */
class SourceMapTest {
    private static final String YAML = "apiVersion: profilekit.io/v1\n"      // 1
            + "kind: InfrastructureProfile\n"                                   // 2
            + "metadata:\n"                                                      // 3
            + "  name: p\n"                                                      // 4
            + "  version: 1.0.0\n"                                               // 5
            + "  tags: [a:b, c:d]\n"                                             // 6
            + "spec:\n"                                                          // 7
            + "  cloud: aws\n"                                                   // 8
            + "  layers:\n"                                                      // 9
            + "    - layer: os\n"                                                // 10
            + "      pack:\n"                                                    // 11
            + "        name: ubuntu-aws\n"                                       // 12
            + "        version: \"22.04\"\n"                                     // 13
            + "    - layer: k8s\n"                                               // 14
            + "      pack: {name: kubernetes, version: 1.33.x}\n"                // 15
            + "      values: |\n"                                                // 16
            + "        a: 1\n";                                                  // 17

    private static SourceMap yamlMap() {
        return ProfileDocuments.yaml().readWithWarnings(new StringReader(YAML), "p.yaml").sourceMap(0);
    }

    private static String at(SourceMap map, String path) {
        return map.locate(path).map(SourceLocation::toString).orElse("-");
    }

    @Test
    void profileKitYamlPathsPointAtTheirKeys() {
        SourceMap map = yamlMap();
        assertThat(at(map, "")).isEqualTo("p.yaml:1:1");
        assertThat(at(map, "name")).isEqualTo("p.yaml:4:3");
        assertThat(at(map, "version")).isEqualTo("p.yaml:5:3");
        assertThat(at(map, "tags[1]")).isEqualTo("p.yaml:6:15");
        assertThat(at(map, "cloud")).isEqualTo("p.yaml:8:3");
        assertThat(at(map, "layers[0].pack.version")).isEqualTo("p.yaml:13:9");
        assertThat(at(map, "layers[1].pack.name")).isEqualTo("p.yaml:15:14");
        assertThat(at(map, "layers[1].type")).isEqualTo("p.yaml:14:7");
        assertThat(at(map, "layers[1].values.a.b")).as("inside values: the values field").isEqualTo("p.yaml:16:7");
    }

    @Test
    void aMissingPartPointsAtItsNearestParent() {
        SourceMap map = yamlMap();
        assertThat(at(map, "layers[0].pack.registry")).isEqualTo("p.yaml:11:7");
        assertThat(at(map, "layers[3]")).isEqualTo("p.yaml:9:3");
        assertThat(at(map, "description")).isEqualTo("p.yaml:3:1");
        assertThat(at(map, "[web].layers[0].pack.name")).as("a stack's label is not part of the document")
                .isEqualTo("p.yaml:12:9");
        assertThat(at(map, "[2024-observability].layers[0].pack.name")).isEqualTo("p.yaml:12:9");
        assertThat(at(map, "[web#2]")).isEqualTo("p.yaml:1:1");
    }

    @Test
    void paletteJsonPathsPointAtPalettesFields() {
        String json = "{\"metadata\": {\"name\": \"p\", \"description\": \"d\"},\n"
                + " \"spec\": {\"version\": \"1.0.0\", \"template\": {\"type\": \"infra\", \"cloudType\": \"aws\", \"packs\": [\n"
                + "   {\"name\": \"ubuntu-aws\", \"layer\": \"os\", \"tag\": \"22.04\",\n"
                + "    \"registry\": {\"metadata\": {\"name\": \"Public Repo\"}}}]}}}\n";
        SourceMap map = ProfileDocuments.paletteExportJson().readWithWarnings(new StringReader(json), "e.json")
                .sourceMap(0);
        assertThat(at(map, "name")).isEqualTo("e.json:1:15");
        assertThat(at(map, "description")).isEqualTo("e.json:1:28");
        assertThat(at(map, "version")).isEqualTo("e.json:2:11");
        assertThat(at(map, "cloud")).isEqualTo("e.json:2:61");
        assertThat(at(map, "layers[0].pack.version")).isEqualTo("e.json:3:42");
        assertThat(at(map, "layers[0].pack.registry")).isEqualTo("e.json:4:5");
        assertThat(at(map, "layers[0].type")).isEqualTo("e.json:3:27");
    }

    @Test
    void aReportIsLocatedWithoutChangingWhatItSays() {
        SourceMap map = yamlMap();
        ValidationReport report = new ValidationReport("p", List.of(
                Violation.of("X", Severity.ERROR, "layers[0].pack.version", "m", "h"),
                Violation.of("Y", Severity.WARNING, "nowhere.at.all", "m", "h")));

        ValidationReport located = report.locate(map::locate);

        assertThat(located.violations()).hasSize(2);
        assertThat(located.violations().get(0).location()).hasValue(new SourceLocation("p.yaml", 13, 9));
        assertThat(located.violations().get(0).toString()).startsWith("p.yaml:13:9: ERROR layers[0].pack.version X");
        assertThat(located.violations().get(1).location()).hasValue(new SourceLocation("p.yaml", 7, 1));
        assertThat(report.locate(path -> Optional.empty())).isEqualTo(report);
        assertThat(SourceMap.empty().locate("name")).isEmpty();
        assertThat(new ReadResult(List.of(), List.of()).toString()).contains("0 profile");
    }
}
