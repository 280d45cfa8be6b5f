package io.profilekit.testing.internal;

import org.junit.jupiter.params.provider.Arguments;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * How ProfileKit's JUnit argument sources report a problem (no matching file, a file that does not
 * read, a parameter of a type the source does not give): as an {@link AssertionError}, which JUnit
 * 5 and 6 both report as the test's failure with this message (JUnit 6 would wrap an exception in
 * a message of its own). The arguments are all computed at once, so that a problem is reported
 * before the first test runs.
 */
final class SourceSupport {
    private SourceSupport() {
    }

    static Stream<? extends Arguments> all(Supplier<List<Arguments>> arguments) {
        try {
            return arguments.get().stream();
        } catch (RuntimeException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
