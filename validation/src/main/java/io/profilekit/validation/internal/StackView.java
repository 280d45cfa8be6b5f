package io.profilekit.validation.internal;

import io.profilekit.ClusterProfile;
import io.profilekit.ClusterStack;
import io.profilekit.Layer;
import io.profilekit.registry.PackDescriptor;
import io.profilekit.resolve.Resolution;
import io.profilekit.resolve.ResolvedLayer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rest of a {@link ClusterStack}, as seen by the rules checking one of its profiles: the
 * layers of the other profiles with their resolved packs, named by the profile's label. Internal:
 * not part of ProfileKit's API.
 */
public final class StackView {
    private final ClusterStack stack;
    private final int current;
    private final List<Resolution> resolutions;
    /** {@link #others()}, built on first use (rules of one profile ask for it more than once). */
    private List<Other> others;

    /**
     * A view of a stack from one of its profiles.
     *
     * @param stack the stack
     * @param current the index of the profile being checked
     * @param resolutions each profile's resolution, in stack order
     */
    public StackView(ClusterStack stack, int current, List<Resolution> resolutions) {
        this.stack = Objects.requireNonNull(stack, "stack");
        this.current = current;
        this.resolutions = List.copyOf(resolutions);
    }

    /**
     * A layer of another profile of the stack.
     *
     * @param path the layer's path, e.g. {@code [observability].layers[1]}
     * @param profile the profile holding it
     * @param layer the layer
     * @param resolved its resolved pack, if it resolved
     */
    public record Other(String path, ClusterProfile profile, Layer layer, Optional<PackDescriptor> resolved) {
    }

    /** @return the stack */
    public ClusterStack stack() {
        return stack;
    }

    /** @return the index of the profile being checked */
    public int current() {
        return current;
    }

    /** @return the layers of every other profile of the stack, in stack order */
    public List<Other> others() {
        List<Other> known = others;
        if (known != null) {
            return known;
        }
        List<Other> out = new ArrayList<>();
        for (int p = 0; p < stack.profiles().size(); p++) {
            if (p == current) {
                continue;
            }
            List<Layer> layers = stack.profiles().get(p).layers();
            for (int j = 0; j < layers.size(); j++) {
                Optional<PackDescriptor> resolved = p < resolutions.size()
                        ? resolutions.get(p).layer(j).flatMap(ResolvedLayer::pack) : Optional.empty();
                out.add(new Other(stack.label(p) + "." + Layers.path(j), stack.profiles().get(p), layers.get(j),
                        resolved));
            }
        }
        others = List.copyOf(out);
        return others;
    }
}
