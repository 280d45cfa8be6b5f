package io.profilekit.testing.internal;

import io.profilekit.CloudType;
import io.profilekit.ClusterProfile;
import io.profilekit.Layer;
import io.profilekit.LayerType;
import io.profilekit.PackRef;
import io.profilekit.ProfileKind;
import io.profilekit.ProfileVariable;
import io.profilekit.Tag;
import io.profilekit.VersionSelector;
import io.profilekit.registry.DependencyType;
import io.profilekit.registry.PackDependency;
import io.profilekit.registry.PackDescriptor;
import io.profilekit.registry.PackRegistry;
import io.profilekit.rules.SafeText;
import io.profilekit.rules.ValidationReport;
import io.profilekit.rules.ViolationCode;
import io.profilekit.validation.ProfileValidator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Generates profiles with exactly the chosen violations: a profile valid for the registry with no
 * violation at all (not even a warning), then one change per chosen code, each a change a user
 * makes by mistake (a pack renamed to one that does not exist, a version the registry lacks, a
 * layer left out, a bad tag…). The validator judges the result: only a profile whose report holds
 * every chosen code and no other is given out; otherwise another valid profile is tried.
 */
public final class BrokenProfiles {
    private static final int ATTEMPTS = 60;
    private static final Map<ViolationCode, BiFunction<ClusterProfile, Context, ClusterProfile>> BREAKS = breaks();

    private final PackRegistry registry;
    private final ValidProfiles valid;
    private final ProfileValidator validator;
    private final Set<ViolationCode> codes;

    /**
     * A source of profiles with exactly these violations.
     *
     * @param registry the registry
     * @param codes the violations, one or more, each one {@link #supported()}
     * @throws IllegalArgumentException for an empty or unsupported choice
     */
    public BrokenProfiles(PackRegistry registry, Set<ViolationCode> codes) {
        if (codes.isEmpty()) {
            throw new IllegalArgumentException("choose at least one violation code, one of " + supported());
        }
        Set<ViolationCode> unsupported = new TreeSet<>(codes);
        unsupported.removeAll(BREAKS.keySet());
        if (!unsupported.isEmpty()) {
            throw new IllegalArgumentException("cannot generate profiles with " + unsupported
                    + "; the codes that can be generated are " + supported());
        }
        this.registry = registry;
        this.valid = new ValidProfiles(registry);
        this.validator = ProfileValidator.of(registry);
        this.codes = Collections.unmodifiableSet(EnumSet.copyOf(codes));
    }

    /**
     * The codes a broken profile can be generated with.
     *
     * @return the codes, in the enum's order
     */
    public static Set<ViolationCode> supported() {
        return Collections.unmodifiableSet(EnumSet.copyOf(BREAKS.keySet()));
    }

