package io.profilekit.validation.internal;

import io.profilekit.CloudType;
import io.profilekit.Layer;
import io.profilekit.LayerType;
import io.profilekit.registry.PackDescriptor;
import io.profilekit.registry.PackRegistry;
import io.profilekit.resolve.ResolutionFailure;
import io.profilekit.rules.ProfileRule;
import io.profilekit.rules.RuleContext;
import io.profilekit.rules.SafeText;
import io.profilekit.rules.Violation;
import io.profilekit.rules.ViolationCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Rule {@code profilekit.packs}: each layer's pack against the registry, from the shared
 * resolution. Reports, per layer: a blank pack name; an invalid version selector; a named registry
 * that is not in use; an unknown pack (with the closest names); no version matching the selector
 * (with the nearest versions); a pack made for another layer; a pack that does not support the
 * profile's cloud (with the clouds it supports); a chosen version past its end of life (a
 * warning). Manifest packs come from no registry and are skipped. A problem hides the checks that
 * depend on it: a blank or unknown pack gets no layer or cloud check, a pack in the wrong layer no
 * cloud or end-of-life check. Internal: not part of ProfileKit's API.
 */
public final class PackRule implements ProfileRule {
    /** The rule's id. */
    public static final String ID = "profilekit.packs";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Violation> check(RuleContext context) {
        List<Violation> out = new ArrayList<>();
        List<Layer> layers = context.profile().layers();
        for (int i = 0; i < layers.size(); i++) {
            checkLayer(context, i, layers.get(i), out);
        }
        return out;
    }

