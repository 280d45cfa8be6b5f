package io.profilekit.examples;

import io.profilekit.CloudType;
import io.profilekit.InfrastructureProfile;

/**
 * Quick start: builds the profile from ProfileKit's design example and prints it.
 *
 * <p>Run it with {@code mvn -q -pl examples -am install -DskipTests && mvn -q -pl examples exec:java}
 * or see the README for the one-line command.
 */
public final class QuickStart {
    private QuickStart() {
    }

    /**
     * Builds the example profile.
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
                .kubernetes("kubernetes", "1.33.x", k -> k.values("pack:\n  podCIDR: \"192.168.0.0/16\"\n"))
                .network("cni-calico", "3.31.2")
                .storage("csi-aws-ebs", "1.46.0")
                .build();
    }

    /**
     * Prints the example profile.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.println(exampleProfile());
    }
}
