package io.profilekit;

import io.profilekit.internal.Checks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What every kind of profile holds, and the builder that sets it: the implementations of
 * {@link ClusterProfile} and {@link ClusterProfile.Builder} share these so that a new kind is a
 * few lines. Package-private: users see the kinds and their builders.
 */
abstract class ProfileParts {
    private final ProfileKind kind;
    private final String uid;
    private final String name;
    private final ProfileVersion version;
    private final String description;
    private final ProfileType type;
    private final CloudType cloud;
    private final Tags tags;
    private final List<Layer> layers;
    private final List<ProfileVariable> variables;

    ProfileParts(ProfileKind kind, Builder<?, ?> b) {
        this.kind = kind;
        this.uid = b.uid;
        this.name = b.name == null ? "" : b.name;
        this.version = b.version;
        this.description = b.description;
        this.layers = List.copyOf(b.layers);
        this.type = b.type != null ? b.type : kind.defaultType(layers);
        this.cloud = b.cloud;
        this.tags = Tags.copyOfAll(b.tags);
        this.variables = List.copyOf(b.variables);
    }

    /** @return the kind */
    public ProfileKind kind() {
        return kind;
    }

    /** @return the uid, or empty */
    public Optional<String> uid() {
        return Optional.ofNullable(uid);
    }

    /** @return the name */
    public String name() {
        return name;
    }

    /** @return the version */
    public ProfileVersion version() {
        return version;
    }

    /** @return the description */
    public String description() {
        return description;
    }

    /** @return the type */
    public ProfileType type() {
        return type;
    }

    /** @return the cloud, {@link CloudType#ALL} unless given */
    public CloudType cloud() {
        return cloud == null ? CloudType.ALL : cloud;
    }

    /** @return whether the cloud was given */
    public boolean cloudGiven() {
        return cloud != null;
    }

    /** @return the tags */
    public Tags tags() {
        return tags;
    }

    /** @return the layers */
    public List<Layer> layers() {
        return layers;
    }

    /** @return the variables */
    public List<ProfileVariable> variables() {
        return variables;
    }

    /**
     * Copies the parts into a builder, keeping the type only where it differs from the kind's
     * default (so a copy that gains add-ons becomes a Full profile, as a new one would).
     */
    <B extends Builder<B, ?>> B copyInto(B b) {
        b.uid = uid;
        b.name = name;
        b.version = version;
        b.description = description;
        b.type = type == kind.defaultType(layers) ? null : type;
        b.cloud = cloud;
        b.tags.addAll(tags.asList());
        b.layers.addAll(layers);
        b.variables.addAll(variables);
        return b;
    }

    @Override
    public final boolean equals(Object o) {
        if (o == null || o.getClass() != getClass()) {
            return false;
        }
        ProfileParts p = (ProfileParts) o;
        return Objects.equals(uid, p.uid) && name.equals(p.name) && version.equals(p.version)
                && description.equals(p.description) && type == p.type && Objects.equals(cloud, p.cloud)
                && tags.equals(p.tags) && layers.equals(p.layers) && variables.equals(p.variables);
    }

    @Override
    public final int hashCode() {
        return Objects.hash(kind, uid, name, version, description, type, cloud, tags, layers, variables);
    }

    /**
     * A readable summary: kind, name, version, type, cloud, tags and variables, then one line per layer.
     *
     * @return e.g. {@code "InfrastructureProfile aws-prod-base 1.2.0 (infra, cloud aws, tags [env:prod])\n  os  ubuntu-aws 22.04\n…"}
     */
    @Override
    public final String toString() {
        StringBuilder sb = new StringBuilder(kind.documentKind()).append(' ').append(name).append(' ').append(version)
                .append(" (").append(type).append(", cloud ").append(cloud());
        if (cloud == null) {
            sb.append(" (not given)");
        }
        if (!tags.isEmpty()) {
            sb.append(", tags ").append(tags);
        }
        if (!variables.isEmpty()) {
            sb.append(", variables ").append(variables.stream().map(ProfileVariable::name).toList());
        }
        sb.append(')');
        for (Layer layer : layers) {
            sb.append("\n  ").append(layer);
        }
        return sb.toString();
    }

    /**
     * The builder every kind's builder extends.
     *
     * @param <B> the builder's own type
     * @param <P> the profile it builds
     */
    abstract static class Builder<B extends Builder<B, P>, P extends ClusterProfile> implements ClusterProfile.Builder {
        String uid;
        String name;
        ProfileVersion version = ProfileVersion.DEFAULT;
        String description = "";
        ProfileType type;
        CloudType cloud;
        final List<Tag> tags = new ArrayList<>();
        final List<Layer> layers = new ArrayList<>();
        final List<ProfileVariable> variables = new ArrayList<>();

        Builder() {
        }

        abstract B self();

        /** The profile, unchecked. */
        abstract P create();

        /** The kind being built. */
        abstract ProfileKind kind();

        @Override
        public B uid(String profileUid) {
            this.uid = Checks.notNull(profileUid, "uid");
            return self();
        }

        @Override
        public B name(String profileName) {
            this.name = Checks.notNull(profileName, "name");
            return self();
        }

        @Override
        public B version(String profileVersion) {
            this.version = ProfileVersion.of(Checks.notNull(profileVersion, "version"));
            return self();
        }

        @Override
        public B version(ProfileVersion profileVersion) {
            this.version = Checks.notNull(profileVersion, "version");
            return self();
        }

