package io.profilekit.validation.internal;

import io.profilekit.Layer;
import io.profilekit.registry.PackDescriptor;
import io.profilekit.registry.PackPreset;
import io.profilekit.rules.ProfileRule;
import io.profilekit.rules.RuleContext;
import io.profilekit.rules.Violation;
import io.profilekit.rules.ViolationCode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rule {@code profilekit.presets}: each chosen preset must exist in the resolved pack version
 * (PRESET_NOT_FOUND, with the closest and all preset names), and at most one preset of a group may
 * be chosen (PRESET_GROUP_CONFLICT, at the later one). Layers whose pack did not resolve, or sits
 * in the wrong layer, are not checked. Internal: not part of ProfileKit's API.
 */
public final class PresetRule implements ProfileRule {
    /** The rule's id. */
    public static final String ID = "profilekit.presets";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Violation> check(RuleContext context) {
        List<Violation> out = new ArrayList<>();
        List<Layer> layers = context.profile().layers();
        for (int i = 0; i < layers.size(); i++) {
            Layer layer = layers.get(i);
            Optional<PackDescriptor> pack = Layers.resolved(context, i);
            if (layer.presets().isEmpty() || pack.isEmpty() || Layers.layerMismatch(context, i)) {
                continue;
            }
            check(i, layer, pack.get(), out);
        }
        return out;
    }

    private static void check(int i, Layer layer, PackDescriptor pack, List<Violation> out) {
        List<String> known = new ArrayList<>();
        List<String> described = new ArrayList<>();
        for (PackPreset p : pack.presets()) {
            known.add(p.name());
            described.add(p.name() + " (" + p.group() + ")");
        }
        Map<String, Integer> byGroup = new HashMap<>();
        List<String> chosen = layer.presets();
        for (int j = 0; j < chosen.size(); j++) {
            String name = chosen.get(j);
            String path = Layers.path(i) + ".presets[" + j + "]";
            Optional<PackPreset> preset = pack.preset(name);
            if (preset.isEmpty()) {
                List<String> close = Texts.closest(name, known, 3);
                out.add(Violation.of(ViolationCode.PRESET_NOT_FOUND, path,
                        pack.name() + " " + pack.version() + " has no preset " + Texts.quote(name),
                        known.isEmpty() ? pack.name() + " " + pack.version() + " has no presets"
                                : (close.isEmpty() ? "" : "did you mean " + String.join(", ", close) + "? ")
                                + "presets (group): " + Texts.list(described, 12)
                                + (close.isEmpty() ? "" : Texts.mixedScriptsNote(name))));
                continue;
            }
            String group = preset.get().group();
            Integer earlier = byGroup.putIfAbsent(group, j);
            if (earlier != null) {
                String other = chosen.get(earlier);
                List<String> inGroup = new ArrayList<>();
                pack.presets().stream().filter(p -> p.group().equals(group)).forEach(p -> inGroup.add(p.name()));
                String what = other.equals(name)
                        ? "preset " + Texts.quote(name) + " is chosen twice (" + Layers.path(i) + ".presets[" + earlier
                                + "] and presets[" + j + "])"
                        : "presets " + Texts.quote(other) + " (presets[" + earlier + "]) and " + Texts.quote(name)
                                + " (presets[" + j + "]) both belong to group " + Texts.quote(group);
                out.add(Violation.of(ViolationCode.PRESET_GROUP_CONFLICT, path,
                        what + "; only one preset per group can be active",
                        "choose one of " + Texts.list(inGroup, 12)));
            }
        }
    }
}
