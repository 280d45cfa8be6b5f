package io.profilekit.validation;

import io.profilekit.InfrastructureProfile;
import io.profilekit.rules.ProfileValidationException;
import io.profilekit.rules.ValidationReport;
import io.profilekit.rules.Violation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The DESIGN.md example, valid as written, then broken five ways at once. */
class DesignExampleTest {

    @Test
    void theDesignExampleIsValid() {
        assertThat(TestRegistry.validator().validate(Samples.design().build()).violations()).isEmpty();
    }

    @Test
    void brokenFiveWaysItGivesFiveViolationsWithPathsCodesAndHintsInOneReport() {
        InfrastructureProfile broken = Samples.design()
                .version("v1.2")                               // 1. not strict SemVer
                .kubernetes("kubernetes", "1.40.x")            // 2. no such version
                .network("cni-calic0", "3.31.2")               // 3. typo in the pack name
                .storage("csi-azure", "1.31.2-rev2")           // 4. an Azure pack on AWS
                .tag("cost#center:42")                         // 5. a tag AWS refuses
                .build();

        ValidationReport report = TestRegistry.validator().validate(broken);

        assertThat(report.violations())
                .extracting(Violation::path, Violation::code)
                .containsExactly(
                        tuple("layers[1].pack.version", "PACK_VERSION_NOT_FOUND"),
                        tuple("layers[2].pack.name", "PACK_NOT_FOUND"),
                        tuple("layers[3].pack.name", "PACK_CLOUD_UNSUPPORTED"),
                        tuple("tags[2]", "TAG_KEY_INVALID"),
                        tuple("version", "PROFILE_VERSION_INVALID"));
        assertThat(report.violations()).extracting(Violation::hint).containsExactly(
                "nearest versions: 1.34.0-rc.1, 1.33.6, 1.33.5",
                "did you mean cni-calico? cni packs for aws: cni-calico, cni-cilium-oss",
                "csi-azure supports azure, aks; csi packs for aws: csi-aws-ebs",
                "AWS tag keys have 1 to 128 letters, digits, spaces and + - = . _ : / @",
                "use 1.2.0; Palette takes versions such as 1.0.0 or 1.2.3-rc.1, not v1.2, 1.2 or 2.2.2.develop");
        assertThat(report.isValid()).isFalse();
        assertThat(report.errors()).hasSize(5);

        assertThatThrownBy(report::throwIfInvalid)
                .isInstanceOf(ProfileValidationException.class)
                .satisfies(e -> {
                    List<String> lines = e.getMessage().lines().toList();
                    assertThat(lines).hasSize(6);
                    assertThat(lines.get(0)).isEqualTo("profile 'aws-prod-base' 'v1.2': invalid (5 errors, 0 warnings)");
                    assertThat(lines.get(1)).isEqualTo("  ERROR layers[1].pack.version PACK_VERSION_NOT_FOUND:"
                            + " no version of 'kubernetes' matches '1.40.x' (hint: nearest versions: 1.34.0-rc.1, 1.33.6, 1.33.5)");
                    assertThat(((ProfileValidationException) e).report()).isEqualTo(report);
                });
    }
}
