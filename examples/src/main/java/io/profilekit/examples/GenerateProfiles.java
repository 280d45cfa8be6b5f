package io.profilekit.examples;

import io.profilekit.CloudType;
import io.profilekit.InfrastructureProfile;
import io.profilekit.registry.PackRegistries;
import io.profilekit.registry.PackRegistry;
import io.profilekit.resolve.ProfileResolver;
import io.profilekit.rules.ValidationReport;
import io.profilekit.validation.ProfileValidator;
import io.profilekit.yaml.ProfileDocuments;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Generation: one profile for each of three clouds and three Kubernetes minors, each validated
 * and written to a folder as ProfileKit YAML and as Palette API JSON.
 *
 * <pre>
 * java -cp examples/target/profilekit.jar io.profilekit.examples.GenerateProfiles target/generated
 * </pre>
 */
public final class GenerateProfiles {
    /** The Kubernetes minors generated. */
    public static final List<String> MINORS = List.of("1.31", "1.32", "1.33");

    /** Per cloud: OS, network and storage packs that exist for it in the built-in catalog. */
    private static final Map<CloudType, String[]> STACKS = Map.of(
            CloudType.AWS, new String[] {"ubuntu-aws", "22.04", "cni-calico", "3.31.2", "csi-aws-ebs", "1.46.0"},
            CloudType.AZURE, new String[] {"ubuntu-azure", "22.04", "cni-calico-azure", "3.31.2", "csi-azure",
                "1.31.2-rev2"},
            CloudType.VSPHERE, new String[] {"ubuntu-vsphere", "24.04", "cni-cilium-oss", "1.17.4", "csi-vsphere-csi",
                "3.4.0"});

    /** The clouds generated, in order. */
    public static final List<CloudType> CLOUDS = List.of(CloudType.AWS, CloudType.AZURE, CloudType.VSPHERE);

    private GenerateProfiles() {
    }

    /**
     * The profile for one cloud and Kubernetes minor.
     *
     * @param cloud the cloud
     * @param minor e.g. {@code "1.33"}
     * @return the profile, taking the newest patch of the minor
     */
    public static InfrastructureProfile profile(CloudType cloud, String minor) {
        String[] stack = STACKS.get(cloud);
        return InfrastructureProfile.builder()
                .name(cloud.wireName() + "-k8s-" + minor.replace('.', '-'))
                .version("1.0.0")
                .description("Generated base profile for " + cloud + " on Kubernetes " + minor)
                .cloud(cloud)
                .tag("owner:platform").tag("generated-by:profilekit")
                .os(stack[0], stack[1])
                .kubernetes("kubernetes", minor + ".x")
                .network(stack[2], stack[3])
                .storage(stack[4], stack[5])
                .build();
    }

    /**
     * Generates, validates and writes every profile.
     *
     * @param folder where to write {@code <name>.yaml} and {@code <name>.palette.json}
     * @param out where to print one line per profile
     * @return the files written
     */
    public static List<Path> run(Path folder, PrintStream out) {
        PackRegistry registry = PackRegistries.builtIn();
        ProfileValidator validator = ProfileValidator.of(registry);
        ProfileResolver resolver = ProfileResolver.of(registry);
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            for (CloudType cloud : CLOUDS) {
                for (String minor : MINORS) {
                    InfrastructureProfile profile = profile(cloud, minor);
                    ValidationReport report = validator.validate(profile).throwIfInvalid();
                    Path yaml = folder.resolve(profile.name() + ".yaml");
                    Path json = folder.resolve(profile.name() + ".palette.json");
                    Files.writeString(yaml, ProfileDocuments.yaml().write(profile));
                    Files.writeString(json, ProfileDocuments.paletteApiJson().write(resolver.resolve(profile)));
                    written.add(yaml);
                    written.add(json);
                    out.println(profile.name() + ": " + (report.isValid() ? "valid" : "invalid") + ", "
                            + report.warnings().size() + " warnings -> " + yaml.getFileName() + ", "
                            + json.getFileName());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }

    /**
     * Runs the generator.
     *
     * @param args the output folder (default {@code generated-profiles})
     */
    public static void main(String[] args) {
        try {
            run(Path.of(args.length > 0 ? args[0] : "generated-profiles"), System.out);
        } catch (java.io.UncheckedIOException | IllegalArgumentException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            System.err.println("GenerateProfiles: cannot write the profiles: " + io.profilekit.rules.SafeText.escape(
                    cause.getClass().getSimpleName() + ": " + cause.getMessage()));
            System.exit(2);
        }
    }
}
