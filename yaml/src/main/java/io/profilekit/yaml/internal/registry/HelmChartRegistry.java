package io.profilekit.yaml.internal.registry;

import io.profilekit.CloudType;
import io.profilekit.LayerType;
import io.profilekit.PackType;
import io.profilekit.PackVersion;
import io.profilekit.VersionSelector;
import io.profilekit.registry.PackDescriptor;
import io.profilekit.registry.PackQuery;
import io.profilekit.registry.PackRegistry;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import java.util.TreeSet;

/**
 * The chart versions of a Helm index in a compact form: per chart, the version texts in ascending
 * version order and, beside each, its annotations packed into one string. A
 * {@link PackDescriptor} is made only when a lookup asks for it, so a registry of a million chart
 * versions costs little more than their strings (a full descriptor per version costs several
 * hundred bytes). Answers as an {@code InMemoryPackRegistry} of the same packs would, from the
 * sorted arrays by binary search. Immutable and thread-safe. Internal.
 */
final class HelmChartRegistry implements PackRegistry {
    private final String id;
    private final String name;
    private final String uid;
    private final Map<String, Chart> charts;
    private final Set<String> names;
    private final int size;

    /**
     * One chart's versions, ascending; {@code meta[i]} holds the annotations of {@code versions[i]}
     * ({@link #pack(Map)}), or null for none.
     */
    record Chart(String name, String[] versions, String[] meta) {
    }

