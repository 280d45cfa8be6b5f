package io.profilekit.benchmarks;

import io.profilekit.CloudType;
import io.profilekit.InfrastructureProfile;
import io.profilekit.yaml.ProfileDocuments;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The profiles and documents the benchmarks share. */
public final class Documents {
    /** The Kubernetes values of the DESIGN.md profile. */
    public static final String KUBE_VALUES = "# PXK: hardened kubeadm\npack:\n  k8sHardening: True\n"
            + "  podCIDR: \"192.168.0.0/16\"\n  serviceClusterIpRange: \"10.96.0.0/12\"\n"
            + "kubeadmconfig:\n  apiServer:\n    extraArgs:\n      secure-port: \"6443\"\n      profiling: \"false\"\n";

    /** The Calico values of the DESIGN.md profile. */
    public static final String CALICO_VALUES = "manifests:\n  calico:\n    ipamType: host-local\n"
            + "    encapsulationType: CALICO_IPV4POOL_VXLAN\n    encapsulationMode: Always\n";

    private Documents() {
    }

    /**
     * The profile of DESIGN.md: four layers that the built-in catalog resolves, two tags, values
     * on two layers.
     *
     * @return a new profile
     */
    public static InfrastructureProfile designProfile() {
        return designProfile("");
    }

    /**
     * The DESIGN.md profile with a comment line starting both values texts, so that each variant's
     * values are text the validator has not seen before.
     *
     * @param variant the variant number
     * @return a new profile
     */
    public static InfrastructureProfile designProfile(int variant) {
        return designProfile("# variant " + variant + "\n");
    }

    /** How many variants the "never seen" benchmarks cycle through: more than any memo holds. */
    public static final int VARIANTS = 4096;

    private static InfrastructureProfile designProfile(String firstLine) {
        return InfrastructureProfile.builder()
                .name("aws-prod-base")
                .version("1.2.0")
                .description("Production base for AWS")
                .cloud(CloudType.AWS)
                .tag("owner:platform").tag("env:prod")
                .os("ubuntu-aws", "22.04")
                .kubernetes("kubernetes", "1.33.x", k -> k.values(firstLine + KUBE_VALUES))
                .network("cni-calico", "3.31.2", n -> n.values(firstLine + CALICO_VALUES))
                .storage("csi-aws-ebs", "1.46.0")
                .build();
    }

    /**
     * The DESIGN.md profile as a ProfileKit YAML document.
     *
     * @return the text
     */
    public static String designYaml() {
        return ProfileDocuments.yaml().write(designProfile());
    }

    /**
     * The JSON Schema of the ProfileKit YAML format, as shipped in {@code profilekit-yaml}.
     *
     * @return the schema text
     */
    public static String schemaText() {
        try (InputStream in = ProfileDocuments.class.getResourceAsStream(ProfileDocuments.yamlSchemaResource())) {
            if (in == null) {
                throw new IllegalStateException("no schema resource " + ProfileDocuments.yamlSchemaResource());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
