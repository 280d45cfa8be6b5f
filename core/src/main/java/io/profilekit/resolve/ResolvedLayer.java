package io.profilekit.resolve;

import io.profilekit.Layer;
import io.profilekit.PackType;
import io.profilekit.PackVersion;
import io.profilekit.RegistryRef;
import io.profilekit.VersionSelector;
import io.profilekit.internal.Checks;
import io.profilekit.registry.PackDescriptor;

import java.util.Objects;
import java.util.Optional;

/**
 * A layer pinned to one exact pack version from one registry.
 */
public final class ResolvedLayer {
    private final int index;
    private final Layer layer;
    private final PackDescriptor pack;
    private final String registryId;
    private final String registryName;
    private final String registryUid;

    ResolvedLayer(int index, Layer layer, PackDescriptor pack, String registryId, String registryName,
                  String registryUid) {
        this.index = index;
        this.layer = Checks.notNull(layer, "layer");
        this.pack = pack;
        this.registryId = registryId;
        this.registryName = registryName;
        this.registryUid = registryUid;
    }

    /**
     * The layer's index in the profile.
     *
     * @return the index
     */
    public int index() {
        return index;
    }

    /**
     * The layer as written in the profile (with its original selector).
     *
     * @return the layer
     */
    public Layer layer() {
        return layer;
    }

    /**
     * The pack version chosen.
     *
     * @return the descriptor, or empty for a {@linkplain PackType#MANIFEST manifest} layer,
     *     which comes from no registry
     */
    public Optional<PackDescriptor> pack() {
        return Optional.ofNullable(pack);
    }

    /**
     * The exact version chosen.
     *
     * @return the version, or empty for a manifest layer
     */
    public Optional<PackVersion> version() {
        return pack().map(PackDescriptor::version);
    }

    /**
     * The id of the registry the pack came from.
     *
     * @return the id, or empty for a manifest layer
     */
    public Optional<String> registryId() {
        return Optional.ofNullable(registryId);
    }

    /**
     * The name of the registry the pack came from.
     *
     * @return the name, or empty for a manifest layer
     */
    public Optional<String> registryName() {
        return Optional.ofNullable(registryName);
    }

    /**
     * The Palette uid of the registry the pack came from, if it has one.
     *
     * @return the uid, or empty
     */
    public Optional<String> registryUid() {
        return Optional.ofNullable(registryUid);
    }

    /**
     * The layer with its selector replaced by the exact version chosen, its registry named when the
     * layer named none (by uid and name when the registry has a uid, else by name; a registry the
     * layer names is kept as given, metadata included, and gains the registry's uid if it had
     * none), and its type learned from the pack
     * when the layer did not give one ({@link io.profilekit.LayerType#UNSPECIFIED}).
     *
     * @return the pinned layer; the layer unchanged for a manifest layer
     */
    public Layer pinned() {
        if (pack == null) {
            return layer;
        }
        RegistryRef ref = layer.pack().registry()
                .map(named -> named.uid().isPresent() || registryUid == null ? named : named.withUid(registryUid))
                .orElseGet(() -> registryUid != null ? RegistryRef.of(registryUid, registryName)
                        : RegistryRef.byName(registryName));
        Layer.Builder b = layer.type() == io.profilekit.LayerType.UNSPECIFIED
                ? Layer.builder(pack.layer(), layer.pack()).values(layer.values()).presets(layer.presets())
                        .manifests(layer.manifests())
                : layer.toBuilder();
        return b.pack(layer.pack().withVersion(VersionSelector.exact(pack.version())).withRegistry(ref)).build();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ResolvedLayer)) {
            return false;
        }
        ResolvedLayer r = (ResolvedLayer) o;
        return index == r.index && layer.equals(r.layer) && Objects.equals(pack, r.pack)
                && Objects.equals(registryId, r.registryId) && Objects.equals(registryName, r.registryName)
                && Objects.equals(registryUid, r.registryUid);
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, layer, pack, registryId);
    }

    @Override
    public String toString() {
        return pack == null ? layer.toString()
                : layer.type() + " " + pack.name() + " " + pack.version() + " (from " + layer.pack().version()
                + " @" + registryId + ")";
    }
}
