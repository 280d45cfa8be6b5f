package io.profilekit.compat.boot3;

import io.profilekit.ClusterProfile;
import io.profilekit.InfrastructureProfile;
import io.profilekit.registry.InMemoryPackRegistry;
import io.profilekit.registry.PackRegistries;
import io.profilekit.registry.PackRegistry;
import io.profilekit.resolve.ProfileResolver;
import io.profilekit.resolve.ResolvedProfile;
import io.profilekit.rules.ValidationReport;
import io.profilekit.rules.Violation;
import io.profilekit.validation.ProfileKitValidation;
import io.profilekit.validation.ProfileValidator;
import io.profilekit.yaml.ProfileDocuments;
import jakarta.validation.ConstraintViolation;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** ProfileKit's whole API in this application's class path: build, validate, resolve, every format. */
class ProfileLifecycleTest {
    @Test
    void buildsValidatesResolvesAndRoundTripsEveryFormat() {
        PackRegistry registry = PackRegistries.builtIn();
        InfrastructureProfile profile = Profiles.design();

        ValidationReport report = ProfileValidator.of(registry).validate(profile);
        assertThat(report.violations()).isEmpty();

        ResolvedProfile locked = ProfileResolver.of(registry).resolve(profile);
        assertThat(locked.layers()).extracting(l -> l.layer().pack().name() + " " + l.version().orElseThrow())
                .containsExactly("ubuntu-aws 22.04", "kubernetes 1.33.6", "cni-calico 3.31.2", "csi-aws-ebs 1.46.0");

        String yaml = ProfileDocuments.yaml().write(profile);
        assertThat(yaml).contains("profilekit.io/v1", "aws-prod-base", "1.33.x", "# PXK settings");
        assertThat(ProfileDocuments.yaml().read(yaml)).isEqualTo(profile);

        String api = ProfileDocuments.paletteApiJson().write(locked);
        assertThat(api).contains("\"1.33.6\"", "aws-prod-base");
        ClusterProfile fromApi = ProfileDocuments.paletteApiJson().read(api);
        assertThat(fromApi.layers()).extracting(l -> l.pack().name() + " " + l.pack().version())
                .containsExactly("ubuntu-aws 22.04", "kubernetes 1.33.6", "cni-calico 3.31.2", "csi-aws-ebs 1.46.0");
        assertThat(fromApi.tags()).isEqualTo(profile.tags());
        assertThat(ProfileDocuments.paletteApiJson().write(fromApi)).isEqualTo(api);

        String export = ProfileDocuments.paletteExportJson().write(profile);
        assertThat(export).contains("aws-prod-base", "1.33.x");
        assertThat(ProfileDocuments.paletteExportJson().read(export)).isEqualTo(profile);
    }

    @Test
    void theValidatorReportsEveryProblemAndQuotesUserTextLiterally() {
        ValidationReport report = ProfileValidator.of(PackRegistries.builtIn()).validate(Profiles.broken());

        assertThat(report.isValid()).isFalse();
        assertThat(report.codes()).contains("PROFILE_NAME_WHITESPACE", "TAG_VALUE_INVALID", "TAG_KEY_INVALID",
                "PACK_VERSION_NOT_FOUND");
        assertThat(report.violations()).extracting(Violation::message)
                .anySatisfy(m -> assertThat(m).contains("'" + Profiles.HOSTILE_NAME + "'"))
                .anySatisfy(m -> assertThat(m).contains("'" + Profiles.HOSTILE_TAG_VALUE + "'"));
    }

    @Test
    void beanValidationReportsTheFieldProblemsWithTheValidatorsTexts() {
        InfrastructureProfile broken = Profiles.broken();
        Set<ConstraintViolation<InfrastructureProfile>> violations = ProfileKitValidation.validator().validate(broken);

        Map<String, String> messages = new TreeMap<>();
        violations.forEach(v -> messages.put(v.getPropertyPath().toString(), v.getMessage()));
        assertThat(messages).containsOnlyKeys("name", "tags[1]", "tags[2]");
        assertThat(messages.get("name")).contains("'" + Profiles.HOSTILE_NAME + "'");
        assertThat(messages.get("tags[1]")).contains("'" + Profiles.HOSTILE_TAG_VALUE + "'");
        // The same texts as ProfileValidator's, message and hint (its field checks need no catalog).
        ValidationReport report = ProfileValidator.of(InMemoryPackRegistry.builder("empty").build()).validate(broken);
        Map<String, String> texts = new TreeMap<>();
        report.violations().stream().filter(v -> !v.code().startsWith("PACK_"))
                .forEach(v -> texts.put(v.path(), v.message() + " (hint: " + v.hint() + ")"));
        assertThat(messages).isEqualTo(texts);
    }
}
