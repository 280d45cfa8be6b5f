package io.profilekit.validation;

import io.profilekit.CloudType;
import io.profilekit.InfrastructureProfile;
import io.profilekit.constraints.ValidProfileName;
import io.profilekit.validation.internal.FieldProblem;
import io.profilekit.validation.internal.ProfileFieldChecks;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.messageinterpolation.ExpressionLanguageFeatureLevel;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exact message of a Jakarta violation is the field problem's text, character for character,
 * whatever user text it quotes — under every interpolator and setting Hibernate Validator offers:
 * ProfileKit's own validator (no Expression Language), the default bootstrap with Expression
 * Language (what Spring Boot uses), Expression Language switched on for custom violations at the
 * most permissive level, and validator-side parameter escaping switched off. Hibernate Validator
 * releases differ in who escapes message parameters (see {@code ConstraintReporting}); the build
 * also runs this test on Hibernate Validator 8.0 and 9.0 (the {@code hv-8.0} and {@code hv-9.0}
 * executions in this module's POM), so it holds on every release ProfileKit supports.
 */
class ConstraintReportingTest {
    /** Text that means something to message interpolation, alone and in combination. */
    static final List<String> HOSTILE = List.of("plain", "${1+1}", "{java.version}", "${''.getClass()}",
            "${validatedValue}", "{profilekit.problem}", "{profilekit.code}", "a\\{x\\}\\${y}\\\\", "\\", "\\\\", "$",
            "$$", "\\$", "{", "}", "\\{", "\\}", "#{2*3}", "${", "$\\{", "\\${1+1}", "{{}}", "%s %n", "\\\\${1+1}",
            "${x}\\", "end\\", "${'a'.concat('b')}", "$${1+1}", "{${1+1}}", "\\\\\\{");

    private static final Map<String, ValidatorFactory> FACTORIES = new LinkedHashMap<>();

    record Named(@ValidProfileName String name) {
    }

    record Templated(@ValidProfileName(message = "{profilekit.code}: {profilekit.problem} [{profilekit.code}]") String name) {
    }

    @BeforeAll
    static void factories() {
        FACTORIES.put("ParameterMessageInterpolator", configure().messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory());
        FACTORIES.put("default bootstrap, with Expression Language", configure().buildValidatorFactory());
        FACTORIES.put("Expression Language for custom violations (BEAN_METHODS)", configure()
                .customViolationExpressionLanguageFeatureLevel(ExpressionLanguageFeatureLevel.BEAN_METHODS)
                .buildValidatorFactory());
        // The property exists from 8.0.6, 9.0.2 and 9.1.5 on; older releases ignore it.
        FACTORIES.put("validator-side escaping off, Expression Language on", configure()
                .addProperty("hibernate.validator.message_parameter_escaping", "none")
                .customViolationExpressionLanguageFeatureLevel(ExpressionLanguageFeatureLevel.BEAN_METHODS)
                .buildValidatorFactory());
        FACTORIES.put("validator-side escaping off, no Expression Language", configure()
                .addProperty("hibernate.validator.message_parameter_escaping", "none")
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory());
    }

    private static HibernateValidatorConfiguration configure() {
        return Validation.byProvider(HibernateValidator.class).configure();
    }

    @AfterAll
    static void close() {
        FACTORIES.values().forEach(ValidatorFactory::close);
    }

    static Stream<Arguments> validators() {
        List<Arguments> all = new ArrayList<>();
        all.add(Arguments.of("ProfileKitValidation.validator()", (Supplier<Validator>) ProfileKitValidation::validator));
        for (String name : List.of("ParameterMessageInterpolator", "default bootstrap, with Expression Language",
                "Expression Language for custom violations (BEAN_METHODS)", "validator-side escaping off, Expression Language on",
                "validator-side escaping off, no Expression Language")) {
            all.add(Arguments.of(name, (Supplier<Validator>) () -> FACTORIES.get(name).getValidator()));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validators")
    void aPropertyConstraintsMessageIsTheProblemTextExactly(String name, Supplier<Validator> validator) {
        Validator v = validator.get();
        for (String text : HOSTILE) {
            String value = " " + text;
            Set<ConstraintViolation<Named>> violations = v.validate(new Named(value));

            assertThat(violations).as(text).singleElement().extracting(ConstraintViolation::getMessage)
                    .isEqualTo(ProfileFieldChecks.name(value, "").get(0).text());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validators")
    void aUsersTemplateGetsTheCodeAndTheProblemTextExactly(String name, Supplier<Validator> validator) {
        Validator v = validator.get();
        for (String text : HOSTILE) {
            String value = text + " ";
            FieldProblem problem = ProfileFieldChecks.name(value, "").get(0);

            assertThat(v.validate(new Templated(value))).as(text).singleElement().extracting(ConstraintViolation::getMessage)
                    .isEqualTo(problem.code().name() + ": " + problem.text() + " [" + problem.code().name() + "]");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validators")
    void aProfilesClassLevelViolationsCarryTheProblemTextsExactly(String name, Supplier<Validator> validator) {
        Validator v = validator.get();
        for (String text : HOSTILE) {
            InfrastructureProfile profile = Samples.gcp().cloud(CloudType.GCP).name(" " + text + " ")
                    .tag("X" + text + ":v").build();   // uppercase: never a GCP label key
            Map<String, String> expected = ProfileFieldChecks.profileFields(profile, TagPolicy.cloudDefault().rulesFor(profile.cloud())).stream()
                    .collect(Collectors.toMap(FieldProblem::path, FieldProblem::text, (a, b) -> a + "\n" + b));

            Map<String, String> actual = v.validate(profile).stream()
                    .collect(Collectors.toMap(c -> c.getPropertyPath().toString(), ConstraintViolation::getMessage,
                            (a, b) -> a + "\n" + b));

            assertThat(actual).as(text).containsOnlyKeys("name", "tags[3]").isEqualTo(expected);
        }
    }

    private static String jarOf(String className) {
        try {
            String location = Class.forName(className).getProtectionDomain().getCodeSource().getLocation().getPath();
            return location.substring(location.lastIndexOf('/', location.length() - 2) + 1);
        } catch (ClassNotFoundException e) {
            return "nowhere";
        }
    }

    @Test
    void theEnvironmentHasWhatTheseTestsNeed() {
        // Without an Expression Language implementation the default bootstrap would fall back or fail,
        // and the "with Expression Language" cases would prove nothing.
        assertThat(FACTORIES.get("default bootstrap, with Expression Language").getMessageInterpolator())
                .isInstanceOf(ResourceBundleMessageInterpolator.class);
        assertThat(jarOf("jakarta.el.ExpressionFactory")).isNotEqualTo("nowhere");
        System.out.println("Hibernate Validator " + HibernateValidator.class.getPackage().getImplementationVersion()
                + ", Jakarta Validation from " + jarOf("jakarta.validation.Validation")
                + ", Expression Language from " + jarOf("jakarta.el.ExpressionFactory"));
    }
}
