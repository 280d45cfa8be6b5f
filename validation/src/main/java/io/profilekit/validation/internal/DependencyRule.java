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
 * The other pack is matched by name. A present pack whose version did not resolve is reported by
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
        List<Layer> layers = ctx.profile().layers();
        String self = source.name() + " " + source.version();
        String other = dep.packName() + " (" + dep.layer().wireName() + ")";
        boolean present = false;
        for (int j = 0; j < layers.size(); j++) {
            if (j == i || !Layers.fromRegistry(layers.get(j)) || !layers.get(j).pack().name().equals(dep.packName())) {
                continue;
            }
            present = true;
            Optional<PackDescriptor> target = Layers.resolved(ctx, j);
            if (target.isEmpty()) {
                continue;
            }
            PackVersion version = target.get().version();
            String found = "the profile has " + dep.packName() + " " + version + " at " + Layers.path(j);
            boolean admitted = dep.admits(version);
            if (dep.type() == DependencyType.NOT_SUPPORTED && admitted) {
                out.add(Violation.of(ViolationCode.DEPENDENCY_NOT_SUPPORTED, Layers.path(i) + ".pack.version",
                        self + " does not support " + other + " " + dep.rangeText() + ", and " + found,
                        "use " + dep.packName() + " outside " + dep.rangeText() + alternatives(ctx, i, source, dep, version)));
            } else if (dep.type() != DependencyType.NOT_SUPPORTED && !admitted) {
                String needs = dep.type() == DependencyType.REQUIRED ? " requires " : " supports only ";
                out.add(Violation.of(ViolationCode.DEPENDENCY_VERSION_OUT_OF_RANGE, Layers.path(i) + ".pack.version",
                        self + needs + other + " " + dep.rangeText() + ", but " + found,
                        "use " + dep.packName() + " " + dep.rangeText() + admitted(ctx, dep)
                                + alternatives(ctx, i, source, dep, version)));
            }
        }
        if (!present && dep.type() == DependencyType.REQUIRED) {
            out.add(Violation.of(ViolationCode.DEPENDENCY_MISSING, Layers.path(i) + ".pack.name",
                    self + " requires " + other + " " + dep.rangeText() + ", which the profile does not have",
                    "add a " + dep.layer().wireName() + " layer with " + dep.packName() + " " + dep.rangeText()
                            + admitted(ctx, dep)));
        }
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
                if (!d.packName().equals(dep.packName())) {
                    continue;
                }
                boolean in = d.admits(present);
                if (d.type() == DependencyType.NOT_SUPPORTED ? in : d.type() != DependencyType.UPGRADE && !in) {
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
