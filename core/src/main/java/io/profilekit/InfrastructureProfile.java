package io.profilekit;

import io.profilekit.constraints.ValidClusterProfile;
import io.profilekit.internal.Checks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An infrastructure profile: operating system, Kubernetes, network (CNI) and storage (CSI), the
 * four core layers of a Palette cluster, for one cloud.
 *
 * <p>Immutable and thread-safe; {@link #toBuilder()} gives a builder for a changed copy.
 * {@link Builder#build()} checks structure only (a name, the four layers); whether Palette would
 * accept the profile — versions, packs, order, tags — is the validator's question.
 *
 * <pre>{@code
 * InfrastructureProfile profile = InfrastructureProfile.builder()
 *     .name("aws-prod-base")
 *     .version("1.2.0")                      // default 1.0.0
 *     .description("Production base for AWS")
 *     .cloud(CloudType.AWS)
 *     .tag("owner:platform").tag("env:prod")
 *     .os("ubuntu-aws", "22.04")
 *     .kubernetes("kubernetes", "1.33.x", k -> k.values("pack:\n  podCIDR: \"192.168.0.0/16\"\n"))
 *     .network("cni-calico", "3.31.2")
 *     .storage("csi-aws-ebs", "1.46.0")
 *     .build();
 * }</pre>
 *
 * <p>The class carries the Jakarta constraint {@link ValidClusterProfile}, so a Hibernate Validator
 * with {@code profilekit-validation} on the class path checks its fields (name, version, tags,
 * pack version selectors) wherever it meets one, for example in a {@code @Valid} request body.
 */
@ValidClusterProfile
public final class InfrastructureProfile implements ClusterProfile {
    private final String name;
    private final ProfileVersion version;
    private final String description;
    private final ProfileType type;
    private final CloudType cloud;
    private final Tags tags;
    private final List<Layer> layers;

    private InfrastructureProfile(Builder b) {
        this.name = b.name == null ? "" : b.name;
        this.version = b.version;
        this.description = b.description;
        this.type = b.type;
        this.cloud = b.cloud;
        this.tags = Tags.copyOf(b.tags);
        this.layers = List.copyOf(b.layers);
    }

    /**
     * A new, empty builder.
     *
     * @return a builder with version {@code 1.0.0}, type {@code infra} and cloud {@code all}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this profile's parts.
     *
     * @return a new builder; changing it does not change this profile
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.version = version;
        b.description = description;
        b.type = type;
        b.cloud = cloud;
        b.tags.addAll(tags.asList());
        b.layers.addAll(layers);
        return b;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ProfileVersion version() {
        return version;
    }

    @Override
    public String description() {
        return description;
    }

    /**
     * The profile type; {@link ProfileType#INFRA} unless set.
     *
     * @return the type
     */
    @Override
    public ProfileType type() {
        return type;
    }

    /**
     * The cloud; {@link CloudType#ALL} unless set (Palette's default, which only add-on profiles
     * may use, so the validator reports it on an infrastructure profile).
     *
     * @return the cloud type
     */
    @Override
    public CloudType cloud() {
        return cloud;
    }

    @Override
    public Tags tags() {
        return tags;
    }

    @Override
    public List<Layer> layers() {
        return layers;
    }

    /**
     * The operating system layer.
     *
     * @return the layer, or empty for a profile built leniently without one
     */
    public Optional<Layer> os() {
        return layer(LayerType.OS);
    }

    /**
     * The Kubernetes layer.
     *
     * @return the layer, or empty for a profile built leniently without one
     */
    public Optional<Layer> kubernetes() {
        return layer(LayerType.KUBERNETES);
    }

    /**
     * The network (CNI) layer.
     *
     * @return the layer, or empty for a profile built leniently without one
     */
    public Optional<Layer> network() {
        return layer(LayerType.NETWORK);
    }

    /**
     * The storage (CSI) layer.
     *
     * @return the layer, or empty for a profile built leniently without one
     */
    public Optional<Layer> storage() {
        return layer(LayerType.STORAGE);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof InfrastructureProfile)) {
            return false;
        }
        InfrastructureProfile other = (InfrastructureProfile) o;
        return name.equals(other.name) && version.equals(other.version) && description.equals(other.description)
                && type == other.type && cloud.equals(other.cloud) && tags.equals(other.tags)
                && layers.equals(other.layers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, version, description, type, cloud, tags, layers);
    }

    /**
     * A readable summary: name, version, type, cloud and tags, then one line per layer.
     *
     * @return e.g. {@code "InfrastructureProfile aws-prod-base 1.2.0 (infra, cloud aws, tags [env:prod])\n  os  ubuntu-aws 22.04\n…"}
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("InfrastructureProfile ").append(name).append(' ').append(version)
                .append(" (").append(type).append(", cloud ").append(cloud);
        if (!tags.isEmpty()) {
            sb.append(", tags ").append(tags);
        }
        sb.append(')');
        for (Layer layer : layers) {
            sb.append("\n  ").append(layer);
        }
        return sb.toString();
    }

    /**
     * Builds an {@link InfrastructureProfile}.
     *
     * <p>Setters reject null at once with a {@link NullPointerException} naming the field. The
     * layer setters ({@code os}, {@code kubernetes}, {@code network}, {@code storage}) set their
     * layer in its place — replacing an earlier one of the same type — so the profile always
     * lists OS, Kubernetes, network, storage in that order whatever order they were called in;
     * {@link #layer(Layer)} instead appends a layer as given (for document readers and for
     * fixtures of broken profiles). Not thread-safe; the profiles it builds are.
     */
    public static final class Builder {
        private String name;
        private ProfileVersion version = ProfileVersion.DEFAULT;
        private String description = "";
        private ProfileType type = ProfileType.INFRA;
        private CloudType cloud = CloudType.ALL;
        private final List<Tag> tags = new ArrayList<>();
        private final List<Layer> layers = new ArrayList<>();

        private Builder() {
        }

        /**
         * Sets the name (required).
         *
         * @param profileName e.g. {@code "aws-prod-base"}
         * @return this builder
         */
        public Builder name(String profileName) {
            this.name = Checks.notNull(profileName, "name");
            return this;
        }

        /**
         * Sets the version, as written; the validator reports text that is not strict SemVer.
         *
         * @param profileVersion e.g. {@code "1.2.0"}
         * @return this builder
         */
        public Builder version(String profileVersion) {
            this.version = ProfileVersion.of(Checks.notNull(profileVersion, "version"));
            return this;
        }

        /**
         * Sets the version.
         *
         * @param profileVersion the version
         * @return this builder
         */
        public Builder version(ProfileVersion profileVersion) {
            this.version = Checks.notNull(profileVersion, "version");
            return this;
        }

        /**
         * Sets the description.
         *
         * @param text the description
         * @return this builder
         */
        public Builder description(String text) {
            this.description = Checks.notNull(text, "description");
            return this;
        }

        /**
         * Sets the profile type (default {@link ProfileType#INFRA}).
         *
         * @param profileType the type
         * @return this builder
         */
        public Builder type(ProfileType profileType) {
            this.type = Checks.notNull(profileType, "type");
            return this;
        }

        /**
         * Sets the cloud.
         *
         * @param cloudType e.g. {@link CloudType#AWS}
         * @return this builder
         */
        public Builder cloud(CloudType cloudType) {
            this.cloud = Checks.notNull(cloudType, "cloud");
            return this;
        }

        /**
         * Sets the cloud by wire name, including custom clouds such as {@code "nutanix"}.
         *
         * @param cloudName the cloud's name
         * @return this builder
         * @throws IllegalArgumentException if the name is blank
         */
        public Builder cloud(String cloudName) {
            this.cloud = CloudType.of(Checks.notNull(cloudName, "cloud"));
            return this;
        }

        /**
         * Adds a tag written {@code "key:value"} or {@code "key"}.
         *
         * @param tagText the tag
         * @return this builder
         * @throws IllegalArgumentException if a tag with the same key was already added
         */
        public Builder tag(String tagText) {
            return tag(Tag.parse(Checks.notNull(tagText, "tags[" + tags.size() + "]")));
        }

        /**
         * Adds a tag.
         *
         * @param t the tag
         * @return this builder
         * @throws IllegalArgumentException if a tag with the same key was already added
         */
        public Builder tag(Tag t) {
            Checks.notNull(t, "tags[" + tags.size() + "]");
            for (int i = 0; i < tags.size(); i++) {
                if (tags.get(i).key().equals(t.key())) {
                    throw new IllegalArgumentException("tags[" + tags.size() + "]: tag key '" + t.key()
                            + "' is already set by tags[" + i + "] (" + tags.get(i) + "); each key may appear once");
                }
            }
            tags.add(t);
            return this;
        }

        /**
         * Replaces the tags.
         *
         * @param tagTexts tags written {@code "key:value"} or {@code "key"}
         * @return this builder
         * @throws IllegalArgumentException if two tags have the same key
         */
        public Builder tags(String... tagTexts) {
            return tags(Tags.of(tagTexts));
        }

        /**
         * Replaces the tags.
         *
         * @param newTags the tags
         * @return this builder
         */
        public Builder tags(Tags newTags) {
            Checks.notNull(newTags, "tags");
            tags.clear();
            tags.addAll(newTags.asList());
            return this;
        }

        /**
         * Sets the operating system layer.
         *
         * @param packName e.g. {@code "ubuntu-aws"}
         * @param selector e.g. {@code "22.04"}
         * @return this builder
         */
        public Builder os(String packName, String selector) {
            return os(packName, selector, l -> { });
        }

        /**
         * Sets the operating system layer, customized.
         *
         * @param packName the pack
         * @param selector its versions
         * @param customizer sets values, presets, registry… on the layer's builder
         * @return this builder
         */
        public Builder os(String packName, String selector, Consumer<Layer.Builder> customizer) {
            return slot(LayerType.OS, packName, selector, customizer);
        }

        /**
         * Sets the operating system layer.
         *
         * @param pack the pack
         * @return this builder
         */
        public Builder os(PackRef pack) {
            return slot(Layer.of(LayerType.OS, Checks.notNull(pack, "os")));
        }

        /**
         * Sets the Kubernetes layer.
         *
         * @param packName e.g. {@code "kubernetes"}
         * @param selector e.g. {@code "1.33.x"}
         * @return this builder
         */
        public Builder kubernetes(String packName, String selector) {
            return kubernetes(packName, selector, l -> { });
        }

        /**
         * Sets the Kubernetes layer, customized.
         *
         * @param packName the pack
         * @param selector its versions
         * @param customizer sets values, presets, registry… on the layer's builder
         * @return this builder
         */
        public Builder kubernetes(String packName, String selector, Consumer<Layer.Builder> customizer) {
            return slot(LayerType.KUBERNETES, packName, selector, customizer);
        }

        /**
         * Sets the Kubernetes layer.
         *
         * @param pack the pack
         * @return this builder
         */
        public Builder kubernetes(PackRef pack) {
            return slot(Layer.of(LayerType.KUBERNETES, Checks.notNull(pack, "kubernetes")));
        }

        /**
         * Sets the network (CNI) layer.
         *
         * @param packName e.g. {@code "cni-calico"}
         * @param selector e.g. {@code "3.31.2"}
         * @return this builder
         */
        public Builder network(String packName, String selector) {
            return network(packName, selector, l -> { });
        }

        /**
         * Sets the network (CNI) layer, customized.
         *
         * @param packName the pack
         * @param selector its versions
         * @param customizer sets values, presets, registry… on the layer's builder
         * @return this builder
         */
        public Builder network(String packName, String selector, Consumer<Layer.Builder> customizer) {
            return slot(LayerType.NETWORK, packName, selector, customizer);
        }

        /**
         * Sets the network (CNI) layer.
         *
         * @param pack the pack
         * @return this builder
         */
        public Builder network(PackRef pack) {
            return slot(Layer.of(LayerType.NETWORK, Checks.notNull(pack, "network")));
        }

        /**
         * Sets the storage (CSI) layer.
         *
         * @param packName e.g. {@code "csi-aws-ebs"}
         * @param selector e.g. {@code "1.46.0"}
         * @return this builder
         */
        public Builder storage(String packName, String selector) {
            return storage(packName, selector, l -> { });
        }

        /**
         * Sets the storage (CSI) layer, customized.
         *
         * @param packName the pack
         * @param selector its versions
         * @param customizer sets values, presets, registry… on the layer's builder
         * @return this builder
         */
        public Builder storage(String packName, String selector, Consumer<Layer.Builder> customizer) {
            return slot(LayerType.STORAGE, packName, selector, customizer);
        }

        /**
         * Sets the storage (CSI) layer.
         *
         * @param pack the pack
         * @return this builder
         */
        public Builder storage(PackRef pack) {
            return slot(Layer.of(LayerType.STORAGE, Checks.notNull(pack, "storage")));
        }

        /**
         * Appends a layer as given, without placing it by type or replacing another layer. Document
         * readers use this to keep a document's order; the validator reports layers that are out
         * of order, doubled or of the wrong kind.
         *
         * @param layer the layer
         * @return this builder
         */
        public Builder layer(Layer layer) {
            layers.add(Checks.notNull(layer, "layers[" + layers.size() + "]"));
            return this;
        }

        /**
         * Replaces all layers with the given ones, in the given order.
         *
         * @param newLayers the layers
         * @return this builder
         */
        public Builder layers(Collection<Layer> newLayers) {
            List<Layer> copy = Checks.copyNoNulls(newLayers, "layers");
            layers.clear();
            layers.addAll(copy);
            return this;
        }

        private Builder slot(LayerType type, String packName, String selector, Consumer<Layer.Builder> customizer) {
            String field = type == LayerType.OS ? "os" : type.displayName().toLowerCase(java.util.Locale.ROOT);
            Checks.notNull(packName, field + ".pack.name");
            Checks.notNull(selector, field + ".pack.version");
            Checks.notNull(customizer, field + ".customizer");
            Layer.Builder lb = Layer.builder(type, PackRef.of(packName, selector));
            customizer.accept(lb);
            return slot(lb.build());
        }

        private Builder slot(Layer layer) {
            for (int i = 0; i < layers.size(); i++) {
                if (layers.get(i).type() == layer.type()) {
                    layers.set(i, layer);
                    return this;
                }
            }
            int at = layers.size();
            for (int i = 0; i < layers.size(); i++) {
                if (layers.get(i).type().compareTo(layer.type()) > 0) {
                    at = i;
                    break;
                }
            }
            layers.add(at, layer);
            return this;
        }

        /**
         * Builds the profile, checking its structure: a non-blank name and each of the four core
         * layers must be present. Every missing part is listed in one message.
         *
         * @return a new immutable profile
         * @throws IllegalStateException naming every missing part
         */
        public InfrastructureProfile build() {
            List<String> missing = new ArrayList<>();
            if (name == null) {
                missing.add("name (name(...))");
            } else if (name.isBlank()) {
                missing.add("name (it is blank)");
            }
            for (LayerType t : List.of(LayerType.OS, LayerType.KUBERNETES, LayerType.NETWORK, LayerType.STORAGE)) {
                if (layers.stream().noneMatch(l -> l.type() == t)) {
                    String setter = t == LayerType.OS ? "os" : t.displayName().toLowerCase(java.util.Locale.ROOT);
                    missing.add(t.displayName().toLowerCase(java.util.Locale.ROOT) + " layer (" + setter + "(...))");
                }
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("Cannot build InfrastructureProfile"
                        + (name == null || name.isBlank() ? "" : " '" + name + "'") + ", missing: "
                        + String.join(", ", missing));
            }
            return new InfrastructureProfile(this);
        }

        /**
         * Builds the profile without structural checks: a missing name becomes empty, and layers
         * may be missing, doubled or out of order. Document readers use this so that every problem
         * reaches the validator's report rather than stopping at the first; tests use it for
         * fixtures of broken profiles.
         *
         * @return a new immutable profile
         */
        public InfrastructureProfile buildLenient() {
            return new InfrastructureProfile(this);
        }
    }
}
