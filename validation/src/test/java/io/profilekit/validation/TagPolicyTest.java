package io.profilekit.validation;

import io.profilekit.CloudType;
import io.profilekit.Tag;
import io.profilekit.Tags;
import io.profilekit.validation.internal.FieldProblem;
import io.profilekit.validation.internal.ProfileFieldChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The clouds' tag rules (DOMAIN §10) as the validator applies them. */
class TagPolicyTest {

    static List<String> codes(String tagText, TagRules... rules) {
        Set<TagRules> set = rules.length == 0 ? EnumSet.noneOf(TagRules.class) : EnumSet.of(rules[0], rules);
        return ProfileFieldChecks.tag(Tag.parse(tagText), set, "tags[0]").stream().map(p -> p.code().name())
                .collect(Collectors.toList());
    }

    @Test
    void theDefaultPolicyFollowsTheProfilesCloud() {
        TagPolicy policy = TagPolicy.cloudDefault();

        assertThat(policy.rulesFor(CloudType.AWS)).containsExactly(TagRules.AWS);
        assertThat(policy.rulesFor(CloudType.EKS)).containsExactly(TagRules.AWS);
        assertThat(policy.rulesFor(CloudType.AZURE)).containsExactly(TagRules.AZURE);
        assertThat(policy.rulesFor(CloudType.AKS)).containsExactly(TagRules.AZURE);
        assertThat(policy.rulesFor(CloudType.GCP)).containsExactly(TagRules.GCP);
        assertThat(policy.rulesFor(CloudType.GKE)).containsExactly(TagRules.GCP);
        assertThat(policy.rulesFor(CloudType.VSPHERE)).isEmpty();
        assertThat(policy.rulesFor(CloudType.of("nutanix"))).isEmpty();
        assertThat(policy.kubernetesLabels()).isFalse();
        assertThat(ProfileValidator.of(TestRegistry.registry()).tagPolicy()).isEqualTo(policy);
    }

    @Test
    void kubernetesLabelSyntaxIsOffByDefaultAndCanBeSwitchedOn() {
        var profile = Samples.design().cloud(CloudType.VSPHERE).tags("team:Core Platform").buildLenient();
        ProfileValidator strict = ProfileValidator.builder().registry(TestRegistry.registry()).clock(TestRegistry.CLOCK)
                .tagPolicy(TagPolicy.cloudDefault().withKubernetesLabels(true)).build();

        assertThat(TestRegistry.validator().validate(profile).codes()).doesNotContain("TAG_VALUE_INVALID");
        assertThat(strict.validate(profile).codes()).contains("TAG_VALUE_INVALID");
        assertThat(TagPolicy.cloudDefault().withKubernetesLabels(true).rulesFor(CloudType.AWS))
                .containsExactly(TagRules.AWS, TagRules.KUBERNETES_LABELS);
        assertThat(TagPolicy.cloudDefault().withKubernetesLabels(true).withKubernetesLabels(false))
                .isEqualTo(TagPolicy.cloudDefault());
    }

    @Test
    void aFixedPolicyIgnoresTheCloudAndBasicAppliesNoCloudRules() {
        assertThat(TagPolicy.of(TagRules.GCP, TagRules.AWS).rulesFor(CloudType.AZURE))
                .containsExactly(TagRules.AWS, TagRules.GCP);
        assertThat(TagPolicy.basic().rulesFor(CloudType.AWS)).isEmpty();

        ProfileValidator basic = ProfileValidator.builder().registry(TestRegistry.registry()).tagPolicy(TagPolicy.basic())
                .build();
        assertThat(basic.validate(Samples.design().tag(Tag.of("aws:x", "y")).tag(":z").build()).codes())
                .containsExactly("TAG_KEY_EMPTY");
    }

