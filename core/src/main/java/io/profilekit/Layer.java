package io.profilekit;

import io.profilekit.internal.Checks;
import io.profilekit.internal.PackSettings;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * One layer of a profile: which layer it is, the pack that fills it, the pack's values YAML, the
 * presets chosen for it, and any manifests it carries.
 *
 * <p>The values YAML is kept as text exactly as given, comments, blank lines and trailing
 * whitespace included; ProfileKit never reformats it. Immutable and thread-safe.
 *
 * <pre>{@code
 * Layer k8s = Layer.builder(LayerType.KUBERNETES, "kubernetes", "1.33.x")
 *     .values("pack:\n  podCIDR: \"192.168.0.0/16\"\n")
 *     .registry("Public Repo")
 *     .build();
 * }</pre>
 */
public final class Layer {
    /** The values key, under {@code pack:}, of the name Palette shows for a layer's pack. */
    public static final String DISPLAY_NAME = "spectrocloud.com/display-name";
    /** The values key, under {@code pack:}, of a layer's install priority. */
    public static final String INSTALL_PRIORITY = "spectrocloud.com/install-priority";

    private final LayerType type;
    private final PackRef pack;
    private final String values;
    private final List<String> presets;
    private final Map<String, String> presetGroups;
    private final List<Manifest> manifests;

    private Layer(Builder b) {
        this.type = b.type;
        this.pack = b.pack;
        this.values = b.values;
        this.presets = List.copyOf(b.presets);
        this.presetGroups = Collections.unmodifiableMap(new LinkedHashMap<>(b.presetGroups));
        this.manifests = List.copyOf(b.manifests);
    }

    /**
     * A layer of the given type filled by the given pack, with no values, presets or manifests.
     *
     * @param type the layer type
     * @param pack the pack
     * @return the layer
     * @throws NullPointerException if either is null
     */
    public static Layer of(LayerType type, PackRef pack) {
        return builder(type, pack).build();
    }

    /**
     * A builder for a layer of the given type filled by the given pack.
     *
     * @param type the layer type
     * @param pack the pack
     * @return a new builder
     * @throws NullPointerException if either is null
     */
    public static Builder builder(LayerType type, PackRef pack) {
        return new Builder(Checks.notNull(type, "layer"), Checks.notNull(pack, "pack"));
    }

    /**
     * A builder for a layer of the given type filled by a registry pack.
     *
     * @param type the layer type
     * @param packName the pack's name
     * @param selector the pack's version selector, e.g. {@code "1.33.x"}
     * @return a new builder
     * @throws NullPointerException if any argument is null
     */
    public static Builder builder(LayerType type, String packName, String selector) {
        return builder(type, PackRef.of(packName, selector));
    }

    /**
     * A builder holding this layer's parts.
     *
     * @return a new builder; changing it does not change this layer
     */
    public Builder toBuilder() {
        Builder b = new Builder(type, pack);
        b.values = values;
        b.presets.addAll(presets);
        b.presetGroups.putAll(presetGroups);
        b.manifests.addAll(manifests);
        return b;
    }

    /**
     * Which layer this is.
     *
     * @return the layer type
     */
    public LayerType type() {
        return type;
    }

    /**
     * The pack that fills the layer.
     *
     * @return the pack reference
     */
    public PackRef pack() {
        return pack;
    }

    /**
     * The pack's values YAML, exactly as given.
     *
     * @return the values text; empty if none were given
     */
    public String values() {
        return values;
    }

    /**
     * The names of the presets chosen for the pack, in order.
     *
     * @return an unmodifiable list
     */
    public List<String> presets() {
        return presets;
    }

    /**
     * The group a chosen preset belongs to, as a document recorded it: Palette records presets as
     * {@code Group:name}, and writing a layer back keeps the group as read.
     *
     * @param preset a preset's name
     * @return its group, or empty if the document gave none (or the preset is not chosen)
     */
    public Optional<String> presetGroup(String preset) {
        return Optional.ofNullable(presetGroups.get(preset));
    }

    /**
     * The manifests the layer carries, in order.
     *
     * @return an unmodifiable list
     */
    public List<Manifest> manifests() {
        return manifests;
    }

    /**
     * The name Palette shows for this layer's pack, from its values
     * ({@code pack: spectrocloud.com/display-name: …}), which tells two copies of one pack apart.
     * Read from a {@code pack:} mapping written in block style, as Palette's documentation writes it.
     *
     * @return the display name, or empty if the values set none
     */
    public Optional<String> displayName() {
        return PackSettings.find(values, DISPLAY_NAME);
    }

