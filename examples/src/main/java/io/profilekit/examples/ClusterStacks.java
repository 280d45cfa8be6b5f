package io.profilekit.examples;

import io.profilekit.AddOnProfile;
import io.profilekit.ClusterProfile;
import io.profilekit.ClusterStack;
import io.profilekit.CloudType;
import io.profilekit.InfrastructureProfile;
import io.profilekit.LayerType;
import io.profilekit.VariableFormat;
import io.profilekit.registry.InMemoryPackRegistry;
import io.profilekit.registry.PackDescriptor;
import io.profilekit.registry.PackRegistries;
import io.profilekit.registry.PackRegistry;
import io.profilekit.rules.ValidationReport;
import io.profilekit.validation.ProfileValidator;
import io.profilekit.yaml.ProfileDocuments;

import java.io.PrintStream;
import java.util.List;

/**
 * A cluster built from profiles: an add-on profile — a Helm chart from a named registry, a pack
 * with an install priority, raw manifests and a profile variable used in values — attached to an
 * infrastructure profile and validated as one cluster, once fitting and once on the wrong cloud.
 */
public final class ClusterStacks {
    private ClusterStacks() {
    }

    /**
     * The add-on profile: for every cloud, with the number of replicas a variable.
     *
     * @param cloud the cloud it is made for
     * @return the profile
     */
    public static ClusterProfile webAddOn(CloudType cloud) {
        return AddOnProfile.builder()
                .name("web")
                .version("1.0.0")
                .cloud(cloud)
                .variable("replicas", v -> v.displayName("Replicas").format(VariableFormat.NUMBER).defaultValue("2"))
                .helm("nginx", "15.x", h -> h.registry("Bitnami")
                        .values("replicaCount: {{.spectro.var.replicas}}\n"))
                .addOn("hello-universe", "1.3.x", a -> a.values("pack:\n  spectrocloud.com/install-priority: 10\n"))
                .manifest("web-rbac", m -> m.manifest("service-account",
                        "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: web\n"))
                .build();
    }

    /**
     * The registries in use: Bitnami's charts (here a one-chart stand-in) beside the built-in catalog.
     *
     * @return the registry
     */
    public static PackRegistry registries() {
        PackRegistry bitnami = InMemoryPackRegistry.builder("Bitnami").name("Bitnami")
                .add(PackDescriptor.builder("nginx", "15.2.0", LayerType.ADDON).cloudTypes(CloudType.ALL).build())
                .build();
        return PackRegistries.compose(bitnami, PackRegistries.builtIn());
    }

    /**
     * Validates the add-on profile on an AWS base, as it is and made for Azure.
     *
     * @param out where to print
     * @return the two reports: fitting, then on the wrong cloud
     */
    public static List<ValidationReport> run(PrintStream out) {
        ClusterProfile base = InfrastructureProfile.builder()
                .name("aws-prod-base").version("1.2.0").cloud(CloudType.AWS).tag("owner:platform")
                .os("ubuntu-aws", "22.04").kubernetes("kubernetes", "1.33.x")
                .network("cni-calico", "3.31.2").storage("csi-aws-ebs", "1.46.0")
                .build();
        ProfileValidator validator = ProfileValidator.of(registries());

        ClusterStack fits = ClusterStack.of(base, webAddOn(CloudType.ALL));
        ClusterStack wrongCloud = ClusterStack.of(base, webAddOn(CloudType.AZURE));
        ValidationReport ok = validator.validate(fits);
        ValidationReport bad = validator.validate(wrongCloud);

        out.println(ProfileDocuments.yaml().write(webAddOn(CloudType.ALL)));
        out.println("install order:");
        int step = 1;
        for (List<ClusterStack.Entry> group : fits.installOrder()) {
            for (ClusterStack.Entry e : group) {
                out.println("  " + step + ". " + fits.label(e.profileIndex()) + " "
                        + e.layer().displayName().orElse(e.layer().pack().name()));
            }
            step++;
        }
        out.println(ok);
        out.println(bad);
        return List.of(ok, bad);
    }

    /**
     * Runs the example.
     *
     * @param args none
     */
    public static void main(String[] args) {
        run(System.out);
    }
}
