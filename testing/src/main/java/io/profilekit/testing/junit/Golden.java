package io.profilekit.testing.junit;

import io.profilekit.testing.internal.LineDiff;
import org.opentest4j.AssertionFailedError;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Golden files: compare what a test produced with a file kept beside the tests, and write the file
 * anew when asked. Run the tests with {@code -Dprofilekit.golden.update=true} to (re)write every
 * golden file from what the tests produce, then review the change like any other.
 *
 * <pre>{@code
 * String yaml = ProfileDocuments.yaml().write(ourGenerator.profileFor("eu-west-1"));
 * Golden.assertMatches(Path.of("src/test/resources/golden/eu-west-1.yaml"), yaml);
 * }</pre>
 *
 * <p>Line endings do not count ({@code \r\n} reads as {@code \n}). A mismatch fails with a unified
 * diff of the two texts in the message (and both texts attached, for IDEs that show a diff).
 */
public final class Golden {
    /** The system property that makes {@link #assertMatches(Path, String)} write the files. */
    public static final String UPDATE_PROPERTY = "profilekit.golden.update";

    private Golden() {
    }

    /**
     * Fails unless the file holds exactly this text; with {@code -Dprofilekit.golden.update=true},
     * writes the text to the file instead (creating its folders).
     *
     * @param goldenFile the golden file, relative to the working directory (the module's folder
     *        under Maven) or absolute
     * @param actual what the test produced
     * @throws AssertionFailedError if the file is missing or differs (the message holds the diff)
     * @throws UncheckedIOException if the file cannot be read or written
     */
    public static void assertMatches(Path goldenFile, String actual) {
        Objects.requireNonNull(goldenFile, "goldenFile");
        Objects.requireNonNull(actual, "actual");
        String produced = normalize(actual);
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            write(goldenFile, produced);
            return;
        }
        if (!Files.isRegularFile(goldenFile)) {
            throw new AssertionFailedError("Golden file " + goldenFile + " does not exist; run the tests with -D"
                    + UPDATE_PROPERTY + "=true to write it from what the test produced", null, produced);
        }
        String expected;
        try {
            expected = normalize(Files.readString(goldenFile, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the golden file " + goldenFile + ": " + e.getMessage(), e);
        }
        if (!expected.equals(produced)) {
            throw new AssertionFailedError("The text differs from the golden file " + goldenFile + " (- golden, + actual;"
                    + " run with -D" + UPDATE_PROPERTY + "=true to accept it):" + System.lineSeparator()
                    + LineDiff.unified(expected, produced), expected, produced);
        }
    }

    private static String normalize(String text) {
        return text.replace("\r\n", "\n");
    }

    private static void write(Path file, String text) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the golden file " + file + ": " + e.getMessage(), e);
        }
    }
}
