package io.profilekit.registry;

import io.profilekit.internal.Checks;

import java.util.List;

/**
 * A minimum resource a pack needs ({@code constraints.resources[]}).
 *
 * @param type cpu (millicores), memory (MiB) or diskSize (GB)
 * @param minLimit the minimum, in the type's unit; ignored by Palette when components are given
 * @param components where the requirement is computed from (request × replicas), possibly empty
 */
public record ResourceRequirement(ResourceType type, long minLimit, List<ResourceComponent> components) {
    /**
     * Creates a requirement.
     *
     * @param type cpu (millicores), memory (MiB) or diskSize (GB)
     * @param minLimit the minimum, in the type's unit; ignored by Palette when components are given
     * @param components where the requirement is computed from (request × replicas), possibly empty
     * @throws NullPointerException if {@code type} or {@code components} (or an element) is null
     */
    public ResourceRequirement {
        Checks.notNull(type, "type");
        components = Checks.copyNoNulls(components, "components");
    }

    /**
     * A requirement with a minimum and no components.
     *
     * @param type the resource
     * @param minLimit the minimum in the type's unit
     * @return the requirement
     */
    public static ResourceRequirement of(ResourceType type, long minLimit) {
        return new ResourceRequirement(type, minLimit, List.of());
    }
}
