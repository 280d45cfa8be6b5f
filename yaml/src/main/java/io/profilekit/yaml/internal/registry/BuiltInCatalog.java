package io.profilekit.yaml.internal.registry;

import io.profilekit.PackVersion;
import io.profilekit.VersionSelector;
import io.profilekit.registry.InMemoryPackRegistry;
import io.profilekit.registry.PackDescriptor;
import io.profilekit.registry.PackQuery;
import io.profilekit.registry.PackRegistries;
import io.profilekit.registry.PackRegistry;
import io.profilekit.yaml.ReadLimits;
import io.profilekit.yaml.registry.PackDirectoryRegistry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The built-in sample catalog, read as it is asked: a question about one pack name reads only the
 * folders that can hold that name (a pack's folder is always {@code <name>-<version>}, so they
 * start with {@code <name>-}); a question about every pack ({@link #packNames()},
 * {@link #find(PackQuery)}) reads the whole catalog once, which answers everything after. A
 * command that validates one profile so reads a handful of the catalog's folders instead of all
 * of them. The answers are those of the whole catalog read at once: the same reader, checks and
 * descriptors (BuiltInCatalogTest compares them name by name). Thread-safe. Internal: use
 * {@link PackRegistries#builtIn()}.
 */
final class BuiltInCatalog implements PackRegistry {
    /** Past this many pack names read one by one, the whole catalog is read instead. */
    static final int MAX_NAMES_READ_ALONE = 64;

    private final ClassLoader loader;
    /** The registries read for single names, by name. Guarded by {@code this}. */
    private final Map<String, PackRegistry> byName = new HashMap<>();
    /** The whole catalog, once read. */
    private volatile PackRegistry all;

    /**
     * A catalog read from the given class loader's resources under {@link BuiltInCatalogProvider#ROOT}.
     *
     * @param loader the class loader holding the catalog
     */
    BuiltInCatalog(ClassLoader loader) {
        this.loader = loader;
    }

    @Override
    public String id() {
        return PackRegistries.BUILT_IN_ID;
    }

    @Override
    public String name() {
        return BuiltInCatalogProvider.NAME;
    }

    @Override
    public Set<String> packNames() {
        return all().packNames();
    }

    @Override
    public List<PackDescriptor> packs(String packName) {
        return of(packName).packs(packName);
    }

    @Override
    public Optional<PackDescriptor> pack(String packName, PackVersion version) {
        return of(packName).pack(packName, version);
    }

    @Override
    public List<PackVersion> versions(String packName) {
        return of(packName).versions(packName);
    }

    @Override
    public boolean contains(String packName) {
        return of(packName).contains(packName);
    }

    @Override
    public Optional<PackDescriptor> newest(String packName, VersionSelector selector) {
        return of(packName).newest(packName, selector);
    }

    @Override
    public List<PackDescriptor> find(PackQuery query) {
        return all().find(query);
    }

    @Override
    public String toString() {
        PackRegistry whole = all;
        return whole != null ? whole.toString() : "BuiltInCatalog[" + id() + ", read by pack name]";
    }

    /** The whole catalog, read on first use. */
    PackRegistry all() {
        PackRegistry whole = all;
        if (whole == null) {
            synchronized (this) {
                whole = all;
                if (whole == null) {
                    whole = PackDirectoryRegistry.builder().id(PackRegistries.BUILT_IN_ID)
                            .name(BuiltInCatalogProvider.NAME).loadResources(loader, BuiltInCatalogProvider.ROOT);
                    all = whole;
                    byName.clear();
                }
            }
        }
        return whole;
    }

    /** A registry that answers for one pack name as the whole catalog would. */
    private PackRegistry of(String packName) {
        PackRegistry whole = all;
        if (whole != null || packName == null) {
            return whole != null ? whole : all();
        }
        synchronized (this) {
            if (all != null) {
                return all;
            }
            PackRegistry one = byName.get(packName);
            if (one == null) {
                if (byName.size() >= MAX_NAMES_READ_ALONE) {
                    return all();
                }
                String prefix = packName + "-";
                one = PackTreeLoader.loadResources(loader, BuiltInCatalogProvider.ROOT,
                        InMemoryPackRegistry.builder(PackRegistries.BUILT_IN_ID).name(BuiltInCatalogProvider.NAME),
                        RegistryFiles.DEFAULT_PACK_FILE_BYTES, ReadLimits.defaults(),
                        folder -> folder.startsWith(prefix)).registry();
                byName.put(packName, one);
            }
            return one;
        }
    }
}
