/** ProfileKit example programs and the {@code profilekit} command line. */
module io.profilekit.examples {
    requires transitive io.profilekit.core;
    requires transitive io.profilekit.yaml;
    requires transitive io.profilekit.validation;
    requires io.profilekit.oci;
    requires info.picocli;
    requires tools.jackson.databind;

    exports io.profilekit.examples;

    // picocli reads and writes the command classes' annotated fields reflectively.
    opens io.profilekit.examples.cli to info.picocli;
}
