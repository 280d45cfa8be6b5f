/** ProfileKit documents: YAML, Palette JSON, and registries read from files. */
module io.profilekit.yaml {
    requires transitive io.profilekit.core;
    requires tools.jackson.databind;
    requires tools.jackson.dataformat.yaml;

}
