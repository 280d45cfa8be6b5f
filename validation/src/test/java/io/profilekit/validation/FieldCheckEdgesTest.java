package io.profilekit.validation;

import io.profilekit.Tag;
import io.profilekit.Tags;
import io.profilekit.VersionSelector;
import io.profilekit.validation.internal.FieldProblem;
import io.profilekit.validation.internal.ProfileFieldChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Edges of the field checks: the ends of allowed character ranges, prefixes, suggestions and limits. */
class FieldCheckEdgesTest {
    private static final Set<TagRules> LABELS = Set.of(TagRules.KUBERNETES_LABELS);

    private static List<String> messages(List<FieldProblem> problems) {
        return problems.stream().map(p -> p.code() + " " + p.message()).collect(Collectors.toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "z", "A", "Z", "0", "9", "a-z_0.9", "Za9", "example.com/Z9", "x.y/0"})
    void labelKeysAndValuesMayUseTheWholeOfEachAsciiRange(String text) {
        assertThat(ProfileFieldChecks.tag(Tag.of(text, "Za09"), LABELS, "tags[0]")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"`", "{", "@", "[", ":", ";"})
    void labelKeysRejectTheCharactersJustOutsideEachRange(String bad) {
        String key = "a" + bad + "b";
        assertThat(messages(ProfileFieldChecks.tag(Tag.of(key, "v"), LABELS, "tags[0]")))
                .containsExactly("TAG_KEY_INVALID tag key '" + key + "' breaks the Kubernetes label rules (contains '" + bad
                        + "')");
    }

    @Test
    void atMostThreeBadCharactersAreShown() {
        assertThat(messages(ProfileFieldChecks.tag(Tag.of("a!#b", "v"), LABELS, "t")))
                .containsExactly("TAG_KEY_INVALID tag key 'a!#b' breaks the Kubernetes label rules (contains '!', '#')");
        assertThat(messages(ProfileFieldChecks.tag(Tag.of("a!#$b", "v"), LABELS, "t")))
                .containsExactly("TAG_KEY_INVALID tag key 'a!#$b' breaks the Kubernetes label rules (contains '!', '#', '$')");
        assertThat(messages(ProfileFieldChecks.tag(Tag.of("a!#$%&b", "v"), LABELS, "t")))
                .containsExactly("TAG_KEY_INVALID tag key 'a!#$%&b' breaks the Kubernetes label rules (contains '!', '#',"
                        + " '$', …)");
    }

    @Test
    void labelPrefixesAreCheckedAndKubernetesOwnAreReserved() {
        assertThat(messages(ProfileFieldChecks.tag(Tag.of("/name", "v"), LABELS, "t")))
                .containsExactly("TAG_KEY_INVALID tag key '/name' breaks the Kubernetes label rules (the prefix before / is"
                        + " empty)");
        assertThat(messages(ProfileFieldChecks.tag(Tag.of("k8s.io/x", "v"), LABELS, "t"))).singleElement()
                .satisfies(m -> assertThat(m).startsWith("TAG_KEY_RESERVED").contains("k8s.io/"));
        assertThat(messages(ProfileFieldChecks.tag(Tag.of("node.kubernetes.io/x", "v"), LABELS, "t"))).singleElement()
                .satisfies(m -> assertThat(m).startsWith("TAG_KEY_RESERVED").contains("kubernetes.io/"));
        assertThat(ProfileFieldChecks.tag(Tag.of("xk8s.io/x", "v"), LABELS, "t")).isEmpty();
        assertThat(ProfileFieldChecks.tag(Tag.of("k8s.io", "v"), LABELS, "t")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"v1.2|use 1.2.0", "1.2|use 1.2.0", "01.02.03|use 1.2.3",
        "1.2.3.beta|use 1.2.3-beta", "1.1234567890.3|use 1.0.3", "1.2.3.4.5.6|use 1.2.3-4.5.6", "latest|''",
        "V1|use 1.0.0"})
    void aLooseVersionSuggestsItsStrictForm(String text, String suggestion) {
        assertThat(ProfileFieldChecks.version(text, "version")).singleElement().satisfies(p -> assertThat(p.hint())
                .isEqualTo((suggestion.isEmpty() ? "" : suggestion + "; ") + "Palette takes versions such as 1.0.0 or 1.2.3-rc.1, not v1.2, 1.2 or 2.2.2.develop"));
    }

    @Test
    void veryLongVersionTextGetsNoSuggestion() {
        String text = "1." + "0".repeat(70) + "1";
        assertThat(ProfileFieldChecks.version(text, "version")).singleElement()
                .satisfies(p -> assertThat(p.hint()).startsWith("Palette takes"));
        assertThat(ProfileFieldChecks.version("1.2.3", "version")).isEmpty();
    }

    @Test
    void selectorsSayWhetherTheyAreEmptyTooLongOrMalformed() {
        assertThat(ProfileFieldChecks.selector(VersionSelector.parse(" "), "v")).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("pack version ' ' is empty"));
        String long256 = "1".repeat(256) + "?";
        assertThat(ProfileFieldChecks.selector(VersionSelector.parse(long256), "v")).singleElement()
                .satisfies(p -> assertThat(p.message()).endsWith(" is longer than 256 characters"));
        assertThat(ProfileFieldChecks.selector(VersionSelector.parse("?".repeat(256)), "v")).singleElement()
                .satisfies(p -> assertThat(p.message()).endsWith(" is not an exact version, a train, a group-prefixed"
                        + " version or a SemVer range"));
    }

    @Test
    void emptyKeysAndKeysDifferingInCaseAndTheSmallestTagLimit() {
        assertThat(ProfileFieldChecks.tags(Tags.copyOf(List.of(Tag.parse(":a"), Tag.parse("b"))), Set.of(), "tags"))
                .extracting(p -> p.code().name()).containsExactly("TAG_KEY_EMPTY");
        assertThat(ProfileFieldChecks.tags(Tags.of("Env:a", "env:b"), Set.of(TagRules.AZURE), "tags"))
                .extracting(FieldProblem::message).containsExactly("tag key 'env' clashes with 'Env' at tags[0]; Azure tag"
                        + " keys are case-insensitive");
        assertThat(ProfileFieldChecks.tags(Tags.of("env:a", "env2:b"), Set.of(TagRules.AZURE), "tags")).isEmpty();

        List<Tag> many = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            many.add(Tag.of("k" + i, "v"));
        }
        // AWS and Azure allow 50, GCP 64: with all three the smallest applies, whichever comes first.
        for (Set<TagRules> rules : List.of(Set.of(TagRules.GCP, TagRules.AWS), Set.of(TagRules.AWS, TagRules.GCP),
                Set.of(TagRules.GCP))) {
            List<FieldProblem> found = ProfileFieldChecks.tags(Tags.copyOf(many), rules, "tags");
            boolean limited = rules.contains(TagRules.AWS);
            assertThat(found.stream().anyMatch(p -> p.code().name().equals("TAG_LIMIT_EXCEEDED"))).as("%s", rules)
                    .isEqualTo(limited);
        }
    }
}
