package io.profilekit.yaml;

import io.profilekit.yaml.registry.HelmIndexRegistry;
import io.profilekit.yaml.registry.PackDirectoryRegistry;
import io.profilekit.yaml.registry.PackRegistryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every reading error of every file ProfileKit reads has one shape, whichever reader found it: a
 * {@link ReadException} whose message is {@code file:line:column: path: problem — hint}, built from
 * the same parts its accessors return; and every warning reads the same way.
 */
class ReadErrorShapeTest {
    /** {@code file:line:column: path: problem — hint}. */
    private static final Pattern SHAPE = Pattern.compile("(?<file>[^:]+):(?<line>\\d+):(?<column>\\d+): (?<path>[^ ]+): "
            + "(?<problem>.+) — (?<hint>.+)");

    @TempDir
    Path root;

    @Test
    void documentsPackFilesAndHelmIndexesFailAlike() throws Exception {
        Files.createDirectories(root.resolve("a-1.0.0"));
        Files.writeString(root.resolve("a-1.0.0/pack.json"), "{\"name\": \"a\", \"version\": 1.10, \"layer\": \"addon\"}");
        Files.writeString(root.resolve("a-1.0.0/values.yaml"), "");
        List<Supplier<Object>> reads = List.of(
                () -> ProfileDocuments.yaml().read("apiVersion: profilekit.io/v1\nkind: InfrastructureProfile\n"
                        + "metadata: {name: p, verison: 1.0.0}\nspec: {layers: []}\n"),
                () -> ProfileDocuments.paletteExportJson().read("{\"metadata\": {\"name\": \"p\"},\n \"spec\": []}"),
                () -> PackDirectoryRegistry.load(root),
                () -> HelmIndexRegistry.parse("apiVersion: v1\nentries:\n  a:\n  - version: 1.0.0\n    urls: x\n"));
        List<ReadException> errors = new ArrayList<>();
        for (Supplier<Object> read : reads) {
            errors.add(catchThrowableOfType(ReadException.class, read::get));
        }

        assertThat(errors).extracting(Object::getClass).containsExactly(ProfileParseException.class,
                ProfileParseException.class, PackRegistryException.class, PackRegistryException.class);
        for (ReadException e : errors) {
            var m = SHAPE.matcher(e.getMessage());
            assertThat(m.matches()).as(e.getMessage()).isTrue();
            assertThat(m.group("file")).isEqualTo(e.documentName());
            assertThat(Integer.parseInt(m.group("line"))).isEqualTo(e.line().orElseThrow());
            assertThat(Integer.parseInt(m.group("column"))).isEqualTo(e.column().orElseThrow());
            assertThat(m.group("path")).isEqualTo(e.path());
            assertThat(m.group("problem")).isEqualTo(e.problem());
            assertThat(m.group("hint")).isEqualTo(e.hint());
        }
        assertThat(errors.get(2).getMessage()).isEqualTo("a-1.0.0/pack.json:1:26: version: expected a string, found"
                + " the number 1.10 — write it in quotes: \"1.10\"");
    }

    @Test
    void documentAndRegistryWarningsReadAlike() throws Exception {
        Files.createDirectories(root.resolve("a-1.0.0"));
        Files.writeString(root.resolve("a-1.0.0/pack.json"), "{\"name\": \"a\", \"displayName\": \"A\", \"version\":"
                + " \"1.0.0\",\n \"layer\": \"addon\", \"cloudTypes\": [\"all\"], \"commit_msg\": \"x\"}");
        Files.writeString(root.resolve("a-1.0.0/values.yaml"), "");

        ReadWarning registry = PackDirectoryRegistry.load(root).warnings().get(0);
        ReadWarning document = ProfileDocuments.paletteExportJson().readWithWarnings("{\"metadata\": {\"name\": \"p\","
                + " \"kind\": \"u1\"}, \"spec\": {\"template\": {\"packs\": []}}}").warnings().get(0);

        assertThat(registry.toString()).isEqualTo("a-1.0.0/pack.json:2:43: commit_msg: not a field of Palette's"
                + " pack.json schema; ignored");
        assertThat(document.toString()).isEqualTo("<string>:1:28: metadata.kind: field 'kind' has no place in"
                + " ProfileKit's model; ignored");
    }
}
