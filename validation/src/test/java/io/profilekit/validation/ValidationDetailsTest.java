package io.profilekit.validation;

import io.profilekit.CloudType;
import io.profilekit.rules.ProfileRule;
import io.profilekit.rules.RuleContext;
import io.profilekit.rules.Severity;
import io.profilekit.rules.ValidationReport;
import io.profilekit.rules.Violation;
import io.profilekit.validation.internal.Texts;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Details of the validator's texts, policies and configuration that its reports depend on. */
class ValidationDetailsTest {

    @Test
    void quotingEscapesEveryKindOfInvisibleCharacter() {
        assertThat(Texts.quote("a\rb")).isEqualTo("'a\\rb'");
        assertThat(Texts.quote("a\u200Eb")).isEqualTo("'a\\u200Eb'");        // format (left-to-right mark)
        assertThat(Texts.quote("a\u2028b")).isEqualTo("'a\\u2028b'");        // line separator
        assertThat(Texts.quote("a\u2029b")).isEqualTo("'a\\u2029b'");        // paragraph separator
        assertThat(Texts.quote("a\uD800b")).isEqualTo("'a\\uD800b'");        // lone surrogate
        assertThat(Texts.quote("a\u007Fb")).isEqualTo("'a\\u007Fb'");        // delete
        assertThat(Texts.quote("a b·c")).isEqualTo("'a b·c'");
        assertThat(Texts.quote("x".repeat(200))).isEqualTo("'" + "x".repeat(200) + "'");
        assertThat(Texts.quote("x".repeat(201))).endsWith("'… (201 characters)");
    }

    @Test
    void listsShowAtMostTheAskedNumberOfItems() {
        assertThat(Texts.list(List.of("a", "b", "c"), 3)).isEqualTo("a, b, c");
        assertThat(Texts.list(List.of("a", "b", "c", "d"), 3)).isEqualTo("a, b, c, …");
        assertThat(Texts.list(List.of("a", "b"), 1)).isEqualTo("a, …");
        assertThat(Texts.list(List.of(), 2)).isEmpty();
    }

    @Test
    void closeNamesAreFoundByDistanceCaseAndContainmentAndCapped() {
        List<String> names = List.of("Kubernetes", "kubernetes-eks", "kube", "kubernetez", "cni", "abc");
        assertThat(Texts.closest("kubernetes", names, 5)).containsExactly("Kubernetes", "kubernetez", "kube",
                "kubernetes-eks");
        assertThat(Texts.closest("kubernetes", names, 2)).containsExactly("Kubernetes", "kubernetez");
        assertThat(Texts.closest("Kubernetes", List.of("Kubernetes", "KUBERNETES"), 3)).containsExactly("KUBERNETES",
                "Kubernetes");
        // Short names are not matched by containment.
        assertThat(Texts.closest("ab", List.of("xxabxx"), 3)).isEmpty();
        assertThat(Texts.closest("abc", List.of("xxabcxx"), 3)).containsExactly("xxabcxx");
        assertThat(Texts.closest("abcdefghi", List.of("abcdefxyz", "abcdefgxy"), 3)).containsExactly("abcdefgxy",
                "abcdefxyz");
        assertThat(Texts.closest("abcdefghi", List.of("abcdexyzw"), 3)).isEmpty();
    }

