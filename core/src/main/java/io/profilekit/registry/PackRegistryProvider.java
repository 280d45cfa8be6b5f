package io.profilekit.registry;

/**
 * Supplies a {@link PackRegistry} discovered through {@link java.util.ServiceLoader}.
 *
 * <p>Register an implementation in {@code META-INF/services/io.profilekit.registry.PackRegistryProvider}
 * (or {@code provides} in {@code module-info.java}); {@link PackRegistries#discover()} composes the
 * registries of every provider, highest {@link #priority()} first. Discovery can be switched off
 * with the system property {@value PackRegistries#DISCOVERY_PROPERTY}{@code =false}.
 *
 * <pre>{@code
 * public final class InHouseCatalog implements PackRegistryProvider {
 *     public String id() { return "in-house"; }
 *     public int priority() { return 100; }
 *     public PackRegistry registry() { return InMemoryPackRegistry.builder("in-house")....build(); }
 * }
 * }</pre>
 */
public interface PackRegistryProvider {

    /**
     * A stable identifier, unique among providers.
     *
     * @return the id
     */
    String id();

    /**
     * Precedence: registries of higher priority are asked first. The built-in catalog has
     * {@link Integer#MIN_VALUE}, so every other provider comes before it.
     *
     * @return the priority; 0 unless overridden
     */
    default int priority() {
        return 0;
    }

    /**
     * The registry. Called once per discovery; may be expensive.
     *
     * @return the registry
     */
    PackRegistry registry();
}
