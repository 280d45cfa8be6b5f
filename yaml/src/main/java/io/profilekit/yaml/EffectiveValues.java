package io.profilekit.yaml;

import io.profilekit.ClusterProfile;
import io.profilekit.Layer;
import io.profilekit.registry.PackDescriptor;
import io.profilekit.registry.PackPreset;
import io.profilekit.resolve.ResolvedLayer;
import io.profilekit.resolve.ResolvedProfile;
import io.profilekit.resolve.ResourceNeeds;
import io.profilekit.yaml.internal.PresetEdits;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The values a layer's pack is installed with: the layer's values with its chosen presets applied
 * as Palette applies them. For each chosen preset, in the order the layer lists them, the preset's
 * {@code remove} paths are removed, then its {@code add} YAML is merged in: mappings are merged
 * deeply, scalars and lists are replaced.
 *
 * <p>The text is edited only where it changes: comments, blank lines and the order of untouched
 * entries stay byte for byte, a replaced value takes the preset's own text (with its comments) and
 * a new entry is written after its last sibling. Values whose touched part is written in flow style
 * ({@code {a: 1}}) are written afresh from their data, which keeps their meaning but not their
 * comments.
 *
 * <pre>{@code
 * ResolvedProfile resolved = ProfileResolver.of(registry).resolve(profile);
 * for (ResolvedLayer layer : resolved.layers()) {
 *     String values = EffectiveValues.of(layer);   // what Palette installs the pack with
 * }
 * ClusterProfile applied = EffectiveValues.applyPresets(resolved); // pinned, values with presets applied
 * ResourceNeeds needs = EffectiveValues.resourceNeeds(resolved);   // read from the effective values
 * }</pre>
 *
 * <p>A layer that gives no values (blank) starts from its pack's default values ({@code values.yaml}).
 * A chosen preset that the pack does not have is skipped (validation reports it as
 * {@code PRESET_NOT_FOUND}). Thread-safe: all methods are pure functions.
 */
public final class EffectiveValues {
    private EffectiveValues() {
    }

    /**
     * The effective values of a resolved layer.
     *
     * @param layer a resolved layer
     * @return its values with its presets applied; a manifest layer's values unchanged
     * @throws IllegalArgumentException if the values or a chosen preset's {@code add} is not valid YAML
     */
    public static String of(ResolvedLayer layer) {
        Objects.requireNonNull(layer, "layer");
        Optional<PackDescriptor> pack = layer.pack();
        if (pack.isEmpty()) {
            return layer.layer().values();
        }
        return of(layer.layer(), pack.get());
    }

    /**
     * The effective values of a layer filled by the given pack version.
     *
     * @param layer a layer
     * @param pack the pack version it resolves to
     * @return its values (or the pack's defaults, if it gives none) with its presets applied
     * @throws IllegalArgumentException if the values or a chosen preset's {@code add} is not valid YAML
     */
    public static String of(Layer layer, PackDescriptor pack) {
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(pack, "pack");
        String base = layer.values().isBlank() ? pack.values() : layer.values();
        List<PackPreset> chosen = new ArrayList<>();
        for (String name : layer.presets()) {
            pack.preset(name).ifPresent(chosen::add);
        }
        return chosen.isEmpty() ? base : apply(base, chosen);
    }

    /**
     * Values YAML with presets applied.
     *
     * @param values the values YAML
     * @param presets the presets, in the order they are applied
     * @return the effective values YAML
     * @throws IllegalArgumentException if the values or a preset's {@code add} is not valid YAML
     */
    public static String apply(String values, List<PackPreset> presets) {
        return PresetEdits.apply(values, presets);
    }

    /**
     * The pinned profile ({@link ResolvedProfile#profile()}) with each layer's values replaced by
     * its effective values. The chosen presets stay listed: applying them again changes nothing
     * more.
     *
     * @param profile a resolved profile
     * @return the profile with presets applied
     * @throws IllegalArgumentException if some values or a chosen preset's {@code add} is not valid YAML
     */
    public static ClusterProfile applyPresets(ResolvedProfile profile) {
        Objects.requireNonNull(profile, "profile");
        ClusterProfile pinned = profile.profile();
        List<Layer> layers = new ArrayList<>();
        for (int i = 0; i < pinned.layers().size(); i++) {
            Layer layer = pinned.layers().get(i);
            ResolvedLayer resolved = profile.layers().get(i);
            String values = of(resolved);
            layers.add(values.equals(layer.values()) ? layer : layer.toBuilder().values(values).build());
        }
        return pinned.toBuilder().layers(layers).buildLenient();
    }

    /**
     * What the profile's packs need at least ({@code constraints.resources}), with requests and
     * replica counts read from each layer's effective values.
     *
     * @param profile a resolved profile
     * @return the needs, with the parameter references the values lack among its problems
     * @throws IllegalArgumentException if the values of a layer with resource components, or a
     *     chosen preset's {@code add}, is not valid YAML
     */
    public static ResourceNeeds resourceNeeds(ResolvedProfile profile) {
        Objects.requireNonNull(profile, "profile");
        Map<Integer, Object> loaded = new HashMap<>();
        return ResourceNeeds.of(profile, (layer, path) -> {
            Object values = loaded.computeIfAbsent(layer.index(), i -> {
                Object data = PresetEdits.load(of(layer), "the values of layers[" + i + "]");
                return data == null ? Map.of() : data;
            });
            return PresetEdits.valueAt(values, path).map(String::valueOf);
        });
    }
}
