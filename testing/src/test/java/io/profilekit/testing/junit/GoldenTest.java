package io.profilekit.testing.junit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Golden files: a match passes, a mismatch shows a unified diff, the update property writes. */
class GoldenTest {
    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    @AfterEach
    void noUpdate() {
        System.clearProperty(Golden.UPDATE_PROPERTY);
    }

    @Test
    void aMatchPassesWhateverTheLineEndings() throws Exception {
        Path golden = dir.resolve("a.yaml");
        Files.writeString(golden, "name: a\r\nversion: 1.0.0\r\n");

        Golden.assertMatches(golden, "name: a\nversion: 1.0.0\n");
    }

    @Test
    void aMismatchShowsAUnifiedDiffWithContext() throws Exception {
        Path golden = dir.resolve("b.yaml");
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            text.append("line ").append(i).append('\n');
        }
        Files.writeString(golden, text);
        String changed = text.toString().replace("line 6\n", "line six\n").replace("line 12\n", "line 12\nline 13\n");

        assertThatThrownBy(() -> Golden.assertMatches(golden, changed)).isInstanceOf(AssertionFailedError.class)
                .hasMessage("The text differs from the golden file " + golden + " (- golden, + actual; run with"
                        + " -Dprofilekit.golden.update=true to accept it):" + NL
                        + "@@ -3,11 +3,12 @@\n line 3\n line 4\n line 5\n-line 6\n+line six\n line 7\n line 8\n line 9\n"
                        + " line 10\n line 11\n line 12\n+line 13\n \n");
    }

    @Test
    void farApartChangesAreSeparateHunksAndControlCharactersAreEscaped() throws Exception {
        Path golden = dir.resolve("c.txt");
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            text.append(i).append('\n');
        }
        Files.writeString(golden, text);
        String changed = text.toString().replace("\n2\n", "\ntwo\u001b[31m\n").replace("\n19\n", "\nnineteen\n");

        assertThatThrownBy(() -> Golden.assertMatches(golden, changed))
                .hasMessageEndingWith("@@ -1,5 +1,5 @@\n 1\n-2\n+two\\e[31m\n 3\n 4\n 5\n"
                        + "@@ -16,6 +16,6 @@\n 16\n 17\n 18\n-19\n+nineteen\n 20\n \n");
    }

    @Test
    void aMissingFileSaysHowToWriteIt() {
        Path golden = dir.resolve("missing/d.yaml");

        assertThatThrownBy(() -> Golden.assertMatches(golden, "x"))
                .hasMessage("Golden file " + golden + " does not exist; run the tests with -Dprofilekit.golden.update=true"
                        + " to write it from what the test produced");
    }

    @Test
    void theUpdatePropertyWritesTheFileAndItsFolders() throws Exception {
        Path golden = dir.resolve("new/e.yaml");
        System.setProperty(Golden.UPDATE_PROPERTY, "true");

        Golden.assertMatches(golden, "name: e\r\n");

        assertThat(Files.readString(golden)).isEqualTo("name: e\n");
        System.clearProperty(Golden.UPDATE_PROPERTY);
        Golden.assertMatches(golden, "name: e\n");
    }
}
