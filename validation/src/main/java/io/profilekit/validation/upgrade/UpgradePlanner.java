package io.profilekit.validation.upgrade;

import io.profilekit.ClusterProfile;
import io.profilekit.ClusterStack;
import io.profilekit.Layer;
import io.profilekit.LayerType;
import io.profilekit.PackRef;
import io.profilekit.PackType;
import io.profilekit.PackVersion;
import io.profilekit.VersionBump;
import io.profilekit.VersionSelector;
import io.profilekit.registry.PackDependency;
import io.profilekit.registry.PackDescriptor;
import io.profilekit.registry.PackRegistry;
import io.profilekit.resolve.ProfileResolver;
import io.profilekit.resolve.Resolution;
import io.profilekit.resolve.ResolutionFailure;
import io.profilekit.resolve.ResolvedLayer;
import io.profilekit.validation.internal.Constraints;
import io.profilekit.validation.internal.UpgradeSearch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Plans upgrades: for each layer of a profile (or of every profile of a cluster stack), the newest
 * version the {@link UpgradePolicy} allows such that the whole profile (or stack) still meets every
 * pack constraint, as the validator judges them ({@code DEPENDENCY_*}: the same code decides).
 *
 * <p>Which combination: the layers are ranked in profile order (for an infrastructure profile: OS,
 * Kubernetes, network, storage, then add-ons; in a stack, the base's layers first), and the plan is
 * the combination of allowed versions that is newest in that ranking — the first layer as new as
 * any valid combination allows, then the next, and so on. It is found by a search over the
 * candidates with forward checking, not layer by layer greedily; so no single layer of a plan can
 * move to a newer allowed version without breaking a constraint. Should the search exceed its
 * budget (many layers with many interlocking constraints), the plan falls back to raising one
 * layer at a time from the current versions, which keeps that guarantee.
 *
 * <p>What moves: a layer pinned to one version moves to another exact version (keeping a group
 * prefix such as {@code LTS__}); a train ({@code 1.31.x}) moves to a newer train of the same depth,
 * whose newest release it then resolves to (a recorded {@code resolvedVersion} follows). Ranges, manifests and layers that do not resolve are
 * kept as written and say why. A profile with a layer moved gets the next version of its own
 * ({@link ClusterProfile.Builder#nextVersion}), by the largest step any of its layers moved: a major
 * change of a pack is a major bump, a minor one a minor bump, anything else a patch. Candidates are
 * versions of the same pack from the registry the layer resolves from, made for the layer's type and
 * the profile's cloud. Immutable and thread-safe.
 *
 * <pre>{@code
 * UpgradePlan plan = UpgradePlanner.of(PackRegistries.builtIn()).plan(profile, UpgradePolicy.MINOR);
 * plan.upgrades();      // kubernetes 1.31.2 -> 1.33.6 (minor), …
 * plan.held();          // each newest allowed version not taken, with the blocking constraint
 * plan.profile();       // the upgraded profile, its version bumped
 * }</pre>
 */
public final class UpgradePlanner {
    /** The most search steps before the planner falls back to raising one layer at a time. */
    static final long SEARCH_BUDGET = 200_000;

    private final PackRegistry registry;
    private final ProfileResolver resolver;

    private UpgradePlanner(PackRegistry registry) {
        this.registry = registry;
        this.resolver = ProfileResolver.of(registry);
    }

    /**
     * A planner over a registry (compose several with {@code PackRegistries.compose}).
     *
     * @param registry where packs and their versions come from
     * @return the planner
     */
    public static UpgradePlanner of(PackRegistry registry) {
        return new UpgradePlanner(Objects.requireNonNull(registry, "registry"));
    }

    /**
     * Plans the upgrade of one profile, its pack constraints judged within the profile (as
     * {@code ProfileValidator.validate(profile)} does).
     *
     * @param profile the profile
     * @param policy how far layers may move
     * @return the plan
     */
    public UpgradePlan plan(ClusterProfile profile, UpgradePolicy policy) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(policy, "policy");
        return plan(List.of(profile), List.of(""), false, policy);
    }

    /**
     * Plans the upgrade of a cluster stack as one: constraints are judged across its profiles (as
     * {@code ProfileValidator.validate(stack)} does), and each profile with a layer moved gets its
     * next version.
     *
     * @param stack the stack
     * @param policy how far layers may move
     * @return the plan; {@link UpgradePlan#stack()} is the upgraded stack
     */
    public UpgradePlan plan(ClusterStack stack, UpgradePolicy policy) {
        Objects.requireNonNull(stack, "stack");
        Objects.requireNonNull(policy, "policy");
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < stack.profiles().size(); i++) {
            labels.add(stack.label(i) + ".");
        }
        return plan(stack.profiles(), labels, true, policy);
    }

    /** A version a layer may take, and the selector that takes it. */
    private record Candidate(PackDescriptor pack, String selector) {
    }

    /** A layer of the profiles planned. */
    private static final class Slot {
        final int profile;
        final int index;
        final String path;
        final ClusterProfile owner;
        final Layer layer;
        PackDescriptor current;
        /** The candidates, most wanted first, the current version last; null for a layer kept as it is. */
        List<Candidate> candidates;
        String keptReason;
        PackVersion outsidePolicy;

        Slot(int profile, int index, String path, ClusterProfile owner, Layer layer) {
            this.profile = profile;
            this.index = index;
            this.path = path;
            this.owner = owner;
            this.layer = layer;
        }

        boolean checked() {
            return current != null && !(layer.type() != LayerType.UNSPECIFIED && current.layer() != layer.type());
        }
    }

    private UpgradePlan plan(List<ClusterProfile> profiles, List<String> labels, boolean inStack, UpgradePolicy policy) {
        List<Slot> slots = new ArrayList<>();
        for (int p = 0; p < profiles.size(); p++) {
            ClusterProfile profile = profiles.get(p);
            Resolution resolution = resolver.attempt(profile);
            for (int i = 0; i < profile.layers().size(); i++) {
                Slot s = new Slot(p, i, labels.get(p) + "layers[" + i + "]", profile, profile.layers().get(i));
                slots.add(s);
                prepare(s, resolution, policy);
            }
        }
        List<Integer> vars = new ArrayList<>();
        for (int s = 0; s < slots.size(); s++) {
            if (slots.get(s).candidates != null) {
                vars.add(s);
            }
        }
        Checker checker = new Checker(slots, inStack);
        List<String> problems = new ArrayList<>();
        // Fixed layers against each other: a breach there no version change can mend.
        for (int a = 0; a < slots.size(); a++) {
            for (int b = 0; b < slots.size(); b++) {
                if (a != b && slots.get(a).candidates == null && slots.get(b).candidates == null) {
                    problems.addAll(checker.breaches(a, slots.get(a).current, b, slots.get(b).current));
                }
            }
            if (slots.get(a).candidates == null) {
                problems.addAll(checker.missing(a, slots.get(a).current));
            }
        }
        // Each variable's candidates that fit the fixed layers and need no absent pack.
        List<List<Integer>> domains = new ArrayList<>();
        for (int v : vars) {
            Slot s = slots.get(v);
            List<Integer> domain = new ArrayList<>();
            for (int c = 0; c < s.candidates.size(); c++) {
                PackDescriptor d = s.candidates.get(c).pack();
                boolean ok = checker.missing(v, d).isEmpty();
                for (int f = 0; f < slots.size() && ok; f++) {
                    ok = f == v || slots.get(f).candidates != null || checker.fits(v, d, f, slots.get(f).current);
                }
                if (ok) {
                    domain.add(c);
                }
            }
            domains.add(domain);
        }
        int n = vars.size();
        boolean[][] interacts = new boolean[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                interacts[a][b] = a != b && checker.interacts(vars.get(a), vars.get(b));
            }
        }
        UpgradeSearch.Compatibility fits = (a, ca, b, cb) -> checker.fits(vars.get(a),
                slots.get(vars.get(a)).candidates.get(ca).pack(), vars.get(b), slots.get(vars.get(b)).candidates.get(cb).pack());
        int[] choice = new int[n];
        for (int k = 0; k < n; k++) {
            choice[k] = slots.get(vars.get(k)).candidates.size() - 1;   // the current version
        }
        if (problems.isEmpty()) {
            UpgradeSearch.Result result = UpgradeSearch.lexMax(domains, interacts, fits, SEARCH_BUDGET);
            if (result.outcome() == UpgradeSearch.Outcome.FOUND) {
                choice = result.choice().orElseThrow();
            } else if (result.outcome() == UpgradeSearch.Outcome.BUDGET && currentFits(choice, domains, interacts, fits)) {
                choice = UpgradeSearch.ascend(choice, domains, interacts, fits);
            } else {
                problems.add("no combination of the versions the policy allows meets every pack constraint, the current"
                        + " versions included: " + String.join("; ", currentBreaches(slots, checker)));
            }
        } else {
            problems.add(0, "the layers the planner cannot move break pack constraints, so no plan can meet them");
        }
        // The chosen descriptor of every slot.
        PackDescriptor[] chosen = new PackDescriptor[slots.size()];
        String[] selectors = new String[slots.size()];
        for (int s = 0; s < slots.size(); s++) {
            chosen[s] = slots.get(s).current;
            selectors[s] = slots.get(s).layer.pack().version().toString();
        }
        for (int k = 0; k < n; k++) {
            Slot s = slots.get(vars.get(k));
            Candidate c = s.candidates.get(choice[k]);
            chosen[vars.get(k)] = c.pack();
            if (!c.pack().version().equals(s.current.version()) || !c.selector().equals(selectors[vars.get(k)])) {
                selectors[vars.get(k)] = c.pack().version().equals(s.current.version()) ? selectors[vars.get(k)] : c.selector();
            }
        }
        List<UpgradePlan.Step> steps = new ArrayList<>();
        for (int s = 0; s < slots.size(); s++) {
            Slot slot = slots.get(s);
            if (slot.layer.pack().type() == PackType.MANIFEST) {
                continue;
            }
            steps.add(step(s, slot, chosen, selectors[s], checker));
        }
        List<ClusterProfile> after = new ArrayList<>();
        for (int p = 0; p < profiles.size(); p++) {
            after.add(upgraded(profiles.get(p), p, steps));
        }
        return new UpgradePlan(policy, profiles, after, inStack, steps, problems);
    }

    private static boolean currentFits(int[] choice, List<List<Integer>> domains, boolean[][] interacts,
                                       UpgradeSearch.Compatibility fits) {
        for (int a = 0; a < choice.length; a++) {
            if (!domains.get(a).contains(choice[a])) {
                return false;
            }
            for (int b = 0; b < choice.length; b++) {
                if (interacts[a][b] && !fits.fits(a, choice[a], b, choice[b])) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<String> currentBreaches(List<Slot> slots, Checker checker) {
        List<String> out = new ArrayList<>();
        for (int a = 0; a < slots.size(); a++) {
            out.addAll(checker.missing(a, slots.get(a).current));
            for (int b = 0; b < slots.size(); b++) {
                if (a != b) {
                    out.addAll(checker.breaches(a, slots.get(a).current, b, slots.get(b).current));
                }
            }
        }
        return out.stream().distinct().toList();
    }

    /** Finds a layer's current version and candidates, or why it is kept. */
    private void prepare(Slot s, Resolution resolution, UpgradePolicy policy) {
        if (s.layer.pack().type() == PackType.MANIFEST) {
            return;
        }
        Optional<ResolvedLayer> resolved = resolution.layer(s.index);
        s.current = resolved.flatMap(ResolvedLayer::pack).orElse(null);
        if (s.current == null) {
            s.keptReason = "it does not resolve: " + resolution.failures().stream()
                    .filter(f -> f.layerIndex() == s.index).map(ResolutionFailure::message).findFirst().orElse("no version");
            return;
        }
        if (!s.checked()) {
            s.keptReason = "its pack is made for the " + s.current.layer().wireName() + " layer";
            return;
        }
        VersionSelector selector = s.layer.pack().version();
        if (selector.kind() != VersionSelector.Kind.EXACT && selector.kind() != VersionSelector.Kind.TRAIN) {
            s.keptReason = "the selector '" + selector + "' is a range, kept as written";
            return;
        }
        PackRegistry source = source(resolved.get());
        String prefix = selector.group().map(g -> g + "__").orElse("");
        Map<PackVersion, Candidate> found = new LinkedHashMap<>();
        List<PackDescriptor> all = source.packs(s.layer.pack().name());
        for (int k = all.size() - 1; k >= 0; k--) {
            PackDescriptor d = all.get(k);
            String text;
            if (selector.kind() == VersionSelector.Kind.EXACT) {
                text = prefix + d.version();
            } else {
                text = prefix + train(d.version(), selector.trainPrefix().size());
            }
            VersionSelector next = VersionSelector.parse(text);
            Optional<PackDescriptor> takes = next.isValid() ? source.newest(s.layer.pack().name(), next) : Optional.empty();
            if (takes.isEmpty() || found.containsKey(takes.get().version())) {
                continue;
            }
            PackDescriptor t = takes.get();
            boolean fits = t.layer() == s.current.layer() && (t.supportsCloud(s.owner.cloud()) || !s.current.supportsCloud(s.owner.cloud()));
            if (!fits) {
                continue;
            }
            if (policy.allows(s.current.version(), t.version())) {
                found.put(t.version(), new Candidate(t, text));
            } else if (t.version().compareTo(s.current.version()) > 0 && (!t.version().isPreRelease() || policy.preReleases())
                    && s.outsidePolicy == null) {
                s.outsidePolicy = t.version();
            }
        }
        List<Candidate> candidates = new ArrayList<>(found.values());
        candidates.sort((a, b) -> b.pack().version().compareTo(a.pack().version()));
        candidates.add(new Candidate(s.current, selector.toString()));
        s.candidates = candidates;
    }

    private static String train(PackVersion v, int depth) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < depth; i++) {
            parts.add(i < v.releaseNumbers().size() ? v.releaseNumbers().get(i) : "0");
        }
        return String.join(".", parts) + ".x";
    }

    private PackRegistry source(ResolvedLayer resolved) {
        Optional<String> id = resolved.registryId();
        if (id.isPresent()) {
            for (PackRegistry m : registry.members()) {
                if (m.id().equals(id.get())) {
                    return m;
                }
            }
        }
        return registry;
    }

    private static UpgradePlan.Step step(int s, Slot slot, PackDescriptor[] chosen, String selector, Checker checker) {
        Optional<PackVersion> from = Optional.ofNullable(slot.current).map(PackDescriptor::version);
        Optional<PackVersion> to = Optional.ofNullable(chosen[s]).map(PackDescriptor::version);
        if (slot.candidates == null) {
            return new UpgradePlan.Step(slot.path, slot.profile, slot.index, slot.layer.pack().name(),
                    UpgradePlan.Status.KEPT, from, to, selector, Optional.empty(), List.of(slot.keptReason));
        }
        PackDescriptor newest = slot.candidates.get(0).pack();
        boolean moved = !chosen[s].version().equals(slot.current.version());
        List<String> reasons = new ArrayList<>();
        Optional<PackVersion> notTaken = Optional.empty();
        if (!newest.version().equals(chosen[s].version())) {
            notTaken = Optional.of(newest.version());
            reasons.addAll(checker.missing(s, newest));
            for (int t = 0; t < chosen.length; t++) {
                if (t != s && chosen[t] != null) {
                    reasons.addAll(checker.breaches(s, newest, t, chosen[t]));
                    reasons.addAll(checker.breaches(t, chosen[t], s, newest));
                }
            }
            if (reasons.isEmpty()) {
                reasons.add("it breaks no constraint alone, but the newer versions of earlier layers need the one taken");
            }
        } else if (slot.outsidePolicy != null) {
            reasons.add(slot.outsidePolicy + " is outside the policy");
        }
        UpgradePlan.Status status = moved ? UpgradePlan.Status.UPGRADED
                : notTaken.isPresent() ? UpgradePlan.Status.HELD : UpgradePlan.Status.UP_TO_DATE;
        return new UpgradePlan.Step(slot.path, slot.profile, slot.index, slot.layer.pack().name(), status, from, to,
                selector, notTaken, reasons.stream().distinct().toList());
    }

    private static ClusterProfile upgraded(ClusterProfile profile, int p, List<UpgradePlan.Step> steps) {
        List<Layer> layers = new ArrayList<>(profile.layers());
        VersionBump bump = null;
        for (UpgradePlan.Step step : steps) {
            if (step.profileIndex() != p || step.status() != UpgradePlan.Status.UPGRADED) {
                continue;
            }
            Layer old = layers.get(step.layerIndex());
            PackRef ref = old.pack().withVersion(VersionSelector.parse(step.selector()));
            if (ref.resolvedVersion().isPresent()) {
                // A resolved document records the version a selector resolved to: keep it true.
                ref = ref.withResolvedVersion(step.to().orElseThrow().toString());
            }
            layers.set(step.layerIndex(), old.toBuilder().pack(ref).build());
            VersionBump b = VersionBump.forChange(step.change());
            bump = bump == null || b.compareTo(bump) > 0 ? b : bump;
        }
        if (bump == null) {
            return profile;
        }
        ClusterProfile.Builder b = profile.toBuilder().layers(layers);
        if (profile.version().isValid()) {
            b.nextVersion(bump);
        }
        return b.buildLenient();
    }

    /** Judges pairs of layers with the validator's constraint code. */
    private static final class Checker {
        private final List<Slot> slots;
        private final boolean inStack;

        Checker(List<Slot> slots, boolean inStack) {
            this.slots = slots;
            this.inStack = inStack;
        }

        private boolean inScope(int a, int b) {
            return inStack || slots.get(a).profile == slots.get(b).profile;
        }

        private boolean constrains(int a, PackDescriptor da) {
            Slot s = slots.get(a);
            return da != null && !(s.layer.type() != LayerType.UNSPECIFIED && da.layer() != s.layer.type());
        }

        /** Whether some candidate of {@code a} has a constraint on {@code b}'s pack, or the other way round. */
        boolean interacts(int a, int b) {
            return names(a, b) || names(b, a);
        }

        private boolean names(int a, int b) {
            if (!inScope(a, b) || slots.get(a).candidates == null) {
                return false;
            }
            for (Candidate c : slots.get(a).candidates) {
                for (PackDependency dep : c.pack().constraints().dependencies()) {
                    if (Constraints.meets(slots.get(b).layer, dep)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Whether {@code a} at {@code da} and {@code b} at {@code db} break no constraint of either. */
        boolean fits(int a, PackDescriptor da, int b, PackDescriptor db) {
            return breaches(a, da, b, db).isEmpty() && breaches(b, db, a, da).isEmpty();
        }

        /** The constraints of {@code a} at {@code da} that {@code b} at {@code db} breaks, in words. */
        List<String> breaches(int a, PackDescriptor da, int b, PackDescriptor db) {
            if (!constrains(a, da) || db == null || !inScope(a, b)) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (PackDependency dep : da.constraints().dependencies()) {
                if (Constraints.meets(slots.get(b).layer, dep) && Constraints.breach(dep, db.version()).isPresent()) {
                    out.add(Constraints.sentence(da, dep));
                }
            }
            return out;
        }

        /** The required packs {@code a} at {@code da} names that no layer in scope has, in words. */
        List<String> missing(int a, PackDescriptor da) {
            if (!constrains(a, da)) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (PackDependency dep : da.constraints().dependencies()) {
                boolean present = false;
                for (int t = 0; t < slots.size() && !present; t++) {
                    present = t != a && inScope(a, t) && Constraints.meets(slots.get(t).layer, dep);
                }
                if (!present && Constraints.missing(dep, inStack, slots.get(a).owner.kind())) {
                    out.add(Constraints.sentence(da, dep) + ", which is missing");
                }
            }
            return out;
        }
    }
}
