package io.profilekit.registry;

import io.profilekit.CloudType;
import io.profilekit.LayerType;
import io.profilekit.PackVersion;
import io.profilekit.VersionSelector;
import io.profilekit.internal.Checks;
import io.profilekit.internal.VersionText;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A registry held in memory, indexed by pack name (then version), by layer and by cloud.
 * Immutable and thread-safe once built.
 *
 * <pre>{@code
 * PackRegistry inHouse = InMemoryPackRegistry.builder("in-house")
 *     .name("In-house packs")
 *     .add(PackDescriptor.builder("acme-os", "1.0.0", LayerType.OS).cloudTypes(CloudType.AWS).build())
 *     .build();
 * }</pre>
 */
public final class InMemoryPackRegistry implements PackRegistry {
    private final String id;
    private final String name;
    private final String uid;
    private final Map<String, NavigableMap<PackVersion, PackDescriptor>> byName;
    private final Map<String, List<PackDescriptor>> listsByName;
    /** Per pack name, its versions ascending, beside its descriptors: binary searched without allocating. */
    private final Map<String, Sorted> sortedByName;
    private final Set<String> names;
    private final Map<LayerType, List<PackDescriptor>> byLayer;
    private final Map<CloudType, List<PackDescriptor>> byCloud;
    private final List<PackDescriptor> everyCloud;
    private final List<PackDescriptor> all;

    private InMemoryPackRegistry(Builder b) {
        this.id = b.id;
        this.name = b.name == null ? b.id : b.name;
        this.uid = b.uid;
        Map<String, NavigableMap<PackVersion, PackDescriptor>> names = new HashMap<>();
        for (PackDescriptor p : b.packs.values()) {
            names.computeIfAbsent(p.name(), k -> new TreeMap<>()).put(p.version(), p);
        }
        Map<String, NavigableMap<PackVersion, PackDescriptor>> frozen = new HashMap<>();
        Map<String, List<PackDescriptor>> lists = new HashMap<>();
        Map<String, Sorted> arrays = new HashMap<>();
        List<PackDescriptor> sorted = new ArrayList<>();
        for (String n : new TreeSet<>(names.keySet())) {
            NavigableMap<PackVersion, PackDescriptor> versions = Collections.unmodifiableNavigableMap(names.get(n));
            frozen.put(n, versions);
            List<PackDescriptor> list = List.copyOf(versions.values());
            lists.put(n, list);
            arrays.put(n, new Sorted(list));
            sorted.addAll(versions.values());
        }
        this.byName = frozen;
        this.listsByName = lists;
        this.sortedByName = arrays;
        this.names = Collections.unmodifiableSet(new TreeSet<>(names.keySet()));
        this.all = List.copyOf(sorted);
        Map<LayerType, List<PackDescriptor>> layers = new EnumMap<>(LayerType.class);
        Map<CloudType, List<PackDescriptor>> clouds = new HashMap<>();
        List<PackDescriptor> every = new ArrayList<>();
        for (PackDescriptor p : sorted) {
            layers.computeIfAbsent(p.layer(), k -> new ArrayList<>()).add(p);
            if (p.cloudTypes().contains(CloudType.ALL)) {
                every.add(p);
            }
            for (CloudType c : p.cloudTypes()) {
                clouds.computeIfAbsent(c, k -> new ArrayList<>()).add(p);
            }
        }
        layers.replaceAll((k, v) -> List.copyOf(v));
        clouds.replaceAll((k, v) -> List.copyOf(v));
        this.byLayer = layers;
        this.byCloud = clouds;
        this.everyCloud = List.copyOf(every);
    }

