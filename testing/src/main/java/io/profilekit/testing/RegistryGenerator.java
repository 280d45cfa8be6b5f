package io.profilekit.testing;

import io.profilekit.CloudType;
import io.profilekit.InfrastructureProfile;
import io.profilekit.Layer;
import io.profilekit.LayerType;
import io.profilekit.PackRef;
import io.profilekit.PackType;
import io.profilekit.PackVersion;
import io.profilekit.RegistryRef;
import io.profilekit.VersionSelector;
import io.profilekit.registry.DependencyType;
import io.profilekit.registry.InMemoryPackRegistry;
import io.profilekit.registry.PackDependency;
import io.profilekit.registry.PackDescriptor;
import io.profilekit.registry.PackPreset;
import io.profilekit.registry.PackQuery;
import io.profilekit.registry.PackRegistry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Seeded generator of random pack registries, and of selectors and profiles that point into them,
 * for property-style tests of registries and resolution. The same seed always gives the same
 * sequence, so a failing case can be repeated by its seed.
 *
 * <p>A generated registry has packs for every layer, each with many versions of every shape that
 * {@link ProfileGenerator#packVersionText()} produces (two- and four-part numbers, a leading
 * {@code v}, leading zeros, pre-releases, revisions, dates, build metadata) mixed with close
 * releases of a few trains so that trains and ranges have several members; packs support random
 * known or custom clouds (or {@code all}), and some versions belong to a pack group such as
 * {@code LTS}. Not thread-safe: use one generator per thread.
 *
 * <pre>{@code
 * RegistryGenerator gen = new RegistryGenerator(seed);
 * InMemoryPackRegistry registry = gen.registry();
 * String pack = gen.packName(registry);
 * VersionSelector selector = gen.selectorFor(registry, pack);   // e.g. "1.3.x", "LTS__20.04", ">=1.2 <1.4"
 * InfrastructureProfile profile = gen.profileFor(registry);
 * }</pre>
 */
public final class RegistryGenerator {
    private static final List<LayerType> CORE = List.of(LayerType.OS, LayerType.KUBERNETES, LayerType.NETWORK,
            LayerType.STORAGE);
    private static final String[] GROUPS = {"LTS", "FIPS", "Edge"};
    private static final String[] PRE = {"rc", "alpha", "beta"};
    private static final String[] POST = {"rev", "up."};

    private final ProfileGenerator profiles;
    private final Random random;

    /**
     * A generator with the given seed.
     *
     * @param seed the seed; print it when a test fails so the case can be repeated
     */
    public RegistryGenerator(long seed) {
        this.profiles = new ProfileGenerator(seed);
        this.random = profiles.random();
    }

    /**
     * The seed this generator started from.
     *
     * @return the seed
     */
    public long seed() {
        return profiles.seed();
    }

    /**
     * The profile generator this generator draws from (it shares the random source).
     *
     * @return the profile generator
     */
    public ProfileGenerator profiles() {
        return profiles;
    }

    /**
     * A random registry with the id {@code "generated"}.
     *
     * @return the registry
     */
    public InMemoryPackRegistry registry() {
        return registry("generated");
    }

