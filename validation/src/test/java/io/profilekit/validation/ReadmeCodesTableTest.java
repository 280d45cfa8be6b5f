package io.profilekit.validation;

import io.profilekit.rules.ViolationCode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The README's table of violation codes is generated from {@link ViolationCode#markdownTable()}, so
 * it cannot drift: this test fails when it differs and prints the expected table. Run it with
 * {@code -Dprofilekit.readme.update=true} to rewrite the table between the markers.
 */
class ReadmeCodesTableTest {
    static final String START = "<!-- codes:start -->";
    static final String END = "<!-- codes:end -->";

    @Test
    void theReadmeTableOfCodesIsTheGeneratedOne() throws IOException {
        Path readme = findReadme();
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        String expected = ViolationCode.markdownTable();
        int section = text.indexOf("\n## Violation codes\n");
        int start = text.indexOf(START, Math.max(section, 0));
        int end = text.indexOf(END, Math.max(start, 0));
        if (section < 0 || start < 0 || end < 0) {
            fail(readme + " needs a '## Violation codes' section with the table between " + START + " and " + END
                    + ":\n\n" + START + "\n" + expected + END + "\n");
        }
        String actual = text.substring(start + START.length(), end).strip() + "\n";
        if (!actual.equals(expected) && Boolean.getBoolean("profilekit.readme.update")) {
            Files.writeString(readme, text.substring(0, start + START.length()) + "\n" + expected + text.substring(end),
                    StandardCharsets.UTF_8);
            return;
        }
        assertThat(actual)
                .as("The table in %s is out of date; replace it with (or run with -Dprofilekit.readme.update=true):%n%n%s",
                        readme, expected)
                .isEqualTo(expected);
    }

    @Test
    void everyCodeHasADescriptionOnOneLine() {
        for (ViolationCode code : ViolationCode.values()) {
            assertThat(code.description()).as(code.name()).isNotBlank().doesNotContain("\n").doesNotContain("|");
        }
    }

    /** The README of the repository: the nearest one up from here next to the parent pom. */
    private static Path findReadme() throws IOException {
        Path dir = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            Path pom = d.resolve("pom.xml");
            if (Files.isRegularFile(d.resolve("README.md")) && Files.isRegularFile(pom)
                    && Files.readString(pom).contains("<artifactId>profilekit-parent</artifactId>")) {
                return d.resolve("README.md");
            }
        }
        throw new IllegalStateException("no README.md next to the parent pom above " + dir);
    }
}
