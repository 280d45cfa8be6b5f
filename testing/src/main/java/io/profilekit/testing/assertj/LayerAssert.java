package io.profilekit.testing.assertj;

import io.profilekit.ClusterProfile;
import io.profilekit.Layer;
import io.profilekit.rules.SafeText;
import org.assertj.core.api.AbstractAssert;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Narrows the layers of one type in a profile: each call keeps the layers that also match it and
 * fails when none is left, saying what was looked for and listing the profile's layers. Get one from
 * {@link ProfileAssert#hasLayer(io.profilekit.LayerType)}.
 *
 * <pre>{@code
 * assertThat(profile).hasLayer(LayerType.ADDON).withPack("crossplane").withSelector("2.3.0").withPreset("enable-api");
 * }</pre>
 */
public final class LayerAssert extends AbstractAssert<LayerAssert, Layer> {
    private final ClusterProfile profile;
    private final List<Layer> candidates;
    private final String wanted;

    LayerAssert(ClusterProfile profile, List<Layer> candidates, String wanted) {
        super(candidates.get(0), LayerAssert.class);
        this.profile = profile;
        this.candidates = List.copyOf(candidates);
        this.wanted = wanted;
    }

    /**
     * One of the layers has a pack of this name.
     *
     * @param packName the pack's name
     * @return an assertion on the layers with that pack
     */
    public LayerAssert withPack(String packName) {
        Objects.requireNonNull(packName, "packName");
        return narrow(l -> l.pack().name().equals(packName), "with the pack " + SafeText.quote(packName));
    }

    /**
     * One of the layers has this version selector, as written ({@code 1.33.x}, {@code 1.33.6},
     * {@code >=1.30 <1.34}).
     *
     * @param selector the selector's text
     * @return an assertion on the layers with that selector
     */
    public LayerAssert withSelector(String selector) {
        Objects.requireNonNull(selector, "selector");
        return narrow(l -> l.pack().version().toString().equals(selector), "with the selector "
                + SafeText.quote(selector));
    }

    /**
     * One of the layers has chosen this preset.
     *
     * @param preset the preset's name
     * @return an assertion on the layers with that preset
     */
    public LayerAssert withPreset(String preset) {
        Objects.requireNonNull(preset, "preset");
        return narrow(l -> l.presets().contains(preset), "with the preset " + SafeText.quote(preset));
    }

    /**
     * One of the layers has values containing this text.
     *
     * @param text part of the values YAML
     * @return an assertion on the layers with such values
     */
    public LayerAssert withValuesContaining(String text) {
        Objects.requireNonNull(text, "text");
        return narrow(l -> l.values().contains(text), "with values containing " + SafeText.quote(text));
    }

    private LayerAssert narrow(Predicate<Layer> test, String what) {
        List<Layer> left = candidates.stream().filter(test).collect(Collectors.toList());
        String looked = wanted + " " + what;
        if (left.isEmpty()) {
            failWithMessage("Expecting %s to have %s, but its layers are %s",
                    SafeText.quote(profile.name() + " " + profile.version()), looked, list(profile.layers()));
        }
        return new LayerAssert(profile, left, looked);
    }

    /** The layers as {@code [os ubuntu-aws 22.04, k8s kubernetes 1.33.x]}, escaped. */
    static String list(List<Layer> layers) {
        return SafeText.escape(layers.stream().map(l -> l.type().wireName() + " " + l.pack().name() + " "
                + l.pack().version() + (l.presets().isEmpty() ? "" : " presets " + l.presets()))
                .collect(Collectors.joining(", ", "[", "]")));
    }
}
