package io.profilekit.validation.internal;

import io.profilekit.registry.PackPreset;

import java.util.List;
import java.util.Optional;

/**
 * A layer's chosen presets with their {@code add} YAML loaded, answering which of them decides the
 * value at a key path once they are applied as Palette applies them (in order: each preset's
 * {@code remove} paths, then its {@code add} merged in). The one place the validator's rules read
 * presets from.
 */
final class ChosenPresets {
    /** No preset decides the path: the layer's own values do. */
    static final int NONE = -1;
    /** A preset removes the path, and no later one adds it back. */
    static final int REMOVED = -2;

    private final List<PackPreset> presets;
    private final List<Object> adds;

    private ChosenPresets(List<PackPreset> presets, List<Object> adds) {
        this.presets = presets;
        this.adds = adds;
    }

    /**
     * Loads the presets' {@code add} YAML; a preset whose {@code add} is not YAML adds nothing (the
     * registry reader reports it).
     */
    static ChosenPresets of(List<PackPreset> presets) {
        List<Object> adds = new java.util.ArrayList<>(presets.size());
        for (PackPreset p : presets) {
            Object added;
            try {
                added = ResourceRule.load(p.add());
            } catch (RuntimeException e) {
                added = null;
            }
            adds.add(added);
        }
        return new ChosenPresets(List.copyOf(presets), adds);
    }

    /** The presets from the given index on. */
    ChosenPresets from(int index) {
        return new ChosenPresets(presets.subList(index, presets.size()), adds.subList(index, adds.size()));
    }

    /** @return the presets, in the order chosen */
    List<PackPreset> presets() {
        return presets;
    }

    /**
     * Which preset decides the value at a path: the index of the last one that adds it, or
     * {@link #REMOVED} if a later one removes it, or {@link #NONE}.
     */
    int decider(String path) {
        for (int i = presets.size() - 1; i >= 0; i--) {
            if (ResourceRule.valueAt(adds.get(i), path).isPresent()) {
                return i;
            }
            for (String removed : presets.get(i).remove()) {
                if (path.equals(removed) || path.startsWith(removed + ".")) {
                    return REMOVED;
                }
            }
        }
        return NONE;
    }

    /** The value the preset at an index adds at a path. */
    Optional<Object> added(int index, String path) {
        return ResourceRule.valueAt(adds.get(index), path);
    }

    /** Whether the presets leave a non-empty value at the path. */
    boolean supply(String path) {
        int i = decider(path);
        return i >= 0 && added(i, path).filter(v -> !String.valueOf(v).isEmpty()).isPresent();
    }
}
