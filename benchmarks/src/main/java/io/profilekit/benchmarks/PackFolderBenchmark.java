package io.profilekit.benchmarks;

import io.profilekit.yaml.registry.PackDirectoryRegistry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Loading a pack-folder registry of {@value PackFolders#PACKS} packs shaped like Palette's public
 * community packs ({@link PackFolders}): every {@code pack.json}, {@code presets.yaml} and
 * {@code schema.yaml} read, every {@code values.yaml} checked, from the file system (warm: the
 * files are in the page cache after the first load).
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar PackFolderBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PackFolderBenchmark {
    private Path folder;

    /**
     * Writes the pack folders and checks they load as written.
     *
     * @throws IOException if they cannot be written
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        folder = PackFolders.write(Files.createTempDirectory("pack-folders"));
        PackDirectoryRegistry r = load();
        if (r.size() != PackFolders.PACKS || !r.warnings().isEmpty()) {
            throw new IllegalStateException("the pack folders did not load as written: " + r + " " + r.warnings());
        }
    }

    /**
     * Deletes the pack folders.
     *
     * @throws IOException if they cannot be deleted
     */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }

    /**
     * One load of the whole folder.
     *
     * @return the registry
     */
    @Benchmark
    public PackDirectoryRegistry load() {
        return PackDirectoryRegistry.load(folder);
    }
}
