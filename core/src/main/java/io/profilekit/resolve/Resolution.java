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
     * searched by index, and otherwise the list {@code List.copyOf} would give — every mutator
     * throws, even one that would change nothing, {@code null} is refused by the searches, and it
     * serializes as such a list.
     */
    private static final class InLayerOrder extends AbstractList<ResolvedLayer>
            implements RandomAccess, java.io.Serializable {
        private static final long serialVersionUID = 1L;
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

        @Override
        public java.util.Iterator<ResolvedLayer> iterator() {
            return listIterator(0);
        }

        @Override
        public java.util.ListIterator<ResolvedLayer> listIterator() {
            return listIterator(0);
        }

        @Override
        public java.util.ListIterator<ResolvedLayer> listIterator(int index) {
            return java.util.Collections.unmodifiableList(java.util.Arrays.asList(layers)).listIterator(index);
        }

        @Override
        public boolean contains(Object o) {
            return indexOf(o) >= 0;
        }

        @Override
        public int indexOf(Object o) {
            java.util.Objects.requireNonNull(o);
            return super.indexOf(o);
        }

        @Override
        public int lastIndexOf(Object o) {
            java.util.Objects.requireNonNull(o);
            return super.lastIndexOf(o);
        }

        @Override
        public boolean add(ResolvedLayer e) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void add(int index, ResolvedLayer e) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean addAll(java.util.Collection<? extends ResolvedLayer> c) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean addAll(int index, java.util.Collection<? extends ResolvedLayer> c) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ResolvedLayer set(int index, ResolvedLayer e) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ResolvedLayer remove(int index) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean remove(Object o) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean removeAll(java.util.Collection<?> c) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean retainAll(java.util.Collection<?> c) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean removeIf(java.util.function.Predicate<? super ResolvedLayer> filter) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void replaceAll(java.util.function.UnaryOperator<ResolvedLayer> operator) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void sort(java.util.Comparator<? super ResolvedLayer> c) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void clear() {
            throw new UnsupportedOperationException();
        }

        @Override
        protected void removeRange(int fromIndex, int toIndex) {
            throw new UnsupportedOperationException();
        }

        /** Serialized as the list {@code List.copyOf} makes. */
        private Object writeReplace() {
            return List.of(layers);
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
