package io.profilekit.resolve;

import io.profilekit.AddOnProfile;
import io.profilekit.CloudType;
import io.profilekit.ClusterProfile;
import io.profilekit.LayerType;
import io.profilekit.registry.InMemoryPackRegistry;
import io.profilekit.registry.PackConstraints;
import io.profilekit.registry.PackDescriptor;
import io.profilekit.registry.ResourceComponent;
import io.profilekit.registry.ResourceRequirement;
import io.profilekit.registry.ResourceType;
import io.profilekit.registry.ScheduleType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

/** Resource needs summed from pack constraints, with requests and replicas read through a lookup. */
class ResourceNeedsTest {
    private static final PackDescriptor KUBEVIOUS = PackDescriptor.builder("kubevious", "1.0.10", LayerType.ADDON)
            .constraints(new PackConstraints(List.of(), List.of(
                    new ResourceRequirement(ResourceType.CPU, 512, List.of(
                            new ResourceComponent("worker", "ui.cpu", "ui.replicaCount"),
                            new ResourceComponent("worker", "mysql.cpu", ""),
                            new ResourceComponent("master", "agent.cpu", "agent.replicas"))),
                    new ResourceRequirement(ResourceType.MEMORY, 1636, List.of(
                            new ResourceComponent("all", "ui.memory", "ui.replicaCount"))))))
            .build();
    private static final PackDescriptor OPERATOR = PackDescriptor.builder("crossplane", "2.3.0", LayerType.ADDON)
            .constraints(new PackConstraints(List.of(), List.of(ResourceRequirement.of(ResourceType.CPU, 100),
                    ResourceRequirement.of(ResourceType.MEMORY, 256), ResourceRequirement.of(ResourceType.DISK_SIZE, 20))))
            .build();

    private static ResolvedProfile resolved() {
        ClusterProfile profile = AddOnProfile.builder().name("p").cloud(CloudType.ALL)
                .addOn("kubevious", "1.0.10").addOn("crossplane", "2.3.0").build();
        return ProfileResolver.of(InMemoryPackRegistry.builder("r").add(KUBEVIOUS).add(OPERATOR).build()).resolve(profile);
    }

    @Test
    void requestsTimesReplicasAreSummedPerScheduleTypeAndMinLimitsWithoutComponentsCountForAll() {
        Map<String, String> values = Map.of("ui.cpu", "100m", "ui.replicaCount", "3", "mysql.cpu", "0.25",
                "agent.cpu", "\"1\"", "agent.replicas", "2", "ui.memory", "200Mi");
        ResourceNeeds needs = ResourceNeeds.of(resolved(), (layer, path) -> Optional.ofNullable(values.get(path)));

        assertThat(needs.problems()).isEmpty();
        assertThat(needs.total(ScheduleType.WORKER, ResourceType.CPU)).isEqualTo(3 * 100 + 250);
        assertThat(needs.total(ScheduleType.CONTROL_PLANE, ResourceType.CPU)).isEqualTo(2 * 1000);
        assertThat(needs.total(ScheduleType.ALL, ResourceType.CPU)).isEqualTo(100);
        assertThat(needs.total(ScheduleType.ALL, ResourceType.MEMORY)).isEqualTo(3 * 200 + 256);
        assertThat(needs.total(ScheduleType.ALL, ResourceType.DISK_SIZE)).isEqualTo(20);
        assertThat(needs.totals().get(ScheduleType.WORKER).get(ResourceType.MEMORY)).isZero();
        assertThat(needs.needs().get(0)).isEqualTo(new ResourceNeeds.Need(0, "kubevious", ResourceType.CPU,
                ScheduleType.WORKER, 300, "ui.cpu × ui.replicaCount"));
    }

    @Test
    void referencesTheValuesLackAreProblemsAndLeftOutOfTheTotals() {
        Map<String, String> values = Map.of("ui.cpu", "100m", "mysql.cpu", "lots", "agent.cpu", "1", "ui.memory", "1Gi");
        ResourceNeeds needs = ResourceNeeds.of(resolved(), (layer, path) -> Optional.ofNullable(values.get(path)));

        assertThat(needs.problems()).extracting(ResourceNeeds.Problem::path)
                .containsExactly("ui.replicaCount", "mysql.cpu", "agent.replicas", "ui.replicaCount");
        ResourceNeeds.Problem first = needs.problems().get(0);
        assertThat(first.missing()).isTrue();
        assertThat(first.field()).isEqualTo("constraints.resources[0].components[0].replicaCountParamRef");
        assertThat(first.message()).isEqualTo("kubevious 1.0.10: the values have no ui.replicaCount "
                + "(constraints.resources[0].components[0].replicaCountParamRef)");
        assertThat(needs.problems().get(1).missing()).isFalse();
        assertThat(needs.problems().get(1).message()).contains("the value 'lots' at mysql.cpu is not a quantity");
        // a missing replica count counts one replica; an unreadable request counts nothing
        assertThat(needs.total(ScheduleType.WORKER, ResourceType.CPU)).isEqualTo(100);
        assertThat(needs.total(ScheduleType.ALL, ResourceType.MEMORY)).isEqualTo(1024 + 256);
    }

    @Test
    void quantitiesAreReadAsKubernetesWritesThem() {
        assertThat(ResourceNeeds.quantity(ResourceType.CPU, "250m")).hasValue(250);
        assertThat(ResourceNeeds.quantity(ResourceType.CPU, "1.5")).hasValue(1500);
        assertThat(ResourceNeeds.quantity(ResourceType.CPU, "0.0001")).hasValue(1);
        assertThat(ResourceNeeds.quantity(ResourceType.MEMORY, "512Mi")).hasValue(512);
        assertThat(ResourceNeeds.quantity(ResourceType.MEMORY, "1Gi")).hasValue(1024);
        assertThat(ResourceNeeds.quantity(ResourceType.MEMORY, "128M")).hasValue(123);
        assertThat(ResourceNeeds.quantity(ResourceType.MEMORY, "1048576")).hasValue(1);
        assertThat(ResourceNeeds.quantity(ResourceType.DISK_SIZE, "20")).hasValue(20);
        assertThat(ResourceNeeds.quantity(ResourceType.DISK_SIZE, "20G")).hasValue(20);
        assertThat(ResourceNeeds.quantity(ResourceType.CPU, "a lot")).isEqualTo(OptionalLong.empty());
        assertThat(ResourceNeeds.quantity(ResourceType.CPU, "-1")).isEqualTo(OptionalLong.empty());
        assertThat(ResourceNeeds.quantity(ResourceType.CPU, "1x")).isEqualTo(OptionalLong.empty());
    }

    @Test
    void scheduleTypesReadMasterAsControlPlane() {
        assertThat(ScheduleType.fromWireName("master")).contains(ScheduleType.CONTROL_PLANE);
        assertThat(ScheduleType.fromWireName("control-plane")).contains(ScheduleType.CONTROL_PLANE);
        assertThat(ScheduleType.fromWireName("nodes")).isEmpty();
    }
}
