package io.profilekit.validation;

import io.profilekit.AddOnProfile;
import io.profilekit.CloudType;
import io.profilekit.ClusterStack;
import io.profilekit.ProfileVariable;
import io.profilekit.SystemProfile;
import io.profilekit.VariableFormat;
import io.profilekit.VariableInputType;
import io.profilekit.ClusterProfile;
import io.profilekit.InfrastructureProfile;
import io.profilekit.Layer;
import io.profilekit.LayerType;
import io.profilekit.PackRef;
import io.profilekit.PackType;
import io.profilekit.ProfileType;
import io.profilekit.Tag;
import io.profilekit.rules.ProfileRule;
import io.profilekit.rules.RuleContext;
import io.profilekit.rules.Severity;
import io.profilekit.rules.ValidationReport;
import io.profilekit.rules.Violation;
import io.profilekit.rules.ViolationCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.profilekit.rules.Severity.ERROR;
import static io.profilekit.rules.Severity.WARNING;
import static io.profilekit.rules.ViolationCode.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One invalid profile per problem: each triggers exactly its intended code(s), at the intended
 * path and severity, with a message naming the offending value and a hint.
 */
class InvalidProfileTableTest {

    /** Covered by ValuesYamlRuleTest, which holds the many shapes of broken values. */
    private static final Set<ViolationCode> NOT_RAISED_HERE = EnumSet.of(VALUES_INVALID_YAML);

    record Expect(ViolationCode code, String path, Severity severity, String messagePart, String hintPart) {
    }

    /** A row: a profile or a cluster stack, and what validating it reports. */
    record Case(String name, ProfileValidator validator, ClusterProfile profile, ClusterStack stack, List<Expect> expected) {
        Case(String name, ProfileValidator validator, ClusterProfile profile, List<Expect> expected) {
            this(name, validator, profile, null, expected);
        }

