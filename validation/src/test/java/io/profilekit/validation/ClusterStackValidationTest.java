package io.profilekit.validation;

import io.profilekit.AddOnProfile;
import io.profilekit.CloudType;
import io.profilekit.ClusterProfile;
import io.profilekit.ClusterStack;
import io.profilekit.InfrastructureProfile;
import io.profilekit.Layer;
import io.profilekit.LayerType;
import io.profilekit.ProfileType;
import io.profilekit.ProfileVariable;
import io.profilekit.SystemProfile;
import io.profilekit.rules.Severity;
import io.profilekit.rules.ValidationReport;
import io.profilekit.rules.Violation;
import io.profilekit.rules.ViolationCode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cluster stack is validated as one: each profile's own checks under its label, and the checks
 * that look across profiles.
 */
class ClusterStackValidationTest {
    private static final ProfileValidator VALIDATOR = TestRegistry.validator();

    private static AddOnProfile.Builder observability() {
        return AddOnProfile.builder().name("observability");
    }

    private static Layer hello(String values) {
        return Layer.builder(LayerType.ADDON, "hello-universe", "1.3.1").values(values).build();
    }

    private static List<String> lines(ValidationReport report) {
        return report.violations().stream().map(v -> v.path() + " | " + v.code()).toList();
    }

    @Test
    void aValidBaseAndAddOnsGiveAnEmptyReport() {
        ClusterStack stack = ClusterStack.of(Samples.design().build(),
                observability().layer(hello("")).build(),
                AddOnProfile.builder().name("platform").cloud(CloudType.AWS)
                        .layer(Layer.builder(LayerType.ADDON, "crossplane", "2.3.0").build()).build(),
                SystemProfile.builder().name("system").manifest("namespaces",
                        m -> m.manifest("ns", "apiVersion: v1\nkind: Namespace\n")).build());

        ValidationReport report = VALIDATOR.validate(stack);

        assertThat(report.violations()).as(report.toString()).isEmpty();
        assertThat(report.subject()).isEqualTo("cluster stack 'aws-prod-base' 1.2.0 + 'observability' 1.0.0"
                + " + 'platform' 1.0.0 + 'system' 1.0.0");
    }

