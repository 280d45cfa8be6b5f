package io.profilekit.validation.internal;

import io.profilekit.CloudType;
import io.profilekit.Layer;
import io.profilekit.LayerType;
import io.profilekit.PackType;
import io.profilekit.registry.PackDescriptor;
import io.profilekit.registry.PackQuery;
import io.profilekit.registry.PackRegistry;
import io.profilekit.resolve.ResolutionFailure;
import io.profilekit.resolve.ResolvedLayer;
import io.profilekit.rules.RuleContext;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the rules need to know about each layer, derived from the shared resolution. Internal: not
 * part of ProfileKit's API.
 */
final class Layers {
    private Layers() {
    }

    /** A layer's display form, e.g. {@code Kubernetes (k8s)}. */
    static String describe(LayerType type) {
        return type.displayName() + " (" + type.wireName() + ")";
    }

    /** A layer type's wire name, or {@code unspecified} for a layer that gives none. */
    static String wire(LayerType type) {
        return type == LayerType.UNSPECIFIED ? "unspecified" : type.wireName();
    }

    /**
     * The layer's type: its own, or for a layer that gives none ({@link LayerType#UNSPECIFIED})
     * the type of the pack it resolved to; {@code UNSPECIFIED} if that cannot be learned.
     */
    static LayerType effectiveType(RuleContext ctx, int index) {
        LayerType own = ctx.profile().layers().get(index).type();
        if (own != LayerType.UNSPECIFIED) {
            return own;
        }
        Optional<PackDescriptor> resolved = resolved(ctx, index);
        if (resolved.isPresent()) {
            return resolved.get().layer();
        }
        Layer layer = ctx.profile().layers().get(index);
        if (!fromRegistry(layer)) {
            return LayerType.ADDON;   // a manifest pack with no layer given is an add-on, as Palette places it
        }
        if (layer.pack().name().isBlank()) {
            return LayerType.UNSPECIFIED;
        }
        // Not resolved (e.g. no matching version): the registry may still know the pack's layer.
        List<PackDescriptor> known = lookup(ctx, layer).map(r -> r.packs(layer.pack().name())).orElse(List.of());
        return known.isEmpty() ? LayerType.UNSPECIFIED : known.get(known.size() - 1).layer();
    }

    /** The path of a layer. */
    static String path(int index) {
        return "layers[" + index + "]";
    }

    /** Whether a layer's pack comes from a registry (manifest packs do not). */
    static boolean fromRegistry(Layer layer) {
        return layer.pack().type() != PackType.MANIFEST;
    }

    /** The resolved pack of a layer, if it resolved. */
    static Optional<PackDescriptor> resolved(RuleContext ctx, int index) {
        return ctx.resolution().layer(index).flatMap(ResolvedLayer::pack);
    }

    /** The resolution failure of a layer, if it failed. */
    static Optional<ResolutionFailure> failure(RuleContext ctx, int index) {
        for (ResolutionFailure f : ctx.resolution().failures()) {
            if (f.layerIndex() == index) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the layer's resolved pack is made for another layer; such a layer is reported once
     * (PACK_LAYER_MISMATCH) and left out of the cloud, end-of-life, preset and dependency checks.
     */
    static boolean layerMismatch(RuleContext ctx, int index) {
        Layer layer = ctx.profile().layers().get(index);
        return layer.type() != LayerType.UNSPECIFIED
                && resolved(ctx, index).map(d -> d.layer() != layer.type()).orElse(false);
    }

    /** The registry a resolved layer came from. */
    static Optional<PackRegistry> sourceOf(RuleContext ctx, int index) {
        Optional<String> id = ctx.resolution().layer(index).flatMap(ResolvedLayer::registryId);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        for (PackRegistry m : ctx.registry().members()) {
            if (m.id().equals(id.get())) {
                return Optional.of(m);
            }
        }
        return Optional.of(ctx.registry());
    }

    /**
     * The registry a layer's pack would be taken from, as the resolver chooses it: the named
     * registry, or else the first registry that has the pack.
     *
     * @return the registry, or empty if the named registry is not in use or no registry has the pack
     */
    static Optional<PackRegistry> lookup(RuleContext ctx, Layer layer) {
        List<PackRegistry> members = ctx.registry().members();
        if (layer.pack().registry().isPresent()) {
            for (PackRegistry m : members) {
                if (m.isNamedBy(layer.pack().registry().get())) {
                    return m.contains(layer.pack().name()) ? Optional.of(m) : Optional.empty();
                }
            }
            return Optional.empty();
        }
        for (PackRegistry m : members) {
            if (m.contains(layer.pack().name())) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** The names of packs for a layer and cloud, sorted, at most {@code max}. */
    static String packsFor(RuleContext ctx, LayerType type, CloudType cloud, int max) {
        Set<String> names = new LinkedHashSet<>();
        for (PackDescriptor d : ctx.registry().find(PackQuery.all().layer(type).cloud(cloud))) {
            names.add(d.name());
        }
        return Texts.list(new ArrayList<>(names), max);
    }
}
