package io.profilekit.yaml;

import io.profilekit.ClusterProfile;
import io.profilekit.rules.SourceLocation;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScalarEditsTest {
    private static final String DOC = String.join("\n",
            "# header comment",
            "apiVersion: profilekit.io/v1",
            "kind: InfrastructureProfile",
            "metadata:",
            "  name: edits",
            "  version: '1.0.0'   # single-quoted",
            "spec:",
            "  cloud: aws",
            "  layers:",
            "    - layer: os",
            "      pack: {name: ubuntu-aws, version: \"22.04\"}",
            "    - layer: k8s",
            "      pack:",
            "        name: kubernetes",
            "        version: 1.31.2 # plain, with a comment",
            "    - layer: cni",
            "      pack:",
            "        name: cni-calico",
            "        version: 3.29.2",
            "    - layer: csi",
            "      pack:",
            "        name: csi-aws-ebs",
            "        version: 1.41.0",
            "");

    private static ReadResult read(String text) {
        return ProfileDocuments.yaml().readWithWarnings(new StringReader(text), "edits.yaml");
    }

    @Test
    void valuesAreReplacedInPlaceInTheirOwnQuotingStyle() {
        ReadResult r = read(DOC);
        SourceMap map = r.sourceMap(0);
        List<ScalarEdits.Edit> edits = List.of(
                new ScalarEdits.Edit(map.locateValue("version").orElseThrow(), "1.0.0", "1.1.0"),
                new ScalarEdits.Edit(map.locateValue("layers[0].pack.version").orElseThrow(), "22.04", "24.04"),
                new ScalarEdits.Edit(map.locateValue("layers[1].pack.version").orElseThrow(), "1.31.2", "1.32.9"));
        String edited = ScalarEdits.apply(DOC, edits);
        assertThat(edited).isEqualTo(DOC.replace("'1.0.0'", "'1.1.0'").replace("\"22.04\"", "\"24.04\"")
                .replace("1.31.2 #", "1.32.9 #"));
        ClusterProfile back = read(edited).profile();
        assertThat(back.version().text()).isEqualTo("1.1.0");
        assertThat(back.layers().get(0).pack().version().toString()).isEqualTo("24.04");
        assertThat(back.layers().get(1).pack().version().toString()).isEqualTo("1.32.9");
    }

    @Test
    void locateValueFindsOnlyScalarsThatAreThere() {
        SourceMap map = read(DOC).sourceMap(0);
        assertThat(map.locateValue("layers[1].pack.version")).contains(new SourceLocation("edits.yaml", 15, 18));
        assertThat(map.locateValue("layers[1].pack")).isEmpty();
        assertThat(map.locateValue("layers[9].pack.version")).isEmpty();
        assertThat(map.locateValue("description")).isEmpty();
        assertThat(SourceMap.empty().locateValue("version")).isEmpty();
    }

    @Test
    void aValueThatIsNotTheExpectedOneIsNotReplaced() {
        SourceLocation at = read(DOC).sourceMap(0).locateValue("layers[2].pack.version").orElseThrow();
        assertThatThrownBy(() -> ScalarEdits.apply(DOC, List.of(new ScalarEdits.Edit(at, "3.30.1", "3.31.2"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected the value '3.30.1'")
                .hasMessageContaining("found 3.29.2");
        assertThatThrownBy(() -> ScalarEdits.apply(DOC, List.of(new ScalarEdits.Edit(at, "3.29.2", "a\nb"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("control character");
    }

    @Test
    void aPlainValueThatWouldReadAsSomethingElseIsQuoted() {
        SourceLocation at = read(DOC).sourceMap(0).locateValue("layers[2].pack.version").orElseThrow();
        String edited = ScalarEdits.apply(DOC, List.of(new ScalarEdits.Edit(at, "3.29.2", "3.30.1 # not a comment")));
        assertThat(edited).contains("version: \"3.30.1 # not a comment\"");
    }
}
