package io.profilekit.resolve;

import io.profilekit.ClusterProfile;
import io.profilekit.Layer;
import io.profilekit.internal.Checks;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A profile with every layer pinned to one exact pack version and registry: what Palette's API
 * takes. Immutable and thread-safe.
 *
 * <pre>{@code
 * ResolvedProfile locked = ProfileResolver.of(PackRegistries.builtIn()).resolve(profile);
 * locked.layers().get(1).version();   // Optional[1.33.6] for "1.33.x"
 * locked.profile();                   // the profile with exact versions
 * }</pre>
 */
public final class ResolvedProfile {
    private final ClusterProfile source;
    private final List<ResolvedLayer> layers;
    private final ClusterProfile pinned;

    /**
     * A resolved profile from its source and its resolved layers, one per layer of the source.
     *
     * @param source the profile as written
     * @param layers the resolved layers, in the source's layer order
     * @throws NullPointerException if an argument or element is null
     * @throws IllegalArgumentException if the layers do not correspond to the source's layers
     */
    public ResolvedProfile(ClusterProfile source, List<ResolvedLayer> layers) {
        this.source = Checks.notNull(source, "source");
        this.layers = Checks.copyNoNulls(layers, "layers");
        if (this.layers.size() != source.layers().size()) {
            throw new IllegalArgumentException("expected " + source.layers().size() + " resolved layers, got "
                    + this.layers.size());
        }
        for (int i = 0; i < this.layers.size(); i++) {
            if (!this.layers.get(i).layer().equals(source.layers().get(i))) {
                throw new IllegalArgumentException("resolved layer " + i + " is not the source's layer " + i);
            }
        }
        this.pinned = pin(source, this.layers.stream().map(ResolvedLayer::pinned).collect(Collectors.toList()));
    }

    private static ClusterProfile pin(ClusterProfile source, List<Layer> pinnedLayers) {
        return source.toBuilder().layers(pinnedLayers).buildLenient();
    }

    /**
     * The profile as written, with its selectors.
     *
     * @return the source profile
     */
    public ClusterProfile source() {
        return source;
    }

    /**
     * The resolved layers, in the profile's layer order.
     *
     * @return an unmodifiable list
     */
    public List<ResolvedLayer> layers() {
        return layers;
    }

    /**
     * The profile with every selector replaced by the exact version chosen and every registry named.
     *
     * @return the pinned profile
     */
    public ClusterProfile profile() {
        return pinned;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResolvedProfile && ((ResolvedProfile) o).source.equals(source)
                && ((ResolvedProfile) o).layers.equals(layers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, layers);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ResolvedProfile ").append(source.name()).append(' ')
                .append(source.version());
        for (ResolvedLayer l : layers) {
            sb.append("\n  ").append(l);
        }
        return sb.toString();
    }
}
