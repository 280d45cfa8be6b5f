package io.profilekit.testing.internal;

import io.profilekit.CloudType;
import io.profilekit.ClusterProfile;
import io.profilekit.ClusterStack;
import io.profilekit.Layer;
import io.profilekit.LayerType;
import io.profilekit.PackRef;
import io.profilekit.ProfileKind;
import io.profilekit.VersionSelector;
import io.profilekit.registry.DependencyType;
import io.profilekit.registry.PackDependency;
import io.profilekit.registry.PackDescriptor;
import io.profilekit.registry.PackPreset;
import io.profilekit.registry.PackRegistry;
import io.profilekit.rules.SafeText;
import io.profilekit.rules.ValidationReport;
import io.profilekit.rules.Violation;
import io.profilekit.testing.ProfileGenerator;
import io.profilekit.validation.ProfileValidator;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Generates profiles that validate with no error against one registry. Each profile is built from
 * the registry's own packs (a cloud every core layer supports, versions that support it, the packs'
 * own default values, now and then a preset), then checked by the validator with the registry; a
 * layer the validator finds fault with (a pack constraint, a value schema) is drawn again, and after
 * a few rounds the whole profile is. The validator is the judge, so a profile given out always
 * validates; what the registry cannot give at all (no cloud that every core layer supports, no
 * add-on pack) is said at once.
 */
public final class ValidProfiles {
    private static final Pattern LAYER_PATH = Pattern.compile("^layers\\[(\\d+)]");
    private static final int ROUNDS = 12;
    private static final int ATTEMPTS = 25;

    private final PackRegistry registry;
    private final ProfileValidator validator;
    private final Map<LayerType, List<PackDescriptor>> byLayer = new EnumMap<>(LayerType.class);
    private final List<CloudType> infraClouds;

    /**
     * Indexes the registry's packs by layer and finds the clouds an infrastructure profile may use.
     *
     * @param registry the registry
     */
    public ValidProfiles(PackRegistry registry) {
        this.registry = registry;
        this.validator = ProfileValidator.of(registry);
        for (LayerType t : LayerType.values()) {
            byLayer.put(t, new ArrayList<>());
        }
        for (String name : new TreeSet<>(registry.packNames())) {
            for (PackDescriptor d : registry.packs(name)) {
                if (satisfiable(d)) {
                    byLayer.get(d.layer()).add(d);
                }
            }
        }
        Set<CloudType> candidates = new LinkedHashSet<>();
        for (LayerType t : LayerType.core()) {
            for (PackDescriptor d : byLayer.get(t)) {
                d.cloudTypes().stream().filter(c -> !c.equals(CloudType.ALL)).forEach(candidates::add);
            }
        }
        if (candidates.isEmpty()) {
            candidates.add(CloudType.AWS);
        }
        List<CloudType> clouds = new ArrayList<>();
        for (CloudType c : candidates) {
            if (LayerType.core().stream().allMatch(t -> byLayer.get(t).stream().anyMatch(d -> d.supportsCloud(c)))) {
                clouds.add(c);
            }
        }
        this.infraClouds = List.copyOf(clouds);
    }

