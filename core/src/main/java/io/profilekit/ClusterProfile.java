package io.profilekit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A Palette cluster profile: a named, versioned stack of layers for one cloud.
 *
 * <p>Sealed: the implementations are ProfileKit's own immutable, thread-safe value types, one per
 * {@linkplain ProfileKind kind} — {@link InfrastructureProfile} (infra, and Full with add-ons),
 * {@link AddOnProfile} and {@link SystemProfile}. What each kind allows is stated by
 * {@link #kind()}. {@link #toBuilder()} gives a builder of the same kind for a changed copy, so
 * code that handles any profile never needs to cast.
 *
 * <pre>{@code
 * ClusterProfile profile = InfrastructureProfile.builder()
 *     .name("aws-prod-base").cloud(CloudType.AWS)
 *     .os("ubuntu-aws", "22.04").kubernetes("kubernetes", "1.33.x")
 *     .network("cni-calico", "3.31.2").storage("csi-aws-ebs", "1.46.0")
 *     .build();
 * profile.layers().size();                                    // 4
 * ClusterProfile next = profile.toBuilder().version("1.1.0").build();
 * }</pre>
 */
public sealed interface ClusterProfile permits InfrastructureProfile, AddOnProfile, SystemProfile {

    /**
     * What kind of profile this is, and so which layers, types and clouds it allows.
     *
     * @return the kind
     */
    ProfileKind kind();

    /**
     * The profile's uid in Palette (each version of a profile has its own), as documents carry it.
     *
     * @return the uid, or empty if not known
     */
    Optional<String> uid();

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
     * The profile type: the one set, or else the {@linkplain ProfileKind#defaultType kind's default}
     * for the layers (an infrastructure profile with add-ons is {@code cluster}).
     *
     * @return the type
     */
    ProfileType type();

    /**
     * The cloud the profile targets.
     *
     * @return the cloud type; {@link CloudType#ALL}, Palette's default, unless given
     */
    CloudType cloud();

    /**
     * Whether the cloud was given, rather than left to Palette's default ({@code all}). Writers
     * leave an ungiven cloud out, and messages say it was not given.
     *
     * @return true if {@code cloud(...)} was set or a document named the cloud
     */
    boolean cloudGiven();

    /**
     * The profile's tags.
     *
     * @return the tags, possibly empty
     */
    Tags tags();

    /**
     * The layers, in the order they are held (for a built infrastructure profile: OS, Kubernetes,
     * network, storage, then add-ons in the order added; for one read from a document: the
     * document's order).
     *
     * @return an unmodifiable list
     */
    List<Layer> layers();

    /**
     * The profile variables (Palette's {@code spec.variables}).
     *
     * @return an unmodifiable list, possibly empty
     */
    List<ProfileVariable> variables();

    /**
     * A builder of the same kind holding this profile's parts.
     *
     * @return a new builder; changing it does not change this profile
     */
    Builder toBuilder();

    /**
     * The first layer of the given type.
     *
     * @param type the layer type
     * @return the layer, or empty if the profile has none of that type
     */
    default Optional<Layer> layer(LayerType type) {
        return layers().stream().filter(l -> l.type() == type).findFirst();
    }

    /**
     * The add-on layers (and layers whose type is not yet known), in order.
     *
     * @return an unmodifiable list, possibly empty
     */
    default List<Layer> addOns() {
        return layers().stream().filter(l -> !l.type().isCore()).toList();
    }

    /**
     * The variable with the given name.
     *
     * @param name the variable's name
     * @return the first variable of that name, or empty
     */
    default Optional<ProfileVariable> variable(String name) {
        return variables().stream().filter(v -> v.name().equals(name)).findFirst();
    }

    /**
     * The layers grouped as Palette installs them: each core layer on its own, in stacking order
     * (OS, Kubernetes, network, storage), then the add-ons by {@linkplain Layer#installPriority()
     * install priority}, lowest first (no priority counts as 0), those of equal priority together
     * in the profile's order. Palette installs a group once the one before it is ready, and
     * deletes in reverse.
     *
     * @return an unmodifiable list of non-empty groups
     */
    default List<List<Layer>> installOrder() {
        List<List<Layer>> groups = new ArrayList<>();
        for (LayerType core : LayerType.core()) {
            for (Layer l : layers()) {
                if (l.type() == core) {
                    groups.add(List.of(l));
                }
            }
        }
        TreeMap<Integer, List<Layer>> byPriority = new TreeMap<>();
        for (Layer l : addOns()) {
            byPriority.computeIfAbsent(l.installPriority().orElse(0), p -> new ArrayList<>()).add(l);
        }
        byPriority.values().forEach(g -> groups.add(List.copyOf(g)));
        return List.copyOf(groups);
    }

    /**
     * What every profile builder sets, whatever the kind: identity, metadata, tags, variables and
     * add-on layers. Setters reject null at once with a {@link NullPointerException} naming the
     * field. Each kind's builder returns its own type from these methods, and adds what only that
     * kind has (the core layers of an {@link InfrastructureProfile.Builder}). Not thread-safe; the
     * profiles it builds are.
     *
     * <pre>{@code
     * ClusterProfile.Builder b = profile.toBuilder();     // any kind, no cast
     * ClusterProfile next = b.version("1.1.0")
     *     .helm("nginx", "15.x", h -> h.registry("Bitnami"))
     *     .build();
     * }</pre>
     */
    interface Builder {
        /**
         * Sets the profile's Palette uid.
         *
         * @param profileUid the uid
         * @return this builder
         */
        Builder uid(String profileUid);

        /**
         * Sets the name (required).
         *
         * @param profileName e.g. {@code "aws-prod-base"}
         * @return this builder
         */
        Builder name(String profileName);

        /**
         * Sets the version, as written; the validator reports text that is not strict SemVer.
         *
         * @param profileVersion e.g. {@code "1.2.0"}
         * @return this builder
         */
        Builder version(String profileVersion);

        /**
         * Sets the version.
         *
         * @param profileVersion the version
         * @return this builder
         */
        Builder version(ProfileVersion profileVersion);

        /**
         * Sets the version to the next one after the version set so far (by default
         * {@link ProfileVersion#DEFAULT}): the new version of the same profile name that Palette
         * publishes a change as.
         *
         * <pre>{@code
         * profile.toBuilder().nextVersion(VersionBump.PATCH).build().version();   // 1.2.0 -> 1.2.1
         * }</pre>
         *
         * @param bump which part of the version to move
         * @return this builder
         * @throws IllegalStateException if the version set is not strict SemVer
         * @see ProfileVersion#next(VersionBump)
         */
        Builder nextVersion(VersionBump bump);

        /**
         * Sets the description.
         *
         * @param text the description
         * @return this builder
         */
        Builder description(String text);

        /**
         * Sets the profile type, instead of the kind's default for the layers.
         *
         * @param profileType the type
         * @return this builder
         */
        Builder type(ProfileType profileType);

        /**
         * Sets the cloud.
         *
         * @param cloudType e.g. {@link CloudType#AWS}
         * @return this builder
         */
        Builder cloud(CloudType cloudType);

        /**
         * Sets the cloud by wire name, including custom clouds such as {@code "nutanix"}.
         *
         * @param cloudName the cloud's name
         * @return this builder
         * @throws IllegalArgumentException if the name is blank
         */
        Builder cloud(String cloudName);

        /**
         * Adds a tag written {@code "key:value"} or {@code "key"}.
         *
         * @param tagText the tag
         * @return this builder
         * @throws IllegalArgumentException if a tag with the same key was already added
         */
        Builder tag(String tagText);

        /**
         * Adds a tag.
         *
         * @param t the tag
         * @return this builder
         * @throws IllegalArgumentException if a tag with the same key was already added
         */
        Builder tag(Tag t);

        /**
         * Replaces the tags.
         *
         * @param tagTexts tags written {@code "key:value"} or {@code "key"}
         * @return this builder
         * @throws IllegalArgumentException if two tags have the same key
         */
        Builder tags(String... tagTexts);

        /**
         * Replaces the tags.
         *
         * @param newTags the tags
         * @return this builder
         */
        Builder tags(Tags newTags);

        /**
         * Adds a profile variable.
         *
         * @param v the variable
         * @return this builder
         */
        Builder variable(ProfileVariable v);

        /**
         * Adds a profile variable, built in place.
         *
         * @param name the variable's name
         * @param customizer sets its display name, format, default…
         * @return this builder
         */
        Builder variable(String name, Consumer<ProfileVariable.Builder> customizer);

        /**
         * Replaces the profile variables.
         *
         * @param newVariables the variables
         * @return this builder
         */
        Builder variables(Collection<ProfileVariable> newVariables);

        /**
         * Appends a layer as given. Document readers use this to keep a document's order; the
         * validator reports layers that are out of order, doubled or not allowed in the kind.
         *
         * @param layer the layer
         * @return this builder
         */
        Builder layer(Layer layer);

        /**
         * Replaces all layers with the given ones, in the given order.
         *
         * @param newLayers the layers
         * @return this builder
         */
        Builder layers(Collection<Layer> newLayers);

        /**
         * Appends an add-on layer with a pack from a pack registry ({@code spectro}).
         *
         * @param packName e.g. {@code "prometheus-operator"}
         * @param selector e.g. {@code "65.x"}
         * @return this builder
         */
        Builder addOn(String packName, String selector);

        /**
         * Appends an add-on layer, customized.
         *
         * @param packName the pack
         * @param selector its versions
         * @param customizer sets values, presets, registry, pack type… on the layer's builder
         * @return this builder
         */
        Builder addOn(String packName, String selector, Consumer<Layer.Builder> customizer);

        /**
         * Appends an add-on layer with a Helm chart ({@code helm}).
         *
         * @param chartName e.g. {@code "nginx"}
         * @param selector e.g. {@code "15.x"}
         * @param customizer sets values, registry… on the layer's builder
         * @return this builder
         */
        Builder helm(String chartName, String selector, Consumer<Layer.Builder> customizer);

        /**
         * Appends an add-on layer with a pack from an OCI registry ({@code oci}).
         *
         * @param packName e.g. {@code "hello-universe"}
         * @param selector e.g. {@code "1.3.0"}
         * @param customizer sets values, registry… on the layer's builder
         * @return this builder
         */
        Builder oci(String packName, String selector, Consumer<Layer.Builder> customizer);

        /**
         * Appends an add-on layer of raw manifests ({@code manifest}: no version, no registry).
         *
         * <pre>{@code
         * builder.manifest("rbac", m -> m.manifest("read-only", rbacYaml))
         * }</pre>
         *
         * @param name the layer's name
         * @param customizer adds the manifests, and values if any
         * @return this builder
         */
        Builder manifest(String name, Consumer<Layer.Builder> customizer);

        /**
         * Builds the profile, checking its structure (a non-blank name, and the layers the kind
         * requires); every missing part is listed in one message. Whether Palette would accept the
         * profile is the validator's question.
         *
         * @return a new immutable profile
         * @throws IllegalStateException naming every missing part
         * @throws IllegalArgumentException if two tags have the same key (only tags set with
         *     {@link #tags(Tags)} from {@link Tags#copyOfAll(java.util.Collection)} can)
         */
        ClusterProfile build();

        /**
         * Builds the profile without structural checks. Document readers use this so that every
         * problem reaches the validator's report; tests use it for fixtures of broken profiles.
         *
         * @return a new immutable profile
         */
        ClusterProfile buildLenient();
    }
}
