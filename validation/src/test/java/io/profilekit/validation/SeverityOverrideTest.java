package io.profilekit.validation;

import io.profilekit.Tag;
import io.profilekit.rules.Severity;
import io.profilekit.rules.ValidationReport;
import io.profilekit.rules.ViolationCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SeverityOverrideTest {

    @Test
    void endOfLifeIsAWarningByDefaultAndAnErrorWhenConfigured() {
        var profile = Samples.design().kubernetes("kubernetes", "1.29.14").build();

        ValidationReport byDefault = TestRegistry.validator().validate(profile);
        ValidationReport strict = ProfileValidator.builder().registry(TestRegistry.registry()).clock(TestRegistry.CLOCK)
                .severity(ViolationCode.PACK_END_OF_LIFE, Severity.ERROR).build().validate(profile);

        assertThat(byDefault.warnings()).hasSize(1);
        assertThat(byDefault.isValid()).isTrue();
        assertThat(strict.errors()).singleElement()
                .satisfies(v -> assertThat(v.code()).isEqualTo("PACK_END_OF_LIFE"));
        assertThat(strict.isValid()).isFalse();
    }

    @Test
    void anErrorCanBeLoweredToAWarningOrInfo() {
        var profile = Samples.design().tag(Tag.of("aws:cost", "x")).build();
        ProfileValidator lenient = ProfileValidator.builder().registry(TestRegistry.registry())
                .severity(ViolationCode.TAG_KEY_RESERVED, Severity.INFO).build();

        ValidationReport report = lenient.validate(profile);

        assertThat(report.violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("TAG_KEY_RESERVED");
            assertThat(v.severity()).isEqualTo(Severity.INFO);
        });
        assertThat(report.isValid()).isTrue();
        assertThat(lenient.severityOverrides()).containsEntry("TAG_KEY_RESERVED", Severity.INFO);
    }

    @Test
    void aUserRulesCodeCanBeOverriddenByName() {
        ProfileValidator validator = ProfileValidator.builder().registry(TestRegistry.registry())
                .severity(ForbiddenTagRule.CODE, Severity.WARNING).build();

        ValidationReport report = validator.validate(Samples.design().tag("forbidden").build());

        assertThat(report.warnings()).singleElement().satisfies(v -> assertThat(v.code()).isEqualTo(ForbiddenTagRule.CODE));
        assertThat(report.isValid()).isTrue();
    }

    @Test
    void theEndOfLifeCheckUsesTheClocksDate() {
        var profile = Samples.design().kubernetes("kubernetes", "1.29.14").build();
        ProfileValidator beforeEol = ProfileValidator.builder().registry(TestRegistry.registry())
                .clock(java.time.Clock.fixed(java.time.Instant.parse("2026-02-28T23:00:00Z"), java.time.ZoneOffset.UTC))
                .build();

        assertThat(beforeEol.validate(profile).violations()).isEmpty();
    }
}
