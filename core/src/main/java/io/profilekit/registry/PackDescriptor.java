package io.profilekit.registry;

import io.profilekit.CloudType;
import io.profilekit.LayerType;
import io.profilekit.PackType;
import io.profilekit.PackVersion;
import io.profilekit.internal.Checks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One version of one pack, as a registry describes it: everything {@code pack.json} carries, plus
 * the pack's default values ({@code values.yaml}), presets ({@code presets.yaml}) and value
 * schema ({@code schema.yaml}). Immutable and thread-safe.
 *
 * <pre>{@code
 * PackDescriptor k8s = PackDescriptor.builder("kubernetes", "1.33.6", LayerType.KUBERNETES)
 *     .displayName("Palette eXtended Kubernetes")
 *     .cloudTypes(CloudType.AWS, CloudType.AZURE)
 *     .values("pack:\n  podCIDR: \"192.168.0.0/16\"\n")
 *     .build();
 * }</pre>
 */
public final class PackDescriptor {
    private final String name;
    private final String displayName;
    private final PackVersion version;
    private final LayerType layer;
    private final Set<CloudType> cloudTypes;
    private final PackType packType;
    private final String group;
    private final LocalDate eol;
    private final String addonType;
    private final Map<String, String> annotations;
    private final String values;
    private final List<PackPreset> presets;
    private final PackConstraints constraints;
    private final Map<String, String> valueSchema;

