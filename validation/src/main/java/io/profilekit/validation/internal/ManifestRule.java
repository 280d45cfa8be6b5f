package io.profilekit.validation.internal;

import io.profilekit.Layer;
import io.profilekit.Manifest;
import io.profilekit.PackType;
import io.profilekit.rules.ProfileRule;
import io.profilekit.rules.RuleContext;
import io.profilekit.rules.Violation;
import io.profilekit.rules.ViolationCode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rule {@code profilekit.manifests}: a manifest pack must carry at least one manifest
 * (MANIFEST_MISSING, at {@code layers[i].manifests}), and manifest names are unique within a layer,
 * compared exactly (MANIFEST_NAME_DUPLICATE, at the later {@code layers[i].manifests[j]}).
 * Internal: not part of ProfileKit's API.
 */
public final class ManifestRule implements ProfileRule {
    /** The rule's id. */
    public static final String ID = "profilekit.manifests";

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
            if (layer.pack().type() == PackType.MANIFEST && layer.manifests().isEmpty()) {
                out.add(Violation.of(ViolationCode.MANIFEST_MISSING, Layers.path(i) + ".manifests",
                        "manifest pack " + Texts.quote(layer.pack().name()) + " at " + Layers.path(i)
                                + " carries no manifest",
                        "add a manifest with a name and content under the layer's manifests:, or use a registry pack"));
            }
            Map<String, Integer> seen = new HashMap<>();
            List<Manifest> manifests = layer.manifests();
            for (int j = 0; j < manifests.size(); j++) {
                Integer earlier = seen.putIfAbsent(manifests.get(j).name(), j);
                if (earlier != null) {
                    out.add(Violation.of(ViolationCode.MANIFEST_NAME_DUPLICATE, Layers.path(i) + ".manifests[" + j + "]",
                            "manifest name " + Texts.quote(manifests.get(j).name()) + " is already used by "
                                    + Layers.path(i) + ".manifests[" + earlier + "]",
                            "give each manifest of a layer its own name"));
                }
            }
        }
        return out;
    }
}
