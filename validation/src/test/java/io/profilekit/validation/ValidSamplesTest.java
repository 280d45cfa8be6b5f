package io.profilekit.validation;

import io.profilekit.InfrastructureProfile;
import io.profilekit.rules.ValidationReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ValidSamplesTest {
    static List<InfrastructureProfile> samples() {
        return Samples.valid();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void aValidSampleProfileGivesNoViolationAtAll(InfrastructureProfile profile) {
        ValidationReport report = TestRegistry.validator().validate(profile);

        assertThat(report.violations()).as(report.toString()).isEmpty();
        assertThat(report.isValid()).isTrue();
        assertThat(report.throwIfInvalid()).isSameAs(report);
    }
}
