package io.profilekit.yaml;

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
import io.profilekit.rules.ViolationCode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The values-YAML rule that yaml contributes to the validator through ServiceLoader. */
class ValuesYamlRuleTest {

    private static ProfileRule rule() {
        List<ProfileRule> rules = ServiceLoader.load(ProfileRule.class).stream().map(ServiceLoader.Provider::get)
                .filter(r -> r.id().equals("profilekit-values-yaml")).collect(Collectors.toList());
        assertThat(rules).hasSize(1);
        return rules.get(0);
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
        assertThat(v.message()).startsWith("the values of pack 'kubernetes' are not valid YAML at line 3");
    }

    @Test
    void duplicateKeysInValuesAreReported() {
        assertThat(check(withK8sValues("a: 1\na: 2\n"))).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("duplicate key 'a'"));
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
}