    @Test
    void tagPoliciesSayWhatTheyApplyAndCompareByIt() {
        TagPolicy cloud = TagPolicy.cloudDefault();
        TagPolicy labels = cloud.withKubernetesLabels(true);
        TagPolicy fixed = TagPolicy.of(TagRules.AWS);

        assertThat(cloud.followsCloud()).isTrue();
        assertThat(fixed.followsCloud()).isFalse();
        assertThat(TagPolicy.basic().followsCloud()).isFalse();
        assertThat(labels.kubernetesLabels()).isTrue();
        assertThat(cloud.kubernetesLabels()).isFalse();
        assertThat(cloud).hasToString("TagPolicy[cloud rules]");
        assertThat(labels).hasToString("TagPolicy[cloud rules + KUBERNETES_LABELS]");
        assertThat(fixed).hasToString("TagPolicy[fixed + AWS]");
        assertThat(labels).isEqualTo(TagPolicy.cloudDefault().withKubernetesLabels(true)).isNotEqualTo(cloud);
        assertThat(labels.hashCode()).isEqualTo(TagPolicy.cloudDefault().withKubernetesLabels(true).hashCode());
        assertThat(Set.of(cloud.hashCode(), labels.hashCode(), fixed.hashCode(), TagPolicy.basic().hashCode())).hasSize(4);
        assertThat(fixed.rulesFor(CloudType.AZURE)).containsExactly(TagRules.AWS);
        assertThat(cloud.rulesFor(CloudType.AZURE)).containsExactly(TagRules.AZURE);
        assertThat(labels.rulesFor(CloudType.of("nutanix"))).containsExactly(TagRules.KUBERNETES_LABELS);
    }

    @Test
    void theReportNamesAnUnnamedProfileAndQuotesAnInvalidVersion() {
        ProfileValidator v = TestRegistry.validator();
        assertThat(v.validate(Samples.design().build()).subject()).isEqualTo("profile 'aws-prod-base' 1.2.0");
        assertThat(v.validate(Samples.design().version("v1.2").build()).subject())
                .isEqualTo("profile 'aws-prod-base' 'v1.2'");
        assertThat(v.validate(Samples.design().name(" ").buildLenient()).subject()).isEqualTo("profile (unnamed profile) 1.2.0");
        assertThat(v.validate(Samples.design().name("").buildLenient()).subject())
                .isEqualTo("profile (unnamed profile) 1.2.0");
    }

    /** A rule whose id is null or throws, which the validator reports by its class name. */
    private static final class Nameless implements ProfileRule {
        @Override
        public String id() {
            return "test.nameless";
        }

        @Override
        public List<Violation> check(RuleContext context) {
            throw new IllegalStateException();
        }
    }

    @Test
    void aFailingRulesMessageNamesItsExceptionEvenWithoutAMessage() {
        ValidationReport r = ProfileValidator.builder().registry(TestRegistry.registry()).clock(TestRegistry.CLOCK)
                .discoverRules(false).rule(new Nameless()).build().validate(Samples.design().build());
        assertThat(r.violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("RULE_FAILED");
            assertThat(v.message()).isEqualTo("rule 'test.nameless' threw java.lang.IllegalStateException; the profile was"
                    + " not fully checked");
        });
    }

    @Test
    void severitiesAreOverriddenByCodeNameAndANameMustNotBeBlank() {
        ProfileValidator v = ProfileValidator.builder().registry(TestRegistry.registry()).clock(TestRegistry.CLOCK)
                .discoverRules(false).severity("PROFILE_VERSION_INVALID", Severity.WARNING).build();
        assertThat(v.validate(Samples.design().version("1.2").build()).violations()).singleElement()
                .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.WARNING));
        assertThat(v.severityOverrides()).containsOnlyKeys("PROFILE_VERSION_INVALID");
        assertThatThrownBy(() -> ProfileValidator.builder().severity(" ", Severity.INFO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(v.toString()).contains("severities={PROFILE_VERSION_INVALID=WARNING}");
        assertThat(TestRegistry.validator().toString()).doesNotContain("severities");
    }

    @Test
    void discoveredRulesRunAfterTheOthersSortedByIdAndTheBuilderReturnsItself() {
        ProfileValidator.Builder b = ProfileValidator.builder();
        assertThat(b.registry(TestRegistry.registry())).isSameAs(b);
        assertThat(b.rules(List.of())).isSameAs(b);
        assertThat(b.discoveryClassLoader(ValidationDetailsTest.class.getClassLoader())).isSameAs(b);
        List<String> ids = b.build().ruleIds();
        int builtIn = ProfileValidator.builder().registry(TestRegistry.registry()).discoverRules(false).build()
                .ruleIds().size();
        assertThat(ids.subList(0, builtIn)).allMatch(id -> id.startsWith("profilekit."));
        assertThat(ids.subList(builtIn, ids.size())).isSorted().isNotEmpty();
    }
}
