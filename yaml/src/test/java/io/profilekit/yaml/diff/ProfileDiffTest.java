package io.profilekit.yaml.diff;

import io.profilekit.AddOnProfile;
import io.profilekit.CloudType;
import io.profilekit.ClusterProfile;
import io.profilekit.InfrastructureProfile;
import io.profilekit.VersionChange;
import io.profilekit.yaml.diff.ProfileDiff.Change;
import io.profilekit.yaml.diff.ProfileDiff.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileDiffTest {
    private static final String KUBE_VALUES = "# kube settings\npack:\n  podCIDR: \"192.168.0.0/16\"\n  serviceCIDR: 10.96.0.0/12\n";

    private static InfrastructureProfile.Builder base() {
        return InfrastructureProfile.builder().name("aws-base").version("1.0.0").cloud(CloudType.AWS)
                .tag("owner:platform").tag("env:prod")
                .os("ubuntu-aws", "22.04")
                .kubernetes("kubernetes", "1.31.2", k -> k.values(KUBE_VALUES))
                .network("cni-calico", "3.29.2")
                .storage("csi-aws-ebs", "1.41.0");
    }

    private static ProfileDiff diffWithKubernetes(String version, String values) {
        ClusterProfile a = base().build();
        ClusterProfile b = base().kubernetes("kubernetes", version, k -> k.values(values)).build();
        return ProfileDiff.between(a, b);
    }

    @Test
    void sameProfilesAreEqual() {
        ProfileDiff diff = ProfileDiff.between(base().build(), base().build());
        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.toText()).endsWith("(no changes)\n");
        assertThat(diff.toJson()).contains("\"equal\" : true");
    }

    @ParameterizedTest(name = "{0} -> {1} is {2}")
    @CsvSource({
        "1.31.2, 2.0.0, MAJOR",
        "1.31.2, 1.32.9, MINOR",
        "1.31.2, 1.31.8, PATCH",
        "1.31.2, 1.31.2.1, PATCH",
        "1.34.0-rc.1, 1.34.0, PRE_RELEASE",
        "1.31.2, 1.31.2-rc.1, PRE_RELEASE",
        "1.31.2-rev2, 1.31.2-rev3, OTHER",
        "1.31.2, v1.31.2, OTHER",
        "1.31.x, 1.32.x, MINOR",
    })
    void versionChangesAreClassified(String from, String to, VersionChange expected) {
        ClusterProfile a = base().kubernetes("kubernetes", from, k -> k.values(KUBE_VALUES)).build();
        ClusterProfile b = base().kubernetes("kubernetes", to, k -> k.values(KUBE_VALUES)).build();
        List<Change> changes = ProfileDiff.between(a, b).changes();
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Kind.VERSION_CHANGED);
            assertThat(c.path()).isEqualTo("layers[1].pack.version");
            assertThat(c.layer()).contains("kubernetes");
            assertThat(c.before()).contains(from);
            assertThat(c.after()).contains(to);
            assertThat(c.versionChange()).contains(expected);
        });
    }

    @Test
    void aPresetMovedToAnotherGroupIsAChange() {
        ProfileDiff diff = ProfileDiff.between(
                base().kubernetes("kubernetes", "1.31.2", k -> k.values(KUBE_VALUES).preset("hardened", "Security")).build(),
                base().kubernetes("kubernetes", "1.31.2", k -> k.values(KUBE_VALUES).preset("hardened", "CIS")).build());

        assertThat(diff.isEmpty()).isFalse();
        assertThat(diff.changes()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Kind.PRESETS_CHANGED);
            assertThat(c.before()).contains("[Security:hardened]");
            assertThat(c.after()).contains("[CIS:hardened]");
        });
    }

    @Test
    void aRangeChangeHasNoClassification() {
        Change c = diffWithKubernetes(">=1.31 <1.33", KUBE_VALUES).changes().get(0);
        assertThat(c.kind()).isEqualTo(Kind.VERSION_CHANGED);
        assertThat(c.versionChange()).isEmpty();
    }

    @Test
    void changedValuesAreReportedByKeyPathWithOldAndNewValue() {
        String changed = "# kube settings\npack:\n  podCIDR: \"10.0.0.0/16\"\n  extra:\n    a: 1\n";
        List<Change> changes = diffWithKubernetes("1.31.2", changed).changes();
        assertThat(changes).extracting(Change::kind, Change::path, Change::before, Change::after).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Kind.VALUE_CHANGED, "layers[1].values.pack.podCIDR",
                        Optional.of("192.168.0.0/16"), Optional.of("10.0.0.0/16")),
                org.assertj.core.groups.Tuple.tuple(Kind.VALUE_REMOVED, "layers[1].values.pack.serviceCIDR",
                        Optional.of("10.96.0.0/12"), Optional.empty()),
                org.assertj.core.groups.Tuple.tuple(Kind.VALUE_ADDED, "layers[1].values.pack.extra",
                        Optional.empty(), Optional.of("{a: 1}")));
    }

    @Test
    void aValueOfAnotherTypeIsAChangeEvenWithTheSameText() {
        List<Change> changes = diffWithKubernetes("1.31.2", KUBE_VALUES.replace("10.96.0.0/12", "10.96.0.0/12")
                .replace("\"192.168.0.0/16\"", "\"192.168.0.0/16\"") + "  replicas: 3\n").changes();
        assertThat(changes).extracting(Change::kind).containsExactly(Kind.VALUE_ADDED);
        List<Change> typed = ProfileDiff.between(
                base().kubernetes("kubernetes", "1.31.2", k -> k.values("a: 3\n")).build(),
                base().kubernetes("kubernetes", "1.31.2", k -> k.values("a: \"3\"\n")).build()).changes();
        assertThat(typed).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Kind.VALUE_CHANGED);
            assertThat(c.before()).contains("3");
            assertThat(c.after()).contains("\"3\"");
        });
    }

    @Test
    void commentOnlyChangesAreReportedApartFromValueChanges() {
        String recommented = "# Kubernetes settings for production\npack:\n  podCIDR: \"192.168.0.0/16\"  # pods\n"
                + "  serviceCIDR: 10.96.0.0/12\n";
        List<Change> changes = diffWithKubernetes("1.31.2", recommented).changes();
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Kind.VALUES_COMMENTS_CHANGED);
            assertThat(c.kind().isCosmetic()).isTrue();
            assertThat(c.describe()).startsWith("# layers[1].values (kubernetes): comments changed");
        });
    }

    @Test
    void formattingOnlyChangesAreReportedApartFromValueChanges() {
        String reformatted = "# kube settings\npack: {podCIDR: '192.168.0.0/16',   serviceCIDR: \"10.96.0.0/12\"}\n";
        List<Change> changes = diffWithKubernetes("1.31.2", reformatted).changes();
        assertThat(changes).extracting(Change::kind).containsExactly(Kind.VALUES_FORMATTING_CHANGED);
        ProfileDiff diff = diffWithKubernetes("1.31.2", reformatted);
        assertThat(diff.significantChanges()).isEmpty();
        assertThat(diff.isEmpty()).isFalse();
    }

    @Test
    void valuesThatAreNotYamlDifferAsText() {
        List<Change> changes = diffWithKubernetes("1.31.2", "pack: [unclosed\n").changes();
        assertThat(changes).extracting(Change::kind).containsExactly(Kind.VALUES_TEXT_CHANGED);
    }

    @Test
    void metadataTagsAndVariablesChanges() {
        ClusterProfile a = base().build();
        ClusterProfile b = base().version("1.1.0").description("now described").tags("owner:infra", "team")
                .variable("region", v -> v.defaultValue("us-east-1")).build();
        List<Change> changes = ProfileDiff.between(a, b).changes();
        assertThat(changes).extracting(Change::kind, Change::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Kind.FIELD_CHANGED, "metadata.version"),
                org.assertj.core.groups.Tuple.tuple(Kind.FIELD_CHANGED, "metadata.description"),
                org.assertj.core.groups.Tuple.tuple(Kind.TAG_CHANGED, "tags.owner"),
                org.assertj.core.groups.Tuple.tuple(Kind.TAG_REMOVED, "tags.env"),
                org.assertj.core.groups.Tuple.tuple(Kind.TAG_ADDED, "tags.team"),
                org.assertj.core.groups.Tuple.tuple(Kind.VARIABLE_ADDED, "variables.region"));
        ClusterProfile c = base().version("1.1.0").description("now described").tags("owner:infra", "team")
                .variable("region", v -> v.defaultValue("eu-west-1")).build();
        assertThat(ProfileDiff.between(b, c).changes()).singleElement().satisfies(ch -> {
            assertThat(ch.kind()).isEqualTo(Kind.VARIABLE_CHANGED);
            assertThat(ch.path()).isEqualTo("variables.region.defaultValue");
            assertThat(ch.describe()).isEqualTo("~ variables.region.defaultValue: us-east-1 -> eu-west-1");
        });
    }

    @Test
    void layersAddedRemovedMovedAndReplaced() {
        ClusterProfile a = base().addOn("nginx-ingress", "4.12.1").addOn("prometheus-operator", "70.2.0")
                .addOn("cert-manager", "v1.12.0").build();
        ClusterProfile b = base().network("cni-cilium-oss", "1.16.6")
                .addOn("cert-manager", "v1.12.0").addOn("nginx-ingress", "4.12.1").addOn("argo-cd", "7.7.1").build();
        List<Change> changes = ProfileDiff.between(a, b).changes();
        assertThat(changes).extracting(Change::describe).containsExactly(
                "- layers[5] (prometheus-operator): addon prometheus-operator 70.2.0",
                "~ layers[2].pack (cni-cilium-oss): cni-calico 3.29.2 -> cni-cilium-oss 1.16.6",
                "> layers[4] (cert-manager): moved from layers[6] to layers[4]",
                "+ layers[6] (argo-cd): addon argo-cd 7.7.1");
        assertThat(changes.get(1).kind()).isEqualTo(Kind.PACK_REPLACED);
    }

    @Test
    void profilesOfDifferentKindsCompare() {
        ClusterProfile addOn = AddOnProfile.builder().name("web").addOn("nginx-ingress", "4.12.1").build();
        List<Change> changes = ProfileDiff.between(base().build(), addOn).changes();
        assertThat(changes).extracting(Change::path).contains("kind", "metadata.name", "layers[0]");
        assertThat(changes).filteredOn(c -> c.kind() == Kind.LAYER_REMOVED).hasSize(4);
    }

    @Test
    void jsonHoldsEveryChange() throws Exception {
        ProfileDiff diff = diffWithKubernetes("1.32.9", KUBE_VALUES.replace("# kube", "# Kubernetes"));
        JsonNode json = JsonMapper.builder().build().readTree(diff.toJson());
        assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(json.get("equal").asBoolean()).isFalse();
        assertThat(json.get("from").get("name").asString()).isEqualTo("aws-base");
        JsonNode changes = json.get("changes");
        assertThat(changes).hasSize(2);
        assertThat(changes.get(0).get("kind").asString()).isEqualTo("VERSION_CHANGED");
        assertThat(changes.get(0).get("versionChange").asString()).isEqualTo("MINOR");
        assertThat(changes.get(0).get("before").asString()).isEqualTo("1.31.2");
        assertThat(changes.get(1).get("kind").asString()).isEqualTo("VALUES_COMMENTS_CHANGED");
        assertThat(changes.get(1).get("cosmetic").asBoolean()).isTrue();
    }

    @Test
    void textIsUnifiedAndReadable() {
        String text = diffWithKubernetes("1.32.9", KUBE_VALUES).toText();
        assertThat(text).isEqualTo("--- aws-base 1.0.0\n+++ aws-base 1.0.0\n"
                + "~ layers[1].pack.version (kubernetes): 1.31.2 -> 1.32.9 (minor)\n");
    }
}
