package io.profilekit.validation;

import io.profilekit.ClusterProfile;
import io.profilekit.InfrastructureProfile;
import io.profilekit.ProfileVersion;
import io.profilekit.Tag;
import io.profilekit.VersionSelector;
import io.profilekit.constraints.ValidClusterProfile;
import io.profilekit.constraints.ValidPackVersion;
import io.profilekit.constraints.ValidProfileName;
import io.profilekit.constraints.ValidProfileVersion;
import io.profilekit.constraints.ValidTag;
import io.profilekit.rules.Violation;
import io.profilekit.validation.internal.FieldProblem;
import io.profilekit.validation.internal.ProfileFieldChecks;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The Jakarta constraints, through ProfileKit's cached validator and through a plain Hibernate
 * Validator that knows nothing about ProfileKit but finds the validators via ServiceLoader.
 */
class JakartaConstraintsTest {
    private static ValidatorFactory plainFactory;
    private static Validator plain;

    @BeforeAll
    static void plainValidator() {
        plainFactory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
        plain = plainFactory.getValidator();
    }

    @AfterAll
    static void close() {
        plainFactory.close();
    }

    record Request(@ValidProfileName String name,
                   @ValidProfileVersion String version,
                   List<@ValidTag(cloud = "gcp") String> tags,
                   @ValidPackVersion String selector,
                   @ValidPackVersion(exact = true) String pinned,
                   @Valid ClusterProfile profile) {
    }

    record Typed(@ValidProfileVersion ProfileVersion version,
                 @ValidTag(cloud = "azure", kubernetesLabels = true) Tag tag,
                 @ValidPackVersion VersionSelector selector,
                 @ValidClusterProfile(kubernetesLabels = true) ClusterProfile profile,
                 @ValidProfileName(message = "bad name") String name) {
    }

    static List<String> paths(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(v -> v.getPropertyPath().toString()).sorted().collect(Collectors.toList());
    }

    static String code(ConstraintViolation<?> v) {
        HibernateConstraintViolation<?> h = v.unwrap(HibernateConstraintViolation.class);
        return h.getDynamicPayload(String.class);
    }

    static List<ConstraintViolation<?>> sorted(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().sorted(Comparator.comparing((ConstraintViolation<?> v) -> v.getPropertyPath().toString())
                .thenComparing(ConstraintViolation::getMessage)).collect(Collectors.toList());
    }

    @Test
    void aValidProfileAndValidBeanHaveNoViolations() {
        Request ok = new Request("ML Ops", "1.2.3-rc.1", List.of("env:prod", "dev"), "1.33.x", "1.31.2-rev2",
                Samples.design().build());

        assertThat(ProfileKitValidation.validator().validate(ok)).isEmpty();
        assertThat(plain.validate(ok)).isEmpty();
        for (InfrastructureProfile p : Samples.valid()) {
            assertThat(plain.validate(p)).as(p.toString()).isEmpty();
        }
    }

    @Test
    void nullValuesAreValidAsInJakartasOwnConstraints() {
        assertThat(plain.validate(new Request(null, null, null, null, null, null))).isEmpty();
        assertThat(plain.validate(new Typed(null, null, null, null, null))).isEmpty();
    }

    @Test
    void aProfileValidatedByAPlainValidatorGetsTheFieldChecksAtTheirPropertyPaths() {
        InfrastructureProfile profile = Samples.design()
                .name(" aws-prod-base")
                .version("v1.2")
                .tag("cost#center:42")
                .kubernetes("kubernetes", "latest")
                .build();

        Set<ConstraintViolation<InfrastructureProfile>> violations = plain.validate(profile);

        assertThat(sorted(violations)).extracting(v -> v.getPropertyPath().toString(), JakartaConstraintsTest::code)
                .containsExactly(
                        tuple("layers[1].pack.version", "VERSION_SELECTOR_INVALID"),
                        tuple("name", "PROFILE_NAME_WHITESPACE"),
                        tuple("tags[2]", "TAG_KEY_INVALID"),
                        tuple("version", "PROFILE_VERSION_INVALID"));
        assertThat(sorted(violations).get(1).getMessage()).isEqualTo(
                "the profile name ' aws-prod-base' starts with whitespace (hint: use 'aws-prod-base')");
        assertThat(violations).allSatisfy(v -> {
            assertThat(v.getRootBean()).isSameAs(profile);
            assertThat(v.getConstraintDescriptor().getAnnotation()).isInstanceOf(ValidClusterProfile.class);
        });
    }

