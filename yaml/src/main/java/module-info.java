/** ProfileKit documents: YAML, Palette JSON, and registries read from files. */
module io.profilekit.yaml {
    requires transitive io.profilekit.core;
    requires tools.jackson.databind;
    requires tools.jackson.dataformat.yaml;
    requires org.snakeyaml.engine;

    exports io.profilekit.yaml.registry;

    provides io.profilekit.registry.PackRegistryProvider
            with io.profilekit.yaml.internal.registry.BuiltInCatalogProvider;
}
