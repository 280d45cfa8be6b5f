package io.profilekit.validation;

import io.profilekit.CloudType;
import io.profilekit.LayerType;
import io.profilekit.PackVersion;
import io.profilekit.registry.DependencyType;
import io.profilekit.registry.InMemoryPackRegistry;
import io.profilekit.registry.PackConstraints;
import io.profilekit.registry.PackDependency;
import io.profilekit.registry.PackDescriptor;
import io.profilekit.registry.PackPreset;
import io.profilekit.registry.PackRegistries;
import io.profilekit.registry.PackRegistry;
import io.profilekit.registry.ResourceComponent;
import io.profilekit.registry.ResourceRequirement;
import io.profilekit.registry.ResourceType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static io.profilekit.CloudType.AKS;
import static io.profilekit.CloudType.ALL;
import static io.profilekit.CloudType.AWS;
import static io.profilekit.CloudType.AZURE;
import static io.profilekit.CloudType.GCP;
import static io.profilekit.CloudType.GKE;
import static io.profilekit.CloudType.VSPHERE;

/**
 * A small registry mirroring a few real Palette packs (names and shapes after the catalog; versions
 * and constraints chosen for the tests), so the tests need no built-in catalog.
 */
final class TestRegistry {
    /** The date the tests validate on: after kubernetes 1.29's end of life (2026-02-28). */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);

    static final String PUBLIC_UID = "5e2031962f090e2d3d8a3290";

    private static final PackRegistry REGISTRY = build();

    /** The default values of podinfo 6.7.0, the pack with a value schema. */
    static final String PODINFO_VALUES = "pack:\n  namespace: podinfo\ncharts:\n  podinfo:\n    replicaCount: 1\n"
            + "    image: ghcr.io/stefanprodan/podinfo:6.7.0\n    serviceType: ClusterIP\n"
            + "    ui:\n      message: Hello\n    tolerations:\n      - key: dedicated\n        effect: NoSchedule\n";

    private TestRegistry() {
    }

    static PackRegistry registry() {
        return REGISTRY;
    }

    /** A validator over the test registry on the test date (discovery on, as by default). */
    static ProfileValidator validator() {
        return ProfileValidator.builder().registry(REGISTRY).clock(CLOCK).build();
    }

    /** A new registry equal to {@link #registry()}, with nothing computed or cached in it yet. */
    static PackRegistry fresh() {
        return build();
    }

    private static PackRegistry build() {
        InMemoryPackRegistry.Builder pub = InMemoryPackRegistry.builder("public").name("Public Repo").uid(PUBLIC_UID);
        pub.add(os("ubuntu-aws", "20.04", AWS).eol(LocalDate.parse("2025-05-31")).build());
        pub.add(os("ubuntu-aws", "22.04", AWS).build());
        pub.add(os("ubuntu-aws", "24.04", AWS).build());
        pub.add(os("ubuntu-azure", "22.04", AZURE).build());
        pub.add(os("ubuntu-gcp", "22.04", GCP, GKE).build());
        for (String v : List.of("1.29.10", "1.29.14")) {
            pub.add(k8s(v).eol(LocalDate.parse("2026-02-28")).build());
        }
        for (String v : List.of("1.30.10", "1.31.8", "1.32.9", "1.33.5", "1.33.6", "1.34.0-rc.1")) {
            pub.add(k8s(v).build());
        }
        pub.add(PackDescriptor.builder("cni-calico", "3.29.2", LayerType.NETWORK).cloudTypes(AWS, GCP, VSPHERE)
                .dependency(dep("kubernetes", LayerType.KUBERNETES, DependencyType.OPTIONAL, "1.29", "1.31")).build());
        pub.add(PackDescriptor.builder("cni-calico", "3.31.2", LayerType.NETWORK).cloudTypes(AWS, GCP, VSPHERE)
                .dependency(dep("kubernetes", LayerType.KUBERNETES, DependencyType.OPTIONAL, "1.29", null)).build());
        pub.add(PackDescriptor.builder("cni-calico-azure", "3.31.2", LayerType.NETWORK).cloudTypes(AZURE).build());
        pub.add(cilium("1.16.6").dependency(dep("kubernetes", LayerType.KUBERNETES, DependencyType.NOT_SUPPORTED,
                "1.33", null)).build());
        pub.add(cilium("1.17.4").build());
        pub.add(PackDescriptor.builder("csi-aws-ebs", "1.41.0", LayerType.STORAGE).cloudTypes(AWS).build());
        pub.add(PackDescriptor.builder("csi-aws-ebs", "1.46.0", LayerType.STORAGE).cloudTypes(AWS).build());
        pub.add(PackDescriptor.builder("csi-azure", "1.31.2-rev2", LayerType.STORAGE).cloudTypes(AZURE, AKS).build());
        pub.add(PackDescriptor.builder("csi-gcp-driver", "1.15.4", LayerType.STORAGE).cloudTypes(GCP, GKE).build());

        InMemoryPackRegistry.Builder community = InMemoryPackRegistry.builder("community")
                .name("Palette Community Registry");
        community.add(PackDescriptor.builder("hello-universe", "1.3.1", LayerType.ADDON).cloudTypes(ALL)
                .addonType("app services")
                .preset(new PackPreset("disable-api", "Disable Hello Universe API", "Backend", "", List.of()))
                .preset(new PackPreset("enable-api", "Enable Hello Universe API", "Backend", "", List.of()))
                .build());
        community.add(PackDescriptor.builder("podinfo", "6.7.0", LayerType.ADDON).cloudTypes(ALL)
                .values(PODINFO_VALUES)
                .valueSchema("pack.namespace", "{{ required | format \"${string}\" }}")
                .valueSchema("charts.podinfo.replicaCount", "{{ required | format \"${number:[1-10]}\" }}")
                .valueSchema("charts.podinfo.image", "{{ format \"${string}/${string}:${version}\" }}")
                .valueSchema("charts.podinfo.serviceType", "{{ readonly }}")
                .valueSchema("charts.podinfo.ui.message", "{{ format \"${string:/^[A-Za-z ,.!]+$/}\" }}")
                .valueSchema("charts.podinfo.tolerations.$[].effect",
                        "{{ format \"${list:[PreferNoSchedule,NoSchedule,NoExecute]}\" | hints \"Toleration effect\" }}")
                .build());
        community.add(PackDescriptor.builder("crossplane", "2.3.0", LayerType.ADDON).cloudTypes(ALL)
                .addonType("system app")
                .dependency(dep("kubernetes", LayerType.KUBERNETES, DependencyType.REQUIRED, "1.31", null)).build());
        community.add(PackDescriptor.builder("argo-cd", "7.7.1", LayerType.ADDON).cloudTypes(ALL)
                .dependency(dep("cert-manager", LayerType.ADDON, DependencyType.REQUIRED, "1.12", null)).build());
        community.add(PackDescriptor.builder("cert-manager", "v1.12.0", LayerType.ADDON).cloudTypes(ALL).build());
        community.add(PackDescriptor.builder("kubevious", "1.0.10", LayerType.ADDON).cloudTypes(ALL)
                .values("charts:\n  kubevious:\n    ui:\n      replicaCount: 1\n      resources:\n"
                        + "        requests:\n          cpu: 100m\n")
                .constraints(new PackConstraints(List.of(), List.of(
                        new ResourceRequirement(ResourceType.CPU, 512,
                                List.of(new ResourceComponent("worker",
                                        "charts.kubevious.ui.resources.requests.cpu",
                                        "charts.kubevious.ui.replicaCount"))))))
                .build());
        return PackRegistries.compose(pub.build(), community.build());
    }

    private static PackDescriptor.Builder os(String name, String version, CloudType... clouds) {
        return PackDescriptor.builder(name, version, LayerType.OS).cloudTypes(clouds).group("LTS");
    }

    private static PackDescriptor.Builder k8s(String version) {
        return PackDescriptor.builder("kubernetes", version, LayerType.KUBERNETES).cloudTypes(AWS, AZURE, GCP, VSPHERE)
                .displayName("Palette eXtended Kubernetes");
    }

    private static PackDescriptor.Builder cilium(String version) {
        return PackDescriptor.builder("cni-cilium-oss", version, LayerType.NETWORK).cloudTypes(AWS, AZURE, GCP, VSPHERE)
                .preset(new PackPreset("ipam-kubernetes", "Kubernetes host-scope IPAM", "IPAM mode", "", List.of()))
                .preset(new PackPreset("ipam-cluster-pool", "Cilium cluster-pool IPAM", "IPAM mode", "", List.of()))
                .preset(new PackPreset("ebpf-kubeproxy", "Replace kube-proxy with eBPF", "Kube-proxy replacement", "",
                        List.of()))
                .preset(new PackPreset("kubeproxy", "Keep kube-proxy", "Kube-proxy replacement", "", List.of()));
    }

    private static PackDependency dep(String name, LayerType layer, DependencyType type, String min, String max) {
        return PackDependency.of(name, layer, type, min == null ? null : PackVersion.parse(min),
                max == null ? null : PackVersion.parse(max));
    }
}
