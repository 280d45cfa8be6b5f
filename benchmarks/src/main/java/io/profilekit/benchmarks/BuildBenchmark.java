package io.profilekit.benchmarks;

import io.profilekit.InfrastructureProfile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/** Building the four-layer DESIGN.md profile with the builder, in profiles per second. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BuildBenchmark {
    /**
     * Builds the profile: every setter's checks, the layers and {@code build()}'s structural checks.
     *
     * @return the profile
     */
    @Benchmark
    public InfrastructureProfile build() {
        return Documents.designProfile();
    }
}
