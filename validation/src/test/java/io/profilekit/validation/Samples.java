package io.profilekit.validation;

import io.profilekit.CloudType;
import io.profilekit.InfrastructureProfile;
import io.profilekit.Layer;
import io.profilekit.LayerType;
import io.profilekit.PackRef;
import io.profilekit.PackType;
import io.profilekit.ProfileType;

import java.util.List;

/** Valid sample profiles for the test registry. */
final class Samples {
    private Samples() {
    }

    /** The profile of DESIGN.md. */
    static InfrastructureProfile.Builder design() {
        return InfrastructureProfile.builder()
                .name("aws-prod-base")
                .version("1.2.0")
                .description("Production base for AWS")
                .cloud(CloudType.AWS)
                .tag("owner:platform").tag("env:prod")
                .os("ubuntu-aws", "22.04")
                .kubernetes("kubernetes", "1.33.x", k -> k.values("pack:\n  podCIDR: \"192.168.0.0/16\"\n"))
                .network("cni-calico", "3.31.2")
                .storage("csi-aws-ebs", "1.46.0");
    }

    static InfrastructureProfile.Builder azure() {
        return InfrastructureProfile.builder()
                .name("ML Ops")
                .version("2.0.0-rc.1")
                .cloud(CloudType.AZURE)
                .tag("Env:prod").tag("team:core").tag("dev")
                .os("ubuntu-azure", "LTS__22.04", l -> l.registry("Public Repo"))
                .kubernetes("kubernetes", "1.32.9")
                .network("cni-calico-azure", "3.31.2")
                .storage("csi-azure", "1.31.2-rev2");
    }

    static InfrastructureProfile.Builder gcp() {
        return InfrastructureProfile.builder()
                .name("gke-data")
                .cloud(CloudType.GCP)
                .tag("env:prod").tag("team:data-eng").tag("cost_center:42")
                .os("ubuntu-gcp", "22.04")
                .kubernetes("kubernetes", ">=1.31 <1.33")
                .network("cni-cilium-oss", "1.17.x", n -> n.preset("ipam-kubernetes").preset("ebpf-kubeproxy"))
                .storage("csi-gcp-driver", "1.15.4");
    }

    /** A full profile: the core layers plus add-ons from a second registry and a manifest layer. */
    static InfrastructureProfile.Builder full() {
        return design().type(ProfileType.CLUSTER)
                .layer(Layer.builder(LayerType.ADDON, "crossplane", "2.3.0").build())
                .layer(Layer.builder(LayerType.ADDON, "hello-universe", "1.3.x")
                        .registry("Palette Community Registry").preset("enable-api").build())
                .layer(Layer.builder(LayerType.ADDON, "cert-manager", "v1.12.0").build())
                .layer(Layer.builder(LayerType.ADDON, "argo-cd", "^7.7").build())
                .layer(Layer.builder(LayerType.ADDON, PackRef.of("manifest-namespace", "1.0.0").withType(PackType.MANIFEST))
                        .manifest("namespace", "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: apps\n")
                        .manifest("quota", "apiVersion: v1\nkind: ResourceQuota\n").build());
    }

    static List<InfrastructureProfile> valid() {
        return List.of(design().build(), azure().build(), gcp().build(), full().build(),
                design().kubernetes("kubernetes", "1.33.6", k -> k.registry(io.profilekit.RegistryRef.byUid(
                        TestRegistry.PUBLIC_UID))).build());
    }
}
