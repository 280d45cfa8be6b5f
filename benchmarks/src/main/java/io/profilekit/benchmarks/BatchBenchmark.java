package io.profilekit.benchmarks;

import io.profilekit.InfrastructureProfile;
import io.profilekit.registry.InMemoryPackRegistry;
import io.profilekit.rules.ValidationReport;
import io.profilekit.testing.RegistryGenerator;
import io.profilekit.validation.ProfileValidator;
import io.profilekit.yaml.ProfileDocuments;
import io.profilekit.yaml.ProfileFormat;
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

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A CI batch: generate 10,000 profiles, validate each against a registry and write each as
 * ProfileKit YAML, keeping every report (as a CI job would, to print a summary). One shot is the
 * whole batch, in a JVM limited to 256 MB of heap ({@code -Xmx256m}): finishing at all proves the
 * heap target. The peak heap used (the sum of the heap pools' peaks, an upper bound of the real
 * peak) is printed as {@value #PEAK_LINE}{@code <bytes>} when the fork ends.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class BatchBenchmark {
    /** How many profiles one batch holds. */
    public static final int PROFILES = 10_000;
    /** The start of the line that reports the peak heap. */
    public static final String PEAK_LINE = "profilekit-batch-peak-heap-bytes=";

    private static final long SEED = 20_260_101L;

    private InMemoryPackRegistry registry;
    private ProfileValidator validator;
    private ProfileFormat yaml;
    private long peak;

    /** Generates the registry the profiles point into, and builds the validator. */
    @Setup(Level.Trial)
    public void setUp() {
        registry = new RegistryGenerator(SEED).registry();
        validator = ProfileValidator.of(registry);
        yaml = ProfileDocuments.yaml();
    }

    /** Forgets the heap peaks so far, after a collection. */
    @Setup(Level.Iteration)
    public void resetPeak() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Records the iteration's heap peak. */
    @TearDown(Level.Iteration)
    public void recordPeak() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        peak = Math.max(peak, sum);
    }

    /** Prints the largest peak of all iterations. */
    @TearDown(Level.Trial)
    public void printPeak() {
        System.out.println(PEAK_LINE + peak);
    }

    /**
     * One batch of {@value #PROFILES} profiles.
     *
     * @return the reports, and how many characters were written
     */
    @Benchmark
    public Object batch() {
        RegistryGenerator gen = new RegistryGenerator(SEED);
        List<ValidationReport> reports = new ArrayList<>(PROFILES);
        long chars = 0;
        for (int i = 0; i < PROFILES; i++) {
            InfrastructureProfile profile = gen.profileFor(registry);
            reports.add(validator.validate(profile));
            chars += yaml.write(profile).length();
        }
        return List.of(reports, chars);
    }
}