    /**
     * A profile of one of the kinds whose report holds exactly the chosen codes.
     *
     * @param seed the seed
     * @param kinds the kinds to choose from
     * @return the profile
     * @throws IllegalArgumentException if none was found (the message says what came out instead)
     */
    public ClusterProfile generate(long seed, Set<ProfileKind> kinds) {
        Random random = new Random(seed ^ 0x5DEECE66DL);
        Set<String> wanted = codes.stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
        String closest = "no valid profile to start from";
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            ClusterProfile base;
            try {
                base = valid.generate(seed * 1_000_003L + attempt, kinds, true);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("cannot generate a profile with " + codes + ": " + e.getMessage(), e);
            }
            if (!validator.validate(base).violations().isEmpty()) {
                continue;
            }
            ClusterProfile broken = base;
            Context context = new Context(registry, random);
            List<ViolationCode> order = new ArrayList<>(codes);
            Collections.shuffle(order, random);
            for (ViolationCode code : order) {
                broken = broken == null ? null : apply(code, broken, context);
            }
            if (broken == null) {
                continue;
            }
            ValidationReport report = validator.validate(broken);
            Set<String> got = new TreeSet<>(report.codes());
            if (got.equals(wanted)) {
                return broken;
            }
            closest = "the last try gave " + got;
        }
        throw new IllegalArgumentException("no profile with exactly " + wanted + " found for registry "
                + SafeText.quote(registry.id()) + " from seed " + seed + " in " + ATTEMPTS + " tries (" + closest
                + "); the registry may lack what the code needs (e.g. a pack that does not support the cloud,"
                + " a pack constraint)");
    }

    private static ClusterProfile apply(ViolationCode code, ClusterProfile p, Context c) {
        try {
            return BREAKS.get(code).apply(p, c);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return null; // the builder refused this change: try another profile
        }
    }

    /** What a change may draw on. */
    private static final class Context {
        final PackRegistry registry;
        final Random random;

        Context(PackRegistry registry, Random random) {
            this.registry = registry;
            this.random = random;
        }

        int pick(int size) {
            return random.nextInt(size);
        }
    }

    private static ClusterProfile withLayers(ClusterProfile p, List<Layer> layers) {
        return p.toBuilder().layers(layers).build();
    }

    private static ClusterProfile changeLayer(ClusterProfile p, Context c, java.util.function.Function<Layer, Layer> change) {
        List<Layer> layers = new ArrayList<>(p.layers());
        int i = c.pick(layers.size());
        layers.set(i, change.apply(layers.get(i)));
        return withLayers(p, layers);
    }

    private static Map<ViolationCode, BiFunction<ClusterProfile, Context, ClusterProfile>> breaks() {
        Map<ViolationCode, BiFunction<ClusterProfile, Context, ClusterProfile>> m = new EnumMap<>(ViolationCode.class);
        m.put(ViolationCode.PROFILE_NAME_WHITESPACE, (p, c) -> p.toBuilder().name(" " + p.name()).build());
        m.put(ViolationCode.CLOUD_ALL_REQUIRES_ADD_ON, (p, c) -> p.kind() == ProfileKind.INFRASTRUCTURE
                ? p.toBuilder().cloud(CloudType.ALL).build() : null);
        m.put(ViolationCode.LAYER_ORDER, (p, c) -> {
            List<Layer> layers = new ArrayList<>(p.layers());
            if (p.kind() != ProfileKind.INFRASTRUCTURE) {
                return null;
            }
            int i = c.pick(3);
            Collections.swap(layers, i, i + 1);
            return withLayers(p, layers);
        });
        m.put(ViolationCode.LAYER_CORE_IN_ADD_ON, (p, c) -> {
            if (p.kind() == ProfileKind.INFRASTRUCTURE) {
                return null;
            }
            List<PackDescriptor> core = c.registry.find(io.profilekit.registry.PackQuery.all()).stream()
                    .filter(d -> d.layer() != LayerType.ADDON).collect(Collectors.toList());
            if (core.isEmpty()) {
                return null;
            }
            PackDescriptor d = core.get(c.pick(core.size()));
            List<Layer> layers = new ArrayList<>(p.layers());
            layers.add(Layer.of(d.layer(), PackRef.of(d.name(), d.version().toString())));
            return withLayers(p, layers);
        });
        m.put(ViolationCode.PACK_NOT_FOUND, (p, c) -> changeLayer(p, c, l -> l.toBuilder()
                .pack(PackRef.of(l.pack().name() + "-missing", l.pack().version()).withType(l.pack().type())).build()));
        m.put(ViolationCode.PACK_VERSION_NOT_FOUND, (p, c) -> changeLayer(p, c, l -> l.toBuilder()
                .version("999." + c.pick(100) + ".0").build()));
        m.put(ViolationCode.PACK_CLOUD_UNSUPPORTED, (p, c) -> {
            if (p.kind() != ProfileKind.INFRASTRUCTURE) {
                return null;
            }
            List<Layer> layers = new ArrayList<>(p.layers());
            int i = c.pick(layers.size());
            Layer l = layers.get(i);
            List<PackDescriptor> misfits = c.registry.find(io.profilekit.registry.PackQuery.all().layer(l.type())).stream()
                    .filter(d -> !d.supportsCloud(p.cloud())).collect(Collectors.toList());
            if (misfits.isEmpty()) {
                return null;
            }
            PackDescriptor d = misfits.get(c.pick(misfits.size()));
            layers.set(i, Layer.builder(l.type(), PackRef.of(d.name(), exact(d)).withType(d.packType()))
                    .values(d.values()).build());
            return withLayers(p, layers);
        });
        m.put(ViolationCode.PRESET_NOT_FOUND, (p, c) -> changeLayer(p, c, l -> l.toBuilder()
                .preset("no-such-preset-" + c.pick(1000)).build()));
        m.put(ViolationCode.VALUES_INVALID_YAML, (p, c) -> changeLayer(p, c, l -> l.toBuilder()
                .values("broken: [unclosed\n").build()));
        m.put(ViolationCode.VARIABLE_UNUSED, (p, c) -> p.toBuilder()
                .variable(ProfileVariable.builder("unused_" + c.pick(1000)).displayName("Unused").defaultValue("x").build())
                .build());
        m.put(ViolationCode.MACRO_VARIABLE_UNDECLARED, (p, c) -> changeLayer(p, c, l -> l.toBuilder()
                .values(l.values() + (l.values().isEmpty() || l.values().endsWith("\n") ? "" : "\n")
                        + "# {{.spectro.var.undeclared_" + c.pick(1000) + "}}\n").build()));
        m.put(ViolationCode.TAG_KEY_INVALID, (p, c) -> p.toBuilder()
                .tag(Tag.of("k" + "x".repeat(600) + c.pick(100), "v")).build());
        m.put(ViolationCode.TAG_VALUE_INVALID, (p, c) -> p.toBuilder()
                .tag(Tag.of("long-value-" + c.pick(100), "v".repeat(1000))).build());
        m.put(ViolationCode.TAG_KEY_RESERVED, (p, c) -> CloudType.AWS.equals(p.cloud()) || CloudType.AZURE.equals(p.cloud())
                ? p.toBuilder().tag(Tag.of(reservedPrefix(p.cloud()) + "owner-" + c.pick(100), "x")).build() : null);
        m.put(ViolationCode.DEPENDENCY_VERSION_OUT_OF_RANGE, BrokenProfiles::outOfRange);
        m.put(ViolationCode.DEPENDENCY_MISSING, BrokenProfiles::missingDependency);
        m.put(ViolationCode.DEPENDENCY_NOT_SUPPORTED, BrokenProfiles::notSupported);
        return m;
    }

    /** A prefix AWS or Azure reserves for tag keys. */
    private static String reservedPrefix(CloudType cloud) {
        return CloudType.AWS.equals(cloud) ? "aws:" : "microsoft-";
    }

    private static String exact(PackDescriptor d) {
        return d.group().map(g -> g + "__").orElse("") + d.version();
    }

    /**
     * Moves a pack another pack depends on to a version outside the dependency's range, or adds an
     * add-on whose dependency the profile's version of that pack does not meet.
     */
    private static ClusterProfile outOfRange(ClusterProfile p, Context c) {
        List<Layer> layers = new ArrayList<>(p.layers());
        for (Layer l : shuffled(layers, c)) {
            Optional<PackDescriptor> d = pinned(c.registry, l);
            for (PackDependency dep : d.map(x -> x.constraints().dependencies()).orElse(List.of())) {
                if (dep.type() == DependencyType.NOT_SUPPORTED) {
                    continue;
                }
                for (int j = 0; j < layers.size(); j++) {
                    Layer other = layers.get(j);
                    if (!other.pack().name().equals(dep.packName())) {
                        continue;
                    }
                    List<PackDescriptor> outside = c.registry.packs(dep.packName()).stream()
                            .filter(v -> !dep.admits(v.version())).filter(v -> fits(p, v) && supported(v))
                            .collect(Collectors.toList());
                    if (!outside.isEmpty()) {
                        PackDescriptor v = outside.get(c.pick(outside.size()));
                        layers.set(j, other.toBuilder().version(exact(v)).values(v.values()).presets(List.of()).build());
                        return withLayers(p, layers);
                    }
                }
            }
        }
        ClusterProfile added = addAddOn(p, c, (dep, present) -> dep.type() != DependencyType.NOT_SUPPORTED
                && present.isPresent() && !dep.admits(present.get().version()));
        if (added != null) {
            return added;
        }
        // An add-on whose dependency the profile meets now, and the pack it depends on moved out of range.
        ClusterProfile withAddOn = addAddOn(p, c, (dep, present) -> dep.type() != DependencyType.NOT_SUPPORTED
                && present.isPresent() && c.registry.packs(dep.packName()).stream()
                        .anyMatch(v -> !dep.admits(v.version()) && fits(p, v) && supported(v)));
        if (withAddOn == null) {
            return null;
        }
        List<Layer> moved = new ArrayList<>(withAddOn.layers());
        PackDescriptor addOn = pinned(c.registry, moved.get(moved.size() - 1)).orElseThrow();
        for (PackDependency dep : addOn.constraints().dependencies()) {
            for (int j = 0; j < moved.size() - 1; j++) {
                Layer other = moved.get(j);
                if (dep.type() == DependencyType.NOT_SUPPORTED || !other.pack().name().equals(dep.packName())) {
                    continue;
                }
                List<PackDescriptor> outside = c.registry.packs(dep.packName()).stream()
                        .filter(v -> !dep.admits(v.version())).filter(v -> fits(p, v) && supported(v)).collect(Collectors.toList());
                if (!outside.isEmpty()) {
                    PackDescriptor v = outside.get(c.pick(outside.size()));
                    moved.set(j, other.toBuilder().version(exact(v)).values(v.values()).presets(List.of()).build());
                    return withLayers(p, moved);
                }
            }
        }
        return null;
    }

    /** Adds an add-on that requires a pack the profile does not have. */
    private static ClusterProfile missingDependency(ClusterProfile p, Context c) {
        return addAddOn(p, c, (dep, present) -> dep.type() == DependencyType.REQUIRED
                && p.layers().stream().noneMatch(l -> l.pack().name().equals(dep.packName())));
    }

    /**
     * Adds an add-on, or puts in a core pack in place of the profile's, that does not support a pack
     * the profile has at the version it has.
     */
    private static ClusterProfile notSupported(ClusterProfile p, Context c) {
        java.util.function.BiPredicate<PackDependency, Optional<PackDescriptor>> breaks = (dep, present) ->
                dep.type() == DependencyType.NOT_SUPPORTED && present.isPresent() && dep.admits(present.get().version());
        ClusterProfile added = addAddOn(p, c, breaks);
        if (added != null || p.kind() != ProfileKind.INFRASTRUCTURE) {
            return added;
        }
        List<Layer> layers = new ArrayList<>(p.layers());
        for (int i = 0; i < layers.size(); i++) {
            Layer l = layers.get(i);
            if (l.type() == LayerType.ADDON) {
                continue;
            }
            for (PackDescriptor x : c.registry.find(io.profilekit.registry.PackQuery.all().layer(l.type()))) {
                boolean conflicts = fits(p, x) && x.constraints().dependencies().stream().anyMatch(dep -> breaks.test(dep,
                        p.layers().stream().filter(o -> o.pack().name().equals(dep.packName())).findFirst()
                                .flatMap(o -> pinned(c.registry, o))));
                if (conflicts) {
                    layers.set(i, Layer.builder(l.type(), PackRef.of(x.name(), exact(x)).withType(x.packType()))
                            .values(x.values()).build());
                    return withLayers(p, layers);
                }
            }
        }
        return null;
    }

    /**
     * Adds an add-on of the registry (one the profile does not hold, fitting its cloud) with a
     * dependency that breaks as the test says, given the pack the profile pins for it if any.
     */
    private static ClusterProfile addAddOn(ClusterProfile p, Context c,
                                           java.util.function.BiPredicate<PackDependency, Optional<PackDescriptor>> breaks) {
        List<PackDescriptor> candidates = new ArrayList<>();
        for (PackDescriptor x : c.registry.find(io.profilekit.registry.PackQuery.all().layer(LayerType.ADDON))) {
            if (!fits(p, x) || p.layers().stream().anyMatch(l -> l.pack().name().equals(x.name()))) {
                continue;
            }
            for (PackDependency dep : x.constraints().dependencies()) {
                Optional<PackDescriptor> present = p.layers().stream().filter(l -> l.pack().name().equals(dep.packName()))
                        .findFirst().flatMap(l -> pinned(c.registry, l));
                if (breaks.test(dep, present)) {
                    candidates.add(x);
                    break;
                }
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        PackDescriptor x = candidates.get(c.pick(candidates.size()));
        List<Layer> layers = new ArrayList<>(p.layers());
        layers.add(Layer.builder(LayerType.ADDON, PackRef.of(x.name(), exact(x)).withType(x.packType()))
                .values(x.values()).build());
        return withLayers(p, layers);
    }

    /** Whether the pack version has not reached its end of life (which would add PACK_END_OF_LIFE). */
    private static boolean supported(PackDescriptor v) {
        return v.eol().map(d -> d.isAfter(java.time.LocalDate.now(java.time.ZoneOffset.UTC))).orElse(true);
    }

    /** Whether the pack version supports the profile's cloud (any cloud for a profile without one). */
    private static boolean fits(ClusterProfile p, PackDescriptor v) {
        return p.cloud() == null || p.cloud().equals(CloudType.ALL) ? v.cloudTypes().contains(CloudType.ALL)
                || p.kind() != ProfileKind.INFRASTRUCTURE : v.supportsCloud(p.cloud());
    }

    private static Optional<PackDescriptor> pinned(PackRegistry registry, Layer l) {
        VersionSelector s = l.pack().version();
        return registry.newest(l.pack().name(), s);
    }

    private static List<Layer> shuffled(List<Layer> layers, Context c) {
        List<Layer> copy = new ArrayList<>(layers);
        Collections.shuffle(copy, c.random);
        return copy;
    }

}
