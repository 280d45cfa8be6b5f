package io.profilekit.registry;

import io.profilekit.VersionSelector;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reference answers computed by scanning every pack, to check index-backed answers against. */
public final class BruteForce {
    private BruteForce() {
    }

    /**
     * A registry that exposes only the pack names and versions of {@code r}, so that every other
     * method is {@link PackRegistry}'s default, scanning implementation.
     */
    public static PackRegistry defaultsOf(PackRegistry r) {
        return new PackRegistry() {
            @Override
            public String id() {
                return r.id();
            }

            @Override
            public Set<String> packNames() {
                return r.packNames();
            }

            @Override
            public List<PackDescriptor> packs(String packName) {
                return r.packs(packName);
            }
        };
    }

    /** The greatest version of the pack that the selector and its group match, by a full scan. */
    public static Optional<PackDescriptor> newest(PackRegistry r, String packName, VersionSelector selector) {
        return r.packs(packName).stream()
                .filter(p -> selector.matches(p.version()) && selector.matchesGroup(p.group().orElse(null)))
                .max(Comparator.comparing(PackDescriptor::version));
    }
}
