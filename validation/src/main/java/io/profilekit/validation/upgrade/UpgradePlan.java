package io.profilekit.validation.upgrade;

import io.profilekit.ClusterProfile;
import io.profilekit.ClusterStack;
import io.profilekit.PackVersion;
import io.profilekit.VersionChange;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the {@link UpgradePlanner} chose: the upgraded profiles (each layer at the newest version
 * the policy allows such that every pack constraint holds, and the profile's own version bumped
 * when a layer moved), and a {@link Step} per layer saying what it took and what it could not, naming
 * the constraint that blocks it. Immutable and thread-safe.
 *
 * <pre>{@code
 * UpgradePlan plan = UpgradePlanner.of(registry).plan(profile, UpgradePolicy.LATEST);
 * plan.profile();                       // the upgraded profile, e.g. version 1.0.0 -> 1.1.0
 * plan.held().get(0).describe();
 * // kubernetes 1.31.2 -> 1.32.9 (minor); 1.33.6 not taken: cni-calico 3.30.1 supports only kubernetes (k8s) <= 1.32
 * }</pre>
 */
public final class UpgradePlan {
    /** What happened to a layer. */
    public enum Status {
        /** The layer moves to a newer version. */
        UPGRADED,
        /** The layer is at the newest version the policy allows. */
        UP_TO_DATE,
        /** A newer version the policy allows exists but breaks a pack constraint; the layer stays. */
        HELD,
        /** The layer is not planned: a manifest, a range selector, or a pack that does not resolve. */
        KEPT
    }

    /**
     * One layer of the plan.
     *
     * @param path the layer's path, e.g. {@code layers[1]} (in a stack {@code [label].layers[1]})
     * @param profileIndex the index of its profile (0 for a profile planned alone)
     * @param layerIndex its index in the profile
     * @param pack the pack's name
     * @param status what happened
     * @param from the version it resolves to now, if it resolves
     * @param to the version it resolves to in the plan, if it resolves
     * @param selector the version selector the plan writes (the old one unless it moved)
     * @param newestAllowed the newest version the policy allows, if newer than {@code to}
     * @param reasons why {@code newestAllowed} was not taken (each names the blocking constraint), or
     *     why the layer was not planned, or which newer version the policy leaves out
     */
    public record Step(String path, int profileIndex, int layerIndex, String pack, Status status,
                       Optional<PackVersion> from, Optional<PackVersion> to, String selector,
                       Optional<PackVersion> newestAllowed, List<String> reasons) {
        /**
         * Checks and copies the components.
         *
         * @param path the layer's path
         * @param profileIndex the index of its profile
         * @param layerIndex its index in the profile
         * @param pack the pack's name
         * @param status what happened
         * @param from the version now
         * @param to the version in the plan
         * @param selector the selector the plan writes
         * @param newestAllowed the newest allowed version not taken
         * @param reasons the reasons
         */
        public Step {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(pack, "pack");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(selector, "selector");
            Objects.requireNonNull(newestAllowed, "newestAllowed");
            reasons = List.copyOf(reasons);
        }

        /**
         * How much the version moves.
         *
         * @return the change; {@link VersionChange#NONE} when it stays
         */
        public VersionChange change() {
            return from.isPresent() && to.isPresent() ? from.get().changeTo(to.get()) : VersionChange.NONE;
        }

        /**
         * The step in one line, e.g. {@code kubernetes 1.31.2 -> 1.32.9 (minor); 1.33.6 not taken:
         * cni-calico 3.30.1 supports only kubernetes (k8s) <= 1.32}.
         *
         * @return the line
         */
        public String describe() {
            StringBuilder sb = new StringBuilder(pack).append(' ');
            String now = from.map(PackVersion::toString).orElse(selector);
            switch (status) {
                case UPGRADED:
                    sb.append(now).append(" -> ").append(to.orElseThrow()).append(" (").append(change().word()).append(')');
                    break;
                case UP_TO_DATE:
                    sb.append(now).append(" is the newest the policy allows");
                    break;
                case HELD:
                    sb.append(now).append(" kept");
                    break;
                default:
                    sb.append(now).append(" not planned");
                    break;
            }
            if (newestAllowed.isPresent() && !reasons.isEmpty()) {
                sb.append("; ").append(newestAllowed.get()).append(" not taken: ").append(String.join("; ", reasons));
            } else if (!reasons.isEmpty()) {
                sb.append(" (").append(String.join("; ", reasons)).append(')');
            }
            return sb.toString();
        }
    }

