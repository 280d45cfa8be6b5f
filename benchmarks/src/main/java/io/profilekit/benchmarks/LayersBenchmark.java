package io.profilekit.benchmarks;

import io.profilekit.AddOnProfile;
import io.profilekit.CloudType;
import io.profilekit.ClusterStack;
import io.profilekit.InfrastructureProfile;
import io.profilekit.Layer;
import io.profilekit.LayerType;
import io.profilekit.registry.InMemoryPackRegistry;
import io.profilekit.registry.PackDescriptor;
import io.profilekit.rules.ValidationReport;
import io.profilekit.validation.ProfileValidator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How validation grows with layers: the DESIGN.md profile's four layers, the same with 96 add-on
 * layers more ({@value #FULL_LAYERS} layers), and a stack of that four-layer profile and
 * {@value #ADD_ONS} add-on profiles of {@value #LAYERS_PER_ADD_ON} layers each
 * ({@value #STACK_LAYERS} layers), all against one registry that holds every pack. Each add-on
 * layer has values of its own, as the profile's Kubernetes and Calico layers have. The table
 * divides each time by the layers validated.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LayersBenchmark {
    /** Layers of the large profile. */
    public static final int FULL_LAYERS = 100;
    /** Add-on profiles of the stack. */
    public static final int ADD_ONS = 10;
    /** Layers of each add-on profile of the stack. */
    public static final int LAYERS_PER_ADD_ON = 2;
    /** Layers of the whole stack. */
    public static final int STACK_LAYERS = 4 + ADD_ONS * LAYERS_PER_ADD_ON;

    private ProfileValidator validator;
    private InfrastructureProfile four;
    private InfrastructureProfile hundred;
    private ClusterStack stack;

    /** Builds the registry, the profiles and the stack, and checks each is valid. */
    @Setup
    public void setUp() {
        InMemoryPackRegistry.Builder registry = InMemoryPackRegistry.builder("bench").name("Bench Repo");
        registry.add(PackDescriptor.builder("ubuntu-aws", "22.04", LayerType.OS).cloudTypes(CloudType.AWS).build());
        for (String v : List.of("1.33.0", "1.33.4", "1.33.6")) {
            registry.add(PackDescriptor.builder("kubernetes", v, LayerType.KUBERNETES).cloudTypes(CloudType.AWS)
                    .build());
        }
        registry.add(PackDescriptor.builder("cni-calico", "3.31.2", LayerType.NETWORK).cloudTypes(CloudType.ALL)
                .build());
        registry.add(PackDescriptor.builder("csi-aws-ebs", "1.46.0", LayerType.STORAGE).cloudTypes(CloudType.AWS)
                .build());
        for (int i = 0; i < FULL_LAYERS; i++) {
            registry.add(PackDescriptor.builder("addon-" + i, "2." + (i % 7) + ".0", LayerType.ADDON)
                    .cloudTypes(CloudType.ALL).values(values(i)).build());
        }
        validator = ProfileValidator.of(registry.build());
        four = base().build();
        InfrastructureProfile.Builder b = base();
        for (int i = 0; i < FULL_LAYERS - 4; i++) {
            b.layer(addOn(i));
        }
        hundred = b.build();
        List<AddOnProfile> addOns = new ArrayList<>();
        for (int p = 0; p < ADD_ONS; p++) {
            AddOnProfile.Builder a = AddOnProfile.builder().name("addons-" + p).version("1.0.0").cloud(CloudType.AWS);
            for (int l = 0; l < LAYERS_PER_ADD_ON; l++) {
                a.layer(addOn(p * LAYERS_PER_ADD_ON + l));
            }
            addOns.add(a.build());
        }
        stack = ClusterStack.of(four, addOns);
        for (ValidationReport r : List.of(fourLayers(), hundredLayers(), stackOf1And10())) {
            if (!r.violations().isEmpty()) {
                throw new IllegalStateException("the benchmark profiles should be valid: " + r);
            }
        }
    }

    private static String values(int i) {
        return "addon" + i + ":\n  enabled: true\n  replicas: " + (1 + i % 3) + "\n  image:\n    tag: \"2." + (i % 7)
                + ".0\"\n";
    }

    private static Layer addOn(int i) {
        return Layer.builder(LayerType.ADDON, "addon-" + i, "2." + (i % 7) + ".0").values(values(i)).build();
    }

    private static InfrastructureProfile.Builder base() {
        return InfrastructureProfile.builder()
                .name("aws-prod-base")
                .version("1.2.0")
                .description("Production base for AWS")
                .cloud(CloudType.AWS)
                .tag("owner:platform").tag("env:prod")
                .os("ubuntu-aws", "22.04")
                .kubernetes("kubernetes", "1.33.x", k -> k.values(Documents.KUBE_VALUES))
                .network("cni-calico", "3.31.2", n -> n.values(Documents.CALICO_VALUES))
                .storage("csi-aws-ebs", "1.46.0");
    }

    /**
     * Baseline: the four-layer profile.
     *
     * @return the report
     */
    @Benchmark
    public ValidationReport fourLayers() {
        return validator.validate(four);
    }

    /**
     * The profile with {@value #FULL_LAYERS} layers.
     *
     * @return the report
     */
    @Benchmark
    public ValidationReport hundredLayers() {
        return validator.validate(hundred);
    }

    /**
     * The stack of the four-layer profile and {@value #ADD_ONS} add-on profiles.
     *
     * @return the report
     */
    @Benchmark
    public ValidationReport stackOf1And10() {
        return validator.validate(stack);
    }
}
