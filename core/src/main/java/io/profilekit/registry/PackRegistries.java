package io.profilekit.registry;

import io.profilekit.internal.Checks;
import io.profilekit.internal.CompositePackRegistry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * Ready-made registries and ways to combine them.
 *
 * <pre>{@code
 * PackRegistry registry = PackRegistries.builtIn();                 // the embedded sample catalog
 * PackRegistry both = PackRegistries.compose(inHouse, PackRegistries.builtIn());
 * }</pre>
 */
public final class PackRegistries {
    /** System property that switches {@link PackRegistryProvider} discovery off when set to {@code false}. */
    public static final String DISCOVERY_PROPERTY = "profilekit.registry.discovery";

    /** The id of the provider of the built-in catalog. */
    public static final String BUILT_IN_ID = "builtin";

    private static volatile PackRegistry builtIn;

    private PackRegistries() {
    }

    /**
     * Several registries as one: for each pack name, the first registry that has the pack answers
     * for all its versions. A layer that names a registry is resolved in that registry only
     * (see {@link PackRegistry#members()}).
     *
     * @param registries the registries, in order of precedence
     * @return the composed registry
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if no registry is given
     */
    public static PackRegistry compose(PackRegistry... registries) {
        Checks.notNull(registries, "registries");
        // Arrays.asList, not List.of: a null element must reach compose's check, which names it.
        return compose(java.util.Arrays.asList(registries));
    }

    /**
     * Several registries as one; see {@link #compose(PackRegistry...)}.
     *
     * @param registries the registries, in order of precedence
     * @return the composed registry
     */
    public static PackRegistry compose(List<? extends PackRegistry> registries) {
        List<PackRegistry> copy = Checks.copyNoNulls(registries, "registries");
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("compose needs at least one registry");
        }
        return copy.size() == 1 ? copy.get(0) : new CompositePackRegistry(copy);
    }

    /**
     * The embedded sample catalog that ships with ProfileKit: OS, Kubernetes, network, storage and
     * a few add-on packs in Palette's pack-folder format. It is sample data for trying ProfileKit
     * out and for tests, not a mirror of any vendor's registry. One instance, shared.
     *
     * <p>The catalog is read by the pack-folder reader of {@code profilekit-yaml}, which must be
     * on the class path, as it is asked: a question about one pack name reads that pack's folders
     * once; {@link PackRegistry#packNames()} and {@link PackRegistry#find(PackQuery)} read the
     * whole catalog once. The answers are those of the whole catalog read at once.
     *
     * @return the built-in registry, id {@value #BUILT_IN_ID}
     * @throws IllegalStateException if {@code profilekit-yaml} is not on the class path
     */
    public static PackRegistry builtIn() {
        PackRegistry r = builtIn;
        if (r == null) {
            synchronized (PackRegistries.class) {
                r = builtIn;
                if (r == null) {
                    r = providers(PackRegistries.class.getClassLoader()).stream()
                            .filter(p -> p.id().equals(BUILT_IN_ID)).findFirst()
                            .orElseThrow(() -> new IllegalStateException("The built-in pack catalog is read by"
                                    + " profilekit-yaml; add io.profilekit:profilekit-yaml to the class path"))
                            .registry();
                    builtIn = r;
                }
            }
        }
        return r;
    }

    /**
     * The registries of every {@link PackRegistryProvider} found by {@link ServiceLoader}, composed
     * in order of priority (highest first, then by id); the built-in catalog, if present, comes
     * last. With discovery switched off ({@value #DISCOVERY_PROPERTY}{@code =false}) only the
     * built-in catalog is used.
     *
     * @return the composed registry
     * @throws IllegalStateException if no provider is found
     */
    public static PackRegistry discover() {
        if ("false".equalsIgnoreCase(System.getProperty(DISCOVERY_PROPERTY))) {
            return builtIn();
        }
        return discover(Thread.currentThread().getContextClassLoader());
    }

    /**
     * Like {@link #discover()}, with providers loaded from the given class loader.
     *
     * @param loader the class loader
     * @return the composed registry
     * @throws IllegalStateException if no provider is found
     */
    public static PackRegistry discover(ClassLoader loader) {
        List<PackRegistryProvider> found = providers(loader);
        if (found.isEmpty()) {
            throw new IllegalStateException("No PackRegistryProvider found; add io.profilekit:profilekit-yaml for"
                    + " the built-in catalog or register your own provider");
        }
        List<PackRegistry> registries = new ArrayList<>();
        for (PackRegistryProvider p : found) {
            registries.add(p.id().equals(BUILT_IN_ID) ? builtIn() : p.registry());
        }
        return compose(registries);
    }

    /**
     * The providers found by {@link ServiceLoader}, highest priority first, then by id.
     *
     * @param loader the class loader
     * @return the providers
     */
    public static List<PackRegistryProvider> providers(ClassLoader loader) {
        List<PackRegistryProvider> found = new ArrayList<>();
        ServiceLoader.load(PackRegistryProvider.class, loader).forEach(found::add);
        if (found.isEmpty()) {
            ServiceLoader.load(PackRegistryProvider.class, PackRegistries.class.getClassLoader()).forEach(found::add);
        }
        return found.stream()
                .sorted(Comparator.comparingInt(PackRegistryProvider::priority).reversed()
                        .thenComparing(PackRegistryProvider::id))
                .collect(Collectors.toUnmodifiableList());
    }
}
