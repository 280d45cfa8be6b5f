package io.profilekit.validation;

import io.profilekit.CloudType;
import io.profilekit.InfrastructureProfile;
import io.profilekit.constraints.ValidProfileName;
import io.profilekit.constraints.ValidTag;
import io.profilekit.rules.ValidationReport;
import io.profilekit.rules.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * User text that looks like an expression — Jakarta EL {@code ${…}}, a message parameter
 * {@code {…}}, escapes — appears literally in every message and is never evaluated, whether the
 * profile goes through {@link ProfileValidator}, ProfileKit's Jakarta validator, or a plain one.
 */
class ExpressionInjectionTest {
    private static final String JAVA_VERSION = System.getProperty("java.version");

    record Bean(@ValidProfileName String name, @ValidTag(cloud = "gcp") String tag) {
    }

    static InfrastructureProfile profileWith(String text) {
        return Samples.gcp().cloud(CloudType.GCP)
                .name(" " + text + " ")                 // padded: PROFILE_NAME_WHITESPACE quotes it
                .tag(text + ":v")                       // not a GCP label key: TAG_KEY_INVALID quotes it
                .build();
    }

    static void assertLiteral(String message, String text) {
        assertThat(message).contains(text);
        assertThat(message).doesNotContain("java.lang.String").doesNotContain("class java");
        assertThat(message).doesNotContain(JAVA_VERSION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"${''.getClass()}", "{java.version}", "${1+1}{java.version}#{2*3}",
        "a\\{java.version\\}\\${x}\\\\", "${validatedValue}", "{profilekit.problem}"})
    void profileValidatorMessagesQuoteUserTextLiterally(String text) {
        ValidationReport report = TestRegistry.validator().validate(profileWith(text));

        List<Violation> violations = report.violations();
        assertThat(violations).extracting(Violation::path).containsExactly("name", "tags[3]");
        violations.forEach(v -> assertLiteral(v.message(), text));
        assertThat(report.toString()).contains("' " + text + " '");
    }

    @ParameterizedTest
    @ValueSource(strings = {"${''.getClass()}", "{java.version}", "${1+1}{java.version}#{2*3}",
        "a\\{java.version\\}\\${x}\\\\", "${validatedValue}", "{profilekit.problem}"})
    void jakartaMessagesQuoteUserTextLiterallyAndNeverEvaluateIt(String text) {
        List<Validator> validators = List.of(ProfileKitValidation.validator(), plainValidator());

        for (Validator validator : validators) {
            Set<ConstraintViolation<InfrastructureProfile>> onProfile = validator.validate(profileWith(text));
            assertThat(onProfile.stream().map(v -> v.getPropertyPath().toString()).sorted().collect(Collectors.toList()))
                    .containsExactly("name", "tags[3]");
            onProfile.forEach(v -> assertLiteral(v.getMessage(), text));
            assertThat(onProfile).anySatisfy(v -> assertThat(v.getMessage()).startsWith(
                    "the profile name ' " + text + " ' starts and ends with whitespace"));

            Set<ConstraintViolation<Bean>> onBean = validator.validate(new Bean(" " + text, text + ":v"));
            assertThat(onBean).hasSize(2);
            onBean.forEach(v -> assertLiteral(v.getMessage(), text));
        }
    }

    private static ValidatorFactory plainFactory;

    @BeforeAll
    static void open() {
        plainFactory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
    }

    @AfterAll
    static void close() {
        plainFactory.close();
    }

    private static Validator plainValidator() {
        return plainFactory.getValidator();
    }
}
