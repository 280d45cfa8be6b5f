package io.profilekit.validation.internal;

import io.profilekit.Layer;
import io.profilekit.PackVersion;
import io.profilekit.registry.DependencyType;
import io.profilekit.registry.PackDependency;
import io.profilekit.registry.PackDescriptor;
import io.profilekit.registry.PackRegistry;
import io.profilekit.rules.ProfileRule;
import io.profilekit.rules.RuleContext;
import io.profilekit.rules.Violation;
import io.profilekit.rules.ViolationCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rule {@code profilekit.dependencies}: pack constraints ({@code constraints.dependencies} of
 * {@code pack.json}), checked on the <em>resolved</em> versions of the whole profile. For each
 * resolved pack (its layer matching the pack's own):
 * <ul>
 *   <li>{@code required}: the other pack must be in the profile (else DEPENDENCY_MISSING) at a
 *       version within the bounds (else DEPENDENCY_VERSION_OUT_OF_RANGE);</li>
 *   <li>{@code optional}: if the other pack is present, its version must be within the bounds
 *       (else DEPENDENCY_VERSION_OUT_OF_RANGE);</li>
 *   <li>{@code notSupported}: the other pack must not be present at a version within the bounds
 *       (else DEPENDENCY_NOT_SUPPORTED);</li>
 *   <li>{@code upgrade}: not checked — Palette does not document what it demands.</li>
 * </ul>
 * The other pack is matched by name, in the profile and, when the profile is checked as part of a
 * {@link io.profilekit.ClusterStack}, in the stack's other profiles (an add-on pack's constraint on
 * {@code kubernetes} is checked against the base's Kubernetes). An add-on or system profile
 * checked alone has no core layers, so a required core-layer pack missing from it is not reported
 * (the stack check reports it). A present pack whose version did not resolve is reported by
 * {@code profilekit.packs} and not judged here. Violations sit at the constrained pack
 * ({@code layers[i].pack.name} for a missing pack, {@code layers[i].pack.version} otherwise), and
 * their messages name both packs and the range. Internal: not part of ProfileKit's API.
 */
public final class DependencyRule implements ProfileRule {
    /** The rule's id. */
    public static final String ID = "profilekit.dependencies";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Violation> check(RuleContext context) {
        List<Violation> out = new ArrayList<>();
        List<Layer> layers = context.profile().layers();
        for (int i = 0; i < layers.size(); i++) {
            Optional<PackDescriptor> source = Layers.resolved(context, i);
            if (source.isEmpty() || Layers.layerMismatch(context, i)) {
                continue;
            }
            for (PackDependency dep : source.get().constraints().dependencies()) {
                check(context, i, source.get(), dep, out);
            }
        }
        return out;
    }

    private static void check(RuleContext ctx, int i, PackDescriptor source, PackDependency dep, List<Violation> out) {
        if (dep.type() == DependencyType.UPGRADE) {
            return;
        }
        boolean present = false;
        for (Target t : targets(ctx, i, dep)) {
            present = true;
            if (t.resolved().isEmpty()) {
                continue;
            }
            PackVersion version = t.resolved().get().version();
            String found = "the " + t.holder() + " has " + dep.packName() + " " + version + " at " + t.path();
            Optional<ViolationCode> breach = Constraints.breach(dep, version);
            if (breach.isEmpty()) {
                continue;
            }
            if (breach.get() == ViolationCode.DEPENDENCY_NOT_SUPPORTED) {
                out.add(Violation.of(breach.get(), Layers.path(i) + ".pack.version",
                        Constraints.sentence(source, dep) + ", and " + found,
                        "use " + dep.packName() + " outside " + dep.rangeText() + alternatives(ctx, i, source, dep, version)));
            } else {
                out.add(Violation.of(breach.get(), Layers.path(i) + ".pack.version",
                        Constraints.sentence(source, dep) + ", but " + found,
                        "use " + dep.packName() + " " + dep.rangeText() + admitted(ctx, dep)
                                + alternatives(ctx, i, source, dep, version)));
            }
        }
        Optional<StackView> stack = DefaultRuleContext.stackOf(ctx);
        if (!present && Constraints.missing(dep, stack.isPresent(), ctx.profile().kind())) {
            out.add(Violation.of(ViolationCode.DEPENDENCY_MISSING, Layers.path(i) + ".pack.name",
                    Constraints.sentence(source, dep) + ", which the "
                            + (stack.isPresent() ? "cluster stack" : "profile") + " does not have",
                    "add a layer with layer: " + dep.layer().wireName() + " and pack " + dep.packName() + " "
                            + dep.rangeText() + admitted(ctx, dep)));
        }
    }

    /**
     * A layer a dependency may be met by.
     *
     * @param path its path as reports show it
     * @param holder "profile", or "stack" for a layer of another profile of the stack
     * @param layer the layer
     * @param resolved its resolved pack
     */
    private record Target(String path, String holder, Layer layer, Optional<PackDescriptor> resolved) {
    }

    /**
     * The other layers of the profile, then (in a stack) the layers of the stack's other profiles,
     * that may meet the dependency.
     */
    private static List<Target> targets(RuleContext ctx, int i, PackDependency dep) {
        List<Target> out = new ArrayList<>();
        List<Layer> layers = ctx.profile().layers();
        for (int j = 0; j < layers.size(); j++) {
            if (j != i && Constraints.meets(layers.get(j), dep)) {
                out.add(new Target(Layers.path(j), "profile", layers.get(j), Layers.resolved(ctx, j)));
            }
        }
        DefaultRuleContext.stackOf(ctx).ifPresent(stack -> {
            for (StackView.Other o : stack.others()) {
                if (Constraints.meets(o.layer(), dep)) {
                    out.add(new Target(o.path(), "cluster stack", o.layer(), o.resolved()));
                }
            }
        });
        return out;
    }

    /** The newest versions of the other pack within the bounds. */
    private static String admitted(RuleContext ctx, PackDependency dep) {
        List<PackDescriptor> all = ctx.registry().packs(dep.packName());
        List<String> ok = new ArrayList<>();
        for (int k = all.size() - 1; k >= 0 && ok.size() < 3; k--) {
            PackVersion v = all.get(k).version();
            if (!v.isPreRelease() && dep.admits(v)) {
                ok.add(v.toString());
            }
        }
        return ok.isEmpty() ? "" : " (available: " + String.join(", ", ok) + ")";
    }

    /** Versions of the constrained pack whose constraint on the other pack admits the version present. */
    private static String alternatives(RuleContext ctx, int i, PackDescriptor source, PackDependency dep,
                                       PackVersion present) {
        List<PackDescriptor> all = Layers.sourceOf(ctx, i).map((PackRegistry r) -> r.packs(source.name())).orElse(List.of());
        List<String> ok = new ArrayList<>();
        for (int k = all.size() - 1; k >= 0 && ok.size() < 3; k--) {
            PackDescriptor p = all.get(k);
            if (p.version().equals(source.version()) || p.version().isPreRelease()) {
                continue;
            }
            boolean fits = true;
            for (PackDependency d : p.constraints().dependencies()) {
                if (d.packName().equals(dep.packName()) && Constraints.breach(d, present).isPresent()) {
                    fits = false;
                }
            }
            if (fits) {
                ok.add(p.version().toString());
            }
        }
        return ok.isEmpty() ? "" : ", or a version of " + source.name() + " that accepts " + dep.packName() + " "
                + present + ": " + String.join(", ", ok);
    }
}
