package io.profilekit.validation;

import io.profilekit.ClusterProfile;
import io.profilekit.Layer;
import io.profilekit.LayerType;
import io.profilekit.ProfileType;
import io.profilekit.ProfileVariable;
import io.profilekit.VariableFormat;
import io.profilekit.registry.InMemoryPackRegistry;
import io.profilekit.registry.PackDescriptor;
import io.profilekit.rules.Violation;
import io.profilekit.rules.ViolationCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ValueSchemaRuleTest {

    private static final String DEFAULTS = TestRegistry.PODINFO_VALUES;

    private static List<Violation> valuesViolations(String values, ProfileVariable... variables) {
        ClusterProfile.Builder b = Samples.design().type(ProfileType.CLUSTER)
                .layer(Layer.builder(LayerType.ADDON, "podinfo", "6.7.0").values(values).build());
        for (ProfileVariable v : variables) {
            b.variable(v);
        }
        return TestRegistry.validator().validate(b.buildLenient()).violations().stream()
                .filter(v -> v.code().startsWith("VALUE_")).toList();
    }

    @Test
    void thePacksOwnDefaultsPass() {
        assertThat(valuesViolations(DEFAULTS)).isEmpty();
    }

    @Test
    void anEmptyRequiredNamespaceAndAnEffectOutsideTheListAreTwoViolationsWithTheirLines() {
        // The done-when case, on a pack built in an InMemoryPackRegistry.
        PackDescriptor pack = PackDescriptor.builder("hello-universe", "1.3.1", LayerType.ADDON)
                .values("pack:\n  namespace: hello-universe\nmanifests:\n  hello-universe:\n    ui:\n      tolerations:\n"
                        + "        effect: NoSchedule\n")
                .valueSchema("pack.namespace", "{{ required | format \"${string}\" }}")
                .valueSchema("manifests.hello-universe.ui.tolerations.effect",
                        "{{ format \"${list:[PreferNoSchedule,NoSchedule,NoExecute]}\"  | hints \"Enter the toleration"
                                + " effect for the UI pods.\"}}")
                .build();
        ProfileValidator validator = ProfileValidator.builder()
                .registry(InMemoryPackRegistry.builder("packs").add(pack).build()).discoverRules(false).build();
        String values = "pack:\n  namespace: \"\"\nmanifests:\n  hello-universe:\n    ui:\n      tolerations:\n"
                + "        effect: Sometimes\n";
        ClusterProfile profile = io.profilekit.AddOnProfile.builder().name("apps").version("1.0.0")
                .layer(Layer.builder(LayerType.ADDON, "hello-universe", "1.3.1").values(values).build()).buildLenient();

        List<Violation> found = new java.util.ArrayList<>(validator.validate(profile).violations());
        found.sort(java.util.Comparator.comparing(Violation::code).reversed());

        assertThat(found).extracting(Violation::code).containsExactly("VALUE_REQUIRED_MISSING", "VALUE_FORMAT_INVALID");
        assertThat(found.get(0).path()).isEqualTo("layers[0].values.pack.namespace");
        assertThat(found.get(0).message()).contains("is empty (line 2, column 14 of the values)")
                .contains("'hello-universe' 1.3.1 requires it");
        assertThat(found.get(1).path()).isEqualTo("layers[0].values.manifests.hello-universe.ui.tolerations.effect");
        assertThat(found.get(1).message()).contains("'Sometimes' (line 7, column 17 of the values)")
                .contains("not one of PreferNoSchedule, NoSchedule, NoExecute");
        assertThat(found.get(1).hint()).contains("use one of PreferNoSchedule, NoSchedule, NoExecute")
                .contains("Enter the toleration effect for the UI pods.");
    }

    @Test
    void aChosenPresetThatSuppliesTheNamespaceLeavesOneViolation() {
        // The done-when case again, with a preset of the pack that sets pack.namespace chosen.
        PackDescriptor pack = PackDescriptor.builder("hello-universe", "1.3.1", LayerType.ADDON)
                .values("pack:\n  namespace: hello-universe\n")
                .valueSchema("pack.namespace", "{{ required | format \"${string}\" }}")
                .valueSchema("manifests.hello-universe.ui.tolerations.effect",
                        "{{ format \"${list:[PreferNoSchedule,NoSchedule,NoExecute]}\" }}")
                .preset(new io.profilekit.registry.PackPreset("team-namespace", "Team namespace", "Namespace",
                        "pack:\n  namespace: team-a\n", List.of()))
                .preset(new io.profilekit.registry.PackPreset("no-namespace", "No namespace", "Cleanup",
                        "", List.of("pack.namespace")))
                .build();
        ProfileValidator validator = ProfileValidator.builder()
                .registry(InMemoryPackRegistry.builder("packs").add(pack).build()).discoverRules(false).build();
        String values = "pack:\n  namespace: \"\"\nmanifests:\n  hello-universe:\n    ui:\n      tolerations:\n"
                + "        effect: Sometimes\n";
        java.util.function.Function<List<String>, List<String>> codes = presets -> validator.validate(
                io.profilekit.AddOnProfile.builder().name("apps").version("1.0.0")
                        .layer(Layer.builder(LayerType.ADDON, "hello-universe", "1.3.1").values(values)
                                .presets(presets).build()).buildLenient()).codes();

        assertThat(codes.apply(List.of("team-namespace"))).containsExactly("VALUE_FORMAT_INVALID");
        assertThat(codes.apply(List.of("team-namespace", "no-namespace")))
                .as("a later preset removes it again").contains("VALUE_REQUIRED_MISSING", "VALUE_FORMAT_INVALID");
        assertThat(codes.apply(List.of())).contains("VALUE_REQUIRED_MISSING", "VALUE_FORMAT_INVALID");
    }

    @Test
    void whatAChosenPresetAddsIsCheckedInPlaceOfTheValuesOwn() {
        PackDescriptor pack = PackDescriptor.builder("hello-universe", "1.3.1", LayerType.ADDON)
                .values("pack:\n  namespace: hello-universe\n")
                .valueSchema("manifests.hello-universe.ui.tolerations.effect",
                        "{{ format \"${list:[PreferNoSchedule,NoSchedule,NoExecute]}\" }}")
                .preset(new io.profilekit.registry.PackPreset("bad", "Bad", "Tolerations",
                        "manifests:\n  hello-universe:\n    ui:\n      tolerations:\n        effect: Sometimes\n", List.of()))
                .preset(new io.profilekit.registry.PackPreset("good", "Good", "Hardening",
                        "manifests:\n  hello-universe:\n    ui:\n      tolerations:\n        effect: NoExecute\n", List.of()))
                .build();
        ProfileValidator validator = ProfileValidator.builder()
                .registry(InMemoryPackRegistry.builder("packs").add(pack).build()).discoverRules(false).build();
        java.util.function.BiFunction<String, List<String>, List<Violation>> run = (values, presets) -> validator.validate(
                io.profilekit.AddOnProfile.builder().name("apps").version("1.0.0")
                        .layer(Layer.builder(LayerType.ADDON, "hello-universe", "1.3.1").values(values)
                                .presets(presets).build()).buildLenient()).violations();
        String fine = "pack:\n  namespace: x\n";
        String wrong = "manifests:\n  hello-universe:\n    ui:\n      tolerations:\n        effect: Never\n";

        assertThat(run.apply(fine, List.of("bad"))).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("VALUE_FORMAT_INVALID");
            assertThat(v.path()).isEqualTo("layers[0].values.manifests.hello-universe.ui.tolerations.effect");
            assertThat(v.message()).contains("'Sometimes' (line 5, column 17 of the add of preset 'bad')");
        });
        assertThat(run.apply(wrong, List.of("good"))).as("the preset's value replaces the wrong one").isEmpty();
        assertThat(run.apply(fine, List.of("bad", "good"))).as("the later preset's value stands").isEmpty();
        assertThat(run.apply(wrong, List.of())).extracting(Violation::code).containsExactly("VALUE_FORMAT_INVALID");
    }

    @Test
    void aMissingRequiredValueIsReported() {
        List<Violation> found = valuesViolations(DEFAULTS.replace("pack:\n  namespace: podinfo\n", ""));
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(ViolationCode.VALUE_REQUIRED_MISSING.name());
            assertThat(v.path()).endsWith(".values.pack.namespace");
            assertThat(v.message()).contains("is missing");
        });
    }

    @Test
    void rangesCombinedFormatsAndListElementsAreChecked() {
        String values = DEFAULTS.replace("replicaCount: 1", "replicaCount: 12")
                .replace("ghcr.io/stefanprodan/podinfo:6.7.0", "podinfo:latest")
                .replace("effect: NoSchedule", "effect: NoSchedule\n      - key: gpu\n        effect: Never");
        List<Violation> found = new java.util.ArrayList<>(valuesViolations(values));
        found.sort(java.util.Comparator.comparing(Violation::path).reversed());
        assertThat(found).extracting(Violation::path).containsExactly(
                "layers[4].values.charts.podinfo.tolerations[1].effect",
                "layers[4].values.charts.podinfo.replicaCount", "layers[4].values.charts.podinfo.image");
        assertThat(found.get(0).message()).contains("line 14");
        assertThat(found.get(1).message()).contains("not in the range 1-10");
        assertThat(found.get(2).message()).contains("not of the form ${string}/${string}:${version}");
    }

    @Test
    void aReadonlyValueMustStayTheDefault() {
        List<Violation> found = valuesViolations(DEFAULTS.replace("serviceType: ClusterIP", "serviceType: LoadBalancer"));
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(ViolationCode.VALUE_READONLY_CHANGED.name());
            assertThat(v.path()).isEqualTo("layers[4].values.charts.podinfo.serviceType");
            assertThat(v.message()).contains("line 7, column 18").contains("the pack's default is 'ClusterIP'");
        });
    }

    @Test
    void aVariableMacroIsCheckedThroughTheVariablesDefaultAndOtherMacrosAreSkipped() {
        String values = DEFAULTS.replace("replicaCount: 1", "replicaCount: {{.spectro.var.replicas}}")
                .replace("namespace: podinfo", "namespace: '{{ .spectro.system.cluster.name }}'");
        ProfileVariable replicas = ProfileVariable.builder("replicas").format(VariableFormat.NUMBER)
                .defaultValue("20").build();
        assertThat(valuesViolations(values, replicas)).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(ViolationCode.VALUE_FORMAT_INVALID.name());
            assertThat(v.message()).contains("the default '20' of variable 'replicas'").contains("range 1-10");
        });
        ProfileVariable fine = ProfileVariable.builder("replicas").format(VariableFormat.NUMBER)
                .defaultValue("3").build();
        assertThat(valuesViolations(values, fine)).isEmpty();
        assertThat(valuesViolations(values, ProfileVariable.builder("replicas").build())).isEmpty();
    }

    @Test
    void aLayerWithoutValuesUsesThePacksDefaultsAndIsNotChecked() {
        assertThat(valuesViolations("")).isEmpty();
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aValueTooLongToMatchIsReportedAsUnchecked() {
        List<Violation> found = valuesViolations(DEFAULTS.replace("message: Hello", "message: " + "a".repeat(5000)));
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(ViolationCode.VALUE_FORMAT_UNCHECKED.name());
            assertThat(v.severity().name()).isEqualTo("WARNING");
        });
    }
}