    /**
     * When Palette installs this layer among the add-ons, from its values
     * ({@code pack: spectrocloud.com/install-priority: "<int>"}): lower first, equal together;
     * negative numbers are allowed, and a layer without one installs at 0. Read from a
     * {@code pack:} mapping written in block style; the validator reports a priority that is not
     * an integer.
     *
     * @return the priority, or empty if the values set none (or one that is not an integer)
     */
    public OptionalInt installPriority() {
        Optional<String> text = PackSettings.find(values, INSTALL_PRIORITY);
        if (text.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(text.get().strip()));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Layer)) {
            return false;
        }
        Layer other = (Layer) o;
        return type == other.type && pack.equals(other.pack) && values.equals(other.values)
                && presets.equals(other.presets) && presetGroups.equals(other.presetGroups)
                && manifests.equals(other.manifests);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, pack, values, presets, presetGroups, manifests);
    }

    /**
     * One line: layer, pack, and the presets and manifests if any.
     *
     * @return e.g. {@code "k8s kubernetes 1.33.x"}
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(type.wireName()).append(' ').append(pack);
        if (!presets.isEmpty()) {
            sb.append(" presets=").append(presets);
        }
        if (!manifests.isEmpty()) {
            sb.append(" manifests=").append(manifests.stream().map(Manifest::name).toList());
        }
        return sb.toString();
    }

    /**
     * Builds a {@link Layer}. Setters reject null at once, naming the field. Not thread-safe; the
     * layers it builds are.
     */
    public static final class Builder {
        private final LayerType type;
        private PackRef pack;
        private String values = "";
        private final List<String> presets = new ArrayList<>();
        private final Map<String, String> presetGroups = new LinkedHashMap<>();
        private final List<Manifest> manifests = new ArrayList<>();

        private Builder(LayerType type, PackRef pack) {
            this.type = type;
            this.pack = pack;
        }

        /**
         * Replaces the pack reference.
         *
         * @param packRef the pack
         * @return this builder
         */
        public Builder pack(PackRef packRef) {
            this.pack = Checks.notNull(packRef, "pack");
            return this;
        }

        /**
         * Changes the pack's version selector.
         *
         * @param selector e.g. {@code "1.33.6"} or {@code "1.33.x"}
         * @return this builder
         */
        public Builder version(String selector) {
            this.pack = pack.withVersion(VersionSelector.parse(Checks.notNull(selector, "pack.version")));
            return this;
        }

        /**
         * Sets the pack type (default {@link PackType#SPECTRO}).
         *
         * @param packType the type
         * @return this builder
         */
        public Builder packType(PackType packType) {
            this.pack = pack.withType(Checks.notNull(packType, "pack.type"));
            return this;
        }

        /**
         * Takes the pack from the registry with this name.
         *
         * @param registryName e.g. {@code "Public Repo"}
         * @return this builder
         */
        public Builder registry(String registryName) {
            this.pack = pack.withRegistry(RegistryRef.byName(Checks.notNull(registryName, "pack.registry")));
            return this;
        }

        /**
         * Takes the pack from the given registry.
         *
         * @param registryRef the registry
         * @return this builder
         */
        public Builder registry(RegistryRef registryRef) {
            this.pack = pack.withRegistry(Checks.notNull(registryRef, "pack.registry"));
            return this;
        }

        /**
         * Sets the pack's Palette uid.
         *
         * @param packUid the uid
         * @return this builder
         */
        public Builder uid(String packUid) {
            this.pack = pack.withUid(Checks.notNull(packUid, "pack.uid"));
            return this;
        }

        /**
         * Sets the values YAML, kept exactly as given.
         *
         * @param valuesYaml the values text
         * @return this builder
         */
        public Builder values(String valuesYaml) {
            this.values = Checks.notNull(valuesYaml, "values");
            return this;
        }

        /**
         * Adds a chosen preset.
         *
         * @param presetName the preset's name
         * @return this builder
         */
        public Builder preset(String presetName) {
            presets.add(Checks.notNull(presetName, "presets[" + presets.size() + "]"));
            return this;
        }

        /**
         * Chooses a preset and records its group, as Palette's {@code Group:name} carries it.
         *
         * @param presetName the preset's name
         * @param group its group
         * @return this builder
         */
        public Builder preset(String presetName, String group) {
            Checks.notNull(group, "presets[" + presets.size() + "].group");
            preset(presetName);
            presetGroups.put(presetName, group);
            return this;
        }

        /**
         * Replaces the chosen presets.
         *
         * @param presetNames the presets' names, in order
         * @return this builder
         */
        public Builder presets(Collection<String> presetNames) {
            List<String> copy = Checks.copyNoNulls(presetNames, "presets");
            presets.clear();
            presets.addAll(copy);
            presetGroups.keySet().retainAll(copy);
            return this;
        }

        /**
         * Adds a manifest.
         *
         * @param name the manifest's name
         * @param content its YAML content
         * @return this builder
         */
        public Builder manifest(String name, String content) {
            manifests.add(new Manifest(name, content));
            return this;
        }

        /**
         * Replaces the manifests.
         *
         * @param manifestList the manifests, in order
         * @return this builder
         */
        public Builder manifests(Collection<Manifest> manifestList) {
            List<Manifest> copy = Checks.copyNoNulls(manifestList, "manifests");
            manifests.clear();
            manifests.addAll(copy);
            return this;
        }

        /**
         * Applies a customizer to this builder (handy in generic code).
         *
         * @param customizer changes to make
         * @return this builder
         */
        public Builder apply(Consumer<? super Builder> customizer) {
            Checks.notNull(customizer, "customizer").accept(this);
            return this;
        }

        /**
         * Builds the layer.
         *
         * @return a new immutable layer
         */
        public Layer build() {
            return new Layer(this);
        }
    }
}
