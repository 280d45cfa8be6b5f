/**
 * ProfileKit testing: seeded generators and fixtures, AssertJ assertions for validation reports,
 * profiles, resolved profiles and documents, JUnit sources for profile files and generated
 * profiles, and golden files. Meant for test scope.
 */
module io.profilekit.testing {
    requires transitive io.profilekit.core;
    requires transitive io.profilekit.yaml;
    requires transitive io.profilekit.validation;
    requires transitive org.assertj.core;
    requires transitive org.junit.jupiter.api;
    requires transitive org.junit.jupiter.params;
    requires org.snakeyaml.engine;
    requires org.opentest4j;

    exports io.profilekit.testing;
    exports io.profilekit.testing.assertj;
    exports io.profilekit.testing.junit;

    // JUnit creates the argument providers reflectively.
    opens io.profilekit.testing.internal to org.junit.platform.commons;
}
