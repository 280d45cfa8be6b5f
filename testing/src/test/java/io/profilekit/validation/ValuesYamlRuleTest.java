package io.profilekit.validation;

import io.profilekit.ClusterProfile;
import io.profilekit.CloudType;
import io.profilekit.InfrastructureProfile;
import io.profilekit.registry.InMemoryPackRegistry;
import io.profilekit.registry.PackRegistry;
import io.profilekit.resolve.ProfileResolver;
import io.profilekit.resolve.Resolution;
import io.profilekit.rules.ProfileRule;
import io.profilekit.rules.RuleContext;
import io.profilekit.rules.Violation;
import io.profilekit.rules.ValidationReport;
import io.profilekit.rules.ViolationCode;
import io.profilekit.testing.ProfileGenerator;
import io.profilekit.validation.internal.ValuesYamlRule;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The values-YAML rule ({@code VALUES_INVALID_YAML}), built into every validator: values are
 * checked as Helm's and Palette's YAML, with nothing else on the class path.
 */
class ValuesYamlRuleTest {

    private static ProfileRule rule() {
        return new ValuesYamlRule();
    }

    @Test
    void everyValidatorChecksValuesWithoutRuleDiscovery() {
        ProfileValidator validator = ProfileValidator.builder().registry(TestRegistry.registry()).discoverRules(false)
                .clock(TestRegistry.CLOCK).build();

        ValidationReport report = validator.validate(withK8sValues("pack:\n  podCIDR: [unclosed\n"));

        assertThat(report.violations()).filteredOn(v -> v.builtInCode().equals(java.util.Optional.of(
                ViolationCode.VALUES_INVALID_YAML))).singleElement().satisfies(v -> {
                    assertThat(v.path()).isEqualTo("layers[1].values");
                    assertThat(v.message()).startsWith("the values of pack 'kubernetes' are not valid YAML at line 2,"
                            + " column 12 of the values: expected ',' or ']'");
                });
    }

    private static List<Violation> check(ClusterProfile profile) {
        return check(rule(), profile);
    }

    private static List<Violation> check(ProfileRule rule, ClusterProfile profile) {
        PackRegistry registry = InMemoryPackRegistry.builder("empty").build();
        Resolution resolution = ProfileResolver.of(registry).attempt(profile);
        return rule.check(new RuleContext() {
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
        });
    }

    private static InfrastructureProfile withK8sValues(String values) {
        return InfrastructureProfile.builder().name("p").cloud(CloudType.AWS).os("ubuntu-aws", "22.04")
                .kubernetes("kubernetes", "1.33.6", k -> k.values(values)).network("cni-calico", "3.31.2")
                .storage("csi-aws-ebs", "1.46.0").build();
    }

    @Test
    void brokenValuesAreReportedWithTheirLineInsideTheValues() {
        List<Violation> violations = check(withK8sValues("pack:\n  podCIDR: [unclosed\n"));

        assertThat(violations).hasSize(1);
        Violation v = violations.get(0);
        assertThat(v.builtInCode()).contains(ViolationCode.VALUES_INVALID_YAML);
        assertThat(v.path()).isEqualTo("layers[1].values");
        // An unclosed list is shown where it opens.
        assertThat(v.message()).startsWith("the values of pack 'kubernetes' are not valid YAML at line 2, column 12");
    }

