package io.profilekit.rules;

import io.profilekit.testing.Fixtures;
import io.profilekit.registry.PackRegistry;
import io.profilekit.resolve.ProfileResolver;
import io.profilekit.resolve.Resolution;
import io.profilekit.ClusterProfile;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Violation, ViolationCode, ValidationReport and ProfileValidationException. */
class ReportTest {

    private static Violation error(String path, String code) {
        return Violation.of(code, Severity.ERROR, path, "m", "");
    }

    @Nested
    class Violations {
        @Test
        void aBuiltInCodeBringsItsDefaultSeverity() {
            Violation v = Violation.of(ViolationCode.PACK_VERSION_NOT_FOUND, "layers[1].pack.version",
                    "no version of kubernetes matches '1.40.x'", "nearest: 1.34.0-rc.1, 1.33.6");
            assertThat(v.code()).isEqualTo("PACK_VERSION_NOT_FOUND");
            assertThat(v.builtInCode()).contains(ViolationCode.PACK_VERSION_NOT_FOUND);
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.path()).isEqualTo("layers[1].pack.version");
            assertThat(v.message()).isEqualTo("no version of kubernetes matches '1.40.x'");
            assertThat(v.hint()).isEqualTo("nearest: 1.34.0-rc.1, 1.33.6");
            assertThat(v).hasToString("ERROR layers[1].pack.version PACK_VERSION_NOT_FOUND: no version of kubernetes"
                    + " matches '1.40.x' (hint: nearest: 1.34.0-rc.1, 1.33.6)");
            assertThat(Violation.of(ViolationCode.PACK_END_OF_LIFE, "layers[0]", "m", "").severity())
                    .isEqualTo(Severity.WARNING);
        }

        @Test
        void aUsersCodeHasNoBuiltInCode() {
            Violation v = Violation.of("OWNER_TAG_MISSING", Severity.WARNING, "", "every profile needs an owner", "");
            assertThat(v.builtInCode()).isEmpty();
            assertThat(v).hasToString("WARNING (profile) OWNER_TAG_MISSING: every profile needs an owner");
        }

        @Test
        void withSeverityCopies() {
            Violation v = error("tags[0]", "TAG_KEY_EMPTY");
            Violation info = v.withSeverity(Severity.INFO);
            assertThat(info.severity()).isEqualTo(Severity.INFO);
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(info).isNotEqualTo(v);
            assertThat(info.withSeverity(Severity.ERROR)).isEqualTo(v).hasSameHashCodeAs(v);
        }

        @Test
        void userTextIsKeptLiterally() {
            Violation v = Violation.of("X", Severity.ERROR, "tags[0]", "tag '${jndi:ldap://x}' %s {0}", "#{1+1}");
            assertThat(v.message()).isEqualTo("tag '${jndi:ldap://x}' %s {0}");
            assertThat(v.toString()).contains("tag '${jndi:ldap://x}' %s {0}").contains("#{1+1}");
        }

