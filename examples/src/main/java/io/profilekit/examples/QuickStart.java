package io.profilekit.examples;

import io.profilekit.CloudType;
import io.profilekit.InfrastructureProfile;
import io.profilekit.registry.PackRegistries;
import io.profilekit.registry.PackRegistry;
import io.profilekit.resolve.ProfileResolver;
import io.profilekit.resolve.ResolvedProfile;
import io.profilekit.rules.ValidationReport;
import io.profilekit.validation.ProfileValidator;
import io.profilekit.yaml.ProfileDocuments;

import java.io.PrintStream;

/**
 * Quick start: build a profile, validate it against the built-in catalog, resolve its version
 * selectors, and write it as ProfileKit YAML and as Palette API JSON.
 *
 * <p>This is the README's first command: {@code mvn -B -q -DskipTests package exec:java}.
 */
public final class QuickStart {
    /** The values YAML given to the Kubernetes layer. */
    public static final String KUBE_VALUES = "# PXK settings\npack:\n  podCIDR: \"192.168.0.0/16\"\n"
            + "  serviceClusterIpRange: \"10.96.0.0/12\"\n";

    private QuickStart() {
    }

    /**
     * The profile from ProfileKit's design example.
     *
     * @return the profile
     */
    public static InfrastructureProfile exampleProfile() {
        return InfrastructureProfile.builder()
                .name("aws-prod-base")
                .version("1.2.0")
                .description("Production base for AWS")
                .cloud(CloudType.AWS)
                .tag("owner:platform").tag("env:prod")
                .os("ubuntu-aws", "22.04")
                .kubernetes("kubernetes", "1.33.x", k -> k.values(KUBE_VALUES))
                .network("cni-calico", "3.31.2")
                .storage("csi-aws-ebs", "1.46.0")
                .build();
    }

    /**
     * Builds, validates, resolves and writes the example profile.
     *
     * @param out where to print
     * @return the validation report
     */
    public static ValidationReport run(PrintStream out) {
        PackRegistry registry = PackRegistries.builtIn();
        InfrastructureProfile profile = exampleProfile();
        out.println("== The profile");
        out.println(profile);

        ValidationReport report = ProfileValidator.of(registry).validate(profile);
        out.println();
        out.println("== Validation against the built-in catalog");
        out.println(report);

        ResolvedProfile locked = ProfileResolver.of(registry).resolve(profile);
        out.println();
        out.println("== Resolved versions");
        locked.layers().forEach(l -> out.println("  " + l.layer().type() + "  " + l.layer().pack().name() + "  "
                + l.layer().pack().version() + " -> " + l.version().map(Object::toString).orElse("-")));

        out.println();
        out.println("== ProfileKit YAML");
        out.print(ProfileDocuments.yaml().write(profile));
        out.println();
        out.println("== Palette API JSON (resolved)");
        out.println(ProfileDocuments.paletteApiJson().write(locked));
        return report;
    }

    /**
     * Runs the quick start.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        ValidationReport report = run(System.out);
        if (!report.isValid()) {
            System.exit(1);
        }
    }
}