    /**
     * A builder for a registry with the given id.
     *
     * @param id a stable identifier, e.g. {@code "in-house"}
     * @return a new builder
     */
    public static Builder builder(String id) {
        return new Builder(Checks.notBlank(id, "id"));
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Optional<String> uid() {
        return Optional.ofNullable(uid);
    }

    @Override
    public Set<String> packNames() {
        return names;
    }

    @Override
    public boolean contains(String packName) {
        return byName.containsKey(packName);
    }

    @Override
    public List<PackDescriptor> packs(String packName) {
        return listsByName.getOrDefault(packName, List.of());
    }

    @Override
    public Optional<PackDescriptor> pack(String packName, PackVersion version) {
        NavigableMap<PackVersion, PackDescriptor> versions = byName.get(packName);
        return versions == null ? Optional.empty() : Optional.ofNullable(versions.get(version));
    }

    @Override
    public Optional<PackDescriptor> newest(String packName, VersionSelector selector) {
        NavigableMap<PackVersion, PackDescriptor> versions = byName.get(packName);
        if (versions == null || !selector.isValid()) {
            return Optional.empty();
        }
        if (selector.kind() == VersionSelector.Kind.EXACT) {
            // The version spelled as the selector, else an equivalent spelling (adjacent in the order).
            PackVersion exact = selector.exactVersion().orElseThrow();
            PackDescriptor verbatim = versions.get(exact);
            if (verbatim != null && selector.matchesGroup(verbatim.group().orElse(null))) {
                return Optional.of(verbatim);
            }
            PackVersion ceiling = versions.ceilingKey(exact);
            PackVersion floor = versions.floorKey(exact);
            PackVersion top = null;
            for (PackVersion v = ceiling; v != null && v.isEquivalentTo(exact); v = versions.higherKey(v)) {
                top = v;
            }
            PackVersion from = top != null ? top : floor;
            if (from == null) {
                return Optional.empty();
            }
            for (PackDescriptor p : versions.headMap(from, true).descendingMap().values()) {
                if (selector.matches(p.version()) && selector.matchesGroup(p.group().orElse(null))) {
                    return Optional.of(p);
                }
                if (!p.version().isEquivalentTo(exact)) {
                    break;
                }
            }
            return Optional.empty();
        }
        Sorted sorted = sortedByName.get(packName);
        int top = sorted.versions.length - 1;
        boolean train = selector.kind() == VersionSelector.Kind.TRAIN;
        long trainStart = Long.MIN_VALUE;
        if (train) {
            top = trainTop(sorted, selector);
            // Every release of the train has a release key at least the train's first one: below
            // it, no older version can match, so a train without releases is not a scan of all.
            trainStart = trainStartKey(selector.trainPrefix());
        }
        for (int i = top; i >= 0; i--) {
            if (sorted.keys[i] < trainStart) {
                break;
            }
            PackDescriptor p = sorted.packs[i];
            if (selector.matches(sorted.versions[i]) && selector.matchesGroup(p.group().orElse(null))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * The release key of a train's first possible release: its numbers as versions hold them,
     * without leading zeros ({@code 1.09.x} starts at 1.9, and {@code 00000001.x} at 1, not at a
     * number too long for the key).
     */
    private static long trainStartKey(List<String> prefix) {
        for (String part : prefix) {
            if (part.length() > 1 && part.charAt(0) == '0') {
                List<String> numbers = new ArrayList<>(prefix.size());
                prefix.forEach(p -> numbers.add(VersionText.stripLeadingZeros(p)));
                return VersionText.releaseKey(numbers);
            }
        }
        return VersionText.releaseKey(prefix);
    }

    /**
     * The index of the highest version below the first possible version of the next train (every
     * release of the train sorts below it), or -1: by binary search over the release keys, packed
     * in one array, which decide where they differ from the end's (no allocation). Many versions are
     * searched in two steps: first the key of every {@value #BLOCK}th version (an array small enough
     * to stay in the processor's caches), then the one block the answer lies in, so that a lookup
     * among 100,000 versions reads a few cache lines of the large array instead of one per probe.
     */
    private static int trainTop(Sorted sorted, VersionSelector selector) {
        long end = VersionText.trainEndKey(selector);
        // Where both keys stand for their releases alone, a tie is the next train's release: past.
        boolean endExact = VersionText.trainEndExact(selector);
        long[] keys = sorted.keys;
        int lo = 0;
        int hi = keys.length - 1;
        long[] coarse = sorted.coarse;
        if (coarse != null) {
            // the last block whose first version is not past the train
            int block = -1;
            int clo = 0;
            int chi = coarse.length - 1;
            while (clo <= chi) {
                int mid = (clo + chi) >>> 1;
                if (isPast(sorted, selector, end, endExact, coarse[mid], mid * BLOCK)) {
                    chi = mid - 1;
                } else {
                    block = mid;
                    clo = mid + 1;
                }
            }
            if (block < 0) {
                return -1;
            }
            // the next block's first version is past the train (or there is none)
            lo = block * BLOCK;
            hi = Math.min(keys.length - 1, lo + BLOCK - 1);
        }
        int top = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (isPast(sorted, selector, end, endExact, keys[mid], mid)) {
                hi = mid - 1;
            } else {
                top = mid;
                lo = mid + 1;
            }
        }
        return top;
    }

    /** Versions a block of the two-step search covers; packs with fewer than two blocks are searched in one step. */
    private static final int BLOCK = 64;

    /** Whether the version at {@code index}, whose release key is {@code key}, is past the train that ends at {@code end}. */
    private static boolean isPast(Sorted sorted, VersionSelector selector, long end, boolean endExact, long key,
                                  int index) {
        return key > end || (key == end && ((endExact && sorted.exact[index])
                || selector.isPastTrain(sorted.versions[index])));
    }

    /** One pack name's versions in ascending order, and its descriptors in the same order. */
    private static final class Sorted {
        final PackVersion[] versions;
        final PackDescriptor[] packs;
        /** The release key of each version ({@link VersionText#releaseKey}), non-decreasing. */
        final long[] keys;
        /** Whether each key stands for its version's release alone ({@link VersionText#isExactKey}). */
        final boolean[] exact;
        /** The key of every {@link #BLOCK}th version, for the first step of the search; null for few versions. */
        final long[] coarse;

        Sorted(List<PackDescriptor> ascending) {
            packs = ascending.toArray(new PackDescriptor[0]);
            versions = new PackVersion[packs.length];
            keys = new long[packs.length];
            for (int i = 0; i < packs.length; i++) {
                versions[i] = packs[i].version();
                keys[i] = VersionText.releaseKey(versions[i].releaseNumbers());
            }
            exact = new boolean[packs.length];
            for (int i = 0; i < packs.length; i++) {
                exact[i] = VersionText.isExactKey(versions[i].releaseNumbers());
            }
            if (packs.length >= 2 * BLOCK) {
                coarse = new long[(packs.length + BLOCK - 1) / BLOCK];
                for (int b = 0; b < coarse.length; b++) {
                    coarse[b] = keys[b * BLOCK];
                }
            } else {
                coarse = null;
            }
        }
    }

    @Override
    public List<PackDescriptor> find(PackQuery query) {
        Checks.notNull(query, "query");
        List<PackDescriptor> candidates = all;
        if (query.nameContains().isEmpty() && query.layer().isPresent()) {
            candidates = byLayer.getOrDefault(query.layer().get(), List.of());
        }
        if (query.cloud().isPresent() && !query.cloud().get().equals(CloudType.ALL)) {
            List<PackDescriptor> cloud = byCloud.getOrDefault(query.cloud().get(), List.of());
            if (cloud.size() + everyCloud.size() < candidates.size()) {
                List<PackDescriptor> merged = new ArrayList<>(cloud);
                for (PackDescriptor p : everyCloud) {
                    if (!p.cloudTypes().contains(query.cloud().get())) {
                        merged.add(p);
                    }
                }
                merged.sort(java.util.Comparator.comparing(PackDescriptor::name).thenComparing(PackDescriptor::version));
                candidates = merged;
            }
        }
        List<PackDescriptor> out = new ArrayList<>();
        for (PackDescriptor p : candidates) {
            if (query.test(p)) {
                out.add(p);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The number of pack versions held.
     *
     * @return the count
     */
    public int size() {
        return all.size();
    }

    @Override
    public String toString() {
        return "InMemoryPackRegistry[" + id + ", " + names.size() + " packs, " + all.size() + " versions]";
    }

    /** Builds an {@link InMemoryPackRegistry}. Not thread-safe. */
    public static final class Builder {
        private final String id;
        private String name;
        private String uid;
        private final Map<String, PackDescriptor> packs = new java.util.LinkedHashMap<>();

        private Builder(String id) {
            this.id = id;
        }

        /**
         * Sets the registry's display name (default: the id).
         *
         * @param registryName e.g. {@code "Public Repo"}
         * @return this builder
         */
        public Builder name(String registryName) {
            this.name = Checks.notNull(registryName, "name");
            return this;
        }

        /**
         * Sets the registry's Palette uid.
         *
         * @param registryUid the uid
         * @return this builder
         */
        public Builder uid(String registryUid) {
            this.uid = Checks.notNull(registryUid, "uid");
            return this;
        }

        /**
         * Adds a pack version.
         *
         * @param pack the pack version
         * @return this builder
         * @throws IllegalArgumentException if the same pack name and version was already added
         */
        public Builder add(PackDescriptor pack) {
            Checks.notNull(pack, "pack");
            // Equivalent spellings (1.0, 1.0.0, v1.0.0) are one version: a selector could not tell them apart.
            String key = pack.name() + "\u0000" + pack.version().normalized();
            PackDescriptor earlier = packs.putIfAbsent(key, pack);
            if (earlier != null) {
                throw new IllegalArgumentException("pack " + pack.name() + " " + pack.version()
                        + " was added twice to registry '" + id + "'"
                        + (earlier.version().equals(pack.version()) ? "" : " (also as " + earlier.version() + ")"));
            }
            return this;
        }

        /**
         * Adds pack versions.
         *
         * @param more the pack versions
         * @return this builder
         * @throws IllegalArgumentException if a pack name and version repeats
         */
        public Builder addAll(Collection<PackDescriptor> more) {
            for (PackDescriptor p : Checks.copyNoNulls(more, "packs")) {
                add(p);
            }
            return this;
        }

        /**
         * Builds the registry and its indexes.
         *
         * @return a new immutable registry
         */
        public InMemoryPackRegistry build() {
            return new InMemoryPackRegistry(this);
        }
    }
}
