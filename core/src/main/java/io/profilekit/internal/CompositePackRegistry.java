package io.profilekit.internal;

import io.profilekit.PackVersion;
import io.profilekit.VersionSelector;
import io.profilekit.registry.PackDescriptor;
import io.profilekit.registry.PackQuery;
import io.profilekit.registry.PackRegistry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Several registries asked in order: for each pack name, the first registry that has the pack
 * answers for it. Internal: use {@code PackRegistries.compose}.
 */
public final class CompositePackRegistry implements PackRegistry {
    private final String id;
    private final List<PackRegistry> members;
    private final Set<String> names;

    /**
     * Composes registries.
     *
     * @param members the registries, in order of precedence
     */
    public CompositePackRegistry(List<PackRegistry> members) {
        List<PackRegistry> flat = new ArrayList<>();
        for (PackRegistry r : members) {
            flat.addAll(r.members());
        }
        this.members = List.copyOf(flat);
        this.id = this.members.stream().map(PackRegistry::id).collect(Collectors.joining("+", "composite(", ")"));
        TreeSet<String> all = new TreeSet<>();
        for (PackRegistry r : this.members) {
            all.addAll(r.packNames());
        }
        this.names = Collections.unmodifiableSet(all);
    }

    private Optional<PackRegistry> owner(String packName) {
        for (PackRegistry r : members) {
            if (r.contains(packName)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Set<String> packNames() {
        return names;
    }

    @Override
    public boolean contains(String packName) {
        return owner(packName).isPresent();
    }

    @Override
    public List<PackDescriptor> packs(String packName) {
        return owner(packName).map(r -> r.packs(packName)).orElse(List.of());
    }

    @Override
    public Optional<PackDescriptor> pack(String packName, PackVersion version) {
        return owner(packName).flatMap(r -> r.pack(packName, version));
    }

    @Override
    public List<PackVersion> versions(String packName) {
        return owner(packName).map(r -> r.versions(packName)).orElse(List.of());
    }

    @Override
    public Optional<PackDescriptor> newest(String packName, VersionSelector selector) {
        return owner(packName).flatMap(r -> r.newest(packName, selector));
    }

    @Override
    public List<PackDescriptor> find(PackQuery query) {
        Map<String, List<PackDescriptor>> byName = new LinkedHashMap<>();
        for (PackRegistry r : members) {
            for (PackDescriptor p : r.find(query)) {
                if (owner(p.name()).orElse(null) == r) {
                    byName.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(p);
                }
            }
        }
        return byName.values().stream().flatMap(List::stream)
                .sorted(Comparator.comparing(PackDescriptor::name).thenComparing(PackDescriptor::version))
                .collect(Collectors.toUnmodifiableList());
    }

    @Override
    public List<PackRegistry> members() {
        return members;
    }

    @Override
    public String toString() {
        return id;
    }
}