    private static void checkLayer(RuleContext ctx, int i, Layer layer, List<Violation> out) {
        String base = Layers.path(i) + ".pack.";
        String name = layer.pack().name();
        if (name.isBlank()) {
            out.add(Violation.of(ViolationCode.PACK_NAME_BLANK, base + "name",
                    Layers.path(i) + " (" + Layers.wire(layer.type()) + ") has a pack with "
                            + (name.isEmpty() ? "an empty name" : "the blank name " + Texts.quote(name)),
                    "name the pack, e.g. " + example(layer.type())));
        }
        if (!Layers.fromRegistry(layer)) {
            return;
        }
        for (FieldProblem p : ProfileFieldChecks.selector(layer.pack().version(), base + "version")) {
            Optional<PackRegistry> source = name.isBlank() ? Optional.empty() : Layers.lookup(ctx, layer);
            String versions = source.map(r -> "; " + SafeText.escape(name) + " has " + newestVersions(r.packs(name), 5)).orElse("");
            out.add(Violation.of(p.code(), p.path(), p.message(), p.hint() + versions));
        }
        if (name.isBlank()) {
            return;
        }
        Optional<ResolutionFailure> failure = Layers.failure(ctx, i);
        if (failure.isPresent() && failure.get().reason() == ResolutionFailure.Reason.INVALID_SELECTOR) {
            // The resolver stops at the selector; the registry and the pack are still worth checking.
            failure = registryProblem(ctx, i, layer);
        }
        List<PackDescriptor> candidates;
        if (failure.isPresent()) {
            ResolutionFailure f = failure.get();
            switch (f.reason()) {
                case UNKNOWN_REGISTRY:
                    out.add(Violation.of(ViolationCode.REGISTRY_NOT_FOUND, base + "registry",
                            "registry " + Texts.quote(layer.pack().registry().map(Object::toString).orElse(""))
                                    + " is not in use",
                            "registries in use: " + registryNames(ctx)));
                    return;
                case UNKNOWN_PACK:
                    out.add(unknownPack(ctx, i, layer, f));
                    return;
                case NO_MATCHING_VERSION:
                    out.add(Violation.of(ViolationCode.PACK_VERSION_NOT_FOUND, base + "version",
                            "no version of " + Texts.quote(name)
                                    + layer.pack().version().group().map(g -> " in group " + Texts.quote(g)).orElse("")
                                    + " matches " + Texts.quote(layer.pack().version().toString()),
                            f.suggestions().isEmpty() ? "the pack has no versions"
                                    : "nearest versions: " + String.join(", ", f.suggestions())));
                    candidates = Layers.lookup(ctx, layer).map(r -> r.packs(name)).orElse(List.of());
                    break;
                default:
                    candidates = Layers.lookup(ctx, layer).map(r -> r.packs(name)).orElse(List.of());
                    break;
            }
        } else {
            Optional<PackDescriptor> resolved = Layers.resolved(ctx, i);
            if (resolved.isEmpty()) {
                return;
            }
            candidates = List.of(resolved.get());
        }
        if (candidates.isEmpty()) {
            return;
        }
        PackDescriptor shown = candidates.get(candidates.size() - 1);
        // A layer without a type takes its pack's own: it cannot be in the wrong layer.
        if (layer.type() != LayerType.UNSPECIFIED && candidates.stream().noneMatch(d -> d.layer() == layer.type())) {
            out.add(Violation.of(ViolationCode.PACK_LAYER_MISMATCH, base + "name",
                    "pack " + Texts.quote(name) + " is a " + Layers.describe(shown.layer()) + " pack, but fills the "
                            + Layers.describe(layer.type()) + " layer at " + Layers.path(i),
                    "use a " + layer.type().wireName() + " pack" + packsFor(ctx, layer.type())
                            + ", or move " + Texts.quote(name) + " to a layer with layer: " + shown.layer().wireName()));
            return;
        }
        CloudType cloud = ctx.profile().cloud();
        if (candidates.stream().noneMatch(d -> d.supportsCloud(cloud))) {
            Set<String> clouds = new LinkedHashSet<>();
            candidates.forEach(d -> d.cloudTypes().forEach(c -> clouds.add(c.wireName())));
            out.add(Violation.of(ViolationCode.PACK_CLOUD_UNSUPPORTED, base + "name",
                    "pack " + Texts.quote(name) + (candidates.size() == 1 ? " " + shown.version() : "")
                            + " does not support cloud " + Texts.quote(cloud.wireName()),
                    SafeText.escape(name) + " supports " + Texts.list(new ArrayList<>(clouds), 12) + "; "
                            + packsHint(ctx, Layers.effectiveType(ctx, i))));
            return;
        }
        if (failure.isEmpty()) {
            endOfLife(ctx, i, layer, shown, out);
        }
    }

    private static void endOfLife(RuleContext ctx, int i, Layer layer, PackDescriptor d, List<Violation> out) {
        LocalDate today = ctx.today();
        if (d.eol().isEmpty() || !today.isAfter(d.eol().get())) {
            return;
        }
        List<String> newer = new ArrayList<>();
        List<PackDescriptor> all = Layers.sourceOf(ctx, i).map(r -> r.packs(d.name())).orElse(List.of());
        for (int k = all.size() - 1; k >= 0 && newer.size() < 3; k--) {
            PackDescriptor p = all.get(k);
            if (p.version().compareTo(d.version()) > 0 && !p.version().isPreRelease()
                    && p.supportsCloud(ctx.profile().cloud()) && (p.eol().isEmpty() || !today.isAfter(p.eol().get()))) {
                newer.add(p.version().toString());
            }
        }
        out.add(Violation.of(ViolationCode.PACK_END_OF_LIFE, Layers.path(i) + ".pack.version",
                d.name() + " " + d.version() + " (selected by " + Texts.quote(layer.pack().version().toString())
                        + ") reached its end of life on " + d.eol().get(),
                newer.isEmpty() ? "no newer version of " + d.name() + " without an end of life is in the registry"
                        : "newer versions: " + String.join(", ", newer)));
    }

