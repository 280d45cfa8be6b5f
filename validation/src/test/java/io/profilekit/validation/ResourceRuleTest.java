package io.profilekit.validation;

import io.profilekit.AddOnProfile;
import io.profilekit.CloudType;
import io.profilekit.ClusterProfile;
import io.profilekit.LayerType;
import io.profilekit.registry.InMemoryPackRegistry;
import io.profilekit.registry.PackConstraints;
import io.profilekit.registry.PackDescriptor;
import io.profilekit.registry.PackPreset;
import io.profilekit.registry.ResourceComponent;
import io.profilekit.registry.ResourceRequirement;
import io.profilekit.registry.ResourceType;
import io.profilekit.rules.ValidationReport;
import io.profilekit.rules.Violation;
import io.profilekit.rules.ViolationCode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** Resource parameters are looked up in the layer's values with its chosen presets. */
class ResourceRuleTest {
    private static final PackDescriptor APP = PackDescriptor.builder("app", "1.0.0", LayerType.ADDON)
            .cloudTypes(CloudType.ALL)
            .values("app:\n  cpu: 100m\n  replicas: 2\n")
            .preset(new PackPreset("scale-out", "Scale out", "Size", "app:\n  workers: 4\n", List.of()))
            .preset(new PackPreset("single", "Single", "Mode", "", List.of("app.replicas")))
            .constraints(new PackConstraints(List.of(), List.of(new ResourceRequirement(ResourceType.CPU, 100,
                    List.of(new ResourceComponent("worker", "app.cpu", "app.replicas"),
                            new ResourceComponent("worker", "app.cpu", "app.workers"))))))
            .build();
    private static final ProfileValidator VALIDATOR = ProfileValidator.builder()
            .registry(InMemoryPackRegistry.builder("r").add(APP).build()).build();

    private static ValidationReport validate(Consumer<io.profilekit.Layer.Builder> layer) {
        ClusterProfile p = AddOnProfile.builder().name("p").cloud(CloudType.ALL).addOn("app", "1.0.0", layer).build();
        return VALIDATOR.validate(p);
    }

    private static List<Violation> resourceViolations(ValidationReport r) {
        return r.violations().stream().filter(v -> v.code().equals(ViolationCode.RESOURCE_PARAM_NOT_FOUND.name())).toList();
    }

    @Test
    void aReferenceOnlyAPresetAddsIsFoundWhenThePresetIsChosen() {
        assertThat(resourceViolations(validate(l -> l.presets(List.of("scale-out"))))).isEmpty();
        assertThat(resourceViolations(validate(l -> { }))).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("'app.workers'"));
    }

    @Test
    void aReferenceAChosenPresetRemovesIsMissing() {
        assertThat(resourceViolations(validate(l -> l.presets(List.of("scale-out", "single")))))
                .singleElement().satisfies(v -> {
                    assertThat(v.path()).isEqualTo("layers[0].values");
                    assertThat(v.message()).contains("'app.replicas'")
                            .contains("constraints.resources[0].components[0].replicaCountParamRef");
                    assertThat(v.hint()).contains("the pack's values.yaml sets it to 2");
                });
    }

    @Test
    void theLayersOwnValuesAreReadWhenItGivesThem() {
        assertThat(resourceViolations(validate(l -> l.values("app:\n  replicas: 1\n  workers: 1\n"))))
                .extracting(Violation::message).singleElement().asString().contains("'app.cpu'");
    }
}
