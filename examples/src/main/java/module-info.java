/** ProfileKit example programs. */
module io.profilekit.examples {
    requires transitive io.profilekit.core;
    requires transitive io.profilekit.yaml;
    requires transitive io.profilekit.validation;

    exports io.profilekit.examples;
}
