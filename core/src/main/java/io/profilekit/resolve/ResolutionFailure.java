package io.profilekit.resolve;

import io.profilekit.LayerType;
import io.profilekit.internal.Checks;
import io.profilekit.rules.SafeText;

import java.util.List;

/**
 * Why one layer of a profile could not be pinned to a pack version.
 *
 * @param layerIndex the layer's index in {@code profile.layers()}
 * @param layer the layer's type
 * @param packName the pack the layer names
 * @param selector the version selector as written
 * @param reason the kind of failure
 * @param message a sentence saying what is wrong and what would be valid
 * @param suggestions what would be valid: the closest pack names, the nearest versions, or the
 *     known registries; possibly empty
 */
public record ResolutionFailure(int layerIndex, LayerType layer, String packName, String selector, Reason reason,
                                String message, List<String> suggestions) {

    /** The kinds of resolution failure. */
    public enum Reason {
        /** No registry in use has a pack of that name. */
        UNKNOWN_PACK,
        /** The layer names a registry that is not in use. */
        UNKNOWN_REGISTRY,
        /** The version selector is not a selector. */
        INVALID_SELECTOR,
        /** The pack exists but no version matches the selector. */
        NO_MATCHING_VERSION
    }

    /**
     * Creates a failure.
     *
     * @param layerIndex the layer's index in {@code profile.layers()}
     * @param layer the layer's type
     * @param packName the pack the layer names
     * @param selector the version selector as written
     * @param reason the kind of failure
     * @param message a sentence saying what is wrong and what would be valid
     * @param suggestions what would be valid: the closest pack names, the nearest versions, or the known registries; possibly empty
     * @throws NullPointerException if any component is null
     */
    public ResolutionFailure {
        Checks.notNull(layer, "layer");
        Checks.notNull(packName, "packName");
        Checks.notNull(selector, "selector");
        Checks.notNull(reason, "reason");
        Checks.notNull(message, "message");
        suggestions = Checks.copyNoNulls(suggestions, "suggestions");
    }

    /**
     * The property path of the part at fault, e.g. {@code layers[1].pack.version}.
     *
     * @return the path
     */
    public String path() {
        String part = switch (reason) {
            case UNKNOWN_PACK -> "name";
            case UNKNOWN_REGISTRY -> "registry";
            default -> "version";
        };
        return "layers[" + layerIndex + "].pack." + part;
    }

    /**
     * One line: path and message.
     *
     * @return e.g. {@code "layers[1].pack.version: no version of kubernetes matches '1.40.x'; nearest: 1.33.6"}
     */
    @Override
    public String toString() {
        return path() + ": " + SafeText.escape(message);
    }
}