    private PackDescriptor(Builder b) {
        this.name = b.name;
        this.displayName = b.displayName == null ? b.name : b.displayName;
        this.version = b.version;
        this.layer = b.layer;
        this.cloudTypes = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(b.cloudTypes));
        this.packType = b.packType;
        this.group = b.group;
        this.eol = b.eol;
        this.addonType = b.addonType;
        this.annotations = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.annotations));
        this.values = b.values;
        this.presets = List.copyOf(b.presets);
        this.constraints = b.constraints;
        this.valueSchema = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.valueSchema));
    }

    /**
     * A builder for a pack version.
     *
     * @param name the pack's name
     * @param version the version, parsed leniently ({@link PackVersion#parse(String)})
     * @param layer the layer the pack fills
     * @return a new builder
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if the version is not a pack version
     */
    public static Builder builder(String name, String version, LayerType layer) {
        return builder(name, PackVersion.parse(Checks.notNull(version, "version")), layer);
    }

    /**
     * A builder for a pack version.
     *
     * @param name the pack's name
     * @param version the version
     * @param layer the layer the pack fills
     * @return a new builder
     * @throws NullPointerException if any argument is null
     */
    public static Builder builder(String name, PackVersion version, LayerType layer) {
        return new Builder(Checks.notNull(name, "name"), Checks.notNull(version, "version"),
                Checks.notNull(layer, "layer"));
    }

    /**
     * A builder holding this descriptor's parts.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(name, version, layer);
        b.displayName = displayName;
        b.cloudTypes.addAll(cloudTypes);
        b.packType = packType;
        b.group = group;
        b.eol = eol;
        b.addonType = addonType;
        b.annotations.putAll(annotations);
        b.values = values;
        b.presets.addAll(presets);
        b.constraints = constraints;
        b.valueSchema.putAll(valueSchema);
        return b;
    }

    /**
     * The pack's name.
     *
     * @return e.g. {@code "cni-calico"}
     */
    public String name() {
        return name;
    }

    /**
     * The name shown to users.
     *
     * @return the display name; the name if none was given
     */
    public String displayName() {
        return displayName;
    }

    /**
     * This pack version.
     *
     * @return the version
     */
    public PackVersion version() {
        return version;
    }

    /**
     * The layer the pack fills.
     *
     * @return the layer
     */
    public LayerType layer() {
        return layer;
    }

    /**
     * The clouds the pack supports, in the order given.
     *
     * @return an unmodifiable set; {@link CloudType#ALL} means every cloud
     */
    public Set<CloudType> cloudTypes() {
        return cloudTypes;
    }

    /**
     * Whether the pack can be used on the given cloud: it lists the cloud or {@code all}.
     * A profile for cloud {@code all} (add-on profiles) accepts every pack.
     *
     * @param cloud the profile's cloud
     * @return true if supported
     */
    public boolean supportsCloud(CloudType cloud) {
        Checks.notNull(cloud, "cloud");
        return cloud.equals(CloudType.ALL) || cloudTypes.contains(CloudType.ALL) || cloudTypes.contains(cloud);
    }

    /**
     * The pack type.
     *
     * @return the type; {@link PackType#SPECTRO} unless set
     */
    public PackType packType() {
        return packType;
    }

    /**
     * The pack group (e.g. {@code LTS}), which group-prefixed selectors name.
     *
     * @return the group, or empty
     */
    public Optional<String> group() {
        return Optional.ofNullable(group);
    }

    /**
     * The end-of-life date.
     *
     * @return the date, or empty
     */
    public Optional<LocalDate> eol() {
        return Optional.ofNullable(eol);
    }

    /**
     * The add-on type, e.g. {@code "monitoring"} or {@code "system app"}.
     *
     * @return the add-on type, or empty
     */
    public Optional<String> addonType() {
        return Optional.ofNullable(addonType);
    }

    /**
     * The pack's annotations.
     *
     * @return an unmodifiable map, in the order given
     */
    public Map<String, String> annotations() {
        return annotations;
    }

    /**
     * The default values YAML ({@code values.yaml}), exactly as given.
     *
     * @return the text, possibly empty
     */
    public String values() {
        return values;
    }

    /**
     * The presets users can choose.
     *
     * @return an unmodifiable list
     */
    public List<PackPreset> presets() {
        return presets;
    }

    /**
     * The preset with the given name.
     *
     * @param presetName the name
     * @return the preset, or empty
     */
    public Optional<PackPreset> preset(String presetName) {
        return presets.stream().filter(p -> p.name().equals(presetName)).findFirst();
    }

    /**
     * The pack's constraints.
     *
     * @return the constraints; {@link PackConstraints#NONE} if none
     */
    public PackConstraints constraints() {
        return constraints;
    }

    /**
     * The value schema ({@code schema.yaml}): dotted value path to its schema expression, e.g.
     * {@code charts.x.apiKey -> {{ format "${password}" }}}.
     *
     * @return an unmodifiable map, in the order given
     */
    public Map<String, String> valueSchema() {
        return valueSchema;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PackDescriptor)) {
            return false;
        }
        PackDescriptor d = (PackDescriptor) o;
        return name.equals(d.name) && displayName.equals(d.displayName) && version.equals(d.version)
                && layer == d.layer && cloudTypes.equals(d.cloudTypes) && packType == d.packType
                && Objects.equals(group, d.group) && Objects.equals(eol, d.eol)
                && Objects.equals(addonType, d.addonType) && annotations.equals(d.annotations)
                && values.equals(d.values) && presets.equals(d.presets) && constraints.equals(d.constraints)
                && valueSchema.equals(d.valueSchema);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, version, layer, cloudTypes, packType, values);
    }

    /**
     * The pack's name, version, layer and clouds.
     *
     * @return e.g. {@code "cni-calico 3.31.2 (cni, clouds [aws, vsphere])"}
     */
    @Override
    public String toString() {
        return name + " " + version + " (" + layer + ", clouds " + cloudTypes + ")";
    }

    /** Builds a {@link PackDescriptor}; setters reject null at once. Not thread-safe. */
    public static final class Builder {
        private final String name;
        private final PackVersion version;
        private final LayerType layer;
        private String displayName;
        private final Set<CloudType> cloudTypes = new LinkedHashSet<>();
        private PackType packType = PackType.SPECTRO;
        private String group;
        private LocalDate eol;
        private String addonType;
        private final Map<String, String> annotations = new LinkedHashMap<>();
        private String values = "";
        private final List<PackPreset> presets = new ArrayList<>();
        private PackConstraints constraints = PackConstraints.NONE;
        private final Map<String, String> valueSchema = new LinkedHashMap<>();

        private Builder(String name, PackVersion version, LayerType layer) {
            this.name = name;
            this.version = version;
            this.layer = layer;
        }

        /**
         * Sets the display name (default: the name).
         *
         * @param text the display name
         * @return this builder
         */
        public Builder displayName(String text) {
            this.displayName = Checks.notNull(text, "displayName");
            return this;
        }

        /**
         * Replaces the supported clouds.
         *
         * @param clouds the clouds
         * @return this builder
         */
        public Builder cloudTypes(CloudType... clouds) {
            // Arrays.asList, not List.of: a null element must reach the check that names it.
            return cloudTypes(java.util.Arrays.asList(Checks.notNull(clouds, "cloudTypes")));
        }

        /**
         * Replaces the supported clouds.
         *
         * @param clouds the clouds
         * @return this builder
         */
        public Builder cloudTypes(Collection<CloudType> clouds) {
            List<CloudType> copy = Checks.copyNoNulls(clouds, "cloudTypes");
            cloudTypes.clear();
            cloudTypes.addAll(copy);
            return this;
        }

        /**
         * Sets the pack type.
         *
         * @param type the type
         * @return this builder
         */
        public Builder packType(PackType type) {
            this.packType = Checks.notNull(type, "packType");
            return this;
        }

        /**
         * Sets the pack group.
         *
         * @param groupName e.g. {@code "LTS"}
         * @return this builder
         */
        public Builder group(String groupName) {
            this.group = Checks.notNull(groupName, "group");
            return this;
        }

        /**
         * Sets the end-of-life date.
         *
         * @param date the date
         * @return this builder
         */
        public Builder eol(LocalDate date) {
            this.eol = Checks.notNull(date, "eol");
            return this;
        }

        /**
         * Sets the add-on type.
         *
         * @param type e.g. {@code "monitoring"}
         * @return this builder
         */
        public Builder addonType(String type) {
            this.addonType = Checks.notNull(type, "addonType");
            return this;
        }

        /**
         * Adds an annotation.
         *
         * @param key the key
         * @param value the value
         * @return this builder
         */
        public Builder annotation(String key, String value) {
            annotations.put(Checks.notNull(key, "annotations key"), Checks.notNull(value, "annotations." + key));
            return this;
        }

        /**
         * Sets the default values YAML, kept as given.
         *
         * @param valuesYaml the text
         * @return this builder
         */
        public Builder values(String valuesYaml) {
            this.values = Checks.notNull(valuesYaml, "values");
            return this;
        }

        /**
         * Adds a preset.
         *
         * @param preset the preset
         * @return this builder
         */
        public Builder preset(PackPreset preset) {
            presets.add(Checks.notNull(preset, "presets[" + presets.size() + "]"));
            return this;
        }

        /**
         * Sets the constraints.
         *
         * @param packConstraints the constraints
         * @return this builder
         */
        public Builder constraints(PackConstraints packConstraints) {
            this.constraints = Checks.notNull(packConstraints, "constraints");
            return this;
        }

        /**
         * Adds a dependency to the constraints.
         *
         * @param dependency the dependency
         * @return this builder
         */
        public Builder dependency(PackDependency dependency) {
            Checks.notNull(dependency, "dependency");
            List<PackDependency> deps = new ArrayList<>(constraints.dependencies());
            deps.add(dependency);
            this.constraints = new PackConstraints(deps, constraints.resources());
            return this;
        }

        /**
         * Adds a value-schema entry.
         *
         * @param path the dotted value path
         * @param schema the schema expression
         * @return this builder
         */
        public Builder valueSchema(String path, String schema) {
            valueSchema.put(Checks.notNull(path, "valueSchema key"), Checks.notNull(schema, "valueSchema." + path));
            return this;
        }

        /**
         * Builds the descriptor.
         *
         * @return a new immutable descriptor
         */
        public PackDescriptor build() {
            return new PackDescriptor(this);
        }
    }
}