    @Test
    void jakartaAndTheProfileValidatorReportTheSameFieldProblems() {
        InfrastructureProfile profile = Samples.azure()
                .name("")
                .version("2.2.2.develop")
                .tags("Env:prod", "env:dev", "microsoftOwner:x", ":y", "k<ey:" + "v".repeat(300))
                .kubernetes("kubernetes", "1.33 ||")
                .buildLenient();

        List<ConstraintViolation<?>> jakarta = sorted(plain.validate(profile));
        List<Violation> validator = TestRegistry.validator().validate(profile).violations().stream()
                .filter(v -> !v.code().startsWith("PACK_") && !v.code().equals("REGISTRY_NOT_FOUND"))
                .sorted(Comparator.comparing(Violation::path).thenComparing(Violation::message))
                .collect(Collectors.toList());

        assertThat(jakarta).hasSize(8).hasSameSizeAs(validator);
        for (int i = 0; i < jakarta.size(); i++) {
            ConstraintViolation<?> j = jakarta.get(i);
            Violation v = validator.get(i);
            assertThat(j.getPropertyPath()).hasToString(v.path());
            assertThat(code(j)).isEqualTo(v.code());
            // The profile validator may add what the registry knows (e.g. available versions) to a hint.
            String hint = j.getMessage().substring(v.message().length() + " (hint: ".length(), j.getMessage().length() - 1);
            assertThat(j.getMessage()).startsWith(v.message() + " (hint: ");
            assertThat(v.hint()).startsWith(hint);
        }
    }

    @Test
    void propertyLevelConstraintsOnAUsersBeanReportAtTheirOwnPath() {
        Request bad = new Request("  ", "b0.0.1", List.of("env:prod", "Team:x"), "1.33 ||", "1.33.x",
                Samples.design().version("1.2").build());

        Set<ConstraintViolation<Request>> violations = plain.validate(bad);

        assertThat(sorted(violations)).extracting(v -> v.getPropertyPath().toString(), JakartaConstraintsTest::code)
                .containsExactly(
                        tuple("name", "PROFILE_NAME_BLANK"),
                        tuple("pinned", "VERSION_SELECTOR_INVALID"),
                        tuple("profile.version", "PROFILE_VERSION_INVALID"),
                        tuple("selector", "VERSION_SELECTOR_INVALID"),
                        tuple("tags[1].<list element>", "TAG_KEY_INVALID"),
                        tuple("version", "PROFILE_VERSION_INVALID"));
    }

    @Test
    void typedValuesAndAttributesAreHonoured() {
        Typed bad = new Typed(ProfileVersion.of("1.2"), Tag.of("azure-owner", "a b"), VersionSelector.parse("nope"),
                Samples.design().tag("Owner_:x").build(), " x");

        Set<ConstraintViolation<Typed>> violations = ProfileKitValidation.validator().validate(bad);

        assertThat(sorted(violations)).extracting(v -> v.getPropertyPath().toString(), JakartaConstraintsTest::code,
                        ConstraintViolation::getMessage)
                .containsExactly(
                        tuple("name", "PROFILE_NAME_WHITESPACE", "bad name"),
                        tuple("profile.tags[2]", "TAG_KEY_INVALID",
                                "tag key 'Owner_' breaks the Kubernetes label rules (does not start and end with a letter or digit)"
                                        + " (hint: Kubernetes label keys are an optional DNS-subdomain prefix (lowercase, at most 253"
                                        + " characters) and /, then a name of at most 63 letters, digits, - _ . that starts and ends"
                                        + " with a letter or digit)"),
                        tuple("selector", "VERSION_SELECTOR_INVALID",
                                "pack version 'nope' is not an exact version, a train, a group-prefixed version or a SemVer range"
                                        + " (hint: " + ProfileFieldChecks.SELECTOR_FORMS + ")"),
                        tuple("tag", "TAG_KEY_RESERVED",
                                "tag key 'azure-owner' uses a reserved prefix under Azure tag rules (prefix azure is reserved)"
                                        + " (hint: choose a key that does not start with azure)"),
                        tuple("tag", "TAG_VALUE_INVALID",
                                "tag value 'a b' of key 'azure-owner' breaks the Kubernetes label rules (contains ' ')"
                                        + " (hint: Kubernetes label values are empty, or at most 63 letters, digits, - _ . that start"
                                        + " and end with a letter or digit)"),
                        tuple("version", "PROFILE_VERSION_INVALID",
                                "profile version '1.2' is not strict SemVer major.minor.patch[-pre-release] (hint: use 1.2.0;"
                                        + " Palette takes versions such as 1.0.0 or 1.2.3-rc.1, not v1.2, 1.2 or 2.2.2.develop)"));
    }

    @Test
    void theSharedValidatorIsCached() {
        assertThat(ProfileKitValidation.validator()).isSameAs(ProfileKitValidation.validator());
        assertThat(ProfileKitValidation.factory()).isSameAs(ProfileKitValidation.factory());
        assertThat(ProfileKitValidation.factory().getMessageInterpolator()).isInstanceOf(ParameterMessageInterpolator.class);
    }

    @Test
    void fieldProblemsCarryTheCodeAndTheSameTextAsViolations() {
        FieldProblem p = ProfileFieldChecks.version("v1.2", "version").get(0);

        assertThat(p.toViolation().toString()).isEqualTo("ERROR version PROFILE_VERSION_INVALID: " + p.text().replace(
                " (hint: ", " (hint: "));
    }
}
