package io.profilekit.examples;

import io.profilekit.CloudType;
import io.profilekit.InfrastructureProfile;
import io.profilekit.LayerType;
import io.profilekit.PackVersion;
import io.profilekit.registry.PackDependency;
import io.profilekit.registry.DependencyType;
import io.profilekit.registry.InMemoryPackRegistry;
import io.profilekit.registry.PackDescriptor;
import io.profilekit.registry.PackRegistries;
import io.profilekit.registry.PackRegistry;
import io.profilekit.rules.ProfileRule;
import io.profilekit.rules.RuleContext;
import io.profilekit.rules.Severity;
import io.profilekit.rules.ValidationReport;
import io.profilekit.rules.Violation;
import io.profilekit.validation.ProfileValidator;

import java.io.PrintStream;
import java.util.List;

/**
 * Plugging in: an in-house pack catalog as a custom {@link PackRegistry} in front of the built-in
 * catalog, and a custom rule: every profile must carry an {@code owner} tag.
 */
public final class PlugIn {
    private PlugIn() {
    }

    /**
     * The in-house catalog: a hardened OS image and a company CNI, built in code.
     *
     * @return the registry
     */
    public static PackRegistry inHouseCatalog() {
        return InMemoryPackRegistry.builder("acme")
                .name("ACME packs")
                .add(PackDescriptor.builder("acme-hardened-ubuntu", "22.04.3", LayerType.OS)
                        .displayName("ACME hardened Ubuntu").cloudTypes(CloudType.AWS, CloudType.AZURE).build())
                .add(PackDescriptor.builder("acme-cni", "2.1.0", LayerType.NETWORK)
                        .displayName("ACME network").cloudTypes(CloudType.ALL)
                        .dependency(PackDependency.of("kubernetes", LayerType.KUBERNETES, DependencyType.REQUIRED,
                                PackVersion.parse("1.32"), null))
                        .build())
                .build();
    }

    /** The custom rule: every profile must carry an {@code owner} tag. */
    public static final class OwnerTagRule implements ProfileRule {
        /** The rule's violation code. */
        public static final String CODE = "ACME_OWNER_TAG_MISSING";

        /** Creates the rule. */
        public OwnerTagRule() {
        }

        @Override
        public String id() {
            return "acme.owner-tag";
        }

        @Override
        public List<Violation> check(RuleContext context) {
            if (context.profile().tags().containsKey("owner")) {
                return List.of();
            }
            return List.of(Violation.of(CODE, Severity.ERROR, "tags",
                    "every ACME profile must carry an owner tag", "add tag(\"owner:<team>\")"));
        }
    }

    /**
     * Validates two profiles with the in-house catalog and the owner rule.
     *
     * @param out where to print the reports
     * @return the two reports: a profile with an owner tag, and one without
     */
    public static List<ValidationReport> run(PrintStream out) {
        ProfileValidator validator = ProfileValidator.builder()
                .registry(PackRegistries.compose(inHouseCatalog(), PackRegistries.builtIn()))
                .rule(new OwnerTagRule())
                .build();
        InfrastructureProfile.Builder base = InfrastructureProfile.builder()
                .name("acme-aws-base")
                .cloud(CloudType.AWS)
                .os("acme-hardened-ubuntu", "22.04.x")
                .kubernetes("kubernetes", "1.33.x")
                .network("acme-cni", "2.1.0")
                .storage("csi-aws-ebs", "1.46.0");
        ValidationReport owned = validator.validate(base.tag("owner:platform").build());
        ValidationReport orphan = validator.validate(base.tags().name("acme-aws-orphan").build());
        out.println(owned);
        out.println(orphan);
        return List.of(owned, orphan);
    }

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }
}
