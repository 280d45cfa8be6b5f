/**
 * ProfileKit core: the immutable cluster-profile model, its builders, versions and selectors,
 * the pack-registry SPI, version resolution, and the validation rule SPI.
 */
@SuppressWarnings("requires-automatic") // semver4j ships an Automatic-Module-Name, not a module descriptor
module io.profilekit.core {
    requires org.semver4j;
    // Optional at run time: only the annotations of io.profilekit.constraints use it.
    requires static transitive jakarta.validation;

    exports io.profilekit;
    exports io.profilekit.constraints;
    exports io.profilekit.registry;
    exports io.profilekit.resolve;
    exports io.profilekit.rules;

    // The built-in catalog's resources (index.txt sits in this package), readable by profilekit-yaml.
    opens io.profilekit.catalog;

    uses io.profilekit.registry.PackRegistryProvider;
}
