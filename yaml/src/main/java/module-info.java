/**
 * ProfileKit documents: ProfileKit's YAML format, Palette's API and export JSON, a Jackson module
 * for users' own mappers, and safe limits for untrusted input.
 */
module io.profilekit.yaml {
    requires transitive io.profilekit.core;
    requires transitive tools.jackson.databind;
    requires tools.jackson.dataformat.yaml;
    requires org.snakeyaml.engine;

    exports io.profilekit.yaml;

    provides tools.jackson.databind.JacksonModule with io.profilekit.yaml.ProfileKitModule;
    provides io.profilekit.rules.ProfileRule with io.profilekit.yaml.internal.ValuesYamlRule;
}
