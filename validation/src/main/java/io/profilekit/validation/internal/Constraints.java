package io.profilekit.validation.internal;

import io.profilekit.Layer;
import io.profilekit.PackVersion;
import io.profilekit.ProfileKind;
import io.profilekit.registry.DependencyType;
import io.profilekit.registry.PackDependency;
import io.profilekit.registry.PackDescriptor;
import io.profilekit.rules.ViolationCode;

import java.util.Optional;

/**
 * How a pack constraint ({@code constraints.dependencies} of {@code pack.json}) is judged, in one
 * place: the validator's {@link DependencyRule} and the upgrade planner both ask here, so a plan
 * the planner makes is one the validator accepts. Internal: not part of ProfileKit's API.
 */
public final class Constraints {
    private Constraints() {
    }

    /**
     * Whether a layer is the other pack a dependency names: a pack from a registry (not a manifest)
     * of that name.
     *
     * @param layer the layer
     * @param dep the dependency
     * @return true if the dependency is judged against this layer
     */
    public static boolean meets(Layer layer, PackDependency dep) {
        return Layers.fromRegistry(layer) && layer.pack().name().equals(dep.packName());
    }

    /**
     * Whether a dependency is broken by the version of the other pack present.
     *
     * @param dep the dependency
     * @param other the other pack's resolved version
     * @return {@code DEPENDENCY_NOT_SUPPORTED} or {@code DEPENDENCY_VERSION_OUT_OF_RANGE} if broken;
     *     empty if met (an {@code upgrade} dependency is never judged)
     */
    public static Optional<ViolationCode> breach(PackDependency dep, PackVersion other) {
        if (dep.type() == DependencyType.UPGRADE) {
            return Optional.empty();
        }
        boolean admitted = dep.admits(other);
        if (dep.type() == DependencyType.NOT_SUPPORTED) {
            return admitted ? Optional.of(ViolationCode.DEPENDENCY_NOT_SUPPORTED) : Optional.empty();
        }
        return admitted ? Optional.empty() : Optional.of(ViolationCode.DEPENDENCY_VERSION_OUT_OF_RANGE);
    }

    /**
     * Whether a dependency whose pack is absent is broken (DEPENDENCY_MISSING): a required one is,
     * unless it names a core layer and an add-on or system profile is judged alone (the cluster's
     * base provides its core layers, and a stack check judges it there).
     *
     * @param dep the dependency
     * @param inStack whether the profile is judged as part of a cluster stack
     * @param kind the kind of the profile holding the constrained pack
     * @return true if the absence breaks it
     */
    public static boolean missing(PackDependency dep, boolean inStack, ProfileKind kind) {
        if (dep.type() != DependencyType.REQUIRED) {
            return false;
        }
        return inStack || !dep.layer().isCore() || !kind.requiredLayers().isEmpty();
    }

    /**
     * What a constraint demands, in words, e.g. {@code cni-calico 3.29.2 supports only kubernetes
     * (k8s) <= 1.32}.
     *
     * @param source the constrained pack
     * @param dep its dependency
     * @return the sentence
     */
    public static String sentence(PackDescriptor source, PackDependency dep) {
        String self = source.name() + " " + source.version();
        String other = dep.packName() + " (" + dep.layer().wireName() + ") " + dep.rangeText();
        switch (dep.type()) {
            case NOT_SUPPORTED:
                return self + " does not support " + other;
            case REQUIRED:
                return self + " requires " + other;
            case OPTIONAL:
                return self + " supports only " + other;
            default:
                return self + " names " + other + " for upgrades";
        }
    }
}
