package io.profilekit.testing;

import io.profilekit.CloudType;
import io.profilekit.InfrastructureProfile;
import io.profilekit.LayerType;
import io.profilekit.PackType;
import io.profilekit.PackVersion;
import io.profilekit.registry.DependencyType;
import io.profilekit.registry.InMemoryPackRegistry;
import io.profilekit.registry.PackConstraints;
import io.profilekit.registry.PackDependency;
import io.profilekit.registry.PackDescriptor;
import io.profilekit.registry.PackPreset;
import io.profilekit.registry.ResourceRequirement;
import io.profilekit.registry.ResourceType;

import java.util.List;

/**
 * Small, realistic, ready-made test data: a registry of a dozen AWS packs built in Java, and a
 * profile that is valid for it. Use them when a test needs "some valid profile" and a registry
 * that can resolve it, without reading any file.
 *
 * <pre>{@code
 * PackRegistry registry = Fixtures.registry();
 * InfrastructureProfile profile = Fixtures.profile();
 * ResolvedProfile locked = ProfileResolver.of(registry).resolve(profile);   // kubernetes 1.33.x -> 1.33.6
 * }</pre>
 *
 * <p>The data is sample data in the shape of Palette's public packs, not a copy of any registry.
 */
public final class Fixtures {
    /** The values YAML of the fixture profile's Kubernetes layer (comments included). */
    public static final String KUBERNETES_VALUES = "# PXK settings\npack:\n  podCIDR: \"192.168.0.0/16\"\n"
            + "  serviceClusterIpRange: \"10.96.0.0/12\"\n";

    private static final InMemoryPackRegistry REGISTRY = buildRegistry();

    private Fixtures() {
    }

    /**
     * A small registry (id {@code "fixtures"}, name {@code "Fixture Repo"}): {@code ubuntu-aws}
     * 20.04 and 22.04 (group {@code LTS}) and 24.04; {@code kubernetes} 1.32.9, 1.33.5, 1.33.6 and
     * 1.34.0-rc.1; {@code cni-calico} 3.30.1 and 3.31.2 (all clouds); {@code csi-aws-ebs} 1.41.0 and
     * 1.46.0; the add-ons {@code crossplane} 2.3.0 (needs kubernetes 1.29 or newer) and
     * {@code hello-universe} 1.3.1 (with presets). Immutable and shared.
     *
     * @return the registry
     */
    public static InMemoryPackRegistry registry() {
        return REGISTRY;
    }

    /**
     * A valid infrastructure profile for {@link #registry()}: the design example
     * {@code aws-prod-base} 1.2.0 on AWS with tags {@code owner:platform} and {@code env:prod},
     * {@code ubuntu-aws 22.04}, {@code kubernetes 1.33.x} (with {@link #KUBERNETES_VALUES}),
     * {@code cni-calico 3.31.2} and {@code csi-aws-ebs 1.46.0}.
     *
     * @return the profile
     */
    public static InfrastructureProfile profile() {
        return profileBuilder().build();
    }

    /**
     * A builder holding {@link #profile()}'s parts, to change one thing for a test.
     *
     * @return a new builder
     */
    public static InfrastructureProfile.Builder profileBuilder() {
        return InfrastructureProfile.builder()
                .name("aws-prod-base")
                .version("1.2.0")
                .description("Production base for AWS")
                .cloud(CloudType.AWS)
                .tag("owner:platform").tag("env:prod")
                .os("ubuntu-aws", "22.04")
                .kubernetes("kubernetes", "1.33.x", k -> k.values(KUBERNETES_VALUES))
                .network("cni-calico", "3.31.2")
                .storage("csi-aws-ebs", "1.46.0");
    }

    private static InMemoryPackRegistry buildRegistry() {
        InMemoryPackRegistry.Builder b = InMemoryPackRegistry.builder("fixtures").name("Fixture Repo");
        for (String v : List.of("20.04", "22.04", "24.04")) {
            PackDescriptor.Builder os = PackDescriptor.builder("ubuntu-aws", v, LayerType.OS)
                    .displayName("Ubuntu").cloudTypes(CloudType.AWS)
                    .annotation("osName", "ubuntu").annotation("osVersion", v);
            if (!v.equals("24.04")) {
                os.group("LTS");
            }
            b.add(os.build());
        }
        for (String v : List.of("1.32.9", "1.33.5", "1.33.6", "1.34.0-rc.1")) {
            b.add(PackDescriptor.builder("kubernetes", v, LayerType.KUBERNETES)
                    .displayName("Palette eXtended Kubernetes")
                    .cloudTypes(CloudType.AWS, CloudType.AZURE, CloudType.VSPHERE)
                    .values("pack:\n  k8sHardening: True\n  podCIDR: \"192.168.0.0/16\"\n")
                    .build());
        }
        for (String v : List.of("3.30.1", "3.31.2")) {
            b.add(PackDescriptor.builder("cni-calico", v, LayerType.NETWORK).displayName("Calico")
                    .cloudTypes(CloudType.ALL)
                    .values("manifests:\n  calico:\n    ipamType: host-local\n").build());
        }
        for (String v : List.of("1.41.0", "1.46.0")) {
            b.add(PackDescriptor.builder("csi-aws-ebs", v, LayerType.STORAGE).displayName("Amazon EBS CSI")
                    .cloudTypes(CloudType.AWS).build());
        }
        b.add(PackDescriptor.builder("crossplane", "2.3.0", LayerType.ADDON).displayName("Crossplane")
                .cloudTypes(CloudType.ALL).addonType("system app").packType(PackType.HELM)
                .annotation("source", "community")
                .constraints(new PackConstraints(
                        List.of(PackDependency.of("kubernetes", LayerType.KUBERNETES, DependencyType.OPTIONAL,
                                PackVersion.parse("1.29"), null)),
                        List.of(ResourceRequirement.of(ResourceType.CPU, 100),
                                ResourceRequirement.of(ResourceType.MEMORY, 256))))
                .build());
        b.add(PackDescriptor.builder("hello-universe", "1.3.1", LayerType.ADDON).displayName("Hello Universe")
                .cloudTypes(CloudType.ALL).addonType("app services")
                .preset(new PackPreset("enable-api", "Enable API", "Backend", "pack:\n  api: true\n", List.of()))
                .preset(new PackPreset("disable-api", "Disable API", "Backend", "", List.of("pack.api")))
                .build());
        return b.build();
    }
}