    /**
     * A random registry: one to three packs for each core layer and up to three add-ons, each
     * with one to sixty versions.
     *
     * @param id the registry's id (also its name)
     * @return the registry
     */
    public InMemoryPackRegistry registry(String id) {
        InMemoryPackRegistry.Builder b = InMemoryPackRegistry.builder(id);
        Set<String> names = new LinkedHashSet<>();
        for (LayerType layer : LayerType.values()) {
            int count = layer == LayerType.ADDON ? random.nextInt(4) : 1 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                String name = uniqueName(layer, names);
                b.addAll(packVersions(name, layer));
            }
        }
        return b.build();
    }

    private String uniqueName(LayerType layer, Set<String> taken) {
        String name = layer.wireName() + "-" + profiles.word();
        while (!taken.add(name)) {
            name = name + random.nextInt(10);
        }
        return name;
    }

    /**
     * The versions of one random pack: distinct version texts of every shape, with the pack's
     * clouds, type and (for some versions) group.
     *
     * @param name the pack's name
     * @param layer the pack's layer
     * @return one to sixty descriptors, each with a different version (no two equivalent spellings)
     */
    public List<PackDescriptor> packVersions(String name, LayerType layer) {
        List<CloudType> clouds = clouds();
        String group = random.nextInt(3) == 0 ? GROUPS[random.nextInt(GROUPS.length)] : null;
        PackType type = layer == LayerType.ADDON && random.nextInt(3) == 0 ? PackType.HELM : PackType.SPECTRO;
        int count = random.nextInt(5) == 0 ? 20 + random.nextInt(41) : 1 + random.nextInt(15);
        Set<String> texts = new LinkedHashSet<>();
        Set<String> versions = new java.util.HashSet<>();   // one spelling per version, as registries require
        for (int i = 0; i < count * 3 && texts.size() < count; i++) {
            String text = random.nextInt(3) == 0 ? profiles.packVersionText() : trainVersionText();
            if (versions.add(PackVersion.parse(text).normalized())) {
                texts.add(text);
            }
        }
        List<PackDescriptor> out = new ArrayList<>();
        for (String text : texts) {
            PackDescriptor.Builder d = PackDescriptor.builder(name, text, layer).cloudTypes(clouds).packType(type);
            if (group != null && random.nextBoolean()) {
                d.group(group);
            }
            if (random.nextInt(8) == 0) {
                d.eol(LocalDate.of(2020 + random.nextInt(10), 1 + random.nextInt(12), 1 + random.nextInt(28)));
            }
            if (layer == LayerType.ADDON && random.nextBoolean()) {
                d.addonType(random.nextBoolean() ? "monitoring" : "system app");
            }
            if (random.nextInt(6) == 0) {
                d.dependency(dependency());
            }
            if (random.nextInt(6) == 0) {
                d.preset(new PackPreset(profiles.word(), profiles.word(), "group-" + random.nextInt(2),
                        "pack:\n  " + profiles.word() + ": true\n", List.of()));
            }
            d.values(random.nextBoolean() ? "" : profiles.valuesYaml());
            out.add(d.build());
        }
        return out;
    }

    /** Versions close together (a few trains of a few releases), so that trains and ranges hit. */
    private String trainVersionText() {
        StringBuilder sb = new StringBuilder();
        sb.append(1 + random.nextInt(2)).append('.').append(random.nextInt(6)).append('.').append(random.nextInt(13));
        int q = random.nextInt(10);
        if (q == 0) {
            sb.append('-').append(PRE[random.nextInt(PRE.length)]).append('.').append(random.nextInt(3));
        } else if (q == 1) {
            sb.append('-').append(POST[random.nextInt(POST.length)]).append(1 + random.nextInt(3));
        }
        return sb.toString();
    }

    private List<CloudType> clouds() {
        if (random.nextInt(4) == 0) {
            return List.of(CloudType.ALL);
        }
        List<CloudType> known = new ArrayList<>(CloudType.knownTypes());
        known.remove(CloudType.ALL);
        Set<CloudType> chosen = new LinkedHashSet<>();
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            chosen.add(random.nextInt(8) == 0 ? CloudType.of("custom-" + profiles.word())
                    : known.get(random.nextInt(known.size())));
        }
        return List.copyOf(chosen);
    }

    private PackDependency dependency() {
        LayerType layer = LayerType.values()[random.nextInt(LayerType.values().length)];
        DependencyType type = DependencyType.values()[random.nextInt(DependencyType.values().length)];
        PackVersion min = random.nextBoolean() ? PackVersion.parse((1 + random.nextInt(2)) + "." + random.nextInt(4))
                : null;
        PackVersion max = random.nextBoolean() ? PackVersion.parse((2 + random.nextInt(2)) + "." + random.nextInt(6))
                : null;
        return PackDependency.of(layer.wireName() + "-" + profiles.word(), layer, type, min, max);
    }

    /**
     * A random pack name of the registry.
     *
     * @param registry the registry
     * @return one of its pack names
     * @throws IllegalArgumentException if the registry has no packs
     */
    public String packName(PackRegistry registry) {
        List<String> names = new ArrayList<>(registry.packNames());
        if (names.isEmpty()) {
            throw new IllegalArgumentException("registry '" + registry.id() + "' has no packs");
        }
        return names.get(random.nextInt(names.size()));
    }

    /**
     * A random selector aimed at a pack of the registry: usually built from the pack's own
     * versions (exact, in the version's or an equivalent spelling; a train of its numbers; a range
     * around it; any of these behind the pack's group), sometimes one that names a pre-release,
     * sometimes one that matches nothing, sometimes any selector at all.
     *
     * @param registry the registry
     * @param packName the pack
     * @return the selector (always {@linkplain VersionSelector#isValid() valid})
     */
    public VersionSelector selectorFor(PackRegistry registry, String packName) {
        List<PackDescriptor> packs = registry.packs(packName);
        if (packs.isEmpty() || random.nextInt(12) == 0) {
            return profiles.selector();
        }
        PackDescriptor pick = packs.get(random.nextInt(packs.size()));
        PackVersion v = pick.version();
        String prefix = random.nextInt(3) > 0 && pick.group().isPresent() ? pick.group().get() + "__" : "";
        List<String> numbers = v.releaseNumbers();
        switch (random.nextInt(8)) {
            case 0:
                return VersionSelector.parse(prefix + v);
            case 1:
                return VersionSelector.parse(prefix + respell(v));
            case 2:
            case 3: {
                int keep = numbers.isEmpty() ? 0 : 1 + random.nextInt(Math.min(2, numbers.size()));
                String train = keep == 0 ? "0" : String.join(".", numbers.subList(0, keep));
                return VersionSelector.parse(prefix + train + (random.nextInt(5) == 0 ? ".x.x" : ".x"));
            }
            case 4:
            case 5:
                return VersionSelector.parse(prefix + range(numbers));
            case 6:
                return VersionSelector.parse(random.nextBoolean() ? "99" + random.nextInt(10) + ".x"
                        : random.nextBoolean() ? "NOGROUP__" + v : "0.0.0-none.1");
            default:
                return VersionSelector.parse(prefix + ">=" + semver(numbers) + "-rc.0 <" + bump(numbers, 1));
        }
    }

    /** Another spelling of the same version: a leading v, or a trailing .0. */
    private String respell(PackVersion v) {
        String text = v.toString();
        if (v.qualifier().isEmpty() && random.nextBoolean()) {
            return text + ".0";
        }
        return text.startsWith("v") ? text.substring(1) : "v" + text;
    }

    private String range(List<String> numbers) {
        String here = semver(numbers);
        switch (random.nextInt(5)) {
            case 0:
                return ">=" + here + " <" + bump(numbers, 1 + random.nextInt(3));
            case 1:
                return "^" + here;
            case 2:
                return "~" + here;
            case 3:
                return here + " - " + bump(numbers, 1);
            default:
                return "<" + here + " || >=" + bump(numbers, 2);
        }
    }

    private static String semver(List<String> numbers) {
        List<String> n = new ArrayList<>(numbers);
        while (n.size() < 3) {
            n.add("0");
        }
        for (int i = 0; i < 3; i++) {
            if (n.get(i).length() > 6) {
                n.set(i, "999999");
            }
        }
        return String.join(".", n.subList(0, 3));
    }

    private static String bump(List<String> numbers, int minorSteps) {
        String[] n = semver(numbers).split("\\.");
        return n[0] + "." + (Integer.parseInt(n[1]) + minorSteps) + ".0";
    }

    /**
     * A random profile whose four layers name packs of the registry of the right layer (a random
     * name where the registry has none), with selectors from {@link #selectorFor}; some layers
     * name the registry (for a composed registry, one of its members), by its name or id.
     *
     * @param registry the registry
     * @return a structurally valid profile
     */
    public InfrastructureProfile profileFor(PackRegistry registry) {
        InfrastructureProfile.Builder b = InfrastructureProfile.builder()
                .name(profiles.profileName())
                .version(profiles.profileVersion())
                .cloud(profiles.cloud());
        for (LayerType t : CORE) {
            List<PackDescriptor> candidates = registry.find(PackQuery.all().layer(t));
            String name = candidates.isEmpty() ? t.wireName() + "-" + profiles.word()
                    : candidates.get(random.nextInt(candidates.size())).name();
            PackRef ref = PackRef.of(name, selectorFor(registry, name));
            if (random.nextInt(5) == 0) {
                List<PackRegistry> members = registry.members();
                PackRegistry named = members.get(random.nextInt(members.size()));
                ref = ref.withRegistry(RegistryRef.byName(random.nextBoolean() ? named.name() : named.id()));
            }
            b.layer(Layer.builder(t, ref).values(random.nextBoolean() ? "" : profiles.valuesYaml()).build());
        }
        return b.build();
    }
}