    HelmChartRegistry(String id, String name, String uid, List<Chart> charts) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = name == null ? id : name;
        this.uid = uid;
        Map<String, Chart> byName = new HashMap<>();
        int count = 0;
        for (Chart c : charts) {
            if (c.versions().length > 0) {
                byName.put(c.name(), c);
                count += c.versions().length;
            }
        }
        this.charts = byName;
        this.names = Collections.unmodifiableSet(new TreeSet<>(byName.keySet()));
        this.size = count;
    }

    /** @return the number of chart versions held */
    int size() {
        return size;
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
        return charts.containsKey(packName);
    }

    @Override
    public List<PackDescriptor> packs(String packName) {
        Chart c = charts.get(packName);
        return c == null ? List.of() : new Descriptors(c);
    }

    @Override
    public List<PackVersion> versions(String packName) {
        Chart c = charts.get(packName);
        return c == null ? List.of() : new Versions(c);
    }

    @Override
    public Optional<PackDescriptor> pack(String packName, PackVersion version) {
        Objects.requireNonNull(version, "version");
        Chart c = charts.get(packName);
        if (c == null) {
            return Optional.empty();
        }
        int i = floor(c, version);
        return i >= 0 && c.versions()[i].equals(version.toString()) ? Optional.of(descriptor(c, i)) : Optional.empty();
    }

    @Override
    public Optional<PackDescriptor> newest(String packName, VersionSelector selector) {
        Chart c = charts.get(packName);
        // Chart versions have no group, so a selector naming one matches none.
        if (c == null || !selector.isValid() || !selector.matchesGroup(null)) {
            return Optional.empty();
        }
        String[] v = c.versions();
        int top = v.length - 1;
        if (selector.kind() == VersionSelector.Kind.EXACT) {
            // One spelling per version is kept, so at most one equivalent: at the floor or just above it.
            PackVersion exact = selector.exactVersion().orElseThrow();
            int i = floor(c, exact);
            for (int j = Math.max(0, i); j <= Math.min(top, i + 1); j++) {
                if (exact.isEquivalentTo(PackVersion.parse(v[j]))) {
                    return Optional.of(descriptor(c, j));
                }
            }
            return Optional.empty();
        }
        if (selector.kind() == VersionSelector.Kind.TRAIN) {
            // Every release of the train sorts below the first possible version of the next train.
            Optional<PackVersion> ceiling = nextTrainFloor(selector.trainPrefix());
            if (ceiling.isPresent()) {
                top = floor(c, ceiling.get());
            }
        }
        for (int i = top; i >= 0; i--) {
            if (selector.matches(PackVersion.parse(v[i]))) {
                return Optional.of(descriptor(c, i));
            }
        }
        return Optional.empty();
    }

    @Override
    public List<PackDescriptor> find(PackQuery query) {
        Objects.requireNonNull(query, "query");
        List<PackDescriptor> out = new ArrayList<>();
        for (String n : names) {
            Chart c = charts.get(n);
            for (int i = 0; i < c.versions().length; i++) {
                PackDescriptor p = descriptor(c, i);
                if (query.test(p)) {
                    out.add(p);
                }
            }
        }
        return Collections.unmodifiableList(out);
    }

    @Override
    public String toString() {
        return "HelmChartRegistry[" + id + ", " + names.size() + " charts, " + size + " versions]";
    }

    /** The index of the highest version at or below {@code version}, or -1. */
    private static int floor(Chart c, PackVersion version) {
        String[] v = c.versions();
        int lo = 0;
        int hi = v.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (PackVersion.parse(v[mid]).compareTo(version) <= 0) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** The lowest possible version of the next train, or empty if it cannot be written (then scan all). */
    private static Optional<PackVersion> nextTrainFloor(List<String> prefix) {
        StringBuilder sb = new StringBuilder();
        int last = prefix.size() - 1;
        for (int i = 0; i < last; i++) {
            sb.append(prefix.get(i)).append('.');
        }
        String digits = prefix.get(last).replaceFirst("^0+(?=.)", "");
        char[] c = digits.toCharArray();
        int i = c.length - 1;
        while (i >= 0 && c[i] == '9') {
            c[i--] = '0';
        }
        String next;
        if (i < 0) {
            next = "1" + new String(c);
        } else {
            c[i]++;
            next = new String(c);
        }
        // Just below the floor of the next train, which no release of this train reaches.
        return PackVersion.tryParse(sb.append(next).append('~').toString());
    }

    /** The pack of one chart version, made as the reader made it before the compact form. */
    static PackDescriptor descriptor(Chart c, int i) {
        PackDescriptor.Builder b = PackDescriptor.builder(c.name(), PackVersion.parse(c.versions()[i]), LayerType.ADDON)
                .displayName(c.name())
                .packType(PackType.HELM)
                .cloudTypes(CloudType.ALL);
        String meta = c.meta()[i];
        if (meta != null) {
            int at = 0;
            while (at < meta.length()) {
                int colon = meta.indexOf(':', at);
                int len = Integer.parseInt(meta, at, colon, 10);
                String key = meta.substring(colon + 1, colon + 1 + len);
                at = colon + 1 + len;
                colon = meta.indexOf(':', at);
                len = Integer.parseInt(meta, at, colon, 10);
                b.annotation(key, meta.substring(colon + 1, colon + 1 + len));
                at = colon + 1 + len;
            }
        }
        return b.build();
    }

    /**
     * Packs annotations into one string: each key and value as its length, a colon and its text,
     * which keeps a Latin-1 text Latin-1 (one byte a character).
     *
     * @param annotations the annotations, in order
     * @return the packed form, or null for none
     */
    static String pack(Map<String, String> annotations) {
        if (annotations.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : annotations.entrySet()) {
            sb.append(e.getKey().length()).append(':').append(e.getKey());
            sb.append(e.getValue().length()).append(':').append(e.getValue());
        }
        return sb.toString();
    }

    /** A chart's packs, each made when asked for. */
    private static final class Descriptors extends AbstractList<PackDescriptor> implements RandomAccess {
        private final Chart chart;

        Descriptors(Chart chart) {
            this.chart = chart;
        }

        @Override
        public PackDescriptor get(int index) {
            Objects.checkIndex(index, chart.versions().length);
            return descriptor(chart, index);
        }

        @Override
        public int size() {
            return chart.versions().length;
        }
    }

    /** A chart's versions, each parsed when asked for. */
    private static final class Versions extends AbstractList<PackVersion> implements RandomAccess {
        private final Chart chart;

        Versions(Chart chart) {
            this.chart = chart;
        }

        @Override
        public PackVersion get(int index) {
            return PackVersion.parse(chart.versions()[index]);
        }

        @Override
        public int size() {
            return chart.versions().length;
        }
    }

    /** @return a new map for the annotations of one chart version, in the order they are kept */
    static Map<String, String> newAnnotations() {
        return new LinkedHashMap<>();
    }
}
