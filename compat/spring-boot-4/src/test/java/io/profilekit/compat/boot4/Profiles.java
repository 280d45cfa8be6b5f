package io.profilekit.compat.boot4;

import io.profilekit.CloudType;
import io.profilekit.InfrastructureProfile;

import java.net.URL;
import java.security.CodeSource;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The profiles the checks use, and what tells which library versions ran. */
final class Profiles {
    static final String KUBE_VALUES = "# PXK settings\npack:\n  podCIDR: \"192.168.0.0/16\"\n";

    /** User text that means something to Jakarta message interpolation and Expression Language. */
    static final String HOSTILE_NAME = " {java.version} ";
    static final String HOSTILE_TAG_VALUE = "${1+1}";

    private Profiles() {
    }

    /** The profile of ProfileKit's design: valid against the built-in catalog. */
    static InfrastructureProfile design() {
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
     * A profile with field problems (the name's whitespace, a tag value and a tag key AWS refuses)
     * and a registry problem (no Kubernetes 1.40).
     */
    static InfrastructureProfile broken() {
        return InfrastructureProfile.builder()
                .name(HOSTILE_NAME)
                .cloud(CloudType.AWS)
                .tag("owner:platform").tag("team:" + HOSTILE_TAG_VALUE).tag("cost#center:42")
                .os("ubuntu-aws", "22.04")
                .kubernetes("kubernetes", "1.40.x")
                .network("cni-calico", "3.31.2")
                .storage("csi-aws-ebs", "1.46.0")
                .build();
    }

    /**
     * The version of the library a class came from: its jar's Implementation-Version, else the
     * version in the jar's file name ({@code artifact-1.2.3.jar}).
     */
    static String versionOf(Class<?> type) {
        String version = type.getPackage().getImplementationVersion();
        if (version != null) {
            return version;
        }
        CodeSource source = type.getProtectionDomain().getCodeSource();
        URL location = source == null ? null : source.getLocation();
        Matcher m = JAR_VERSION.matcher(location == null ? "" : location.getPath());
        return m.find() ? m.group(1) : "unknown";
    }

    private static final Pattern JAR_VERSION = Pattern.compile("-(\\d[^/]*)\\.jar$");
}
