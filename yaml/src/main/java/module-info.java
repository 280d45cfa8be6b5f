/**
 * ProfileKit documents and file-based registries: ProfileKit's YAML format, Palette's API and
 * export JSON, a Jackson module for users' own mappers, safe limits for untrusted input, and pack
 * registries read from Palette pack folders and Helm repository indexes (including the built-in
 * sample catalog).
 */
module io.profilekit.yaml {
    requires transitive io.profilekit.core;
    // Only ProfileKitModule (for users' own mappers) uses data binding; documents and registries
    // are read and written with jackson-core's streaming API and snakeyaml-engine's events.
    requires transitive tools.jackson.databind;
    requires tools.jackson.core;
    requires tools.jackson.dataformat.yaml;
    requires org.snakeyaml.engine;

    exports io.profilekit.yaml;
    exports io.profilekit.yaml.registry;
    exports io.profilekit.yaml.diff;

    provides tools.jackson.databind.JacksonModule with io.profilekit.yaml.ProfileKitModule;
    provides io.profilekit.registry.PackRegistryProvider
            with io.profilekit.yaml.internal.registry.BuiltInCatalogProvider;
}
