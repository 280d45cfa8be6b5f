package io.profilekit.validation;

import io.profilekit.ClusterProfile;
import io.profilekit.rules.ProfileRule;
import io.profilekit.rules.RuleContext;
import io.profilekit.rules.Severity;
import io.profilekit.rules.ValidationReport;
import io.profilekit.rules.Violation;
import io.profilekit.rules.ViolationCode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class UserRulesTest {

    /** "Every profile must carry an owner tag", the README's example of a user rule. */
    static final ProfileRule OWNER_TAG = new ProfileRule() {
        @Override
        public String id() {
            return "acme.owner-tag";
        }

        @Override
        public List<Violation> check(RuleContext ctx) {
            return ctx.profile().tags().containsKey("owner") ? List.of()
                    : List.of(Violation.of("OWNER_TAG_MISSING", Severity.ERROR, "tags",
                    "every profile must carry an owner tag", "add tag(\"owner:<team>\")"));
        }
    };

    static ProfileRule rule(String id, java.util.function.Function<RuleContext, List<Violation>> check) {
        return new ProfileRule() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public List<Violation> check(RuleContext context) {
                return check.apply(context);
            }
        };
    }

    static ProfileValidator.Builder builder() {
        return ProfileValidator.builder().registry(TestRegistry.registry()).clock(TestRegistry.CLOCK);
    }

    @Test
    void aRuleAddedProgrammaticallyRunsAfterTheBuiltInOnes() {
        ProfileValidator validator = builder().rule(OWNER_TAG).build();

        ValidationReport report = validator.validate(Samples.design().tags("env:prod").build());

        assertThat(report.violations()).extracting(Violation::code, Violation::path, Violation::severity)
                .containsExactly(tuple("OWNER_TAG_MISSING", "tags", Severity.ERROR));
        assertThat(report.violations().get(0).builtInCode()).isEmpty();
        assertThat(validator.validate(Samples.design().build()).violations()).isEmpty();
        assertThat(validator.ruleIds()).containsSubsequence("profilekit.profile", "profilekit.tags", "acme.owner-tag");
    }

    @Test
    void aRuleRegisteredForServiceLoaderIsDiscovered() {
        ProfileValidator validator = builder().build();

        ValidationReport report = validator.validate(Samples.design().tag("forbidden").build());

        assertThat(validator.ruleIds()).contains("test.forbidden-tag");
        assertThat(report.violations()).extracting(Violation::code, Violation::path)
                .containsExactly(tuple(ForbiddenTagRule.CODE, "tags[2]"));
    }

    @Test
    void discoveryCanBeSwitchedOff() {
        ProfileValidator validator = builder().discoverRules(false).build();

        assertThat(validator.ruleIds()).doesNotContain("test.forbidden-tag");
        assertThat(validator.validate(Samples.design().tag("forbidden").build()).violations()).isEmpty();
    }

    @Test
    void aDiscoveredRuleAlsoAddedByHandRunsOnce() {
        ProfileValidator validator = builder().rule(new ForbiddenTagRule()).build();

        assertThat(validator.ruleIds()).containsOnlyOnce("test.forbidden-tag");
        assertThat(validator.validate(Samples.design().tag("forbidden").build()).codes())
                .containsExactly(ForbiddenTagRule.CODE);
    }

    @Test
    void theBuiltInRulesHaveStableIds() {
        assertThat(builder().discoverRules(false).build().ruleIds()).containsExactly("profilekit.profile",
                "profilekit.layers", "profilekit.packs", "profilekit.dependencies", "profilekit.presets",
                "profilekit.value-schema", "profilekit.resources", "profilekit.manifests", "profilekit.tags", "profilekit.values-yaml", "profilekit.pack-settings",
                "profilekit.variables", "profilekit.macros");
    }

    @Test
    void aRuleThatThrowsBecomesRuleFailedNamingItAndTheOtherRulesStillRun() {
        ProfileValidator validator = builder()
                .rule(rule("acme.broken", ctx -> {
                    throw new IllegalStateException("no ${x} here");
                }))
                .rule(OWNER_TAG)
                .build();

        ValidationReport report = validator.validate(Samples.design().version("v1").tags("env:prod").build());

        assertThat(report.violations()).extracting(Violation::code, Violation::path).containsExactly(
                tuple("RULE_FAILED", ""),
                tuple("OWNER_TAG_MISSING", "tags"),
                tuple("PROFILE_VERSION_INVALID", "version"));
        assertThat(report.violations().get(0).message())
                .isEqualTo("rule 'acme.broken' threw java.lang.IllegalStateException: 'no ${x} here';"
                        + " the profile was not fully checked");
    }

    @Test
    void aRuleThatReturnsNullOrANullViolationIsReportedToo() {
        ProfileValidator validator = builder()
                .rule(rule("acme.null-list", ctx -> null))
                .rule(rule("acme.null-element", ctx -> {
                    List<Violation> list = new ArrayList<>();
                    list.add(null);
                    return list;
                }))
                .build();

        ValidationReport report = validator.validate(Samples.design().build());

        assertThat(report.violations()).extracting(Violation::message).containsExactly(
                "rule 'acme.null-element' returned a null violation; the profile was not fully checked",
                "rule 'acme.null-list' returned null instead of a list; the profile was not fully checked");
        assertThat(report.violations()).allSatisfy(v -> assertThat(v.builtInCode()).contains(ViolationCode.RULE_FAILED));
    }

    @Test
    void theRealViolationsOfARuleThatAlsoReturnsNullAreKept() {
        Violation real = Violation.of("ACME_REAL", Severity.ERROR, "name", "a real finding", "");
        ProfileValidator validator = builder().rule(rule("acme.mixed", ctx -> {
            List<Violation> list = new ArrayList<>();
            list.add(real);
            list.add(null);
            return list;
        })).build();

        ValidationReport report = validator.validate(Samples.design().build());

        assertThat(report.codes()).containsExactly("RULE_FAILED", "ACME_REAL");
        assertThat(report.violations()).contains(real);
    }

    @Test
    void aRuleSeesTheSharedResolutionAndTheClocksDate() {
        List<RuleContext> seen = new ArrayList<>();
        ProfileValidator validator = builder().rule(rule("acme.spy", ctx -> {
            seen.add(ctx);
            return List.of();
        })).build();
        ClusterProfile profile = Samples.design().build();

        validator.validate(profile);

        assertThat(seen).hasSize(1);
        assertThat(seen.get(0).profile()).isSameAs(profile);
        assertThat(seen.get(0).registry()).isSameAs(TestRegistry.registry());
        assertThat(seen.get(0).today()).hasToString("2026-06-01");
        assertThat(seen.get(0).resolution().isComplete()).isTrue();
        assertThat(seen.get(0).resolution().layer(1).flatMap(l -> l.version())).hasValueSatisfying(
                v -> assertThat(v).hasToString("1.33.6"));
    }

    @Test
    void ruleIdsMustBeUniqueAndMustNotUseTheReservedPrefix() {
        assertThatThrownBy(() -> builder().rule(OWNER_TAG).rule(OWNER_TAG).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'acme.owner-tag'");
        assertThatThrownBy(() -> builder().rule(rule("profilekit.mine", ctx -> List.of())).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reserved");
        assertThatThrownBy(() -> builder().rule(rule(" ", ctx -> List.of())).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("blank id");
    }

    @Test
    void theBuilderRejectsNullsAndAMissingRegistry() {
        assertThatThrownBy(() -> ProfileValidator.builder().build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("registry");
        assertThatThrownBy(() -> ProfileValidator.builder().rule(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("rule");
        assertThatThrownBy(() -> ProfileValidator.builder().clock(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("clock");
        assertThatThrownBy(() -> TestRegistry.validator().validate((io.profilekit.ClusterProfile) null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("profile");
        assertThatThrownBy(() -> TestRegistry.validator().validate((io.profilekit.ClusterStack) null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("stack");
    }
}
