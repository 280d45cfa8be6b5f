package io.profilekit.benchmarks;

import io.profilekit.CloudType;
import io.profilekit.InfrastructureProfile;
import io.profilekit.LayerType;
import io.profilekit.VersionSelector;
import io.profilekit.registry.InMemoryPackRegistry;
import io.profilekit.registry.PackDescriptor;
import io.profilekit.resolve.ProfileResolver;
import io.profilekit.resolve.Resolution;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Resolving a train selector ({@code 1.M.x}) among N versions of one pack ({@code 1.0.0} …
 * {@code 1.(N/100-1).99}, a hundred patches per minor), the train in the middle of them; the
 * N = 100 case is the baseline of the others. Measured twice: the registry's own lookup, and a
 * whole four-layer profile resolved by {@link ProfileResolver}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ResolveBenchmark {
    /** How many versions the pack has. */
    @Param({"100", "10000", "100000"})
    public int versions;

    private InMemoryPackRegistry registry;
    private VersionSelector train;
    private InfrastructureProfile profile;
    private ProfileResolver resolver;

    /** Builds the registry, the selector and the profile, and checks the train resolves as expected. */
    @Setup
    public void setUp() {
        InMemoryPackRegistry.Builder b = InMemoryPackRegistry.builder("bench").name("Bench Repo");
        for (int i = 0; i < versions; i++) {
            b.add(PackDescriptor.builder("kubernetes", "1." + (i / 100) + "." + (i % 100), LayerType.KUBERNETES)
                    .cloudTypes(CloudType.AWS).build());
        }
        b.add(PackDescriptor.builder("ubuntu-aws", "22.04", LayerType.OS).cloudTypes(CloudType.AWS).build());
        b.add(PackDescriptor.builder("cni-calico", "3.31.2", LayerType.NETWORK).cloudTypes(CloudType.ALL).build());
        b.add(PackDescriptor.builder("csi-aws-ebs", "1.46.0", LayerType.STORAGE).cloudTypes(CloudType.AWS).build());
        registry = b.build();
        int minor = versions / 100 / 2;
        train = VersionSelector.parse("1." + minor + ".x");
        profile = InfrastructureProfile.builder().name("bench").cloud(CloudType.AWS)
                .os("ubuntu-aws", "22.04")
                .kubernetes("kubernetes", train.toString())
                .network("cni-calico", "3.31.2")
                .storage("csi-aws-ebs", "1.46.0")
                .build();
        resolver = ProfileResolver.of(registry);
        String expected = "1." + minor + ".99";
        String got = newest().map(p -> p.version().toString()).orElse("nothing");
        Resolution r = resolveProfile();
        if (!got.equals(expected) || !r.failures().isEmpty()
                || !r.resolved().get(1).version().map(Object::toString).orElse("").equals(expected)) {
            throw new IllegalStateException(train + " should resolve to " + expected + ", got " + got + " / " + r);
        }
    }

    /**
     * The registry's lookup of the newest version in the train.
     *
     * @return the chosen version
     */
    @Benchmark
    public Optional<PackDescriptor> newest() {
        return registry.newest("kubernetes", train);
    }

    /**
     * Resolution of a four-layer profile whose Kubernetes layer names the train.
     *
     * @return the resolution
     */
    @Benchmark
    public Resolution resolveProfile() {
        return resolver.attempt(profile);
    }
}
