package io.profilekit;

import java.util.List;
import java.util.Optional;

/**
 * A Palette cluster profile: a named, versioned stack of layers for one cloud.
 *
 * <p>Sealed: the implementations are ProfileKit's own immutable, thread-safe value types. Today
 * that is {@link InfrastructureProfile}; add-on and full profiles will join it. Use a
 * {@code switch} or {@code instanceof} over the implementations when you need the specific type.
 *
 * <pre>{@code
 * ClusterProfile profile = InfrastructureProfile.builder()
 *     .name("aws-prod-base").cloud(CloudType.AWS)
 *     .os("ubuntu-aws", "22.04").kubernetes("kubernetes", "1.33.x")
 *     .network("cni-calico", "3.31.2").storage("csi-aws-ebs", "1.46.0")
 *     .build();
 * profile.layers().size();   // 4
 * }</pre>
 */
public sealed interface ClusterProfile permits InfrastructureProfile {

    /**
     * The profile's name, which groups all its versions.
     *
     * @return the name
     */
    String name();

    /**
     * The profile's version.
     *
     * @return the version; {@link ProfileVersion#DEFAULT} unless set
     */
    ProfileVersion version();

    /**
     * The description.
     *
     * @return the description; empty unless set
     */
    String description();

    /**
     * The profile type.
     *
     * @return the type
     */
    ProfileType type();

    /**
     * The cloud the profile targets.
     *
     * @return the cloud type
     */
    CloudType cloud();

    /**
     * The profile's tags.
     *
     * @return the tags, possibly empty
     */
    Tags tags();

    /**
     * The layers, in the order they are held (for a built profile: OS, Kubernetes, network,
     * storage; for one read from a document: the document's order).
     *
     * @return an unmodifiable list
     */
    List<Layer> layers();

    /**
     * The first layer of the given type.
     *
     * @param type the layer type
     * @return the layer, or empty if the profile has none of that type
     */
    default Optional<Layer> layer(LayerType type) {
        return layers().stream().filter(l -> l.type() == type).findFirst();
    }
}
