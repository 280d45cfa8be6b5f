package io.profilekit;

import io.profilekit.constraints.ValidClusterProfile;
import io.profilekit.internal.Checks;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * An infrastructure profile: operating system, Kubernetes, network (CNI) and storage (CSI), the
 * four core layers of a Palette cluster, for one cloud — and, with add-on layers, Palette's Full
 * profile (type {@code cluster}).
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
 *
 * InfrastructureProfile full = profile.toBuilder()          // type cluster: it holds add-ons
 *     .addOn("prometheus-operator", "65.x", a -> a.values(monitoringValues))
 *     .helm("nginx", "15.x", h -> h.registry("Bitnami"))
 *     .build();
 * }</pre>
 *
 * <p>The class carries the Jakarta constraint {@link ValidClusterProfile}, so a Hibernate Validator
 * with {@code profilekit-validation} on the class path checks its fields (name, version, tags,
 * pack version selectors) wherever it meets one, for example in a {@code @Valid} request body.
 */
@ValidClusterProfile
public final class InfrastructureProfile extends ProfileParts implements ClusterProfile {

    private InfrastructureProfile(Builder b) {
        super(ProfileKind.INFRASTRUCTURE, b);
    }

    /**
     * A new, empty builder.
     *
     * @return a builder with version {@code 1.0.0}, no cloud given (Palette's default is {@code all},
     *     which the validator reports on an infrastructure profile), and the type following the
     *     layers ({@code infra}, or {@code cluster} with add-ons)
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this profile's parts.
     *
     * @return a new builder; changing it does not change this profile
     */
    @Override
    public Builder toBuilder() {
        return copyInto(new Builder());
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

    /**
     * Builds an {@link InfrastructureProfile}.
     *
     * <p>Setters reject null at once with a {@link NullPointerException} naming the field. The
     * core layer setters ({@code os}, {@code kubernetes}, {@code network}, {@code storage}) set their
     * layer in its place — replacing an earlier one of the same type — so the profile always
     * lists OS, Kubernetes, network, storage in that order whatever order they were called in;
     * add-on layers ({@code addOn}, {@code helm}, {@code oci}, {@code manifest}) follow in the
     * order added; {@link #layer(Layer)} appends a layer as given (for document readers and for
     * fixtures of broken profiles). Not thread-safe; the profiles it builds are.
     */
    public static final class Builder extends ProfileParts.Builder<Builder, InfrastructureProfile> {
        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        @Override
        InfrastructureProfile create() {
            return new InfrastructureProfile(this);
        }

        @Override
        ProfileKind kind() {
            return ProfileKind.INFRASTRUCTURE;
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
    }
}
