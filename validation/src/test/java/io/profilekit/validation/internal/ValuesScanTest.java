package io.profilekit.validation.internal;

import io.profilekit.VariableFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** What the rules read from values: macros with key paths and lines, pack settings, variable formats. */
class ValuesScanTest {

    private static List<String> macros(String values) {
        return ValuesScan.of(values).macros().stream()
                .map(m -> m.kind() + " " + m.name() + " @" + m.keyPath() + ":" + m.line()).toList();
    }

    @Test
    void macrosAreFoundInValuesWithTheirKeyPathAndLine() {
        String values = "# {{.spectro.var.in_a_comment}}\n"
                + "pack:\n"
                + "  namespace: \"cluster-{{ .spectro.system.cluster.uid }}\"\n"
                + "manifests:\n"
                + "  app:\n"
                + "    replicas: '{{.spectro.var.replicas}}'\n"
                + "    hosts:\n"
                + "      - \"{{ .spectro.pack.kubernetes.kubeadmconfig.apiServer | default \\\"x\\\" }}\"\n"
                + "    script: |\n"
                + "      echo one\n"
                + "      echo {{ .spectro.var.greeting | upper }} {{.spectro.system.user.name}}\n"
                + "    flow: {a: [\"{{.spectro.var.in_flow}}\"]}\n";

        assertThat(macros(values)).containsExactly(
                "VAR in_a_comment @:1",
                "SYSTEM cluster.uid @pack.namespace:3",
                "VAR replicas @manifests.app.replicas:6",
                "PACK kubernetes @manifests.app.hosts[0]:8",
                "VAR greeting @manifests.app.script:11",
                "SYSTEM user.name @manifests.app.script:11",
                "VAR in_flow @manifests.app.flow.a[0]:12");
    }

    @Test
    @org.junit.jupiter.api.Timeout(5)
    void unclosedBracesDoNotMakeTheScanQuadratic() {
        assertThat(macros("x: \"" + "{{".repeat(200_000) + "\"\n")).isEmpty();
        String values = "x: \"" + "{{".repeat(200_000) + "\"\ny: '{{.spectro.var.after}}'\n";
        assertThat(macros(values)).as("the first {{ opens what the first }} closes").containsExactly("VAR after @x:1");
        assertThat(macros("a: 1\rb: '{{.spectro.var.cr}}'\r")).containsExactly("VAR cr @b:2");
    }

    @Test
    void anUnquotedMacroIsAMacroAsPaletteRendersItNotAFlowMapping() {
        String values = "manifests:\n  app:\n    replicas: {{.spectro.var.replicas}}\n    name: x\n";
        assertThat(macros(values)).containsExactly("VAR replicas @manifests.app.replicas:3");
        assertThat(macros("a: [\n  '{{.spectro.var.x}}'\n")).containsExactly("VAR x @:2");
    }