        @Test
        void argumentsAreChecked() {
            assertThatThrownBy(() -> Violation.of((ViolationCode) null, "p", "m", "h")).hasMessage("code must not be null");
            assertThatThrownBy(() -> Violation.of(" ", Severity.ERROR, "p", "m", "h"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("code must not be blank");
            assertThatThrownBy(() -> Violation.of("C", null, "p", "m", "h")).hasMessage("severity must not be null");
            assertThatThrownBy(() -> Violation.of("C", Severity.ERROR, null, "m", "h")).hasMessage("path must not be null");
            assertThatThrownBy(() -> Violation.of("C", Severity.ERROR, "p", null, "h"))
                    .hasMessage("message must not be null");
            assertThatThrownBy(() -> Violation.of("C", Severity.ERROR, "p", "m", null)).hasMessage("hint must not be null");
            assertThatThrownBy(() -> error("p", "C").withSeverity(null)).hasMessage("severity must not be null");
        }

        @Test
        void equalityCoversEveryPart() {
            Violation v = Violation.of("C", Severity.ERROR, "p", "m", "h");
            assertThat(v).isEqualTo(Violation.of("C", Severity.ERROR, "p", "m", "h")).isNotEqualTo(null)
                    .isNotEqualTo(Violation.of("D", Severity.ERROR, "p", "m", "h"))
                    .isNotEqualTo(Violation.of("C", Severity.ERROR, "q", "m", "h"))
                    .isNotEqualTo(Violation.of("C", Severity.ERROR, "p", "n", "h"))
                    .isNotEqualTo(Violation.of("C", Severity.ERROR, "p", "m", "i"));
        }
    }

    @Nested
    class Codes {
        @Test
        void everyCodeHasADescriptionAndIsFoundByName() {
            Set<String> descriptions = new HashSet<>();
            for (ViolationCode c : ViolationCode.values()) {
                assertThat(c.description()).as(c.name()).isNotBlank().endsWith(".");
                assertThat(descriptions.add(c.description())).as("%s has its own description", c).isTrue();
                assertThat(ViolationCode.fromName(c.name())).contains(c);
                assertThat(c.defaultSeverity()).isNotNull();
            }
            assertThat(ViolationCode.fromName("layer_missing")).isEmpty();
            assertThat(ViolationCode.fromName("NOPE")).isEmpty();
            assertThat(ViolationCode.PACK_END_OF_LIFE.defaultSeverity()).isEqualTo(Severity.WARNING);
            assertThat(ViolationCode.LAYER_MISSING.defaultSeverity()).isEqualTo(Severity.ERROR);
        }

        @Test
        void theMarkdownTableHasOneRowPerCode() {
            String table = ViolationCode.markdownTable();
            String[] lines = table.split("\n");
            assertThat(lines).hasSize(2 + ViolationCode.values().length);
            assertThat(lines[0]).isEqualTo("| code | default severity | meaning |");
            assertThat(table).contains("| `LAYER_MISSING` | ERROR | A layer the profile's kind requires (OS,"
                    + " Kubernetes, network or storage of an infrastructure or Full profile) is missing. |");
        }
    }

    @Nested
    class Reports {
        @Test
        void violationsAreOrderedByPathWithNumbersAsNumbers() {
            List<String> paths = List.of("", "cloud", "layers[1].pack.name", "layers[2]", "layers[2].pack",
                    "layers[2].pack.version", "layers[10]", "layers[10].pack", "layers[100]", "name", "tags[0]",
                    "tags[9]", "tags[11]", "version");
            List<Violation> vs = new ArrayList<>();
            for (String p : paths) {
                vs.add(error(p, "C"));
            }
            for (int seed = 0; seed < 10; seed++) {
                List<Violation> shuffled = new ArrayList<>(vs);
                Collections.shuffle(shuffled, new Random(seed));
                assertThat(new ValidationReport("s", shuffled).violations()).extracting(Violation::path)
                        .as("seed %d", seed).containsExactlyElementsOf(paths);
            }
        }

        @Test
        void onOnePathBySeverityThenCodeThenMessage() {
            Violation warning = Violation.of("A", Severity.WARNING, "layers[0]", "m", "");
            Violation errorB = Violation.of("B", Severity.ERROR, "layers[0]", "m", "");
            Violation errorA2 = Violation.of("A", Severity.ERROR, "layers[0]", "z", "");
            Violation errorA1 = Violation.of("A", Severity.ERROR, "layers[0]", "a", "");
            Violation info = Violation.of("A", Severity.INFO, "layers[0]", "m", "");
            ValidationReport r = new ValidationReport("s", List.of(info, warning, errorB, errorA2, errorA1));
            assertThat(r.violations()).containsExactly(errorA1, errorA2, errorB, warning, info);
        }

        @Test
        void pathComparisonTreatsNumbersAsNumbers() {
            assertThat(ValidationReport.comparePaths("layers[2]", "layers[10]")).isNegative();
            assertThat(ValidationReport.comparePaths("layers[10]", "layers[2]")).isPositive();
            assertThat(ValidationReport.comparePaths("layers[2]", "layers[2]")).isZero();
            assertThat(ValidationReport.comparePaths("layers[2]", "layers[2].pack")).isNegative();
            assertThat(ValidationReport.comparePaths("a9", "a10b")).isNegative();
            assertThat(ValidationReport.comparePaths("layers", "tags")).isNegative();
        }

        @Test
        void validityDependsOnErrorsOnly() {
            Violation warning = Violation.of(ViolationCode.PACK_END_OF_LIFE, "layers[1]", "old", "");
            Violation info = Violation.of("NOTE", Severity.INFO, "", "fyi", "");
            ValidationReport ok = new ValidationReport("p 1.0.0", List.of(warning, info));
            assertThat(ok.isValid()).isTrue();
            assertThat(ok.errors()).isEmpty();
            assertThat(ok.warnings()).containsExactly(warning);
            assertThat(ok.throwIfInvalid()).isSameAs(ok);
            assertThat(new ValidationReport("p", List.of()).isValid()).isTrue();

            ValidationReport bad = new ValidationReport("p", List.of(warning, error("name", "PROFILE_NAME_BLANK")));
            assertThat(bad.isValid()).isFalse();
            assertThat(bad.errors()).extracting(Violation::code).containsExactly("PROFILE_NAME_BLANK");
            assertThat(bad.codes()).containsExactly("PACK_END_OF_LIFE", "PROFILE_NAME_BLANK");
        }

        @Test
        void throwIfInvalidListsEveryViolation() {
            List<Violation> vs = List.of(
                    Violation.of(ViolationCode.TAG_KEY_EMPTY, "tags[0]", "tag ':x' has an empty key", "write key:value"),
                    Violation.of(ViolationCode.LAYER_MISSING, "layers", "no storage layer", ""),
                    Violation.of(ViolationCode.PACK_END_OF_LIFE, "layers[10].pack", "past its end of life", ""),
                    Violation.of(ViolationCode.PACK_NOT_FOUND, "layers[2].pack.name", "no pack 'kubernets'",
                            "kubernetes"));
            ValidationReport r = new ValidationReport("aws-prod-base 1.2.0", vs);
            assertThatThrownBy(r::throwIfInvalid)
                    .isInstanceOf(ProfileValidationException.class)
                    .hasMessage("aws-prod-base 1.2.0: invalid (3 errors, 1 warning)\n"
                            + "  ERROR layers LAYER_MISSING: no storage layer\n"
                            + "  ERROR layers[2].pack.name PACK_NOT_FOUND: no pack 'kubernets' (hint: kubernetes)\n"
                            + "  WARNING layers[10].pack PACK_END_OF_LIFE: past its end of life\n"
                            + "  ERROR tags[0] TAG_KEY_EMPTY: tag ':x' has an empty key (hint: write key:value)")
                    .satisfies(e -> assertThat(((ProfileValidationException) e).report()).isEqualTo(r));
        }

        @Test
        void summaryCountsSingularAndPlural() {
            assertThat(new ValidationReport("s", List.of(error("a", "C"))).toString())
                    .isEqualTo("s: invalid (1 error, 0 warnings)\n  ERROR a C: m");
            assertThat(new ValidationReport("s", List.of()).toString()).isEqualTo("s: valid (0 errors, 0 warnings)");
        }

        @Test
        void aReportIsAnImmutableValue() {
            List<Violation> source = new ArrayList<>(List.of(error("a", "C")));
            ValidationReport r = new ValidationReport("s", source);
            source.add(error("b", "C"));
            assertThat(r.violations()).hasSize(1);
            assertThatThrownBy(() -> r.violations().clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> r.errors().clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> r.codes().clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThat(r.subject()).isEqualTo("s");
            assertThat(r).isEqualTo(new ValidationReport("s", List.of(error("a", "C"))))
                    .hasSameHashCodeAs(new ValidationReport("s", List.of(error("a", "C"))))
                    .isNotEqualTo(new ValidationReport("t", List.of(error("a", "C")))).isNotEqualTo(null);
            assertThatThrownBy(() -> new ValidationReport(null, List.of())).hasMessage("subject must not be null");
            assertThatThrownBy(() -> new ValidationReport("s", Arrays.asList(error("a", "C"), null)))
                    .hasMessage("violations[1] must not be null");
        }
    }

    @Test
    void aUsersRuleSeesItsContextAndReportsViolations() {
        ProfileRule ownerTag = new ProfileRule() {
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
        RuleContext with = context(Fixtures.profile());
        RuleContext without = context(Fixtures.profileBuilder().tags("env:prod").build());
        assertThat(ownerTag.check(with)).isEmpty();
        assertThat(ownerTag.check(without)).extracting(Violation::code).containsExactly("OWNER_TAG_MISSING");
        assertThat(with.resolution().isComplete()).isTrue();
    }

    private static RuleContext context(ClusterProfile profile) {
        PackRegistry registry = Fixtures.registry();
        Resolution resolution = ProfileResolver.of(registry).attempt(profile);
        return new RuleContext() {
            @Override
            public ClusterProfile profile() {
                return profile;
            }

            @Override
            public PackRegistry registry() {
                return registry;
            }

            @Override
            public Resolution resolution() {
                return resolution;
            }

            @Override
            public LocalDate today() {
                return LocalDate.of(2026, 1, 1);
            }
        };
    }
}
