package io.profilekit;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a kind of profile allows, stated once: its name in ProfileKit's documents, the Palette
 * profile types it is, the layers it must and may hold, and whether it may target every cloud.
 * Document readers and writers, the validator and the command line read these facts from here,
 * so a kind is added in one place.
 *
 * <table>
 *   <caption>The kinds</caption>
 *   <tr><th>kind</th><th>Palette types</th><th>layers</th><th>cloud {@code all}</th></tr>
 *   <tr><td>{@link #INFRASTRUCTURE}</td><td>{@code infra}; {@code cluster} (Full) with add-ons</td>
 *       <td>OS, Kubernetes, network and storage, then any add-ons</td><td>no</td></tr>
 *   <tr><td>{@link #ADD_ON}</td><td>{@code add-on}</td><td>add-ons only</td><td>yes</td></tr>
 *   <tr><td>{@link #SYSTEM}</td><td>{@code system}</td><td>add-ons only (typically manifests)</td><td>yes</td></tr>
 * </table>
 *
 * <pre>{@code
 * ProfileKind.of(ProfileType.CLUSTER);            // INFRASTRUCTURE
 * ProfileKind.ADD_ON.allowedLayers();             // [ADDON]
 * ClusterProfile.Builder b = ProfileKind.ADD_ON.builder().name("observability");
 * }</pre>
 */
public enum ProfileKind {
    /**
     * An {@link InfrastructureProfile}: the four core layers, and with add-on layers Palette's Full
     * profile (type {@code cluster}).
     */
    INFRASTRUCTURE("InfrastructureProfile", List.of(ProfileType.INFRA, ProfileType.CLUSTER), LayerType.core(),
            EnumSet.allOf(LayerType.class), false),
    /** An {@link AddOnProfile}: add-on layers only, for any cloud or every cloud ({@code all}). */
    ADD_ON("AddOnProfile", List.of(ProfileType.ADD_ON), List.of(), EnumSet.of(LayerType.ADDON), true),
    /** A {@link SystemProfile}: add-on layers only, usually manifests, usually for every cloud. */
    SYSTEM("SystemProfile", List.of(ProfileType.SYSTEM), List.of(), EnumSet.of(LayerType.ADDON), true);

    private final String documentKind;
    private final List<ProfileType> types;
    private final List<LayerType> requiredLayers;
    private final Set<LayerType> allowedLayers;
    private final boolean allowsCloudAll;

    ProfileKind(String documentKind, List<ProfileType> types, List<LayerType> requiredLayers,
                Set<LayerType> allowedLayers, boolean allowsCloudAll) {
        this.documentKind = documentKind;
        this.types = types;
        this.requiredLayers = requiredLayers;
        this.allowedLayers = Set.copyOf(allowedLayers);
        this.allowsCloudAll = allowsCloudAll;
    }

    /**
     * The kind's name in ProfileKit's YAML ({@code kind:}).
     *
     * @return e.g. {@code "AddOnProfile"}
     */
    public String documentKind() {
        return documentKind;
    }

    /**
     * The Palette profile types of this kind, the usual one first.
     *
     * @return e.g. {@code [infra, cluster]}
     */
    public List<ProfileType> types() {
        return types;
    }

    /**
     * The layers a profile of this kind must hold, once each, in stacking order.
     *
     * @return the four core layers, or none
     */
    public List<LayerType> requiredLayers() {
        return requiredLayers;
    }

    /**
     * The layers a profile of this kind may hold. A layer not yet known ({@link LayerType#UNSPECIFIED})
     * is allowed where any layer is.
     *
     * @return an unmodifiable set
     */
    public Set<LayerType> allowedLayers() {
        return allowedLayers;
    }

    /**
     * Whether a profile of this kind may target every cloud ({@link CloudType#ALL}).
     *
     * @return true for add-on and system profiles
     */
    public boolean allowsCloudAll() {
        return allowsCloudAll;
    }

    /**
     * The type a profile of this kind has unless another is set: for an infrastructure profile,
     * {@code cluster} when it holds an add-on layer and {@code infra} otherwise.
     *
     * @param layers the profile's layers
     * @return the type
     */
    public ProfileType defaultType(List<Layer> layers) {
        Objects.requireNonNull(layers, "layers");
        if (this == INFRASTRUCTURE && layers.stream().anyMatch(l -> l.type() == LayerType.ADDON)) {
            return ProfileType.CLUSTER;
        }
        return types.get(0);
    }

    /**
     * A new, empty builder of a profile of this kind.
     *
     * @return a builder
     */
    public ClusterProfile.Builder builder() {
        switch (this) {
            case INFRASTRUCTURE:
                return InfrastructureProfile.builder();
            case ADD_ON:
                return AddOnProfile.builder();
            default:
                return SystemProfile.builder();
        }
    }

    /**
     * The kind whose profiles have a type.
     *
     * @param type a Palette profile type
     * @return {@code infra} and {@code cluster}: {@link #INFRASTRUCTURE}; {@code add-on}:
     *     {@link #ADD_ON}; {@code system}: {@link #SYSTEM}
     */
    public static ProfileKind of(ProfileType type) {
        Objects.requireNonNull(type, "type");
        return Arrays.stream(values()).filter(k -> k.types.contains(type)).findFirst().orElseThrow();
    }

    /**
     * The kind with a document name (exactly as written).
     *
     * @param documentKind e.g. {@code "AddOnProfile"}
     * @return the kind, or empty if no kind has that name
     */
    public static Optional<ProfileKind> fromDocumentKind(String documentKind) {
        Objects.requireNonNull(documentKind, "documentKind");
        return Arrays.stream(values()).filter(k -> k.documentKind.equals(documentKind)).findFirst();
    }
}