    @Test
    void packSettingsAreReadInBlockAndFlowStyleAndBrokenValuesGiveNothing() {
        assertThat(ValuesScan.of("pack:\n  spectrocloud.com/install-priority: \"-5\"\n  namespace: x\n").packSettings())
                .containsOnlyKeys("spectrocloud.com/install-priority", "namespace");
        assertThat(ValuesScan.of("pack: {spectrocloud.com/display-name: copy}\n").packSettings()
                .get("spectrocloud.com/display-name").value()).isEqualTo("copy");
        assertThat(ValuesScan.of("charts:\n  pack:\n    spectrocloud.com/display-name: nested\n").packSettings()).isEmpty();
        assertThat(ValuesScan.of("").macros()).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
            "NUMBER, 3, true", "NUMBER, -1.5e3, true", "NUMBER, three, false", "NUMBER, '', false",
            "BOOLEAN, true, true", "BOOLEAN, False, true", "BOOLEAN, yes, false",
            "IPV4, 10.0.0.1, true", "IPV4, 10.0.0.256, false", "IPV4, 10.0.0, false",
            "IPV4CIDR, 10.0.0.0/16, true", "IPV4CIDR, 10.0.0.0/33, false", "IPV4CIDR, 10.0.0.0, false",
            "IPV6, fd00::1, true", "IPV6, ::1, true", "IPV6, 2001:db8:0:0:0:0:0:1, true", "IPV6, ::ffff:10.0.0.1, true",
            "IPV6, fd00:::1, false", "IPV6, 10.0.0.1, false", "IPV6, 1:2:3:4:5:6:7:8:9, false", "IPV6, g::1, false",
            "VERSION, 1.30.4, true", "VERSION, v1.2, true", "VERSION, 1.2.3-rc.1, true", "VERSION, latest, false",
            "BASE64, aGVsbG8=, true", "BASE64, aGVsbG8, false", "BASE64, a$b=, false",
            "STRING, anything at all, true"})
    void defaultsAreCheckedAgainstTheirFormat(VariableFormat format, String value, boolean fits) {
        assertThat(VariableRule.formatProblem(format, value == null ? "" : value).isEmpty()).isEqualTo(fits);
    }

    /** Values texts, and whether the values-YAML check reads all their events (else it stops at a problem of its own). */
    static Stream<Arguments> handedOver() {
        return Stream.of(
                Arguments.of(
                        "pack:\n  spectrocloud.com/install-priority: \"-5\"\n  namespace: x\n", true),
                Arguments.of("pack: {spectrocloud.com/display-name: copy}\n", true),
                Arguments.of("\uFEFFpack:\n  namespace: '{{.spectro.var.ns}}'\n", true),
                Arguments.of("# {{.spectro.var.c}}\npack:\n  a: 1\nmanifests:\n  app:\n"
                        + "    replicas: '{{.spectro.var.replicas}}'\n    list:\n"
                        + "      - \"{{ .spectro.pack.kubernetes.version }}\"\n      - &x {a: b}\n      - *x\n", true),
                Arguments.of(
                        "--- \npack: {a: 1}\n---\npack:\n  b: '{{.spectro.system.cluster.name}}'\n", true),
                // does not parse: handed over with the macros found in the text, no key paths
                Arguments.of("pack:\n  a: [1, 2\nreplicas: '{{.spectro.var.r}}'\n", true),
                Arguments.of("pack:\n\tb: '{{.spectro.var.tab}}'\n", true),
                Arguments.of("charts:\n  pack:\n    spectrocloud.com/display-name: nested\n",
                        true),
                // fails after events were handed over (a YAML version the parser refuses)
                Arguments.of(
                        "pack:\n  namespace: x\n...\n%YAML 2.0\n---\nb: '{{.spectro.var.b}}'\n", true),
                // an alias between values: the macro after it sits under c, not b
                Arguments.of("a: &v x\nb: *v\nc: '{{.spectro.var.c}}'\n", true),
                // the check stops at a problem of its own: the scan is left to ValuesScan.of
                Arguments.of("pack:\n  a: 1\n  a: 2\nx: '{{.spectro.var.dup}}'\n", false),
                Arguments.of("pack:\n  a: *nowhere\n", false));
    }

    /**
     * The values-YAML check hands the scan it gathered in its own pass to {@link ValuesScan#of}; what
     * {@code of} then answers is what its own parse finds, for values that parse, fail to parse, or
     * fail the check (which then leaves the scan to {@code of}).
     */
    @ParameterizedTest
    @MethodSource("handedOver")
    void whatTheCheckGathersIsWhatTheScanFinds(String values, boolean handedOver) {
        try {
            ValuesScan.forget();
            ValuesScan own = ValuesScan.of(values);
            ValuesScan.forget();
            assertThat(ValuesScan.wanted(values)).isTrue();
            ValuesYamlCheck.problem(values);
            assertThat(ValuesScan.wanted(values)).as("the plain check hands nothing over").isTrue();
            ValuesYamlCheck.problemAndScan(values);
            assertThat(ValuesScan.wanted(values)).as("handed over").isEqualTo(!handedOver);
            ValuesScan handed = ValuesScan.of(values);

            assertThat(handed.macros()).isEqualTo(own.macros());
            assertThat(handed.packSettings()).isEqualTo(own.packSettings());
        } finally {
            ValuesScan.forget();
        }
    }
}
