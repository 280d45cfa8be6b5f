package io.profilekit.yaml.internal.registry;

import io.profilekit.registry.PackRegistries;
import io.profilekit.registry.PackRegistry;
import io.profilekit.registry.PackRegistryProvider;

/**
 * Provides the built-in sample catalog ({@link PackRegistries#BUILT_IN_ID}): the pack folders that
 * {@code profilekit-core} ships as resources under {@value #ROOT}, read by the same reader as any
 * pack folder, as they are asked for (see {@link BuiltInCatalog}): a command that validates one
 * profile reads the folders of its packs, not the whole catalog. Registered through {@code ServiceLoader}, so that {@link PackRegistries#builtIn()}
 * works whenever {@code profilekit-yaml} is present. Internal: use {@link PackRegistries#builtIn()}.
 */
public final class BuiltInCatalogProvider implements PackRegistryProvider {
    /** Where the catalog lives in core's resources. */
    public static final String ROOT = "io/profilekit/catalog/";

    /** The registry's display name. */
    public static final String NAME = "ProfileKit sample catalog";

    /** Creates the provider; {@code ServiceLoader} calls this. */
    public BuiltInCatalogProvider() {
        // Nothing to set up: the catalog is read on the first call to registry().
    }

    @Override
    public String id() {
        return PackRegistries.BUILT_IN_ID;
    }

    /**
     * The lowest priority, so that every other provider comes before the sample catalog.
     *
     * @return {@link Integer#MIN_VALUE}
     */
    @Override
    public int priority() {
        return Integer.MIN_VALUE;
    }

    /**
     * The catalog in core's class loader, read as it is asked. {@link PackRegistries#builtIn()}
     * calls this once and shares the result.
     *
     * @return a new registry of the sample catalog
     */
    @Override
    public PackRegistry registry() {
        return new BuiltInCatalog(PackRegistries.class.getClassLoader());
    }
}
