package io.profilekit.registry;

import io.profilekit.CloudType;
import io.profilekit.LayerType;
import io.profilekit.internal.Checks;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A search over a registry's packs: by layer, by supported cloud and by part of the name. Each
 * criterion left unset matches everything. Immutable.
 *
 * <pre>{@code
 * registry.find(PackQuery.all().layer(LayerType.NETWORK).cloud(CloudType.AWS));
 * }</pre>
 */
public final class PackQuery {
    private static final PackQuery ALL = new PackQuery(null, null, null);

    private final LayerType layer;
    private final CloudType cloud;
    private final String nameContains;

    private PackQuery(LayerType layer, CloudType cloud, String nameContains) {
        this.layer = layer;
        this.cloud = cloud;
        this.nameContains = nameContains;
    }

    /**
     * A query that matches every pack.
     *
     * @return the query
     */
    public static PackQuery all() {
        return ALL;
    }

    /**
     * This query, restricted to one layer.
     *
     * @param layerType the layer
     * @return a new query
     */
    public PackQuery layer(LayerType layerType) {
        return new PackQuery(Checks.notNull(layerType, "layer"), cloud, nameContains);
    }

    /**
     * This query, restricted to packs that support a cloud (listing it or {@code all}).
     *
     * @param cloudType the cloud
     * @return a new query
     */
    public PackQuery cloud(CloudType cloudType) {
        return new PackQuery(layer, Checks.notNull(cloudType, "cloud"), nameContains);
    }

    /**
     * This query, restricted to names containing the text (case-insensitive).
     *
     * @param text part of a name
     * @return a new query
     */
    public PackQuery nameContains(String text) {
        return new PackQuery(layer, cloud, Checks.notNull(text, "nameContains").toLowerCase(Locale.ROOT));
    }

    /**
     * The layer criterion.
     *
     * @return the layer, or empty
     */
    public Optional<LayerType> layer() {
        return Optional.ofNullable(layer);
    }

    /**
     * The cloud criterion.
     *
     * @return the cloud, or empty
     */
    public Optional<CloudType> cloud() {
        return Optional.ofNullable(cloud);
    }

    /**
     * The name criterion, lower-cased.
     *
     * @return the text, or empty
     */
    public Optional<String> nameContains() {
        return Optional.ofNullable(nameContains);
    }

    /**
     * Whether a pack meets every criterion.
     *
     * @param pack the pack
     * @return true if it matches
     */
    public boolean test(PackDescriptor pack) {
        return (layer == null || pack.layer() == layer)
                && (cloud == null || pack.supportsCloud(cloud))
                && (nameContains == null || pack.name().toLowerCase(Locale.ROOT).contains(nameContains));
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PackQuery)) {
            return false;
        }
        PackQuery q = (PackQuery) o;
        return layer == q.layer && Objects.equals(cloud, q.cloud) && Objects.equals(nameContains, q.nameContains);
    }

    @Override
    public int hashCode() {
        return Objects.hash(layer, cloud, nameContains);
    }

    @Override
    public String toString() {
        return "PackQuery[layer=" + layer + ", cloud=" + cloud + ", nameContains=" + nameContains + "]";
    }
}
