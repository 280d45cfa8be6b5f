package io.profilekit.validation;

import io.profilekit.InfrastructureProfile;
import io.profilekit.rules.ValidationReport;
import io.profilekit.rules.ViolationCode;
import io.profilekit.testing.ProfileGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Property-style checks over 1,000 seeded profiles each: the validator never throws, its own rules
 * never fail, and the report is the same on every run. A failure names its seed; rerun that seed
 * with {@code HostileProfiles.profile(seed)}.
 */
class ValidatorPropertiesTest {
    private static final ProfileValidator SHARED = TestRegistry.validator();
    private static final ProfileValidator EVERY_TAG_RULE = ProfileValidator.builder().registry(TestRegistry.registry())
            .clock(TestRegistry.CLOCK)
            .tagPolicy(TagPolicy.of(TagRules.AWS, TagRules.AZURE, TagRules.GCP).withKubernetesLabels(true)).build();

    static LongStream seeds() {
        return LongStream.range(0, 1_000);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void neverThrowsOnHostileProfilesAndReportsTheSameEveryTime(long seed) {
        InfrastructureProfile profile = HostileProfiles.profile(seed);
        ValidationReport[] first = new ValidationReport[1];

        assertThatCode(() -> first[0] = SHARED.validate(profile)).as("seed %d", seed).doesNotThrowAnyException();

        assertThat(first[0].codes()).as("seed %d: built-in rules never fail\n%s", seed, first[0])
                .doesNotContain(ViolationCode.RULE_FAILED.name());
        assertThat(SHARED.validate(profile)).as("seed %d: second run", seed).isEqualTo(first[0]);
        assertThat(TestRegistry.validator().validate(profile)).as("seed %d: fresh validator", seed).isEqualTo(first[0]);
        assertThat(first[0].toString()).as("seed %d", seed).isNotEmpty();

        ValidationReport strict = EVERY_TAG_RULE.validate(profile);
        assertThat(strict.codes()).as("seed %d, every tag rule\n%s", seed, strict)
                .doesNotContain(ViolationCode.RULE_FAILED.name());
        assertThat(EVERY_TAG_RULE.validate(profile)).as("seed %d, every tag rule: second run", seed).isEqualTo(strict);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void generatedProfilesValidateWithoutThrowingAndDeterministically(long seed) {
        InfrastructureProfile profile = new ProfileGenerator(seed).profile();

        ValidationReport report = SHARED.validate(profile);

        assertThat(report.codes()).as("seed %d\n%s", seed, report).doesNotContain(ViolationCode.RULE_FAILED.name());
        assertThat(TestRegistry.validator().validate(profile)).as("seed %d", seed).isEqualTo(report);
        // Generated profiles are structurally valid: the layer rules have nothing to say.
        assertThat(report.codes()).as("seed %d\n%s", seed, report)
                .doesNotContain("LAYER_MISSING", "LAYER_DUPLICATE", "LAYER_ORDER", "PROFILE_NAME_BLANK");
    }
}
