package io.profilekit.yaml;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Hostile input must be refused where it is: a line and a column for every problem that has one,
 * a short path, and a message that names the format the document is in.
 */
@Timeout(10)
class HostileLocationsTest {
    private static final String DOC = "apiVersion: profilekit.io/v1\nkind: InfrastructureProfile\nmetadata:\n"
            + "  name: p\n  version: 1.0.0\n  description: here\nspec:\n  cloud: aws\n  layers: []\n";

    private static ProfileParseException readFile(Path dir, byte[] content, ProfileFormat format) throws Exception {
        Path file = Files.write(dir.resolve("doc"), content);
        return catchThrowableOfType(ProfileParseException.class, () -> format.read(file));
    }

    @Test
    void aNulByteIsReportedOnItsLine(@TempDir Path dir) throws Exception {
        ProfileParseException e = readFile(dir, DOC.replace("here", "he\u0000re").getBytes(StandardCharsets.UTF_8),
                ProfileDocuments.yaml());
        assertThat(e.line()).hasValue(6);
        assertThat(e.column()).hasValue(18);
    }

    @Test
    void invalidUtf8IsReportedWhereTheBadBytesAre(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String[] parts = DOC.split("here");
        bytes.writeBytes((parts[0] + "hé").getBytes(StandardCharsets.UTF_8));
        bytes.write(0xFF);
        bytes.writeBytes(("re" + parts[1]).getBytes(StandardCharsets.UTF_8));
        for (ProfileFormat format : new ProfileFormat[] {ProfileDocuments.yaml(), ProfileDocuments.paletteApiJson()}) {
            ProfileParseException e = readFile(dir, bytes.toByteArray(), format);
            assertThat(e.problem()).contains("not valid UTF-8");
            assertThat(e.line()).as(format.toString()).hasValue(6);
            assertThat(e.column()).hasValue(18);
        }
    }

    @Test
    void aTruncatedUtf8SequenceAtTheEndIsReportedThere(@TempDir Path dir) throws Exception {
        byte[] text = (DOC + "# é").getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(text, text.length - 1);
        ProfileParseException e = readFile(dir, cut, ProfileDocuments.yaml());
        assertThat(e.problem()).contains("not valid UTF-8");
        assertThat(e.line()).hasValue(10);
        assertThat(e.column()).hasValue(3);
    }

    @Test
    void tooDeepNestingHasItsPlaceAndAShortPath() {
        StringBuilder doc = new StringBuilder(DOC).append("x:\n");
        for (int i = 1; i < 200; i++) {
            doc.append("  ".repeat(i)).append("a:\n");
        }
        ProfileParseException e = catchThrowableOfType(ProfileParseException.class,
                () -> ProfileDocuments.yaml().read(doc.toString()));
        assertThat(e.problem()).contains("nesting is deeper than 100 levels");
        assertThat(e.line()).isPresent();
        assertThat(e.column()).isPresent();
        assertThat(e.path()).hasSizeLessThan(80).startsWith("x.a").contains("more levels");
    }

    @Test
    void aTenThousandDigitNumberNamesItsLine() {
        ProfileParseException e = catchThrowableOfType(ProfileParseException.class,
                () -> ProfileDocuments.yaml().read(DOC.replace("1.0.0", "9".repeat(10_000))));
        assertThat(e.line()).hasValue(5);
        assertThat(e.path()).isEqualTo("metadata.version");
        assertThat(e.getMessage()).hasSizeLessThan(400);
    }

    @Test
    void jsonWithACommentIsReportedAsJson() {
        ProfileParseException e = catchThrowableOfType(ProfileParseException.class,
                () -> ProfileDocuments.paletteApiJson().read("{\n  // a comment\n  \"metadata\": {}\n}\n"));
        assertThat(e.problem()).contains("JSON").doesNotContain("YAML");
        assertThat(e.line()).hasValue(2);
    }

    @Test
    void aMergeKeyIsRefusedAtTheKeyNotReportedAsAMissingField() {
        String doc = DOC.replace("  layers: []\n", "  layers:\n    - layer: os\n      <<: {pack: {name: ubuntu-aws, version: '22.04'}}\n");
        assertThatThrownBy(() -> ProfileDocuments.yaml().read(doc))
                .isInstanceOf(ProfileParseException.class)
                .hasMessageContaining(":11:7:")
                .hasMessageContaining("merge keys ('<<') are not supported")
                .hasMessageNotContaining("missing");
    }
}
