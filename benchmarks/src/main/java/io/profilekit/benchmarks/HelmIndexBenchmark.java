package io.profilekit.benchmarks;

import io.profilekit.VersionSelector;
import io.profilekit.yaml.registry.HelmIndexRegistry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Reading a generated Helm {@code index.yaml} of N chart versions (charts of 5,000 versions each,
 * newest first as Helm writes them, each with an appVersion, a digest and a URL, as real indexes
 * have): the time of one load, and — printed once per fork, in the trial's setup — the heap the
 * loaded registry keeps, in bytes per version, measured with {@link MemoryMXBean} after
 * {@code System.gc()} before and after a load. Figures depend on the machine and the JVM; run
 * with forks and compare within one run.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar HelmIndexBenchmark -f 2
 * </pre>
 *
 * Forks run in a heap of 256 MiB, the heap in which every index within the default limits must load.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 2, jvmArgsAppend = "-Xmx256m")
public class HelmIndexBenchmark {
    /** How many chart versions the index has. */
    @Param({"100000"})
    public int versions;

    private Path index;

    /**
     * Writes the index and reports the heap a loaded registry keeps per version.
     *
     * @throws IOException if the index cannot be written
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        index = Files.createTempFile("helm-index", ".yaml");
        Files.write(index, generate(versions).getBytes(StandardCharsets.UTF_8));
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        settle();
        long before = memory.getHeapMemoryUsage().getUsed();
        HelmIndexRegistry kept = HelmIndexRegistry.load(index);
        settle();
        long after = memory.getHeapMemoryUsage().getUsed();
        if (kept.size() != versions || kept.newest("chart0", VersionSelector.parse("1.x")).isEmpty()) {
            throw new IllegalStateException("the index did not load as generated: " + kept);
        }
        System.out.printf("%n[HelmIndexBenchmark] %d versions, index %d bytes: registry keeps %d bytes"
                + " (%.1f bytes per version, its strings included)%n", kept.size(), Files.size(index),
                after - before, (after - before) / (double) kept.size());
    }

    /**
     * Deletes the index.
     *
     * @throws IOException if it cannot be deleted
     */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(index);
    }

    /**
     * One load of the whole index.
     *
     * @return the registry
     */
    @Benchmark
    public HelmIndexRegistry load() {
        return HelmIndexRegistry.load(index);
    }

    private static void settle() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }

    /**
     * An index of {@code versions} chart versions, in charts of 5,000.
     *
     * @param versions how many
     * @return the YAML text
     */
    static String generate(int versions) {
        StringBuilder sb = new StringBuilder(versions * 160).append("apiVersion: v1\nentries:\n");
        int chart = -1;
        for (int i = 0; i < versions; i++) {
            int inChart = i % 5_000;
            if (inChart == 0) {
                chart++;
                sb.append("  chart").append(chart).append(":\n");
            }
            int v = 4_999 - inChart;
            String version = (v / 100) + "." + (v % 100) + ".0";
            sb.append("  - name: chart").append(chart).append('\n')
                    .append("    version: ").append(version).append('\n')
                    .append("    appVersion: \"").append(version).append("\"\n")
                    .append("    digest: ").append(String.format("%064x", (long) i * 0x9E3779B97F4A7C15L)).append('\n')
                    .append("    urls:\n    - https://charts.example/chart").append(chart).append('-').append(version)
                    .append(".tgz\n");
        }
        return sb.append("generated: \"2026-01-01T00:00:00Z\"\n").toString();
    }
}
