package io.profilekit;

import io.profilekit.resolve.ProfileResolver;
import io.profilekit.resolve.ResolvedProfile;
import io.profilekit.testing.Fixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The builder example of the design document, verbatim, compiles, runs and builds what it says. */
class DesignExampleTest {

    @Test
    void theDesignBuilderExampleWorksVerbatim() {
        String kubeValuesYaml = "pack:\n  podCIDR: \"192.168.0.0/16\"   # from the design example\n";

        // --- verbatim from DESIGN.md, "The API we aim for" ---
        InfrastructureProfile profile = InfrastructureProfile.builder()
            .name("aws-prod-base")
            .version("1.2.0")                      // default 1.0.0
            .description("Production base for AWS")
            .cloud(CloudType.AWS)
            .tag("owner:platform").tag("env:prod")
            .os("ubuntu-aws", "22.04")
            .kubernetes("kubernetes", "1.33.x", k -> k.values(kubeValuesYaml))
            .network("cni-calico", "3.31.2")
            .storage("csi-aws-ebs", "1.46.0")
            .build();                              // structural checks only: nulls, blank names
        // --- end of the verbatim part ---

        assertThat(profile.name()).isEqualTo("aws-prod-base");
        assertThat(profile.version()).isEqualTo(ProfileVersion.parse("1.2.0"));
        assertThat(profile.description()).isEqualTo("Production base for AWS");
        assertThat(profile.type()).isEqualTo(ProfileType.INFRA);
        assertThat(profile.cloud()).isSameAs(CloudType.AWS);
        assertThat(profile.tags()).isEqualTo(Tags.of("owner:platform", "env:prod"));
        assertThat(profile.layers()).extracting(l -> l.type() + " " + l.pack())
                .containsExactly("os ubuntu-aws 22.04", "k8s kubernetes 1.33.x", "cni cni-calico 3.31.2",
                        "csi csi-aws-ebs 1.46.0");
        assertThat(profile.kubernetes().orElseThrow().values()).isEqualTo(kubeValuesYaml);
        assertThat(profile.kubernetes().orElseThrow().pack().version().kind())
                .isEqualTo(VersionSelector.Kind.TRAIN);
        assertThat(profile).isEqualTo(Fixtures.profileBuilder()
                .kubernetes("kubernetes", "1.33.x", k -> k.values(kubeValuesYaml)).build());
    }

    @Test
    void theDesignProfileResolvesItsTrainToTheNewestRelease() {
        ResolvedProfile locked = ProfileResolver.of(Fixtures.registry()).resolve(Fixtures.profile());
        assertThat(locked.layers().get(1).version()).contains(PackVersion.parse("1.33.6"));
    }
}