    @Test
    void anAddOnPacksConstraintOnKubernetesIsCheckedAgainstTheBase() {
        AddOnProfile platform = AddOnProfile.builder().name("platform")
                .layer(Layer.builder(LayerType.ADDON, "crossplane", "2.3.0").build()).build();
        InfrastructureProfile old = Samples.design().kubernetes("kubernetes", "1.30.10").build();

        // Alone, an add-on profile has no Kubernetes to check against, and is not blamed for it.
        assertThat(VALIDATOR.validate(platform).violations()).isEmpty();

        ValidationReport report = VALIDATOR.validate(ClusterStack.of(old, platform));

        assertThat(report.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("[platform].layers[0].pack.version");
            assertThat(v.code()).isEqualTo(ViolationCode.DEPENDENCY_VERSION_OUT_OF_RANGE.name());
            assertThat(v.message()).isEqualTo("crossplane 2.3.0 requires kubernetes (k8s) >= 1.31, but the cluster"
                    + " stack has kubernetes 1.30.10 at [aws-prod-base].layers[1]");
            assertThat(v.hint()).contains("use kubernetes >= 1.31");
        });
    }

    @Test
    void aRequiredPackMissingFromTheWholeStackIsReported() {
        AddOnProfile gitops = AddOnProfile.builder().name("gitops")
                .layer(Layer.builder(LayerType.ADDON, "argo-cd", "7.7.1").build()).build();

        ValidationReport report = VALIDATOR.validate(ClusterStack.of(Samples.design().build(), gitops));

        assertThat(report.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("[gitops].layers[0].pack.name");
            assertThat(v.message()).contains("which the cluster stack does not have");
        });
        // Met by another add-on profile of the stack.
        AddOnProfile certs = AddOnProfile.builder().name("certs")
                .layer(Layer.builder(LayerType.ADDON, "cert-manager", "v1.12.0").build()).build();
        assertThat(VALIDATOR.validate(ClusterStack.of(Samples.design().build(), gitops, certs)).violations()).isEmpty();
    }

    @Test
    void theSamePackInTwoProfilesNeedsDistinctDisplayNames() {
        InfrastructureProfile full = Samples.design().type(ProfileType.CLUSTER).layer(hello("")).build();

        ValidationReport report = VALIDATOR.validate(ClusterStack.of(full, observability().layer(hello("")).build()));

        assertThat(report.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("[observability].layers[0].pack.name");
            assertThat(v.code()).isEqualTo(ViolationCode.PACK_DUPLICATE.name());
            assertThat(v.message()).isEqualTo("pack 'hello-universe' is also at [aws-prod-base].layers[4], and neither"
                    + " has a display name");
        });
        // Palette asks for a display name on each copy.
        ClusterStack one = ClusterStack.of(full, observability()
                .layer(hello("pack:\n  spectrocloud.com/display-name: hello-observability\n")).build());
        assertThat(VALIDATOR.validate(one).violations()).singleElement()
                .satisfies(v -> assertThat(v.message()).endsWith("and the first has no display name"));
        InfrastructureProfile fullNamed = Samples.design().type(ProfileType.CLUSTER)
                .layer(hello("pack:\n  spectrocloud.com/display-name: hello-base\n")).build();
        ClusterStack both = ClusterStack.of(fullNamed, observability()
                .layer(hello("pack:\n  spectrocloud.com/display-name: hello-observability\n")).build());
        assertThat(VALIDATOR.validate(both).violations()).isEmpty();
    }

    @Test
    void oneVariableNameInTwoProfilesIsReportedAtTheLaterOne() {
        ProfileVariable replicas = ProfileVariable.builder("replicas").displayName("Replicas").defaultValue("1").build();
        String uses = "manifests:\n  hello-universe:\n    replicas: '{{.spectro.var.replicas}}'\n";
        InfrastructureProfile full = Samples.design().type(ProfileType.CLUSTER)
                .layer(hello("pack:\n  spectrocloud.com/display-name: base\n" + uses)).variable(replicas).build();
        AddOnProfile addOn = observability().layer(hello("pack:\n  spectrocloud.com/display-name: again\n" + uses))
                .variable(replicas).build();

        ValidationReport report = VALIDATOR.validate(ClusterStack.of(full, addOn));

        assertThat(lines(report)).containsExactly("[observability].variables[0].name | VARIABLE_NAME_DUPLICATE");
        assertThat(report.violations().get(0).message()).contains("also declared by [aws-prod-base].variables[0]");
    }

    @Test
    void aPackMacroMayNameAPackOfAnyProfileOfTheStack() {
        AddOnProfile addOn = observability().layer(hello("k8s:\n  version: \"{{ .spectro.pack.kubernetes.version }}\"\n"))
                .build();

        assertThat(lines(VALIDATOR.validate(addOn))).containsExactly("layers[0].values.k8s.version | MACRO_PACK_UNKNOWN");
        assertThat(VALIDATOR.validate(ClusterStack.of(Samples.design().build(), addOn)).violations()).isEmpty();
    }

    @Test
    void eachProfilesOwnChecksRunUnderItsLabel() {
        ClusterProfile broken = observability().cloud(CloudType.AWS)
                .layer(Samples.design().build().layers().get(1))
                .layer(Layer.builder(LayerType.ADDON, "hello-univers", "1.3.1").build()).build();
        ClusterProfile twin = observability().layer(hello("")).build();

        ValidationReport report = VALIDATOR.validate(ClusterStack.of(Samples.design().build(), broken, twin));

        assertThat(lines(report)).containsExactly(
                "[observability#2].layers[0] | LAYER_CORE_IN_ADD_ON",
                "[observability#2].layers[1].pack.name | PACK_NOT_FOUND");
        assertThat(report.isValid()).isFalse();
    }

    @Test
    void anAddOnProfileForAnotherCloudAndSeverityOverridesApplyToStacks() {
        ClusterStack stack = ClusterStack.of(Samples.design().build(),
                observability().cloud(CloudType.AZURE).layer(hello("")).build());
        ProfileValidator lenient = ProfileValidator.builder().registry(TestRegistry.registry()).clock(TestRegistry.CLOCK)
                .severity(ViolationCode.STACK_CLOUD_MISMATCH, Severity.WARNING).build();

        assertThat(lines(VALIDATOR.validate(stack))).containsExactly("[observability].cloud | STACK_CLOUD_MISMATCH");
        assertThat(lenient.validate(stack).warnings()).extracting(Violation::code)
                .containsExactly(ViolationCode.STACK_CLOUD_MISMATCH.name());
        assertThat(lenient.validate(stack).isValid()).isTrue();
    }

    @Test
    void aLayerWithoutATypeTakesItsPacksOwn() {
        AddOnProfile addOn = observability()
                .layer(Layer.builder(LayerType.UNSPECIFIED, "hello-universe", "1.3.1").build()).build();
        AddOnProfile core = observability().cloud(CloudType.AWS)
                .layer(Layer.builder(LayerType.UNSPECIFIED, "kubernetes", "1.33.6").build()).build();

        assertThat(VALIDATOR.validate(addOn).violations()).isEmpty();
        assertThat(lines(VALIDATOR.validate(core))).containsExactly("layers[0] | LAYER_CORE_IN_ADD_ON");
    }

    @Test
    void aDidYouMeanHintNotesANameThatMixesScripts() {
        InfrastructureProfile lookalike = Samples.design().network("cni-c\u0430lico", "3.31.2").build();

        Violation v = VALIDATOR.validate(lookalike).violations().get(0);

        assertThat(v.code()).isEqualTo(ViolationCode.PACK_NOT_FOUND.name());
        assertThat(v.hint()).contains("did you mean cni-calico?")
                .contains("note: 'cni-c\u0430lico' mixes Latin and Cyrillic (\u0430 U+0430)");
    }
}
