package io.profilekit.validation.internal;

import io.profilekit.ClusterProfile;
import io.profilekit.Layer;
import io.profilekit.LayerType;
import io.profilekit.ProfileKind;
import io.profilekit.ProfileType;
import io.profilekit.rules.ProfileRule;
import io.profilekit.rules.RuleContext;
import io.profilekit.rules.Violation;
import io.profilekit.rules.ViolationCode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rule {@code profilekit.layers}: the layers a profile holds, as its {@link ProfileKind} says —
 * {@link ProfileKind#requiredLayers()} once each and only {@link ProfileKind#allowedLayers()} (a
 * profile of type {@code infra} also holds no add-on layer); nothing about layers is decided here
 * per kind. Reports a missing required layer (at {@code layers}), a second layer of a required
 * type (at the later one), a core layer in an add-on or system profile and an add-on layer in a
 * profile of type {@code infra} (at that layer), a layer whose type is not given and cannot be
 * learned from the registry (at that layer), and layers out of the order os → k8s → cni → csi →
 * addon (once, at {@code layers}, a warning by default: Palette installs by layer whatever the
 * order; the hint gives the order to use). A layer without a type ({@link LayerType#UNSPECIFIED})
 * counts as its pack's own layer. A doubled or disallowed layer is left out of the order check, so
 * it is reported once. Internal: not part of ProfileKit's API.
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
        ProfileKind kind = profile.kind();
        List<LayerType> required = kind.requiredLayers();
        Set<LayerType> allowed = EnumSet.copyOf(kind.allowedLayers());
        if (profile.type() == ProfileType.INFRA) {
            allowed.remove(LayerType.ADDON);
        }
        List<Violation> out = new ArrayList<>();
        List<Layer> layers = profile.layers();
        Map<LayerType, Integer> first = new EnumMap<>(LayerType.class);
        List<int[]> ordered = new ArrayList<>();   // {layer index, type ordinal}
        for (int i = 0; i < layers.size(); i++) {
            Layer layer = layers.get(i);
            LayerType type = Layers.effectiveType(context, i);
            if (type == LayerType.UNSPECIFIED) {
                out.add(Violation.of(ViolationCode.LAYER_TYPE_UNKNOWN, Layers.path(i),
                        Layers.path(i) + " names no layer type, and no registry in use knows its pack "
                                + Texts.quote(layer.pack().name()) + " to learn it from",
                        "name the layer in the document: layer: addon (or os, k8s, cni, csi)"));
                continue;
            }
            if (!allowed.contains(type)) {
                out.add(notAllowed(profile, i, layer, type));
                continue;
            }
            if (required.contains(type)) {
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
            ordered.add(new int[] {i, type.ordinal()});
        }
        for (LayerType type : required) {
            if (!first.containsKey(type)) {
                out.add(Violation.of(ViolationCode.LAYER_MISSING, "layers",
                        "the profile has no " + Layers.describe(type) + " layer",
                        "an infrastructure profile needs os, k8s, cni and csi layers; add a layer with layer: "
                                + type.wireName() + " and a " + type.displayName() + " pack"));
            }
        }
        order(layers, ordered, out);
        return out;
    }

    private static Violation notAllowed(ClusterProfile profile, int i, Layer layer, LayerType type) {
        if (type.isCore()) {
            String kindName = profile.kind() == ProfileKind.SYSTEM ? "a system profile" : "an add-on profile";
            return Violation.of(ViolationCode.LAYER_CORE_IN_ADD_ON, Layers.path(i),
                    Layers.path(i) + " is a " + Layers.describe(type) + " layer (" + Texts.quote(layer.pack().name())
                            + "), which " + kindName + " may not hold",
                    "core layers (os, k8s, cni, csi) belong in the cluster's infrastructure or Full profile;"
                            + " move the layer there, or use an add-on pack with layer: addon");
        }
        return Violation.of(ViolationCode.LAYER_NOT_ALLOWED, Layers.path(i),
                Layers.path(i) + " is " + (type == LayerType.ADDON ? "an add-on" : "a " + type.wireName()) + " layer ("
                        + Texts.quote(layer.pack().name()) + "), which a profile of type " + profile.type()
                        + " may not hold",
                "move it to an add-on profile, or make this a Full profile with type: cluster");
    }

    /** One warning if the layers are out of order, naming the first pair out of order and the order to use. */
    private static void order(List<Layer> layers, List<int[]> ordered, List<Violation> out) {
        for (int k = 1; k < ordered.size(); k++) {
            int[] previous = ordered.get(k - 1);
            int[] current = ordered.get(k);
            if (current[1] < previous[1]) {
                List<String> found = new ArrayList<>();
                for (int[] l : ordered) {
                    found.add(LayerType.values()[l[1]].wireName());
                }
                List<int[]> sorted = new ArrayList<>(ordered);
                sorted.sort(Comparator.comparingInt(l -> l[1]));   // stable: add-ons keep their order
                List<String> use = new ArrayList<>();
                for (int[] l : sorted) {
                    use.add(Layers.path(l[0]) + " (" + LayerType.values()[l[1]].wireName() + ")");
                }
                out.add(Violation.of(ViolationCode.LAYER_ORDER, "layers",
                        "the layers are in the order " + Texts.list(found, 20) + ": " + Layers.path(current[0])
                                + " (" + LayerType.values()[current[1]].wireName() + ") comes after "
                                + Layers.path(previous[0]) + " (" + LayerType.values()[previous[1]].wireName() + ")",
                        "Palette installs layers by type whatever their order (" + ORDER + "); to list them as"
                                + " Palette shows them, use the order " + Texts.list(use, 20)));
                return;
            }
        }
    }
}
