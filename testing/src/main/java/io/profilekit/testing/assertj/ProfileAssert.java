package io.profilekit.testing.assertj;

import io.profilekit.ClusterProfile;
import io.profilekit.LayerType;
import io.profilekit.ProfileKind;
import io.profilekit.Tag;
import io.profilekit.rules.SafeText;
import io.profilekit.testing.internal.Semantics;
import org.assertj.core.api.AbstractAssert;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Assertions on a profile of any kind. Get one from
 * {@link ProfileKitAssertions#assertThat(ClusterProfile)}.
 *
 * <pre>{@code
 * assertThat(profile).hasKind(ProfileKind.INFRASTRUCTURE).hasTag("env", "prod");
 * assertThat(profile).hasLayer(LayerType.KUBERNETES).withPack("kubernetes").withSelector("1.33.x");
 * assertThat(generated).isSemanticallyEqualTo(expected);   // comments and layer order aside
 * }</pre>
 */
public final class ProfileAssert extends AbstractAssert<ProfileAssert, ClusterProfile> {
    ProfileAssert(ClusterProfile actual) {
        super(actual, ProfileAssert.class);
    }

    /**
     * The profile is of this kind.
     *
     * @param kind the kind
     * @return this
     */
    public ProfileAssert hasKind(ProfileKind kind) {
        isNotNull();
        if (actual.kind() != Objects.requireNonNull(kind, "kind")) {
            failWithMessage("Expecting %s to be of kind %s, but it is of kind %s", name(), kind, actual.kind());
        }
        return this;
    }

    /**
     * The profile has a layer of this type; narrow it further with the returned assertion.
     *
     * @param type the layer type
     * @return an assertion on the profile's layers of that type
     */
    public LayerAssert hasLayer(LayerType type) {
        isNotNull();
        Objects.requireNonNull(type, "type");
        List<io.profilekit.Layer> layers = actual.layers().stream().filter(l -> l.type() == type)
                .collect(Collectors.toList());
        if (layers.isEmpty()) {
            failWithMessage("Expecting %s to have a %s layer, but its layers are %s", name(), type.wireName(),
                    LayerAssert.list(actual.layers()));
        }
        return new LayerAssert(actual, layers, "a " + type.wireName() + " layer");
    }

    /**
     * The profile has a tag with this key and value ({@code env:prod}).
     *
     * @param key the key
     * @param value the value
     * @return this
     */
    public ProfileAssert hasTag(String key, String value) {
        isNotNull();
        Objects.requireNonNull(value, "value");
        Optional<Tag> tag = actual.tags().get(Objects.requireNonNull(key, "key"));
        if (tag.isEmpty() || !tag.get().value().equals(Optional.of(value))) {
            failWithMessage("Expecting %s to have the tag %s, but its tags are %s", name(),
                    SafeText.quote(key + ":" + value), tags());
        }
        return this;
    }

    /**
     * The profile has a tag with this key (with or without a value).
     *
     * @param key the key
     * @return this
     */
    public ProfileAssert hasTag(String key) {
        isNotNull();
        if (!actual.tags().containsKey(Objects.requireNonNull(key, "key"))) {
            failWithMessage("Expecting %s to have a tag with the key %s, but its tags are %s", name(),
                    SafeText.quote(key), tags());
        }
        return this;
    }

    /**
     * The profile is the same profile as the other: the same kind, name, version, description,
     * type, cloud, uid, tags (in any order) and variables; the same core layers (in any order,
     * since Palette installs by layer) and the same add-ons in the same order; per layer the same
     * pack, selector, type, registry, presets and display name, and values and manifests holding
     * the same YAML data (comments and formatting do not count). The failure message lists the
     * differences.
     *
     * @param expected the other profile
     * @return this
     */
    public ProfileAssert isSemanticallyEqualTo(ClusterProfile expected) {
        isNotNull();
        Objects.requireNonNull(expected, "expected");
        List<String> differences = Semantics.differences(expected, actual);
        if (!differences.isEmpty()) {
            failWithMessage("Expecting %s to be semantically equal to the expected profile, but:%n%s", name(),
                    differences.stream().map(d -> "  " + d).collect(Collectors.joining(System.lineSeparator())));
        }
        return this;
    }

    private String name() {
        return SafeText.quote(actual.name() + " " + actual.version());
    }

    private String tags() {
        return SafeText.escape(actual.tags().asList().toString());
    }
}