    private static Violation unknownPack(RuleContext ctx, int i, Layer layer, ResolutionFailure f) {
        String name = layer.pack().name();
        String where = layer.pack().registry().isPresent()
                ? "registry " + Texts.quote(layer.pack().registry().get().toString()) + " has no pack named "
                : "no registry in use has a pack named ";
        String close = f.suggestions().isEmpty() ? "" : "did you mean " + String.join(", ", f.suggestions()) + "? ";
        return Violation.of(ViolationCode.PACK_NOT_FOUND, Layers.path(i) + ".pack.name", where + Texts.quote(name),
                close + packsHint(ctx, layer.type()) + (close.isEmpty() ? "" : Texts.mixedScriptsNote(name)));
    }

    /** For a layer whose selector is invalid: the registry problem the resolver did not get to. */
    private static Optional<ResolutionFailure> registryProblem(RuleContext ctx, int i, Layer layer) {
        String name = layer.pack().name();
        String selector = layer.pack().version().toString();
        List<PackRegistry> members = ctx.registry().members();
        if (layer.pack().registry().isPresent()) {
            Optional<PackRegistry> named = members.stream().filter(m -> m.isNamedBy(layer.pack().registry().get()))
                    .findFirst();
            if (named.isEmpty()) {
                return Optional.of(new ResolutionFailure(i, layer.type(), name, selector,
                        ResolutionFailure.Reason.UNKNOWN_REGISTRY, "unknown registry", List.of()));
            }
            if (!named.get().contains(name)) {
                return Optional.of(new ResolutionFailure(i, layer.type(), name, selector,
                        ResolutionFailure.Reason.UNKNOWN_PACK, "unknown pack",
                        Texts.closest(name, named.get().packNames(), 3)));
            }
            return Optional.of(failure(i, layer, ResolutionFailure.Reason.INVALID_SELECTOR));
        }
        if (members.stream().noneMatch(m -> m.contains(name))) {
            return Optional.of(new ResolutionFailure(i, layer.type(), name, selector,
                    ResolutionFailure.Reason.UNKNOWN_PACK, "unknown pack", Texts.closest(name, ctx.registry().packNames(), 3)));
        }
        return Optional.of(failure(i, layer, ResolutionFailure.Reason.INVALID_SELECTOR));
    }

    private static ResolutionFailure failure(int i, Layer layer, ResolutionFailure.Reason reason) {
        return new ResolutionFailure(i, layer.type(), layer.pack().name(), layer.pack().version().toString(), reason,
                reason.name(), List.of());
    }

    private static String registryNames(RuleContext ctx) {
        List<String> names = new ArrayList<>();
        for (PackRegistry m : ctx.registry().members()) {
            names.add(m.uid().map(u -> m.name() + " (" + u + ")").orElse(m.name()));
        }
        return Texts.list(names, 10);
    }

    private static String packsFor(RuleContext ctx, LayerType type) {
        String names = Layers.packsFor(ctx, type, ctx.profile().cloud(), 6);
        return names.isEmpty() ? "" : " (for " + ctx.profile().cloud().wireName() + ": " + names + ")";
    }

    private static String newestVersions(List<PackDescriptor> packs, int max) {
        List<String> out = new ArrayList<>();
        for (int k = packs.size() - 1; k >= 0 && out.size() < max; k--) {
            out.add(packs.get(k).version().toString());
        }
        return out.isEmpty() ? "no versions" : "versions " + String.join(", ", out);
    }

    private static String packsHint(RuleContext ctx, LayerType type) {
        if (type == LayerType.UNSPECIFIED) {
            return "";
        }
        return type.wireName() + " packs for " + ctx.profile().cloud().wireName() + ": "
                + orNone(Layers.packsFor(ctx, type, ctx.profile().cloud(), 6));
    }

    private static String orNone(String list) {
        return list.isEmpty() ? "none in the registry" : list;
    }

    private static String example(LayerType type) {
        switch (type) {
            case OS:
                return "ubuntu-aws";
            case KUBERNETES:
                return "kubernetes";
            case NETWORK:
                return "cni-calico";
            case STORAGE:
                return "csi-aws-ebs";
            default:
                return "hello-universe";
        }
    }
}
