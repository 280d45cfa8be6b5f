package io.profilekit.validation.internal;

import io.profilekit.ClusterProfile;
import io.profilekit.InfrastructureProfile;
import io.profilekit.Layer;
import io.profilekit.LayerType;
import io.profilekit.ProfileType;
import io.profilekit.rules.ProfileRule;
import io.profilekit.rules.RuleContext;
import io.profilekit.rules.Violation;
import io.profilekit.rules.ViolationCode;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Rule {@code profilekit.layers}: an infrastructure profile holds exactly one each of the os, k8s,
 * cni and csi layers, in that order, then (type {@code cluster} only) add-on layers. Reports a
 * missing core layer (at {@code layers}), a second layer of a core type (at the later one), an
 * add-on layer in a profile of type {@code infra} (at that layer), and layers out of order (once,
 * at {@code layers}, listing the order found; the validator never reorders). A doubled or
 * disallowed layer is left out of the order check, so it is reported once. Internal: not part of
 * ProfileKit's API.
 */
public final class LayerStructureRule implements ProfileRule {
    /** The rule's id. */
    public static final String ID = "profilekit.layers";

    private static final String ORDER = "os → k8s → cni → csi → addon";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Violation> check(RuleContext context) {
        ClusterProfile profile = context.profile();
        if (!(profile instanceof InfrastructureProfile)) {
            return List.of();
        }
        List<Violation> out = new ArrayList<>();
        List<Layer> layers = profile.layers();
        boolean addOnsAllowed = profile.type() != ProfileType.INFRA;
        Map<LayerType, Integer> first = new EnumMap<>(LayerType.class);
        List<Integer> ordered = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            Layer layer = layers.get(i);
            LayerType type = layer.type();
            if (type == LayerType.ADDON && !addOnsAllowed) {
                out.add(Violation.of(ViolationCode.LAYER_NOT_ALLOWED, Layers.path(i),
                        Layers.path(i) + " is an add-on layer (" + Texts.quote(layer.pack().name())
                                + "), which a profile of type infra may not hold",
                        "move it to an add-on profile, or make this a full profile with type cluster"));
                continue;
            }
            if (type.isCore()) {
                Integer earlier = first.putIfAbsent(type, i);
                if (earlier != null) {
                    out.add(Violation.of(ViolationCode.LAYER_DUPLICATE, Layers.path(i),
                            Layers.path(i) + " is a second " + Layers.describe(type) + " layer ("
                                    + Texts.quote(layer.pack().name()) + "); the first is " + Layers.path(earlier)
                                    + " (" + Texts.quote(layers.get(earlier).pack().name()) + ")",
                            "an infrastructure profile holds exactly one " + type.wireName() + " layer; remove one"));
                    continue;
                }
            }
            ordered.add(i);
        }
        for (LayerType type : LayerType.values()) {
            if (type.isCore() && !first.containsKey(type)) {
                String setter = type == LayerType.OS ? "os" : type.displayName().toLowerCase(Locale.ROOT);
                out.add(Violation.of(ViolationCode.LAYER_MISSING, "layers",
                        "the profile has no " + Layers.describe(type) + " layer",
                        "an infrastructure profile needs os, k8s, cni and csi layers in that order; add one with "
                                + setter + "(...)"));
            }
        }
        for (int k = 1; k < ordered.size(); k++) {
            Layer previous = layers.get(ordered.get(k - 1));
            Layer current = layers.get(ordered.get(k));
            if (current.type().compareTo(previous.type()) < 0) {
                List<String> found = new ArrayList<>();
                for (Layer l : layers) {
                    found.add(l.type().wireName());
                }
                out.add(Violation.of(ViolationCode.LAYER_ORDER, "layers",
                        "the layers are in the order " + Texts.list(found, 20) + ": " + Layers.path(ordered.get(k))
                                + " (" + current.type().wireName() + ") comes after " + Layers.path(ordered.get(k - 1))
                                + " (" + previous.type().wireName() + ")",
                        "Palette installs layers in the order " + ORDER + "; put them in that order"
                                + " (ProfileKit does not reorder them)"));
                break;
            }
        }
        return out;
    }
}
