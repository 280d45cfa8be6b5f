package io.profilekit.resolve;

import io.profilekit.ClusterProfile;
import io.profilekit.internal.Checks;

import java.util.AbstractList;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;

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
        resolved = InLayerOrder.of(Checks.copyNoNulls(resolved, "resolved"));
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
        if (resolved instanceof InLayerOrder) {
            // Indexes strictly increase (the resolver's order): a binary search, which keeps rules
            // that look up every layer linear in a profile's size.
            return ((InLayerOrder) resolved).find(layerIndex);
        }
        for (ResolvedLayer r : resolved) {
            if (r.index() == layerIndex) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /**
     * The resolved layers when their indexes strictly increase, as the resolver gives them:
     * immutable, and searched by index.
     */
    private static final class InLayerOrder extends AbstractList<ResolvedLayer> implements RandomAccess {
        private final ResolvedLayer[] layers;

        private InLayerOrder(ResolvedLayer[] layers) {
            this.layers = layers;
        }

        /** The list as this type if its indexes strictly increase, else as it is. */
        static List<ResolvedLayer> of(List<ResolvedLayer> list) {
            for (int i = 1; i < list.size(); i++) {
                if (list.get(i - 1).index() >= list.get(i).index()) {
                    return list;
                }
            }
            return new InLayerOrder(list.toArray(new ResolvedLayer[0]));
        }

        Optional<ResolvedLayer> find(int layerIndex) {
            int lo = 0;
            int hi = layers.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int at = layers[mid].index();
                if (at == layerIndex) {
                    return Optional.of(layers[mid]);
                }
                if (at < layerIndex) {
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return Optional.empty();
        }

        @Override
        public ResolvedLayer get(int index) {
            return layers[index];
        }

        @Override
        public int size() {
            return layers.length;
        }
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
