package io.profilekit;

import io.profilekit.internal.Checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a cluster is built from: exactly one infrastructure or Full profile (the base) and any
 * number of add-on (or system) profiles on top of it. Resolved and validated as one — an add-on
 * pack's constraints are checked against the base's Kubernetes, the same pack twice across the
 * stack needs distinct display names, a variable name may be declared once — by
 * {@code ProfileValidator.validate(ClusterStack)}. Immutable and thread-safe.
 *
 * <pre>{@code
 * ClusterStack stack = ClusterStack.of(base, observability, security);
 * stack.installOrder();   // the base's core layers, then every add-on of the stack by install priority
 * }</pre>
 *
 * <p>In reports, a stack's paths start with the {@linkplain #label(int) label} of the profile they
 * are in: {@code [observability].layers[0].pack.version}.
 */
public final class ClusterStack {
    private final ClusterProfile base;
    private final List<ClusterProfile> addOns;
    private final List<ClusterProfile> profiles;
    /** Each profile's label, computed once: reports of a stack name every violation's profile. */
    private final List<String> labels;

    private ClusterStack(ClusterProfile base, List<ClusterProfile> addOns) {
        this.base = base;
        this.addOns = addOns;
        List<ClusterProfile> all = new ArrayList<>();
        all.add(base);
        all.addAll(addOns);
        this.profiles = List.copyOf(all);
        java.util.Map<String, Integer> named = new java.util.HashMap<>();
        for (ClusterProfile p : profiles) {
            named.merge(p.name(), 1, Integer::sum);
        }
        List<String> out = new ArrayList<>(profiles.size());
        for (int i = 0; i < profiles.size(); i++) {
            String name = profiles.get(i).name();
            out.add("[" + name + (named.get(name) > 1 ? "#" + (i + 1) : "") + "]");
        }
        this.labels = List.copyOf(out);
    }

    /**
     * A stack of a base and add-on profiles.
     *
     * @param base the infrastructure or Full profile
     * @param addOns the add-on or system profiles, in the order they are attached
     * @return the stack
     * @throws IllegalArgumentException if the base is not an infrastructure profile, or an add-on is one
     */
    public static ClusterStack of(ClusterProfile base, ClusterProfile... addOns) {
        return of(base, java.util.Arrays.asList(Checks.notNull(addOns, "addOns")));
    }

    /**
     * A stack of a base and add-on profiles.
     *
     * @param base the infrastructure or Full profile
     * @param addOns the add-on or system profiles, in the order they are attached
     * @return the stack
     * @throws IllegalArgumentException if the base is not an infrastructure profile, or an add-on is one
     */
    public static ClusterStack of(ClusterProfile base, List<? extends ClusterProfile> addOns) {
        Checks.notNull(base, "base");
        List<ClusterProfile> copy = List.copyOf(Checks.copyNoNulls(addOns, "addOns"));
        if (base.kind() != ProfileKind.INFRASTRUCTURE) {
            throw new IllegalArgumentException("the base of a cluster is an infrastructure or Full profile; '"
                    + base.name() + "' is " + article(base.kind()));
        }
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).kind() == ProfileKind.INFRASTRUCTURE) {
                throw new IllegalArgumentException("addOns[" + i + "]: a cluster takes exactly one infrastructure or"
                        + " Full profile; '" + copy.get(i).name() + "' is one, beside the base '" + base.name() + "'");
            }
        }
        return new ClusterStack(base, copy);
    }

    private static String article(ProfileKind kind) {
        return kind == ProfileKind.ADD_ON ? "an add-on profile" : "a system profile";
    }

    /** @return the infrastructure or Full profile */
    public ClusterProfile base() {
        return base;
    }

    /** @return the add-on and system profiles, in order; possibly empty */
    public List<ClusterProfile> addOns() {
        return addOns;
    }

    /** @return the base, then the add-ons */
    public List<ClusterProfile> profiles() {
        return profiles;
    }

    /**
     * How reports name a profile of the stack: its name in brackets, with {@code #n} (its place,
     * counting from 1) when two profiles of the stack share a name.
     *
     * @param profileIndex the profile's index in {@link #profiles()}
     * @return e.g. {@code "[observability]"} or {@code "[logging#3]"}
     * @throws IndexOutOfBoundsException if there is no such profile
     */
    public String label(int profileIndex) {
        return labels.get(profileIndex);
    }

    /**
     * One layer of the stack, with the profile it belongs to.
     *
     * @param profileIndex the profile's index in {@link #profiles()}
     * @param layerIndex the layer's index in that profile
     * @param layer the layer
     */
    public record Entry(int profileIndex, int layerIndex, Layer layer) {
        /**
         * Creates an entry.
         *
         * @param profileIndex the profile's index
         * @param layerIndex the layer's index in the profile
         * @param layer the layer
         */
        public Entry {
            Checks.notNull(layer, "layer");
        }
    }

    /**
     * Every layer of the stack grouped as Palette installs them: the base's core layers on their
     * own (OS, Kubernetes, network, storage), then the add-ons of every profile by install
     * priority, lowest first (none counts as 0); equal priorities together, in stack order.
     *
     * @return an unmodifiable list of non-empty groups
     */
    public List<List<Entry>> installOrder() {
        List<List<Entry>> groups = new ArrayList<>();
        for (LayerType core : LayerType.core()) {
            for (int j = 0; j < base.layers().size(); j++) {
                if (base.layers().get(j).type() == core) {
                    groups.add(List.of(new Entry(0, j, base.layers().get(j))));
                }
            }
        }
        TreeMap<Integer, List<Entry>> byPriority = new TreeMap<>();
        for (int i = 0; i < profiles.size(); i++) {
            List<Layer> layers = profiles.get(i).layers();
            for (int j = 0; j < layers.size(); j++) {
                Layer l = layers.get(j);
                if (!l.type().isCore()) {
                    byPriority.computeIfAbsent(l.installPriority().orElse(0), p -> new ArrayList<>())
                            .add(new Entry(i, j, l));
                }
            }
        }
        byPriority.values().forEach(g -> groups.add(List.copyOf(g)));
        return List.copyOf(groups);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClusterStack && ((ClusterStack) o).profiles.equals(profiles);
    }

    @Override
    public int hashCode() {
        return Objects.hash(profiles);
    }

    /**
     * The profiles of the stack.
     *
     * @return e.g. {@code "ClusterStack[aws-prod-base 1.2.0 + observability 1.0.0]"}
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ClusterStack[");
        for (int i = 0; i < profiles.size(); i++) {
            sb.append(i == 0 ? "" : " + ").append(profiles.get(i).name()).append(' ').append(profiles.get(i).version());
        }
        return sb.append(']').toString();
    }
}
