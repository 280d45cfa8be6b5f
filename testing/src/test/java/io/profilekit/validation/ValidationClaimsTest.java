package io.profilekit.validation;

import io.profilekit.CloudType;
import io.profilekit.InfrastructureProfile;
import io.profilekit.rules.ProfileRule;
import io.profilekit.rules.RuleContext;
import io.profilekit.rules.Severity;
import io.profilekit.rules.ValidationReport;
import io.profilekit.rules.Violation;
import io.profilekit.rules.ViolationCode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Backs the immutability and thread-safety claims of the validation module:
 * {@link ProfileValidator} ("immutable, thread-safe and reusable"; {@link ConcurrencyTest} shares
 * one by 8 threads), {@link TagPolicy} ("immutable") and {@link ProfileKitValidation#validator()}
 * ("thread-safe").
 */
class ValidationClaimsTest {

    private static void finalWithFinalFields(Class<?> type) {
        assertThat(Modifier.isFinal(type.getModifiers())).as("%s is final", type.getSimpleName()).isTrue();
        for (Field f : type.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                assertThat(Modifier.isFinal(f.getModifiers())).as("%s.%s is final", type.getSimpleName(), f.getName())
                        .isTrue();
            }
        }
    }

    /** A user rule that flags every profile, to see whether a validator runs it. */
    private static final class Flag implements ProfileRule {
        @Override
        public String id() {
            return "test.flag";
        }

        @Override
        public List<Violation> check(RuleContext context) {
            return List.of(Violation.of("FLAGGED", Severity.WARNING, "", "flagged", ""));
        }
    }

    @Test
    void aValidatorDoesNotChangeWhenItsBuilderIsUsedAgain() {
        finalWithFinalFields(ProfileValidator.class);
        ProfileValidator.Builder b = ProfileValidator.builder().registry(TestRegistry.registry()).clock(TestRegistry.CLOCK)
                .discoverRules(false);
        ProfileValidator validator = b.build();
        List<String> ids = validator.ruleIds();
        InfrastructureProfile profile = Samples.design().version("1.2").build();
        ValidationReport before = validator.validate(profile);

        b.rule(new Flag()).severity(ViolationCode.PROFILE_VERSION_INVALID, Severity.WARNING)
                .tagPolicy(TagPolicy.basic()).registry(TestRegistry.fresh());

        assertThat(validator.ruleIds()).isEqualTo(ids).doesNotContain("test.flag");
        assertThat(validator.severityOverrides()).isEmpty();
        assertThat(validator.tagPolicy()).isEqualTo(TagPolicy.cloudDefault());
        assertThat(validator.registry()).isSameAs(TestRegistry.registry());
        assertThat(validator.validate(profile)).isEqualTo(before);
        assertThat(b.build().validate(profile).codes()).contains("FLAGGED");
        assertThatThrownBy(() -> validator.ruleIds().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> b.build().severityOverrides().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void tagPoliciesAreImmutable() {
        finalWithFinalFields(TagPolicy.class);
        TagPolicy policy = TagPolicy.cloudDefault();
        TagPolicy withLabels = policy.withKubernetesLabels(true);

        assertThat(withLabels).isNotEqualTo(policy);
        assertThat(policy.kubernetesLabels()).isFalse();
        assertThat(policy).isEqualTo(TagPolicy.cloudDefault());
        assertThatThrownBy(() -> policy.rulesFor(CloudType.AWS).clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> TagPolicy.of(TagRules.values()).rulesFor(CloudType.GCP).clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theCachedJakartaValidatorSharedByEightThreadsFindsWhatOneThreadFinds() throws Exception {
        Validator validator = ProfileKitValidation.validator();
        assertThat(ProfileKitValidation.validator()).isSameAs(validator);
        List<InfrastructureProfile> profiles = new ArrayList<>(Samples.valid());
        for (long seed = 0; seed < 400; seed++) {
            profiles.add(HostileProfiles.profile(seed));
        }
        Function<InfrastructureProfile, String> found = p -> {
            Set<String> out = new TreeSet<>();
            for (ConstraintViolation<InfrastructureProfile> v : validator.validate(p)) {
                out.add(v.getPropertyPath() + " " + v.getMessage());
            }
            return out.toString();
        };
        List<String> expected = new ArrayList<>();
        for (InfrastructureProfile p : profiles) {
            expected.add(found.apply(p));
        }
        assertThat(expected).anyMatch(s -> !s.equals("[]"));

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t * 53;
                Callable<List<String>> task = () -> {
                    start.await();
                    String[] out = new String[profiles.size()];
                    for (int k = 0; k < profiles.size(); k++) {
                        int i = (k + offset) % profiles.size();
                        out[i] = found.apply(profiles.get(i));
                    }
                    return List.of(out);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            for (Future<List<String>> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