    @ParameterizedTest(name = "AWS {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "cost center:42 + - = . _ : / @|",
        "Ünïcödé:値|",
        "cost#center:1|TAG_KEY_INVALID",
        "owner:bob<x>|TAG_VALUE_INVALID",
        "aws:cost|",                    // the key is 'aws': only 'aws:' is reserved
        "AwS:x|"})
    void awsRules(String tag, String code) {
        assertThat(codes(tag, TagRules.AWS)).containsExactlyElementsOf(code == null ? List.of() : List.of(code));
    }

    @Test
    void awsLengthsAndReservedPrefix() {
        assertThat(codes("k".repeat(128) + ":" + "v".repeat(256), TagRules.AWS)).isEmpty();
        assertThat(codes("k".repeat(129), TagRules.AWS)).containsExactly("TAG_KEY_INVALID");
        assertThat(codes("k:" + "v".repeat(257), TagRules.AWS)).containsExactly("TAG_VALUE_INVALID");
        assertThat(ProfileFieldChecks.tag(Tag.of("Aws:team", "x"), Set.of(TagRules.AWS), "tags[0]"))
                .extracting(FieldProblem::code).extracting(Enum::name).containsExactly("TAG_KEY_RESERVED");
    }

    @ParameterizedTest(name = "Azure {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Cost Center#1:any <value> & more|",
        "a<b:x|TAG_KEY_INVALID",
        "a%b|TAG_KEY_INVALID",
        "a\\b|TAG_KEY_INVALID",
        "a?b|TAG_KEY_INVALID",
        "a&b|TAG_KEY_INVALID",
        "AzureTeam:x|TAG_KEY_RESERVED",
        "windows-version:11|TAG_KEY_RESERVED",
        "MICROSOFT|TAG_KEY_RESERVED"})
    void azureRules(String tag, String code) {
        assertThat(codes(tag, TagRules.AZURE)).containsExactlyElementsOf(code == null ? List.of() : List.of(code));
    }

    @Test
    void azureLengthsAndCaseInsensitiveKeys() {
        assertThat(codes("k".repeat(512) + ":" + "v".repeat(256), TagRules.AZURE)).isEmpty();
        assertThat(codes("k".repeat(513), TagRules.AZURE)).containsExactly("TAG_KEY_INVALID");
        assertThat(codes("k:" + "v".repeat(257), TagRules.AZURE)).containsExactly("TAG_VALUE_INVALID");
        Tags clash = Tags.of("Env:prod", "ENV:dev", "env");
        assertThat(ProfileFieldChecks.tags(clash, Set.of(TagRules.AZURE), "tags")).extracting(FieldProblem::path)
                .containsExactly("tags[1]", "tags[2]");
        assertThat(ProfileFieldChecks.tags(clash, Set.of(TagRules.AWS), "tags")).isEmpty();
    }

    @ParameterizedTest(name = "GCP {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "env:prod|",
        "cost_center-1:eu-west_1|",
        "équipe:données|",
        "名前:値|",
        "Env:prod|TAG_KEY_INVALID",
        "1env:prod|TAG_KEY_INVALID",
        "_env|TAG_KEY_INVALID",
        "env.name:x|TAG_KEY_INVALID",
        "env:Prod|TAG_VALUE_INVALID",
        "env:a b|TAG_VALUE_INVALID",
        "env:_ok-1|"})
    void gcpRules(String tag, String code) {
        assertThat(codes(tag, TagRules.GCP)).containsExactlyElementsOf(code == null ? List.of() : List.of(code));
    }

    @Test
    void gcpLengthsAndLabelLimit() {
        assertThat(codes("k".repeat(63) + ":" + "v".repeat(63), TagRules.GCP)).isEmpty();
        assertThat(codes("k".repeat(64), TagRules.GCP)).containsExactly("TAG_KEY_INVALID");
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < 65; i++) {
            tags.add("k" + i);
        }
        assertThat(ProfileFieldChecks.tags(Tags.of(tags.subList(0, 64).toArray(new String[0])), Set.of(TagRules.GCP), "tags"))
                .isEmpty();
        assertThat(ProfileFieldChecks.tags(Tags.of(tags.toArray(new String[0])), Set.of(TagRules.GCP), "tags"))
                .singleElement().satisfies(p -> {
                    assertThat(p.code().name()).isEqualTo("TAG_LIMIT_EXCEEDED");
                    assertThat(p.message()).isEqualTo("the profile has 65 tags, more than the 64 that GCP label rules"
                            + " allow on one resource");
                });
    }

    @Test
    void theSmallestLimitOfSeveralRuleSetsApplies() {
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            tags.add("k" + i);
        }
        assertThat(ProfileFieldChecks.tags(Tags.of(tags.toArray(new String[0])), Set.of(TagRules.GCP, TagRules.AWS), "tags"))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("the 50 that AWS tag rules allow"));
    }

    @ParameterizedTest(name = "Kubernetes {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "app.kubernetes.io/name:web|TAG_KEY_RESERVED",
        "example.com/team:core|",
        "Team_Name.1:Value-1|",
        "dev|",
        "env:|",
        "-env:x|TAG_KEY_INVALID",
        "env-:x|TAG_KEY_INVALID",
        "Example.com/team:x|TAG_KEY_INVALID",
        "/team:x|TAG_KEY_INVALID",
        "example.com/:x|TAG_KEY_INVALID",
        "a/b/c:x|TAG_KEY_INVALID",
        "k8s.io/x:y|TAG_KEY_RESERVED",
        "env:a b|TAG_VALUE_INVALID",
        "env:-a|TAG_VALUE_INVALID"})
    void kubernetesLabelRules(String tag, String code) {
        assertThat(codes(tag, TagRules.KUBERNETES_LABELS))
                .containsExactlyElementsOf(code == null ? List.of() : List.of(code));
    }

    @Test
    void kubernetesLengths() {
        assertThat(codes("k".repeat(63) + ":" + "v".repeat(63), TagRules.KUBERNETES_LABELS)).isEmpty();
        assertThat(codes("k".repeat(64), TagRules.KUBERNETES_LABELS)).containsExactly("TAG_KEY_INVALID");
        assertThat(codes("k:" + "v".repeat(64), TagRules.KUBERNETES_LABELS)).containsExactly("TAG_VALUE_INVALID");
        assertThat(codes("a".repeat(253) + "/name", TagRules.KUBERNETES_LABELS)).isEmpty();
        assertThat(codes("a".repeat(254) + "/name", TagRules.KUBERNETES_LABELS)).containsExactly("TAG_KEY_INVALID");
    }

    @Test
    void problemsFoundByTwoRuleSetsAreMergedIntoOneViolation() {
        List<FieldProblem> problems = ProfileFieldChecks.tag(Tag.parse("Env#1:x"), EnumSet.of(TagRules.GCP, TagRules.AWS),
                "tags[0]");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("tag key 'Env#1' breaks the AWS tag rules (contains '#') and the GCP label"
                    + " rules (starts with 'E', not a lowercase letter; contains 'E', '#')");
            assertThat(p.hint()).contains("AWS tag keys").contains("GCP label keys");
        });
    }

    @Test
    void anEmptyKeyIsReportedOnceWhateverTheRules() {
        assertThat(codes(":v", TagRules.AWS, TagRules.AZURE, TagRules.GCP, TagRules.KUBERNETES_LABELS))
                .containsExactly("TAG_KEY_EMPTY");
        assertThat(codes("")).containsExactly("TAG_KEY_EMPTY");
    }
}
