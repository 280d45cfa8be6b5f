package io.profilekit.compat.usertests;

import io.profilekit.CloudType;
import io.profilekit.InfrastructureProfile;

import java.util.Locale;

/** A team's own profile generator: one AWS base profile per region, on a Kubernetes train. */
public final class RegionProfiles {
    private RegionProfiles() {
    }

    /**
     * The base profile of a region.
     *
     * @param region e.g. {@code eu-west-1}
     * @param kubernetesTrain e.g. {@code 1.33.x}
     * @return the profile
     */
    public static InfrastructureProfile forRegion(String region, String kubernetesTrain) {
        return InfrastructureProfile.builder()
                .name("base-" + region.toLowerCase(Locale.ROOT))
                .version("1.0.0")
                .description("Base profile for " + region)
                .cloud(CloudType.AWS)
                .tag("owner:platform").tag("region:" + region)
                .os("ubuntu-aws", "22.04")
                .kubernetes("kubernetes", kubernetesTrain, k -> k.values("# PXK settings\npack:\n"
                        + "  podCIDR: \"192.168.0.0/16\"\n"))
                .network("cni-calico", "3.31.2")
                .storage("csi-aws-ebs", "1.46.0")
                .build();
    }
}