        @Override
        public B nextVersion(VersionBump bump) {
            this.version = version.next(Checks.notNull(bump, "bump"));
            return self();
        }

        @Override
        public B description(String text) {
            this.description = Checks.notNull(text, "description");
            return self();
        }

        @Override
        public B type(ProfileType profileType) {
            this.type = Checks.notNull(profileType, "type");
            return self();
        }

        @Override
        public B cloud(CloudType cloudType) {
            this.cloud = Checks.notNull(cloudType, "cloud");
            return self();
        }

        @Override
        public B cloud(String cloudName) {
            this.cloud = CloudType.of(Checks.notNull(cloudName, "cloud"));
            return self();
        }

        @Override
        public B tag(String tagText) {
            return tag(Tag.parse(Checks.notNull(tagText, "tags[" + tags.size() + "]")));
        }

        @Override
        public B tag(Tag t) {
            Checks.notNull(t, "tags[" + tags.size() + "]");
            for (int i = 0; i < tags.size(); i++) {
                if (tags.get(i).key().equals(t.key())) {
                    throw new IllegalArgumentException("tags[" + tags.size() + "]: tag key '" + t.key()
                            + "' is already set by tags[" + i + "] (" + tags.get(i) + "); each key may appear once");
                }
            }
            tags.add(t);
            return self();
        }

        @Override
        public B tags(String... tagTexts) {
            return tags(Tags.of(tagTexts));
        }

        @Override
        public B tags(Tags newTags) {
            Checks.notNull(newTags, "tags");
            tags.clear();
            tags.addAll(newTags.asList());
            return self();
        }

        @Override
        public B variable(ProfileVariable v) {
            variables.add(Checks.notNull(v, "variables[" + variables.size() + "]"));
            return self();
        }

        @Override
        public B variable(String variableName, Consumer<ProfileVariable.Builder> customizer) {
            ProfileVariable.Builder vb = ProfileVariable.builder(Checks.notNull(variableName,
                    "variables[" + variables.size() + "].name"));
            Checks.notNull(customizer, "variables[" + variables.size() + "].customizer").accept(vb);
            return variable(vb.build());
        }

        @Override
        public B variables(Collection<ProfileVariable> newVariables) {
            List<ProfileVariable> copy = Checks.copyNoNulls(newVariables, "variables");
            variables.clear();
            variables.addAll(copy);
            return self();
        }

        @Override
        public B layer(Layer layer) {
            layers.add(Checks.notNull(layer, "layers[" + layers.size() + "]"));
            return self();
        }

        @Override
        public B layers(Collection<Layer> newLayers) {
            List<Layer> copy = Checks.copyNoNulls(newLayers, "layers");
            layers.clear();
            layers.addAll(copy);
            return self();
        }

        @Override
        public B addOn(String packName, String selector) {
            return addOn(packName, selector, l -> { });
        }

        @Override
        public B addOn(String packName, String selector, Consumer<Layer.Builder> customizer) {
            return addOn(PackType.SPECTRO, packName, selector, customizer);
        }

        @Override
        public B helm(String chartName, String selector, Consumer<Layer.Builder> customizer) {
            return addOn(PackType.HELM, chartName, selector, customizer);
        }

        @Override
        public B oci(String packName, String selector, Consumer<Layer.Builder> customizer) {
            return addOn(PackType.OCI, packName, selector, customizer);
        }

        @Override
        public B manifest(String layerName, Consumer<Layer.Builder> customizer) {
            return addOn(PackType.MANIFEST, layerName, "", customizer);
        }

        private B addOn(PackType packType, String packName, String selector, Consumer<Layer.Builder> customizer) {
            String field = "layers[" + layers.size() + "]";
            Checks.notNull(packName, field + ".pack.name");
            Checks.notNull(selector, field + ".pack.version");
            Checks.notNull(customizer, field + ".customizer");
            Layer.Builder lb = Layer.builder(LayerType.ADDON, PackRef.of(packName, selector).withType(packType));
            customizer.accept(lb);
            return layer(lb.build());
        }

        /**
         * The structural problems build() refuses: a missing or blank name, and each required
         * layer the kind has none of.
         */
        List<String> missing() {
            List<String> missing = new ArrayList<>();
            if (name == null) {
                missing.add("name (name(...))");
            } else if (name.isBlank()) {
                missing.add("name (it is blank)");
            }
            for (LayerType t : kind().requiredLayers()) {
                if (layers.stream().noneMatch(l -> l.type() == t)) {
                    String setter = t == LayerType.OS ? "os" : t.displayName().toLowerCase(java.util.Locale.ROOT);
                    missing.add(t.displayName().toLowerCase(java.util.Locale.ROOT) + " layer (" + setter + "(...))");
                }
            }
            return missing;
        }

        @Override
        public P build() {
            java.util.Optional<String> duplicate = Tags.copyOfAll(tags).duplicate();
            if (duplicate.isPresent()) {
                throw new IllegalArgumentException("Cannot build " + kind().documentKind() + ": " + duplicate.get());
            }
            List<String> missing = missing();
            if (!missing.isEmpty()) {
                throw new IllegalStateException("Cannot build " + kind().documentKind()
                        + (name == null || name.isBlank() ? "" : " '" + name + "'") + ", missing: "
                        + String.join(", ", missing));
            }
            return create();
        }

        @Override
        public P buildLenient() {
            return create();
        }
    }
}
