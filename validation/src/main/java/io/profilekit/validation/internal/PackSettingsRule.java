package io.profilekit.validation.internal;

import io.profilekit.Layer;
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
 * Rule {@code profilekit.pack-settings}: what a layer's values say to Palette under {@code pack:}.
 * Reports an install priority ({@code spectrocloud.com/install-priority}) that is not an integer
 * (at {@code layers[i].values.pack.spectrocloud.com/install-priority}, with its line), and the same
 * pack twice without distinct display names ({@code spectrocloud.com/display-name}; at the later
 * copy). Core layers doubled are {@code profilekit.layers}' to report. Internal: not part of
 * ProfileKit's API.
 */
public final class PackSettingsRule implements ProfileRule {
    /** The rule's id. */
    public static final String ID = "profilekit.pack-settings";

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
            ValuesScan.Setting priority = ValuesScan.of(layer.values()).packSettings().get(Layer.INSTALL_PRIORITY);
            if (priority != null && !isInteger(priority.value())) {
                out.add(Violation.of(ViolationCode.INSTALL_PRIORITY_INVALID,
                        Layers.path(i) + ".values.pack." + Layer.INSTALL_PRIORITY,
                        "the install priority of " + Texts.quote(layer.pack().name()) + " at line " + priority.line()
                                + " of its values is " + Texts.quote(priority.value()) + ", not an integer",
                        "write an integer in quotes under pack:, e.g. " + Layer.INSTALL_PRIORITY
                                + ": \"10\" (lower installs first; negative allowed; none means 0)"));
            }
        }
        // Only layers of one pack name can clash: each layer is compared with the earlier layers
        // of its name, in order, which keeps the rule linear in the number of layers.
        Map<String, List<Integer>> earlier = new HashMap<>();
        for (int j = 0; j < layers.size(); j++) {
            List<Integer> same = earlier.computeIfAbsent(layers.get(j).pack().name(), n -> new ArrayList<>());
            if (!Layers.effectiveType(context, j).isCore()) {
                for (int i : same) {
                    Optional<String> clash = clash(layers.get(i), layers.get(j));
                    if (clash.isPresent()) {
                        out.add(duplicate(Layers.path(j), layers.get(j), Layers.path(i), clash.get()));
                        break;
                    }
                }
            }
            same.add(j);
        }
        return out;
    }

    /**
     * Whether two layers are the same pack without distinct display names, and why.
     *
     * @param first the earlier layer
     * @param second the later layer
     * @return the reason, or empty if they may stand side by side
     */
    public static Optional<String> clash(Layer first, Layer second) {
        String name = second.pack().name();
        if (name.isBlank() || !name.equals(first.pack().name())) {
            return Optional.empty();
        }
        Optional<String> a = displayName(first);
        Optional<String> b = displayName(second);
        if (a.isPresent() && b.isPresent()) {
            return a.get().equals(b.get()) ? Optional.of("both have the display name " + Texts.quote(a.get()))
                    : Optional.empty();
        }
        if (a.isEmpty() && b.isEmpty()) {
            return Optional.of("neither has a display name");
        }
        return Optional.of((a.isEmpty() ? "the first" : "this one") + " has no display name");
    }

    /**
     * The violation for a pack that is already in the profile or stack.
     *
     * @param path the later copy's layer path
     * @param layer the later copy
     * @param firstPath the earlier copy's layer path
     * @param reason why they clash, from {@link #clash(Layer, Layer)}
     * @return the violation, at the later copy's pack name
     */
    public static Violation duplicate(String path, Layer layer, String firstPath, String reason) {
        return Violation.of(ViolationCode.PACK_DUPLICATE, path + ".pack.name",
                "pack " + Texts.quote(layer.pack().name()) + " is also at " + firstPath + ", and " + reason,
                "give each copy its own display name in its values: pack: " + Layer.DISPLAY_NAME
                        + ": <name> (change a Helm release's name with pack: releaseNameOverride: <chart>: <name>)");
    }

    private static Optional<String> displayName(Layer layer) {
        ValuesScan.Setting s = ValuesScan.of(layer.values()).packSettings().get(Layer.DISPLAY_NAME);
        Optional<String> name = s != null ? Optional.of(s.value()) : layer.displayName();
        return name.map(String::strip).filter(n -> !n.isEmpty());
    }

    private static boolean isInteger(String text) {
        try {
            Integer.parseInt(text.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