    private final UpgradePolicy policy;
    private final List<ClusterProfile> before;
    private final List<ClusterProfile> after;
    private final boolean stack;
    private final List<Step> steps;
    private final List<String> problems;

    UpgradePlan(UpgradePolicy policy, List<ClusterProfile> before, List<ClusterProfile> after, boolean stack,
                List<Step> steps, List<String> problems) {
        this.policy = policy;
        this.before = List.copyOf(before);
        this.after = List.copyOf(after);
        this.stack = stack;
        this.steps = List.copyOf(steps);
        this.problems = List.copyOf(problems);
    }

    /** @return the policy planned for */
    public UpgradePolicy policy() {
        return policy;
    }

    /** @return the profiles as they were, in order */
    public List<ClusterProfile> before() {
        return before;
    }

    /** @return the upgraded profiles, in the same order (a profile with no layer moved is unchanged) */
    public List<ClusterProfile> after() {
        return after;
    }

    /**
     * The upgraded profile, for a plan of one profile (or the base, for a stack).
     *
     * @return the profile
     */
    public ClusterProfile profile() {
        return after.get(0);
    }

    /**
     * The upgraded stack, for a plan made for a stack.
     *
     * @return the stack
     * @throws IllegalStateException if the plan was made for a profile alone
     */
    public ClusterStack stack() {
        if (!stack) {
            throw new IllegalStateException("the plan was made for a profile, not a cluster stack; use profile()");
        }
        return ClusterStack.of(after.get(0), after.subList(1, after.size()));
    }

    /** @return one step per layer from a registry, in stack and layer order */
    public List<Step> steps() {
        return steps;
    }

    /** @return the steps that move a layer */
    public List<Step> upgrades() {
        return steps.stream().filter(s -> s.status() == Status.UPGRADED).toList();
    }

    /** @return the steps whose newest allowed version was not taken because of a pack constraint */
    public List<Step> held() {
        return steps.stream().filter(s -> s.newestAllowed().isPresent() && s.status() != Status.KEPT).toList();
    }

    /**
     * What kept the planner from planning at all: pack constraints the profile breaks at every
     * allowed combination of versions (its current versions included). Empty for a usable plan.
     *
     * @return the problems, possibly empty
     */
    public List<String> problems() {
        return problems;
    }

    /** @return whether any layer moves */
    public boolean changesAnything() {
        return !upgrades().isEmpty();
    }

    /**
     * The plan as text: one line per step, upgrades first, then held, up-to-date and kept layers,
     * then any problem. Values from documents are printed as they are: print it to a terminal
     * through an escaping step such as {@code SafeText.escape}.
     *
     * @return the text, each line ending with a line break
     */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        for (Status status : Status.values()) {
            for (Step s : steps) {
                if (s.status() == status) {
                    sb.append(sign(status)).append(' ').append(s.path()).append(": ").append(s.describe()).append('\n');
                }
            }
        }
        for (String p : problems) {
            sb.append("! ").append(p).append('\n');
        }
        return sb.toString();
    }

    private static String sign(Status status) {
        switch (status) {
            case UPGRADED:
                return "~";
            case HELD:
                return "!";
            case UP_TO_DATE:
                return "=";
            default:
                return " ";
        }
    }

    @Override
    public String toString() {
        return "UpgradePlan[" + policy + ", " + upgrades().size() + " upgrade(s), " + held().size() + " held]";
    }
}