    @Test
    void duplicateKeysInValuesAreReported() {
        assertThat(check(withK8sValues("a: 1\na: 2\n"))).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("at line 2, column 1 of the values: duplicate key 'a'"
                        + " (first at line 1)"));
        assertThat(check(withK8sValues("outer:\n  a: 1\n  b: {a: 2}\nlist:\n  - a: 1\n  - a: 2\n"))).isEmpty();
    }

    @Test
    void validValuesWithCommentsAnchorsAndSeveralDocumentsPass() {
        assertThat(check(withK8sValues("# comment\nbase: &b {x: 1}\nother: *b\n---\nsecond: doc\n"))).isEmpty();
        assertThat(check(withK8sValues(""))).isEmpty();
    }

    @Test
    void anchorsAndAliasesOnSingleValuesAreValidValues() {
        assertThat(check(withK8sValues("a: &x 1\nb: *x\n"))).isEmpty();
        assertThat(check(withK8sValues("image: &img {repo: nginx, tag: &tag \"1.27\"}\n"
                + "sidecar:\n  <<: *img\n  tag: *tag\nlist: [&one 1, *one]\n&key k: v\nref: *key\n"))).isEmpty();
    }

    @Test
    void tagsAreValidValuesAndAreNotInterpreted() {
        assertThat(check(withK8sValues("cert: !!binary aGVsbG8=\n"))).isEmpty();
        assertThat(check(withK8sValues("ref: !vault secret/data/db\nlist: !custom [a, b]\nmap: !!map {a: 1}\n")))
                .isEmpty();
        assertThat(check(withK8sValues("weird: !!int not-a-number\nblob: !!binary not*base64\n"))).isEmpty();
        assertThat(check(withK8sValues("file: !!java.io.File /etc/passwd\n"))).isEmpty();
    }

    @Test
    void anAliasToNoAnchorAndAnAliasBombAreStillReported() {
        assertThat(check(withK8sValues("a: 1\nb: *missing\n"))).singleElement().satisfies(v -> {
            assertThat(v.builtInCode()).contains(ViolationCode.VALUES_INVALID_YAML);
            assertThat(v.message()).contains("at line 2").contains("'*missing' refers to no earlier anchor");
        });
        StringBuilder bomb = new StringBuilder("l0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i <= 9; i++) {
            bomb.append("l").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                bomb.append(j > 0 ? ", " : "").append("*a").append(i - 1);
            }
            bomb.append("]\n");
        }
        assertThat(check(withK8sValues(bomb.toString()))).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("YAML aliases expand to more than"));
    }

    @Test
    void syntaxErrorsAmongAnchorsAndTagsAreReportedAtTheirLine() {
        assertThat(check(withK8sValues("a: &x 1\nb: !t v\nc: d: e\n"))).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("not valid YAML at line 3, column 5")
                        .contains("mapping values are not allowed here"));
        assertThat(check(withK8sValues("a: [1,\n  2\n"))).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("at line 1, column 4 of the values"));
    }

    @Test
    void theSameValuesGiveTheSameViolationWhereverAndHoweverOftenTheyAreChecked() {
        String broken = "pack:\n  podCIDR: [unclosed\n";
        ProfileRule rule = rule();
        InfrastructureProfile inK8s = withK8sValues(broken);
        InfrastructureProfile inK8sAndCni = inK8s.toBuilder().network("cni-calico", "3.31.2", n -> n.values(broken))
                .build();

        List<Violation> first = check(rule, inK8s);
        List<Violation> again = check(rule, inK8s);
        List<Violation> twice = check(rule, inK8sAndCni);

        assertThat(again).isEqualTo(first).hasSize(1);
        assertThat(twice).extracting(Violation::path).containsExactly("layers[1].values", "layers[2].values");
        assertThat(twice.get(1).message()).isEqualTo(first.get(0).message().replace("'kubernetes'", "'cni-calico'"));
        assertThat(twice.get(0)).isEqualTo(first.get(0));
    }

    @Test
    void manyDifferentValuesAreEachJudgedOnTheirOwn() {
        ProfileRule rule = rule();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 700; i++) {
                String values = i % 2 == 0 ? "key" + i + ": " + i + "\n" : "key" + i + ": [" + i + "\n";
                List<Violation> found = check(rule, withK8sValues(values));
                assertThat(found).as("round %d, values %d", round, i).hasSize(i % 2);
            }
        }
        StringBuilder large = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            large.append("key").append(i).append(": ").append(i).append('\n');
        }
        large.append("last: [\n");
        List<Violation> once = check(rule, withK8sValues(large.toString()));
        assertThat(once).singleElement().satisfies(v -> assertThat(v.message()).contains("at line 500"));
        assertThat(check(rule, withK8sValues(large.toString()))).isEqualTo(once);
    }

    @Test
    void deepNestingIsReportedNotOverflowed() {
        assertThat(check(withK8sValues("a: " + "[".repeat(1_001) + "]".repeat(1_001) + "\n"))).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("nesting is deeper than 1000 levels"));
        assertThat(check(withK8sValues("a: " + "[".repeat(999) + "]".repeat(999) + "\n"))).isEmpty();
    }

    @Test
    void theRuleSharedByEightThreadsJudgesAsOneThreadDoes() throws Exception {
        // More distinct values than the rule remembers, each seen several times, some broken.
        List<ClusterProfile> profiles = new ArrayList<>();
        for (int i = 0; i < 900; i++) {
            int v = i % 300;
            String values = v % 3 == 0 ? "a" + v + ": [" + v + "\n" : v % 3 == 1 ? "k: " + v + "\nk: 2\n" : "ok: " + v + "\n";
            profiles.add(new ProfileGenerator(i).profile().toBuilder()
                    .kubernetes("kubernetes", "1.33.6", k -> k.values(values)).build());
        }
        List<String> expected = new ArrayList<>();
        for (ClusterProfile p : profiles) {
            expected.add(check(rule(), p).toString());
        }
        ProfileRule shared = rule();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> answers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                Callable<List<String>> job = () -> {
                    List<String> out = new ArrayList<>();
                    for (ClusterProfile p : profiles) {
                        out.add(check(shared, p).toString());
                    }
                    return out;
                };
                answers.add(pool.submit(job));
            }
            for (Future<List<String>> f : answers) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
