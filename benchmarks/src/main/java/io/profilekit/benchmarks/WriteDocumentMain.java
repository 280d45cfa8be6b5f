package io.profilekit.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the DESIGN.md profile as ProfileKit YAML to a file, for the cold-start measurement. */
public final class WriteDocumentMain {
    private WriteDocumentMain() {
    }

    /**
     * Writes the document.
     *
     * @param args the file to write
     * @throws Exception if it cannot be written
     */
    public static void main(String[] args) throws Exception {
        Files.writeString(Path.of(args[0]), Documents.designYaml());
    }
}
