package io.profilekit;

import io.profilekit.registry.DependencyType;
import io.profilekit.registry.PackDependency;
import io.profilekit.registry.PackDescriptor;
import io.profilekit.registry.PackQuery;
import io.profilekit.resolve.ProfileResolver;
import io.profilekit.resolve.ResolvedLayer;
import io.profilekit.resolve.ResolvedProfile;
import io.profilekit.rules.ValidationReport;
import io.profilekit.rules.Violation;
import io.profilekit.rules.ViolationCode;
import io.profilekit.testing.Fixtures;
import io.profilekit.testing.ProfileGenerator;
import io.profilekit.testing.RegistryGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Value types are keys in users' hash maps and sets: equal values have equal hash codes, and
 * different values spread over many hash codes (a constant hash code is legal but turns every map
 * into a list).
 */
class HashCodeTest {

    /** A named way to make 200 values of one type (some equal to each other) from a seed. */
    private record Kind(String name, Function<Long, Object> make) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Kind> kinds() {
        return Stream.of(
                new Kind("InfrastructureProfile", s -> new ProfileGenerator(s).profile()),
                new Kind("Layer", s -> new ProfileGenerator(s).layer(LayerType.NETWORK)),
                new Kind("PackRef", s -> new ProfileGenerator(s).layer(LayerType.OS).pack()),
                new Kind("RegistryRef", s -> RegistryRef.of(Long.toHexString(s), "r" + s % 7)),
                new Kind("Tag", s -> Tag.of("k" + s % 13, "v" + s)),
                new Kind("Tags", s -> Tags.of("a:" + s, "b" + s % 5)),
                new Kind("ProfileVersion", s -> ProfileVersion.of(new ProfileGenerator(s).profileVersion())),
                new Kind("PackVersion", s -> new ProfileGenerator(s).packVersion()),
                new Kind("VersionSelector", s -> new ProfileGenerator(s).selector()),
                new Kind("CloudType", s -> CloudType.of("cloud-" + s)),
                new Kind("PackDescriptor", s -> PackDescriptor.builder("p" + s % 11, "1." + (s * 2654435761L) % 1000003,
                        LayerType.ADDON).build()),
                new Kind("PackDependency", s -> PackDependency.of("d" + s, LayerType.ADDON, DependencyType.OPTIONAL,
                        PackVersion.parse("1." + s), null)),
                new Kind("PackQuery", s -> PackQuery.all().nameContains("n" + s)),
                new Kind("Violation", s -> Violation.of(ViolationCode.LAYER_ORDER, "layers[" + s + "]", "m", "h")),
                new Kind("ValidationReport", s -> new ValidationReport("profile " + s % 17, List.of(
                        Violation.of(ViolationCode.LAYER_MISSING, "layers[" + s % 3 + "]", "m" + s, "h")))),
                new Kind("ResolvedLayer/ResolvedProfile", HashCodeTest::resolved));
    }

    private static Object resolved(long s) {
        RegistryGenerator gen = new RegistryGenerator(s);
        var registry = gen.registry();
        var attempt = ProfileResolver.of(registry).attempt(gen.profileFor(registry));
        if (!attempt.failures().isEmpty()) {
            ResolvedLayer any = ProfileResolver.of(Fixtures.registry()).attempt(Fixtures.profile()).resolved()
                    .get((int) (s % 4));
            return s % 2 == 0 ? any : attempt.resolved();
        }
        return new ResolvedProfile(attempt.profile(), attempt.resolved());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void equalValuesHashAlikeAndDifferentValuesSpread(Kind kind) {
        List<Object> values = new ArrayList<>();
        for (long s = 0; s < 200; s++) {
            values.add(kind.make().apply(s));
        }
        Set<Object> distinct = new HashSet<>(values);
        Set<Integer> hashes = new HashSet<>();
        for (Object v : distinct) {
            hashes.add(v.hashCode());
        }
        for (long s = 0; s < 200; s++) {
            Object again = kind.make().apply(s);
            assertThat(again).isEqualTo(values.get((int) s));
            assertThat(again.hashCode()).as("%s seed %d", kind, s).isEqualTo(values.get((int) s).hashCode());
        }
        assertThat(distinct.size()).as("%s: distinct values", kind).isGreaterThan(10);
        assertThat(hashes.size()).as("%s: distinct hash codes of %d distinct values", kind, distinct.size())
                .isGreaterThan(distinct.size() / 2);
    }
}
