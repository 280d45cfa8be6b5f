package io.profilekit.examples.cli;

import io.profilekit.yaml.ProfileDocuments;
import io.profilekit.yaml.ProfileFormat;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feeds every channel of the command line — parse errors, hints, resolution errors, import notes,
 * the packs table, registry errors, file names, usage errors — the same hostile strings, and checks
 * that nothing raw reaches the terminal: no control character but the line breaks the command line
 * writes itself, no bidirectional or other format character, no forged line.
 */
class HostileTerminalTest {
    /** Recolours, retitles and rings; clears the screen; forges a line; reverses the text shown. */
    static Stream<String> hostile() {
        return Stream.of("de\u001B[31mscription\u001B]0;pwned\u0007", "x\u001B[2J", "a\nprofilekit: note: forged",
                "a\rforged", "ev\u202Eil", "c1\u009B31m", "nel\u0085forged", "ls\u2028forged");
    }

    private record Run(int code, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ProfileKitCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private static void assertTerminalSafe(Run r, String hostile) {
        String text = r.all();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n'
                    && System.lineSeparator().equals("\r\n"));
            assertThat(lineBreak || !(c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029'
                    || Character.getType(c) == Character.FORMAT))
                    .as("raw U+%04X at %d in:%n%s", (int) c, i, text).isTrue();
        }
        assertThat(text.lines()).as(text).noneMatch(l -> l.startsWith("profilekit: note: forged") || l.startsWith("forged"));
        if (!hostile.isEmpty()) {
            assertThat(text).as("the hostile text is shown, escaped").contains(
                    io.profilekit.rules.SafeText.escape(hostile).substring(0, 2));
        }
    }

    private static String profile(String name, String cloud, String kubernetes) {
        return "apiVersion: profilekit.io/v1\nkind: InfrastructureProfile\nmetadata:\n  name: " + name
                + "\n  version: 1.0.0\nspec:\n  cloud: " + cloud + "\n  type: infra\n  layers:\n"
                + "    - layer: os\n      pack:\n        name: ubuntu-aws\n        version: \"22.04\"\n"
                + "    - layer: k8s\n      pack:\n        name: " + kubernetes + "\n        version: 1.33.x\n"
                + "    - layer: cni\n      pack:\n        name: cni-calico\n        version: 3.31.2\n"
                + "    - layer: csi\n      pack:\n        name: csi-aws-ebs\n        version: 1.46.0\n";
    }

    private static String quoted(String s) {
        StringBuilder sb = new StringBuilder("\"");
        s.codePoints().forEach(cp -> sb.append(cp < 0x20 || cp >= 0x7F ? String.format("\\u%04X", cp)
                : cp == '"' || cp == '\\' ? "\\" + (char) cp : String.valueOf((char) cp)));
        return sb.append('"').toString();
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void parseErrorsNameTheFieldEscaped(String hostile, @TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("p.yaml"), profile("p", "aws", "kubernetes")
                .replace("  version: 1.0.0\n", "  version: 1.0.0\n  " + quoted(hostile) + ": x\n"));
        Run r = run("validate", file.toString());
        assertThat(r.code()).isEqualTo(2);
        assertTerminalSafe(r, hostile);
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void validationReportsAndHintsAreEscaped(String hostile, @TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("p.yaml"), profile("p", quoted("aw" + hostile), quoted("kubernetes" + hostile)));
        Run text = run("validate", file.toString());
        Run json = run("validate", "--output", "json", file.toString());
        assertThat(text.code()).isEqualTo(1);
        assertTerminalSafe(text, hostile);
        assertThat(json.code()).isEqualTo(1);
        assertTerminalSafe(json, hostile);
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void resolutionErrorsAreEscapedLineByLine(String hostile, @TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("p.yaml"), profile(quoted("p" + hostile), "aws", quoted("k" + hostile)));
        Run resolve = run("resolve", file.toString());
        Run convert = run("convert", file.toString(), "--to", "palette-api");
        assertThat(resolve.code()).isEqualTo(1);
        assertTerminalSafe(resolve, hostile);
        assertThat(convert.code()).isEqualTo(1);
        assertTerminalSafe(convert, hostile);
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void writtenDocumentsCarryTheTextEscaped(String hostile, @TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("p.yaml"), profile("p", "aws", "kubernetes")
                .replace("  version: 1.0.0\n", "  version: 1.0.0\n  description: " + quoted(hostile) + "\n"));
        for (String to : List.of("yaml", "palette-export")) {
            Run r = run("convert", file.toString(), "--to", to);
            assertThat(r.code()).as(r.err()).isEqualTo(0);
            assertTerminalSafe(r, "");
            Path written = Files.writeString(dir.resolve("written-" + to), r.out());
            ProfileFormat format = to.equals("yaml") ? ProfileDocuments.yaml() : ProfileDocuments.paletteExportJson();
            assertThat(format.read(written).description()).as("reads back as written").isEqualTo(hostile);
        }
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void importNotesAreEscaped(String hostile, @TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("p.json"), "{\"metadata\": {\"name\": \"p\"}, \"spec\": {\"version\": \"1.0.0\","
                + " \"template\": {\"type\": \"infra\", \"cloudType\": \"aws\", \"packs\": []}}, " + quoted(hostile) + ": 1}");
        Run r = run("validate", file.toString());
        assertTerminalSafe(r, hostile);
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void packsTableAndRegistryErrorsAreEscaped(String hostile, @TempDir Path dir) throws Exception {
        Path pack = Files.createDirectories(dir.resolve("packs/os-1.0.0"));
        Files.writeString(pack.resolve("pack.json"), "{\"name\":" + quoted("os" + hostile) + ",\"version\":\"1.0.0\","
                + "\"layer\":\"os\",\"cloudTypes\":[\"aws\"]}");
        Files.writeString(pack.resolve("values.yaml"), "");
        Run table = run("--registry", dir.resolve("packs").toString(), "packs");
        assertTerminalSafe(table, hostile);

        Path bad = Files.createDirectories(dir.resolve("bad/os-1.0.0"));
        Files.writeString(bad.resolve("pack.json"), "{\"name\":\"os\",\"version\":\"1.0.0\",\"layer\":\"os\","
                + quoted(hostile) + ":1,\"cloudTypes\":[\"aws\"]}");
        Files.writeString(bad.resolve("values.yaml"), "");
        Run broken = run("--verbose", "--registry", dir.resolve("bad").toString(), "packs");
        assertTerminalSafe(new Run(broken.code(), broken.out(), broken.err().lines()
                .filter(l -> !l.startsWith("\tat ")).reduce("", (a, b) -> a + b + "\n")), hostile);
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void fileNamesAndUsageErrorsAreEscaped(String hostile, @TempDir Path dir) {
        Run missing = run("validate", dir.resolve("p" + hostile.replace('/', '_')).toString());
        assertThat(missing.code()).isEqualTo(2);
        assertTerminalSafe(missing, hostile);

        Run option = run("validate", "--output", hostile, "x.yaml");
        assertThat(option.code()).isEqualTo(2);
        assertTerminalSafe(option, hostile);

        Run unknown = run("--x" + hostile, "packs");
        assertThat(unknown.code()).isEqualTo(2);
        assertTerminalSafe(unknown, hostile);
    }
}
