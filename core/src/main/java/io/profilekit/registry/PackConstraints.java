package io.profilekit.registry;

import io.profilekit.internal.Checks;

import java.util.List;

/**
 * What a pack demands of the profile it is in ({@code constraints} in {@code pack.json}).
 *
 * @param dependencies constraints on other packs
 * @param resources minimum resources
 */
public record PackConstraints(List<PackDependency> dependencies, List<ResourceRequirement> resources) {
    /** No constraints. */
    public static final PackConstraints NONE = new PackConstraints(List.of(), List.of());

    /**
     * Creates constraints.
     *
     * @param dependencies constraints on other packs
     * @param resources minimum resources
     * @throws NullPointerException if a list or an element is null
     */
    public PackConstraints {
        dependencies = Checks.copyNoNulls(dependencies, "dependencies");
        resources = Checks.copyNoNulls(resources, "resources");
    }

    /**
     * Whether there are no constraints at all.
     *
     * @return true if both lists are empty
     */
    public boolean isEmpty() {
        return dependencies.isEmpty() && resources.isEmpty();
    }
}