    /** Whether every pack the version requires exists in the registry in a version it admits. */
    private boolean satisfiable(PackDescriptor d) {
        for (PackDependency dep : d.constraints().dependencies()) {
            if (dep.type() == DependencyType.REQUIRED
                    && registry.packs(dep.packName()).stream().noneMatch(v -> dep.admits(v.version()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Why the registry cannot give a profile of this kind, if it cannot.
     *
     * @param kind the kind
     * @return the reason, or empty when it can
     */
    public Optional<String> impossible(ProfileKind kind) {
        if (kind == ProfileKind.INFRASTRUCTURE && infraClouds.isEmpty()) {
            List<String> missing = LayerType.core().stream().filter(t -> byLayer.get(t).isEmpty())
                    .map(LayerType::wireName).collect(Collectors.toList());
            return Optional.of(missing.isEmpty()
                    ? "no cloud is supported by an os, a k8s, a cni and a csi pack of the registry alike"
                    : "the registry has no pack whose required packs it holds for the layer(s) " + missing);
        }
        if (kind != ProfileKind.INFRASTRUCTURE && byLayer.get(LayerType.ADDON).isEmpty()) {
            return Optional.of("the registry has no add-on pack whose required packs it holds");
        }
        return Optional.empty();
    }

    /**
     * A profile of one of the kinds that validates with no error.
     *
     * @param seed the seed
     * @param kinds the kinds to choose from
     * @return the profile
     * @throws IllegalArgumentException if the registry cannot give one
     */
    public ClusterProfile generate(long seed, Set<ProfileKind> kinds) {
        return generate(seed, kinds, false);
    }

    /**
     * A profile of one of the kinds that validates with no error, and with no warning either when
     * asked.
     *
     * @param seed the seed
     * @param kinds the kinds to choose from
     * @param noWarnings whether warnings count as errors
     * @return the profile
     * @throws IllegalArgumentException if the registry cannot give one
     */
    public ClusterProfile generate(long seed, Set<ProfileKind> kinds, boolean noWarnings) {
        List<ProfileKind> possible = kinds.stream().sorted().filter(k -> impossible(k).isEmpty())
                .collect(Collectors.toList());
        if (possible.isEmpty()) {
            throw new IllegalArgumentException("registry " + SafeText.quote(registry.id()) + " cannot give a valid "
                    + kinds.stream().sorted().map(k -> k.documentKind() + " (" + impossible(k).orElse("") + ")")
                            .collect(Collectors.joining(" or ")));
        }
        ProfileGenerator words = new ProfileGenerator(seed);
        Random random = words.random();
        ValidationReport last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            ProfileKind kind = possible.get(random.nextInt(possible.size()));
            Draft draft = new Draft(kind, random, words);
            ClusterProfile profile = draft.build();
            for (int round = 0; round < ROUNDS; round++) {
                last = validator.validate(profile);
                List<Violation> faults = noWarnings ? last.violations() : last.errors();
                if (faults.isEmpty()) {
                    return profile;
                }
                if (!draft.redraw(faults)) {
                    break;
                }
                profile = draft.build();
            }
        }
        throw new IllegalArgumentException("no profile valid for registry " + SafeText.quote(registry.id())
                + " found from seed " + seed + " in " + ATTEMPTS + " attempts; the last was refused with:\n" + last);
    }

    /**
     * A stack of a valid infrastructure profile and one to three add-on profiles that validates as
     * one cluster with no error.
     *
     * @param seed the seed
     * @return the stack
     * @throws IllegalArgumentException if the registry cannot give one
     */
    public ClusterStack stack(long seed) {
        ClusterProfile full = generate(seed, java.util.EnumSet.of(ProfileKind.INFRASTRUCTURE));
        // Without its add-ons when those take every add-on pack the add-on profiles could use.
        ClusterProfile bare = full.toBuilder().layers(full.layers().stream().filter(l -> l.type().isCore())
                .collect(Collectors.toList())).build();
        Random random = new Random(seed);
        ValidationReport last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            ClusterProfile base = attempt < ATTEMPTS / 2 ? full : bare;
            int count = 1 + random.nextInt(3);
            // A pack is installed once per cluster: each add-on profile leaves out packs already in the stack.
            Set<String> used = base.layers().stream().map(l -> l.pack().name()).collect(Collectors.toSet());
            List<ClusterProfile> addOns = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                ClusterProfile a = generate(random.nextLong(), java.util.EnumSet.of(ProfileKind.ADD_ON));
                List<Layer> fresh = a.layers().stream().filter(l -> !used.contains(l.pack().name()))
                        .collect(Collectors.toList());
                if (fresh.isEmpty()) {
                    continue;
                }
                fresh.forEach(l -> used.add(l.pack().name()));
                ClusterProfile.Builder b = a.toBuilder().layers(fresh);
                addOns.add((random.nextBoolean() ? b.cloud(base.cloud()) : b).build());
            }
            if (addOns.isEmpty()) {
                continue;
            }
            ClusterStack stack = ClusterStack.of(base, addOns);
            last = validator.validate(stack);
            if (last.errors().isEmpty()) {
                return stack;
            }
        }
        throw new IllegalArgumentException("no stack valid for registry " + SafeText.quote(registry.id())
                + " found from seed " + seed + " in " + ATTEMPTS + " attempts; the last was refused with:\n" + last);
    }

    /** One profile being drawn: its kind, cloud and one chosen pack per layer. */
    private final class Draft {
        private final ProfileKind kind;
        private final Random random;
        private final ProfileGenerator words;
        private final CloudType cloud;
        private final List<Layer> layers = new ArrayList<>();
        private final List<List<PackDescriptor>> choices = new ArrayList<>();
        private final String name;
        private final String version;
        private final String description;
        private final List<String> tags = new ArrayList<>();

        Draft(ProfileKind kind, Random random, ProfileGenerator words) {
            this.kind = kind;
            this.random = random;
            this.words = words;
            this.name = words.profileName();
            this.version = words.profileVersion();
            this.description = random.nextInt(3) == 0 ? "" : "Generated " + kind.documentKind() + " " + words.word();
            int tagCount = random.nextInt(4);
            for (int i = 0; i < tagCount; i++) {
                tags.add(words.word() + "-t" + i + (random.nextBoolean() ? ":" + words.word() : ""));
            }
            List<PackDescriptor> addOns = byLayer.get(LayerType.ADDON);
            if (kind == ProfileKind.INFRASTRUCTURE) {
                cloud = infraClouds.get(random.nextInt(infraClouds.size()));
                for (LayerType t : LayerType.core()) {
                    choices.add(fitting(byLayer.get(t), cloud));
                }
                int extra = random.nextInt(3) == 0 ? 1 + random.nextInt(2) : 0;
                addAddOns(fitting(addOns, cloud), extra);
            } else {
                // An add-on or system profile: cloud 'all', none, or one its first pack supports.
                PackDescriptor first = addOns.get(random.nextInt(addOns.size()));
                int pick = random.nextInt(3);
                List<CloudType> own = first.cloudTypes().stream().filter(c -> !c.equals(CloudType.ALL))
                        .collect(Collectors.toList());
                cloud = pick == 0 || own.isEmpty() ? CloudType.ALL : pick == 1 ? null : own.get(random.nextInt(own.size()));
                List<PackDescriptor> fit = cloud == null || cloud.equals(CloudType.ALL) ? addOns : fitting(addOns, cloud);
                addAddOns(fit, 1 + random.nextInt(2));
            }
            for (List<PackDescriptor> c : choices) {
                layers.add(layer(c));
            }
        }

        private void addAddOns(List<PackDescriptor> fit, int count) {
            Set<String> names = new LinkedHashSet<>();
            for (int i = 0; i < count && !fit.isEmpty(); i++) {
                String packName = fit.get(random.nextInt(fit.size())).name();
                if (names.add(packName)) {
                    choices.add(fit.stream().filter(d -> d.name().equals(packName)).collect(Collectors.toList()));
                }
            }
        }

        /** The versions of one randomly chosen pack among the candidates. */
        private List<PackDescriptor> fitting(List<PackDescriptor> all, CloudType c) {
            return all.stream().filter(d -> d.supportsCloud(c)).collect(Collectors.toList());
        }

        private Layer layer(List<PackDescriptor> candidates) {
            PackDescriptor d = candidates.get(random.nextInt(candidates.size()));
            List<PackDescriptor> sameName = candidates.stream().filter(x -> x.name().equals(d.name()))
                    .collect(Collectors.toList());
            PackDescriptor v = sameName.get(random.nextInt(sameName.size()));
            Layer.Builder b = Layer.builder(v.layer(), PackRef.of(v.name(), selector(v)).withType(v.packType()));
            if (random.nextInt(4) > 0) {
                b.values(v.values());
            }
            if (!v.presets().isEmpty() && random.nextInt(4) == 0) {
                PackPreset p = v.presets().get(random.nextInt(v.presets().size()));
                b.preset(p.name(), p.group());
            }
            return b.build();
        }

        /** The version exactly as the registry spells it, behind its group when it has one. */
        private VersionSelector selector(PackDescriptor v) {
            return VersionSelector.parse(v.group().map(g -> g + "__").orElse("") + v.version());
        }

        /** Draws again the layers the errors point at; false when no error points at a layer. */
        boolean redraw(List<Violation> errors) {
            Set<Integer> at = new TreeSet<>();
            for (Violation v : errors) {
                Matcher m = LAYER_PATH.matcher(v.path());
                if (!m.find()) {
                    return false;
                }
                at.add(Integer.parseInt(m.group(1)));
            }
            for (int i : at) {
                if (i >= layers.size()) {
                    return false;
                }
                layers.set(i, layer(choices.get(i)));
            }
            // A constraint error may name the other end of the constraint: now and then draw one more.
            int other = random.nextInt(layers.size());
            layers.set(other, layer(choices.get(other)));
            return true;
        }

        ClusterProfile build() {
            ClusterProfile.Builder b = kind.builder().name(name).version(version).description(description);
            if (cloud != null) {
                b.cloud(cloud);
            }
            tags.forEach(b::tag);
            b.layers(layers);
            return b.build();
        }
    }
}
