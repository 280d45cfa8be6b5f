package io.profilekit.benchmarks;

import io.profilekit.CloudType;
import io.profilekit.ClusterProfile;
import io.profilekit.InfrastructureProfile;
import io.profilekit.LayerType;
import io.profilekit.PackVersion;
import io.profilekit.registry.DependencyType;
import io.profilekit.registry.InMemoryPackRegistry;
import io.profilekit.registry.PackDependency;
import io.profilekit.registry.PackDescriptor;
import io.profilekit.registry.PackRegistries;
import io.profilekit.registry.PackRegistry;
import io.profilekit.rules.ValidationReport;
import io.profilekit.validation.ProfileValidator;
import io.profilekit.validation.upgrade.UpgradePlan;
import io.profilekit.validation.upgrade.UpgradePlanner;
import io.profilekit.validation.upgrade.UpgradePolicy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/**
 * Planning the upgrade of the README's profile pinned to last year's versions (built-in catalog,
 * Calico versions that hold Kubernetes at 1.32) with the latest policy, beside the baseline of
 * validating the same profile once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class UpgradePlannerBenchmark {
    private ClusterProfile profile;
    private UpgradePlanner planner;
    private ProfileValidator validator;

    /** Builds the registry, profile, planner and validator once, and checks the plan is the README's. */
    @Setup
    public void setUp() {
        InMemoryPackRegistry.Builder hold = InMemoryPackRegistry.builder("calico-hold");
        for (String v : new String[] {"3.29.2", "3.30.1"}) {
            hold.add(PackDescriptor.builder("cni-calico", v, LayerType.NETWORK).cloudTypes(CloudType.AWS)
                    .dependency(PackDependency.of("kubernetes", LayerType.KUBERNETES, DependencyType.OPTIONAL,
                            PackVersion.parse("1.29"), PackVersion.parse("1.32")))
                    .build());
        }
        PackRegistry registry = PackRegistries.compose(hold.build(), PackRegistries.builtIn());
        profile = InfrastructureProfile.builder().name("aws-prod-2025").version("1.4.0").cloud(CloudType.AWS)
                .os("ubuntu-aws", "22.04").kubernetes("kubernetes", "1.31.2").network("cni-calico", "3.29.2")
                .storage("csi-aws-ebs", "1.41.0").build();
        planner = UpgradePlanner.of(registry);
        validator = ProfileValidator.of(registry);
        UpgradePlan plan = plan();
        if (plan.upgrades().size() != 4 || plan.held().size() != 1) {
            throw new IllegalStateException("unexpected plan: " + plan.toText());
        }
    }

    /** @return the plan */
    @Benchmark
    public UpgradePlan plan() {
        return planner.plan(profile, UpgradePolicy.LATEST);
    }

    /** @return the baseline: one validation of the profile */
    @Benchmark
    public ValidationReport validateOnce() {
        return validator.validate(profile);
    }
}
