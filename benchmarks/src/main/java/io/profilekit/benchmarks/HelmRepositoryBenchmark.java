package io.profilekit.benchmarks;

import io.profilekit.VersionSelector;
import io.profilekit.yaml.registry.HelmIndexRegistry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Loading a 4 MB Helm repository index shaped like a real one (grafana's: 3,589 chart versions of
 * 40 charts, each with annotations, dependencies, keywords, maintainers, sources and URLs), against
 * the baseline of Jackson reading the same file into a {@code JsonNode} tree. Both run in a heap of
 * 64 MiB; the peak heap of one ProfileKit load (the sum of the heap pools' peaks after a
 * collection, an upper bound) is printed once per fork as {@value #PEAK_LINE}{@code <bytes>}.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar HelmRepositoryBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx64m")
public class HelmRepositoryBenchmark {
    /** The start of the line that reports the peak heap of one load. */
    public static final String PEAK_LINE = "profilekit-helm-peak-heap-bytes=";
    /** Chart versions in the index. */
    static final int VERSIONS = 3_589;
    /** Charts in the index. */
    static final int CHARTS = 40;

    private Path index;
    private YAMLMapper mapper;

    /**
     * Writes the index, checks both sides read it, and prints the peak heap of one load.
     *
     * @throws IOException if the index cannot be written
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        index = Files.createTempFile("helm-repository", ".yaml");
        Files.write(index, generate().getBytes(StandardCharsets.UTF_8));
        // Jackson's default limit of 3 MiB is below the index; raised to ProfileKit's default for indexes.
        mapper = YAMLMapper.builder(YAMLFactory.builder()
                .loadSettings(LoadSettings.builder().setCodePointLimit(64 * 1024 * 1024).build()).build()).build();
        if (jackson().get("entries").size() != CHARTS) {
            throw new IllegalStateException("Jackson did not read the index as generated");
        }
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
        HelmIndexRegistry r = profileKit();
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        if (r.size() != VERSIONS || r.newest("chart-0", VersionSelector.parse("8.x")).isEmpty()) {
            throw new IllegalStateException("the index did not load as generated: " + r);
        }
        System.out.printf("%n[HelmRepositoryBenchmark] index of %d bytes, %d versions%n%s%d%n", Files.size(index),
                r.size(), PEAK_LINE, peak);
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
     * ProfileKit: one load of the index.
     *
     * @return the registry
     */
    @Benchmark
    public HelmIndexRegistry profileKit() {
        return HelmIndexRegistry.load(index);
    }

    /**
     * Baseline: Jackson reads the file into a tree.
     *
     * @return the tree
     */
    @Benchmark
    public JsonNode jackson() {
        return mapper.readTree(index.toFile());
    }

    /**
     * The index: {@value #CHARTS} charts, newest version first, {@value #VERSIONS} versions in all,
     * about 1,200 bytes each as in grafana's index.
     *
     * @return the YAML text
     */
    static String generate() {
        StringBuilder sb = new StringBuilder(VERSIONS * 1_200).append("apiVersion: v1\nentries:\n");
        int left = VERSIONS;
        for (int c = 0; c < CHARTS; c++) {
            int n = left / (CHARTS - c);
            left -= n;
            String chart = "chart-" + c;
            sb.append("  ").append(chart).append(":\n");
            for (int i = n - 1; i >= 0; i--) {
                String version = (i / 40 + 6) + "." + (i % 40 / 4) + "." + (i % 4);
                String app = (i / 30 + 9) + "." + (i % 30 / 5) + "." + (i % 5);
                sb.append("  - annotations:\n")
                        .append("      artifacthub.io/license: AGPL-3.0\n")
                        .append("      artifacthub.io/links: |\n")
                        .append("        - name: Chart Source\n          url: https://github.com/example/helm-charts\n")
                        .append("        - name: Upstream Project\n          url: https://github.com/example/")
                        .append(chart).append('\n')
                        .append("    apiVersion: v2\n")
                        .append("    appVersion: ").append(app).append('\n')
                        .append("    created: \"2025-").append(String.format("%02d", 1 + i % 12)).append("-")
                        .append(String.format("%02d", 1 + i % 28)).append("T08:52:11.118052155Z\"\n")
                        .append("    dependencies:\n")
                        .append("    - condition: sidecar.enabled\n      name: common\n      repository: ")
                        .append("https://charts.example.com\n      version: 1.x.x\n")
                        .append("    description: The leading tool for querying and visualizing time series and")
                        .append(" metrics.\n")
                        .append("    digest: ").append(String.format("%064x", (long) (c * 10_000 + i)
                                * 0x9E3779B97F4A7C15L)).append('\n')
                        .append("    home: https://example.com/").append(chart).append('\n')
                        .append("    icon: https://artifacthub.io/image/b4fed1a7-6c8f-4945-b99d-096efa3e4116\n")
                        .append("    keywords:\n    - monitoring\n    - metric\n")
                        .append("    kubeVersion: ^1.8.0-0\n")
                        .append("    maintainers:\n")
                        .append("    - email: first.maintainer@example.com\n      name: first\n")
                        .append("    - email: second.maintainer@example.com\n      name: second\n")
                        .append("    name: ").append(chart).append('\n')
                        .append("    sources:\n    - https://github.com/example/").append(chart)
                        .append("\n    - https://github.com/example/helm-charts\n")
                        .append("    type: application\n")
                        .append("    urls:\n    - https://github.com/example/helm-charts/releases/download/")
                        .append(chart).append('-').append(version).append('/').append(chart).append('-')
                        .append(version).append(".tgz\n")
                        .append("    version: ").append(version).append('\n');
            }
        }
        return sb.append("generated: \"2026-01-01T00:00:00Z\"\n").toString();
    }
}
