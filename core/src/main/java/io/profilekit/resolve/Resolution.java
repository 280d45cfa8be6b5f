package io.profilekit.resolve;

import io.profilekit.ClusterProfile;
import io.profilekit.internal.Checks;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of resolving a profile: the layers that resolved and every failure, so that all
 * problems are seen at once.
 *
 * @param profile the profile that was resolved
 * @param resolved the layers that resolved, in layer order (those that failed are missing)
 * @param failures every layer that failed, in layer order
 */
public record Resolution(ClusterProfile profile, List<ResolvedLayer> resolved, List<ResolutionFailure> failures) {
    /**
     * Creates an outcome.
     *
     * @param profile the profile that was resolved
     * @param resolved the layers that resolved, in layer order (those that failed are missing)
     * @param failures every layer that failed, in layer order
     * @throws NullPointerException if any component or element is null
     */
    public Resolution {
        Checks.notNull(profile, "profile");
        resolved = Checks.copyNoNulls(resolved, "resolved");
        failures = Checks.copyNoNulls(failures, "failures");
    }

    /**
     * Whether every layer resolved.
     *
     * @return true if there are no failures
     */
    public boolean isComplete() {
        return failures.isEmpty();
    }

    /**
     * The resolved layer for the layer at an index.
     *
     * @param layerIndex the index in {@code profile.layers()}
     * @return the resolved layer, or empty if that layer failed
     */
    public Optional<ResolvedLayer> layer(int layerIndex) {
        return resolved.stream().filter(r -> r.index() == layerIndex).findFirst();
    }

    /**
     * The resolved profile.
     *
     * @return the resolved profile
     * @throws ProfileResolutionException listing every failure, if any layer failed
     */
    public ResolvedProfile toResolvedProfile() {
        if (!failures.isEmpty()) {
            throw new ProfileResolutionException(profile, failures);
        }
        return new ResolvedProfile(profile, resolved);
    }
}
