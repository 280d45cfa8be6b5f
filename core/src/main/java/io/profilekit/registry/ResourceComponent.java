package io.profilekit.registry;

import io.profilekit.internal.Checks;

/**
 * Where a resource requirement is read from the pack's values: the request and replica-count
 * parameters and the nodes they are scheduled on ({@code constraints.resources[].components[]}).
 *
 * @param scheduleType {@code all}, {@code control-plane} (older packs: {@code master}) or {@code worker}
 * @param resourceRequestParamRef dotted path of the request in the values, e.g.
 *     {@code charts.kubevious.ui.resources.requests.cpu}; may be empty
 * @param replicaCountParamRef dotted path of the replica count; may be empty
 */
public record ResourceComponent(String scheduleType, String resourceRequestParamRef, String replicaCountParamRef) {
    /**
     * Creates a component.
     *
     * @param scheduleType {@code all}, {@code control-plane} (older packs: {@code master}) or {@code worker}
     * @param resourceRequestParamRef dotted path of the request in the values, e.g. {@code charts.kubevious.ui.resources.requests.cpu}; may be empty
     * @param replicaCountParamRef dotted path of the replica count; may be empty
     * @throws NullPointerException if any component is null
     */
    public ResourceComponent {
        Checks.notNull(scheduleType, "scheduleType");
        Checks.notNull(resourceRequestParamRef, "resourceRequestParamRef");
        Checks.notNull(replicaCountParamRef, "replicaCountParamRef");
    }
}