        ValidationReport validate() {
            return stack != null ? validator.validate(stack) : validator.validate(profile);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Case c(String name, ClusterProfile.Builder profile, Expect... expected) {
        return new Case(name, TestRegistry.validator(), profile.buildLenient(), List.of(expected));
    }

    static Case stack(String name, ClusterStack stack, Expect... expected) {
        return new Case(name, TestRegistry.validator(), null, stack, List.of(expected));
    }

    /** A Full profile whose hello-universe layer uses the given values. */
    static InfrastructureProfile.Builder fullWith(String helloValues) {
        return Samples.design().type(ProfileType.CLUSTER)
                .layer(Layer.builder(LayerType.ADDON, "hello-universe", "1.3.1").values(helloValues).build());
    }

    /** A Full profile with podinfo (the pack with a value schema), its default values edited. */
    static InfrastructureProfile.Builder podinfoWith(String from, String to) {
        return Samples.design().type(ProfileType.CLUSTER).layer(Layer.builder(LayerType.ADDON, "podinfo", "6.7.0")
                .values(TestRegistry.PODINFO_VALUES.replace(from, to)).build());
    }

    /** A Full profile declaring the variables, each used in its values. */
    static InfrastructureProfile.Builder withVariables(ProfileVariable... variables) {
        StringBuilder values = new StringBuilder("manifests:\n  hello-universe:\n");
        for (int i = 0; i < variables.length; i++) {
            values.append("    v").append(i).append(": '{{.spectro.var.").append(variables[i].name()).append("}}'\n");
        }
        InfrastructureProfile.Builder b = fullWith(values.toString());
        for (ProfileVariable v : variables) {
            b.variable(v);
        }
        return b;
    }

    static ProfileVariable.Builder var(String name) {
        return ProfileVariable.builder(name).displayName(name.toUpperCase(java.util.Locale.ROOT));
    }

    static final String REPLICAS = "manifests:\n  hello-universe:\n    replicas: '{{.spectro.var.replicas}}'\n";

    static Expect e(ViolationCode code, String path, String messagePart, String hintPart) {
        return new Expect(code, path, code.defaultSeverity(), messagePart, hintPart);
    }

    static Layer addon(String name, String version) {
        return Layer.builder(LayerType.ADDON, name, version).build();
    }

    static Layer manifestLayer(String... names) {
        Layer.Builder b = Layer.builder(LayerType.ADDON, PackRef.of("manifest-namespace", "1.0.0").withType(PackType.MANIFEST));
        for (String n : names) {
            b.manifest(n, "kind: Namespace\n");
        }
        return b.build();
    }

    static List<Layer> layersOf(InfrastructureProfile.Builder b) {
        return b.buildLenient().layers();
    }

    static List<Case> cases() {
        List<Layer> core = layersOf(Samples.design());
        List<Case> cases = new ArrayList<>();
        cases.add(c("blank name", Samples.design().name("   "),
                e(PROFILE_NAME_BLANK, "name", "'   ' is only whitespace", "give the profile a name")));
        cases.add(c("empty name", Samples.design().name(""),
                e(PROFILE_NAME_BLANK, "name", "the profile name is empty", "aws-prod-base")));
        cases.add(c("padded name", Samples.design().name(" aws-prod-base\t"),
                e(PROFILE_NAME_WHITESPACE, "name", "' aws-prod-base\\t' starts and ends with whitespace",
                        "use 'aws-prod-base'")));
        cases.add(c("version v1.2", Samples.design().version("v1.2"),
                e(PROFILE_VERSION_INVALID, "version", "'v1.2' is not strict SemVer", "use 1.2.0")));
        cases.add(c("version 2.2.2.develop", Samples.design().version("2.2.2.develop"),
                e(PROFILE_VERSION_INVALID, "version", "'2.2.2.develop'", "use 2.2.2-develop")));
        cases.add(c("cloud all on an infra profile", Samples.design().cloud(CloudType.ALL),
                e(CLOUD_ALL_REQUIRES_ADD_ON, "cloud", "type infra", "aws, azure, gcp")));
        cases.add(c("add-on type on an infrastructure profile", Samples.design().type(ProfileType.ADD_ON),
                e(PROFILE_TYPE_MISMATCH, "type", "'add-on'", "set type: infra (or type: cluster")));
        cases.add(c("system type on an add-on profile", AddOnProfile.builder().name("observability")
                        .type(ProfileType.SYSTEM).layer(addon("hello-universe", "1.3.1")),
                e(PROFILE_TYPE_MISMATCH, "type", "'system' does not fit an add-on profile", "set type: add-on")));
        cases.add(c("storage layer missing", Samples.design().layers(core.subList(0, 3)),
                e(LAYER_MISSING, "layers", "no Storage (csi) layer", "add a layer with layer: csi")));
        cases.add(c("two layers missing", Samples.design().layers(List.of(core.get(0), core.get(2))),
                e(LAYER_MISSING, "layers", "no Kubernetes (k8s) layer", "add a layer with layer: k8s"),
                e(LAYER_MISSING, "layers", "no Storage (csi) layer", "add a layer with layer: csi")));
        cases.add(c("Kubernetes layer in an add-on profile", AddOnProfile.builder().name("observability")
                        .cloud(CloudType.AWS).layer(core.get(1)).layer(addon("hello-universe", "1.3.1")),
                e(LAYER_CORE_IN_ADD_ON, "layers[0]", "is a Kubernetes (k8s) layer ('kubernetes'), which an add-on profile"
                        + " may not hold", "belong in the cluster's infrastructure or Full profile")));
        cases.add(c("network layer in a system profile", SystemProfile.builder().name("system-base")
                        .cloud(CloudType.AWS).layer(core.get(2)),
                e(LAYER_CORE_IN_ADD_ON, "layers[0]", "which a system profile may not hold", "layer: addon")));
        cases.add(c("layer without a type whose pack no registry knows", Samples.design().type(ProfileType.CLUSTER)
                        .layer(Layer.builder(LayerType.UNSPECIFIED, "mystery-pack", "1.0.0").build()),
                e(LAYER_TYPE_UNKNOWN, "layers[4]", "names no layer type, and no registry in use knows its pack 'mystery-pack'",
                        "layer: addon (or os, k8s, cni, csi)"),
                e(PACK_NOT_FOUND, "layers[4].pack.name", "'mystery-pack'", "")));
        cases.add(c("Kubernetes layer twice", Samples.design().layer(core.get(1)),
                e(LAYER_DUPLICATE, "layers[4]", "second Kubernetes (k8s) layer ('kubernetes'); the first is layers[1]",
                        "exactly one k8s layer")));
        cases.add(c("layers out of order", Samples.design().layers(List.of(core.get(1), core.get(0), core.get(2), core.get(3))),
                e(LAYER_ORDER, "layers", "in the order k8s, os, cni, csi: layers[1] (os) comes after layers[0] (k8s)",
                        "use the order layers[1] (os), layers[0] (k8s), layers[2] (cni), layers[3] (csi)")));
        cases.add(c("add-on layer in a profile declared infra", Samples.design().type(ProfileType.INFRA)
                        .layer(addon("hello-universe", "1.3.1")),
                e(LAYER_NOT_ALLOWED, "layers[4]", "add-on layer ('hello-universe')", "type: cluster")));
        cases.add(c("add-on layer before the core layers of a full profile", Samples.design().type(ProfileType.CLUSTER)
                        .layers(List.of(core.get(0), addon("hello-universe", "1.3.1"), core.get(1), core.get(2), core.get(3))),
                e(LAYER_ORDER, "layers", "layers[2] (k8s) comes after layers[1] (addon)", "os → k8s")));
        cases.add(c("blank pack name", Samples.design().storage("", "1.46.0"),
                e(PACK_NAME_BLANK, "layers[3].pack.name", "an empty name", "csi-aws-ebs")));
        cases.add(c("unknown pack", Samples.design().network("cni-calic0", "3.31.2"),
                e(PACK_NOT_FOUND, "layers[2].pack.name", "'cni-calic0'", "did you mean cni-calico")));
        cases.add(c("unknown pack in a named registry", Samples.design().network("cni-calico", "3.31.2",
                        n -> n.registry("Palette Community Registry")),
                e(PACK_NOT_FOUND, "layers[2].pack.name", "registry 'Palette Community Registry' has no pack named 'cni-calico'",
                        "cni packs for aws: cni-calico, cni-cilium-oss")));
        cases.add(c("storage pack in the network slot", Samples.design().network("csi-aws-ebs", "1.46.0"),
                e(PACK_LAYER_MISMATCH, "layers[2].pack.name", "is a Storage (csi) pack, but fills the Network (cni) layer",
                        "cni-calico")));
        cases.add(c("pack for another cloud", Samples.design().storage("csi-azure", "1.31.2-rev2"),
                e(PACK_CLOUD_UNSUPPORTED, "layers[3].pack.name", "'csi-azure' 1.31.2-rev2 does not support cloud 'aws'",
                        "csi-azure supports azure, aks; csi packs for aws: csi-aws-ebs")));
        cases.add(c("unknown registry", Samples.design().kubernetes("kubernetes", "1.33.6", k -> k.registry("Private Repo")),
                e(REGISTRY_NOT_FOUND, "layers[1].pack.registry", "'Private Repo' is not in use",
                        "Public Repo (" + TestRegistry.PUBLIC_UID + "), Palette Community Registry")));
        cases.add(c("invalid selector", Samples.design().kubernetes("kubernetes", "latest"),
                e(VERSION_SELECTOR_INVALID, "layers[1].pack.version", "'latest' is not an exact version",
                        "kubernetes has versions 1.34.0-rc.1, 1.33.6")));
        cases.add(c("invalid selector on an unknown pack", Samples.design().kubernetes("kubernetis", "1.33 ||"),
                e(VERSION_SELECTOR_INVALID, "layers[1].pack.version", "'1.33 ||'", "a train (1.30.x)"),
                e(PACK_NOT_FOUND, "layers[1].pack.name", "'kubernetis'", "did you mean kubernetes")));
        cases.add(c("no matching version", Samples.design().kubernetes("kubernetes", "1.40.x"),
                e(PACK_VERSION_NOT_FOUND, "layers[1].pack.version", "no version of 'kubernetes' matches '1.40.x'",
                        "nearest versions: 1.34.0-rc.1, 1.33.6")));
        cases.add(c("no version in the named group", Samples.design().os("ubuntu-aws", "EOL__22.04"),
                e(PACK_VERSION_NOT_FOUND, "layers[0].pack.version", "in group 'EOL' matches 'EOL__22.04'", "22.04")));
        cases.add(c("pack past its end of life", Samples.design().kubernetes("kubernetes", "1.29.x"),
                new Expect(PACK_END_OF_LIFE, "layers[1].pack.version", WARNING,
                        "kubernetes 1.29.14 (selected by '1.29.x') reached its end of life on 2026-02-28",
                        "newer versions: 1.33.6, 1.33.5, 1.32.9")));
        cases.add(c("required dependency missing", Samples.design().type(ProfileType.CLUSTER).layer(addon("argo-cd", "7.7.1")),
                e(DEPENDENCY_MISSING, "layers[4].pack.name",
                        "argo-cd 7.7.1 requires cert-manager (addon) >= 1.12, which the profile does not have",
                        "add a layer with layer: addon and pack cert-manager >= 1.12 (available: v1.12.0)")));
        cases.add(c("required dependency below its minimum", Samples.design().type(ProfileType.CLUSTER)
                        .kubernetes("kubernetes", "1.30.10").layer(addon("crossplane", "2.3.0")),
                e(DEPENDENCY_VERSION_OUT_OF_RANGE, "layers[4].pack.version",
                        "crossplane 2.3.0 requires kubernetes (k8s) >= 1.31, but the profile has kubernetes 1.30.10 at layers[1]",
                        "use kubernetes >= 1.31 (available: 1.33.6, 1.33.5, 1.32.9)")));
        cases.add(c("optional dependency outside its range", Samples.design().network("cni-calico", "3.29.2"),
                e(DEPENDENCY_VERSION_OUT_OF_RANGE, "layers[2].pack.version",
                        "cni-calico 3.29.2 supports only kubernetes (k8s) 1.29 .. 1.31, but the profile has kubernetes 1.33.6",
                        "or a version of cni-calico that accepts kubernetes 1.33.6: 3.31.2")));
        cases.add(c("not-supported dependency inside its range", Samples.design().network("cni-cilium-oss", "1.16.6"),
                e(DEPENDENCY_NOT_SUPPORTED, "layers[2].pack.version",
                        "cni-cilium-oss 1.16.6 does not support kubernetes (k8s) >= 1.33, and the profile has kubernetes 1.33.6 at layers[1]",
                        "1.17.4")));
        cases.add(c("unknown preset", Samples.design().network("cni-cilium-oss", "1.17.4", n -> n.preset("ipam-kube")),
                e(PRESET_NOT_FOUND, "layers[2].presets[0]", "cni-cilium-oss 1.17.4 has no preset 'ipam-kube'",
                        "did you mean ipam-kubernetes")));
        cases.add(c("two presets of one group", Samples.design().network("cni-cilium-oss", "1.17.4",
                        n -> n.preset("ebpf-kubeproxy").preset("ipam-kubernetes").preset("ipam-cluster-pool")),
                e(PRESET_GROUP_CONFLICT, "layers[2].presets[2]",
                        "'ipam-kubernetes' (presets[1]) and 'ipam-cluster-pool' (presets[2]) both belong to group 'IPAM mode'",
                        "choose one of ipam-kubernetes, ipam-cluster-pool")));
        cases.add(c("required value empty", podinfoWith("namespace: podinfo", "namespace: \"\""),
                e(VALUE_REQUIRED_MISSING, "layers[4].values.pack.namespace",
                        "the value pack.namespace is empty (line 2, column 14 of the values)", "${string}")));
        cases.add(c("value outside its schema's list", podinfoWith("effect: NoSchedule", "effect: Sometimes"),
                e(VALUE_FORMAT_INVALID, "layers[4].values.charts.podinfo.tolerations[0].effect",
                        "'Sometimes' (line 12, column 17 of the values) is not one of PreferNoSchedule, NoSchedule,"
                                + " NoExecute", "use one of PreferNoSchedule, NoSchedule, NoExecute")));
        cases.add(c("value too long to match its schema's regex", podinfoWith("message: Hello",
                        "message: " + "a".repeat(5000)),
                e(VALUE_FORMAT_UNCHECKED, "layers[4].values.charts.podinfo.ui.message",
                        "not checked against format", "by hand")));
        cases.add(c("read-only value changed", podinfoWith("serviceType: ClusterIP", "serviceType: NodePort"),
                e(VALUE_READONLY_CHANGED, "layers[4].values.charts.podinfo.serviceType",
                        "is read-only in the schema of 'podinfo' 6.7.0, and the pack's default is 'ClusterIP'",
                        "keep the pack's default value")));
        cases.add(c("resource parameter missing from the values", Samples.design().type(ProfileType.CLUSTER)
                        .layer(Layer.builder(LayerType.ADDON, "kubevious", "1.0.10").values("charts:\n  kubevious:\n"
                                + "    ui:\n      resources:\n        requests:\n          cpu: 100m\n").build()),
                new Expect(RESOURCE_PARAM_NOT_FOUND, "layers[4].values", WARNING,
                        "kubevious 1.0.10 reads its replica count from 'charts.kubevious.ui.replicaCount' "
                                + "(constraints.resources[0].components[0].replicaCountParamRef), which the values do not have",
                        "set charts.kubevious.ui.replicaCount in the layer's values (the pack's values.yaml sets it to 1)")));
        cases.add(c("manifest pack without manifests", Samples.design().type(ProfileType.CLUSTER).layer(manifestLayer()),
                e(MANIFEST_MISSING, "layers[4].manifests", "'manifest-namespace' at layers[4] carries no manifest",
                        "add a manifest with a name and content under the layer's manifests:")));
        cases.add(c("two manifests with one name", Samples.design().type(ProfileType.CLUSTER)
                        .layer(manifestLayer("ns", "quota", "ns")),
                e(MANIFEST_NAME_DUPLICATE, "layers[4].manifests[2]", "'ns' is already used by layers[4].manifests[0]",
                        "its own name")));
        cases.add(c("empty tag key", Samples.design().tag(":prod"),
                e(TAG_KEY_EMPTY, "tags[2]", "tag ':prod' has an empty key", "key:value")));
        cases.add(c("tag keys differing in case on Azure", Samples.azure().tags("env:prod", "Env:dev"),
                e(TAG_KEY_DUPLICATE, "tags[1]", "'Env' clashes with 'env' at tags[0]; Azure tag keys are case-insensitive",
                        "keep one")));
        cases.add(c("tag key with a character AWS refuses", Samples.design().tag("cost#center:42"),
                e(TAG_KEY_INVALID, "tags[2]", "tag key 'cost#center' breaks the AWS tag rules (contains '#')",
                        "letters, digits, spaces and + - = . _ : / @")));
        cases.add(c("uppercase GCP label key", Samples.gcp().tag("Team:x"),
                e(TAG_KEY_INVALID, "tags[3]", "starts with 'T', not a lowercase letter", "start with a lowercase letter")));
        cases.add(c("tag value too long for GCP", Samples.gcp().tag("note:" + "a".repeat(64)),
                e(TAG_VALUE_INVALID, "tags[3]", "is 64 characters long, at most 63 allowed", "at most 63")));
        cases.add(c("tag value with a character AWS refuses", Samples.design().tag("owner-mail:bob<at>example"),
                e(TAG_VALUE_INVALID, "tags[2]", "'bob<at>example' of key 'owner-mail' breaks the AWS tag rules (contains '<', '>')",
                        "AWS tag values")));
        cases.add(c("reserved aws: prefix", Samples.design().tag(Tag.of("AWS:cost", "x")),
                e(TAG_KEY_RESERVED, "tags[2]", "'AWS:cost' uses a reserved prefix under AWS tag rules (prefix aws: is reserved)",
                        "does not start with aws:")));
        cases.add(c("reserved microsoft prefix on Azure", Samples.azure().tag("MicrosoftTeam:x"),
                e(TAG_KEY_RESERVED, "tags[3]", "prefix microsoft is reserved", "microsoft")));
        cases.add(c("the same pack twice without display names", fullWith("").layer(addon("hello-universe", "1.3.1")),
                e(PACK_DUPLICATE, "layers[5].pack.name", "pack 'hello-universe' is also at layers[4], and neither has a"
                        + " display name", "pack: spectrocloud.com/display-name: <name>")));
        cases.add(c("the same pack twice with one display name", fullWith("pack:\n  spectrocloud.com/display-name: hello\n")
                        .layer(Layer.builder(LayerType.ADDON, "hello-universe", "1.3.1")
                                .values("pack: {spectrocloud.com/display-name: hello}\n").build()),
                e(PACK_DUPLICATE, "layers[5].pack.name", "both have the display name 'hello'", "its own display name")));
        cases.add(c("install priority that is not an integer",
                        fullWith("# first\npack:\n  spectrocloud.com/install-priority: \"first\"\n"),
                e(INSTALL_PRIORITY_INVALID, "layers[4].values.pack.spectrocloud.com/install-priority",
                        "install priority of 'hello-universe' at line 3 of its values is 'first', not an integer",
                        "spectrocloud.com/install-priority: \"10\"")));
        cases.add(c("two variables with one name", withVariables(var("replicas").build(),
                        var("replicas").displayName("Replicas again").build()),
                e(VARIABLE_NAME_DUPLICATE, "variables[1].name", "'replicas' is already used by variables[0]",
                        "its own name")));
        cases.add(c("two variables with one display name", withVariables(var("replicas").displayName("Replicas").build(),
                        var("workers").displayName("Replicas").build()),
                e(VARIABLE_DISPLAY_NAME_DUPLICATE, "variables[1].displayName",
                        "display name 'Replicas' of variable 'workers' is already used by variables[0]", "displayName")));
        cases.add(c("required variable without a default", withVariables(var("replicas").required(true).build()),
                e(VARIABLE_DEFAULT_MISSING, "variables[0].defaultValue", "'replicas' is required but has no default value",
                        "add defaultValue:")));
        cases.add(c("hidden and required variable without a default",
                        withVariables(var("token").required(true).hidden(true).build()),
                e(VARIABLE_DEFAULT_MISSING, "variables[0].defaultValue", "is hidden and required", "defaultValue:")));
        cases.add(c("immutable variable without a default", withVariables(var("region").immutable(true).build()),
                e(VARIABLE_DEFAULT_MISSING, "variables[0].defaultValue", "'region' is immutable", "add defaultValue:")));
        cases.add(c("dropdown default not among the options", withVariables(var("size")
                        .inputType(VariableInputType.DROPDOWN).option("Small", "s").option("Large", "l")
                        .defaultValue("m").build()),
                e(VARIABLE_DEFAULT_NOT_AN_OPTION, "variables[0].defaultValue",
                        "the default 'm' of dropdown variable 'size' is not the value of one of its options", "'s', 'l'")));
        cases.add(c("number variable with a word as default", withVariables(var("replicas")
                        .format(VariableFormat.NUMBER).defaultValue("three").build()),
                e(VARIABLE_DEFAULT_INVALID, "variables[0].defaultValue", "the default 'three' of variable 'replicas' is"
                        + " not a number", "format number")));
        cases.add(c("ipv4cidr variable with an address as default", withVariables(var("pods")
                        .format(VariableFormat.IPV4CIDR).defaultValue("10.0.0.1").build()),
                e(VARIABLE_DEFAULT_INVALID, "variables[0].defaultValue", "is not an IPv4 CIDR block", "format ipv4cidr")));
        cases.add(c("default that breaks the regex", withVariables(var("name").regex("^[a-z]+$").defaultValue("Web1")
                        .build()),
                e(VARIABLE_DEFAULT_INVALID, "variables[0].defaultValue", "'Web1' of variable 'name' does not match its"
                        + " regex '^[a-z]+$'", "matches the regex")));
        cases.add(c("regex that does not compile", withVariables(var("name").regex("[a-z").defaultValue("web").build()),
                e(VARIABLE_REGEX_INVALID, "variables[0].regex", "the regex '[a-z' of variable 'name' does not compile",
                        "Go (RE2)")));
        cases.add(c("declared variable never used", fullWith("").variable(var("replicas").build()),
                e(VARIABLE_UNUSED, "variables[0]", "'replicas' is declared, but no layer's values use it",
                        "'{{.spectro.var.replicas}}'")));
        cases.add(c("values use an undeclared variable", fullWith(REPLICAS).variable(var("replica").build()),
                e(MACRO_VARIABLE_UNDECLARED, "layers[4].values.manifests.hello-universe.replicas",
                        "'{{.spectro.var.replicas}}' at line 3 of the values of 'hello-universe' uses variable 'replicas',"
                                + " which the profile does not declare", "did you mean replica?"),
                e(VARIABLE_UNUSED, "variables[0]", "'replica'", "")));
        cases.add(c("values use a system macro Palette does not document",
                        fullWith("charts:\n  app:\n    ns: \"cluster-{{ .spectro.system.cluster.namespace }}\"\n"),
                e(MACRO_SYSTEM_UNKNOWN, "layers[4].values.charts.app.ns", "'{{.spectro.system.cluster.namespace}}' at line 3",
                        "did you mean cluster.name")));
        cases.add(c("values refer to a pack the profile does not have",
                        fullWith("k8s:\n  versions:\n    - \"{{ .spectro.pack.kubernets.version | default \\\"1.30\\\" }}\"\n"),
                e(MACRO_PACK_UNKNOWN, "layers[4].values.k8s.versions[0]", "refers to pack 'kubernets', which the profile"
                        + " does not have", "did you mean kubernetes?")));
        ClusterProfile observability = AddOnProfile.builder().name("observability").cloud(CloudType.AZURE)
                .layer(addon("hello-universe", "1.3.1")).build();
        cases.add(stack("add-on profile for another cloud than the base", ClusterStack.of(Samples.design().build(),
                        observability),
                e(STACK_CLOUD_MISMATCH, "[observability].cloud", "targets cloud 'azure', but the stack's base"
                        + " 'aws-prod-base' targets 'aws'", "cloud: aws or cloud: all")));
        InfrastructureProfile.Builder many = Samples.design();
        for (int i = 0; i < 49; i++) {
            many.tag("k" + i + ":v");
        }
        cases.add(c("51 tags on AWS", many, e(TAG_LIMIT_EXCEEDED, "tags", "51 tags, more than the 50 that AWS tag rules allow",
                "remove at least 1 tags")));
        ProfileRule broken = new ProfileRule() {
            @Override
            public String id() {
                return "test.broken";
            }

            @Override
            public List<Violation> check(RuleContext context) {
                throw new IllegalStateException("boom");
            }
        };
        cases.add(new Case("a rule that throws", ProfileValidator.builder().registry(TestRegistry.registry())
                .clock(TestRegistry.CLOCK).rule(broken).build(), Samples.design().build(),
                List.of(e(RULE_FAILED, "", "rule 'test.broken' threw java.lang.IllegalStateException: 'boom'",
                        "bug in the rule"))));
        return cases;
    }

    static Stream<Arguments> table() {
        return cases().stream().map(c -> Arguments.of(c.name(), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void eachInvalidProfileTriggersExactlyItsIntendedCodes(String name, Case c) {
        ValidationReport report = c.validate();

        Set<String> expectedCodes = c.expected().stream().map(x -> x.code().name()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(new TreeSet<>(report.codes())).as(report.toString()).isEqualTo(expectedCodes);
        assertThat(report.violations()).as(report.toString()).hasSize(c.expected().size());
        for (Expect x : c.expected()) {
            assertThat(report.violations()).as(report.toString()).anySatisfy(v -> {
                assertThat(v.code()).isEqualTo(x.code().name());
                assertThat(v.path()).isEqualTo(x.path());
                assertThat(v.severity()).isEqualTo(x.severity());
                assertThat(v.message()).contains(x.messagePart());
                assertThat(v.hint()).contains(x.hintPart());
            });
        }
        assertThat(report.isValid()).isEqualTo(c.expected().stream().noneMatch(x -> x.severity() == ERROR));
    }

    @Test
    void theTableCoversEveryCodeThisModuleRaises() {
        Set<ViolationCode> covered = EnumSet.noneOf(ViolationCode.class);
        cases().forEach(c -> c.expected().forEach(x -> covered.add(x.code())));

        Set<ViolationCode> all = EnumSet.allOf(ViolationCode.class);
        all.removeAll(NOT_RAISED_HERE);
        assertThat(covered).isEqualTo(all);
    }
}
