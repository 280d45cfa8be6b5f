package io.profilekit.registry;

import io.profilekit.PackVersion;
import io.profilekit.RegistryRef;
import io.profilekit.VersionSelector;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A catalog of packs: which packs exist, in which versions, for which layers and clouds, with
 * which constraints. The service-provider interface of ProfileKit: implement it to plug in your
 * own catalog, or use {@link InMemoryPackRegistry}, the readers of the {@code profilekit-yaml}
 * module (a folder of packs, a Helm repository index) or {@link PackRegistries#builtIn()}.
 *
 * <p>Implementations must be thread-safe and should answer from indexes, not by scanning every
 * pack per call. Methods never return null: unknown packs give empty results.
 *
 * <pre>{@code
 * PackRegistry registry = PackRegistries.builtIn();
 * registry.versions("kubernetes");                        // [1.29.10, …, 1.33.6, 1.34.0-rc.1]
 * registry.newest("kubernetes", VersionSelector.parse("1.33.x"));  // kubernetes 1.33.6
 * }</pre>
 */
public interface PackRegistry {

    /**
     * A stable identifier of this registry, used in resolved profiles and messages.
     *
     * @return e.g. {@code "builtin"}
     */
    String id();

    /**
     * The registry's name as Palette shows it, which a {@link RegistryRef} may name.
     *
     * @return the name; {@link #id()} unless overridden
     */
    default String name() {
        return id();
    }

    /**
     * The registry's Palette uid, if it has one.
     *
     * @return the uid, or empty
     */
    default Optional<String> uid() {
        return Optional.empty();
    }

    /**
     * The names of all packs, sorted.
     *
     * @return an unmodifiable sorted set
     */
    Set<String> packNames();

    /**
     * All versions of a pack, each as its descriptor, in ascending version order.
     *
     * @param packName the pack's name
     * @return the versions, or an empty list if the pack is unknown
     */
    List<PackDescriptor> packs(String packName);

    /**
     * One version of a pack.
     *
     * @param packName the pack's name
     * @param version the exact version (compared by {@link PackVersion#equals})
     * @return the descriptor, or empty
     */
    default Optional<PackDescriptor> pack(String packName, PackVersion version) {
        return packs(packName).stream().filter(p -> p.version().equals(version)).findFirst();
    }

    /**
     * The versions of a pack, ascending.
     *
     * @param packName the pack's name
     * @return the versions, or an empty list if the pack is unknown
     */
    default List<PackVersion> versions(String packName) {
        return packs(packName).stream().map(PackDescriptor::version).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Whether the registry has a pack of this name.
     *
     * @param packName the name
     * @return true if known
     */
    default boolean contains(String packName) {
        return packNames().contains(packName);
    }

    /**
     * The newest version of a pack that the selector (version and group) matches.
     *
     * @param packName the pack's name
     * @param selector the selector
     * @return the newest match, or empty if none
     */
    default Optional<PackDescriptor> newest(String packName, VersionSelector selector) {
        List<PackDescriptor> all = packs(packName);
        for (int i = all.size() - 1; i >= 0; i--) {
            PackDescriptor p = all.get(i);
            if (selector.matches(p.version()) && selector.matchesGroup(p.group().orElse(null))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * The packs matching a query, sorted by name, then version.
     *
     * @param query the query
     * @return the matching packs
     */
    default List<PackDescriptor> find(PackQuery query) {
        return packNames().stream().flatMap(n -> packs(n).stream()).filter(query::test)
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Whether a registry reference names this registry. The uid is a registry's identity, so when
     * both the reference and this registry have one, they decide alone. Otherwise a reference's
     * uid may name this registry's {@link #id()}, and a reference's name may match {@link #name()}
     * or {@link #id()} (so a reference by uid and name, as Palette's export writes it, still finds
     * a registry that has no uid).
     *
     * @param ref the reference
     * @return true if it names this registry
     */
    default boolean isNamedBy(RegistryRef ref) {
        if (ref.uid().isPresent()) {
            if (uid().isPresent()) {
                return uid().equals(ref.uid());
            }
            if (ref.uid().get().equals(id())) {
                return true;
            }
        }
        return ref.name().map(n -> n.equals(name()) || n.equals(id())).orElse(false);
    }

    /**
     * The registries this one is made of, in order of precedence: itself for a plain registry, the
     * members for one made by {@link PackRegistries#compose(PackRegistry...)}.
     *
     * @return the member registries
     */
    default List<PackRegistry> members() {
        return List.of(this);
    }
}
