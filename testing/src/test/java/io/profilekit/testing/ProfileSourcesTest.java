package io.profilekit.testing;

import io.profilekit.ClusterProfile;
import io.profilekit.ProfileKind;
import io.profilekit.registry.InMemoryPackRegistry;
import io.profilekit.registry.PackRegistries;
import io.profilekit.registry.PackRegistry;
import io.profilekit.rules.ValidationReport;
import io.profilekit.rules.ViolationCode;
import io.profilekit.validation.ProfileValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link ProfileGenerator#validFor} gives profiles that validate with no error, of every kind the
 * registry can give; {@link ProfileGenerator#breaking} gives profiles with exactly the chosen codes.
 */
class ProfileSourcesTest {
    private static final int SEEDS = 1000;

    static Stream<PackRegistry> namedRegistries() {
        return Stream.of(Fixtures.registry(), PackRegistries.builtIn());
    }

    @ParameterizedTest(name = "registry {0}")
    @MethodSource("namedRegistries")
    void validForGivesValidProfilesOfEveryKind(PackRegistry registry) {
        ProfileSource source = ProfileGenerator.validFor(registry);
        ProfileValidator validator = ProfileValidator.of(registry);
        Map<ProfileKind, Integer> kinds = new EnumMap<>(ProfileKind.class);

        source.samples(1, SEEDS).forEach(g -> {
            ValidationReport report = validator.validate(g.profile());
            assertThat(report.errors()).as("%s%n%s", g, report).isEmpty();
            kinds.merge(g.profile().kind(), 1, Integer::sum);
        });

        assertThat(kinds.keySet()).containsExactlyInAnyOrder(ProfileKind.values());
        assertThat(source.generate(17)).isEqualTo(source.generate(17));
    }

    @ParameterizedTest(name = "registry {0}")
    @MethodSource("namedRegistries")
    void validStacksValidateAsOneCluster(PackRegistry registry) {
        java.util.function.LongFunction<io.profilekit.ClusterStack> stacks = ProfileGenerator.validStacksFor(registry);
        ProfileValidator validator = ProfileValidator.of(registry);

        for (long seed = 1; seed <= 200; seed++) {
            io.profilekit.ClusterStack stack = stacks.apply(seed);
            ValidationReport report = validator.validate(stack);
            assertThat(report.errors()).as("seed %d%n%s", seed, report).isEmpty();
            assertThat(stack.addOns()).as("seed %d", seed).isNotEmpty()
                    .allSatisfy(a -> assertThat(a.kind()).isEqualTo(ProfileKind.ADD_ON));
            assertThat(stacks.apply(seed)).isEqualTo(stack);
        }
    }

    static Stream<Long> registrySeeds() {
        return Stream.iterate(1L, s -> s + 1).limit(SEEDS);
    }

    /**
     * Over generated registries (random packs, clouds, versions and constraints): for 1,000
     * registries that can give an infrastructure profile, the profile validates; the others say
     * why they cannot (no cloud that all core layers support, a layer whose every version requires
     * a pack the registry lacks).
     */
    @Test
    void validForHoldsOverGeneratedRegistries() {
        int valid = 0;
        long seed = 0;
        while (valid < SEEDS && seed < 20 * SEEDS) {
            seed++;
            InMemoryPackRegistry registry = new RegistryGenerator(seed).registry();
            ProfileSource source = ProfileGenerator.validFor(registry).ofKinds(ProfileKind.INFRASTRUCTURE);
            ClusterProfile profile;
            try {
                profile = source.generate(seed);
            } catch (IllegalArgumentException e) {
                assertThat(e).as("registry seed %d", seed).hasMessageContaining("cannot give a valid InfrastructureProfile (");
                continue;
            }
            ValidationReport report = ProfileValidator.of(registry).validate(profile);
            assertThat(report.errors()).as("registry seed %d%n%s", seed, report).isEmpty();
            valid++;
        }
        assertThat(valid).as("registries that gave a valid profile, of %d", seed).isEqualTo(SEEDS);
    }

    static Stream<ViolationCode> breakable() {
        return ProfileGenerator.breakableCodes().stream();
    }

    /**
     * Each code that can be generated is generated, with exactly that code, for the fixture registry
     * the built-in catalog or the fixtures with one more constrained add-on (a code needs what a
     * registry holds: PACK_CLOUD_UNSUPPORTED a pack that lacks the profile's cloud, the DEPENDENCY
     * codes pack constraints with versions on both sides of them).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("breakable")
    void breakingGivesExactlyTheChosenViolation(ViolationCode code) {
        int registriesThatGaveIt = 0;
        for (PackRegistry registry : List.of(Fixtures.registry(), PackRegistries.builtIn(), withConstraint())) {
            ProfileSource source = ProfileGenerator.breaking(registry, code);
            ProfileValidator validator = ProfileValidator.of(registry);
            try {
                source.generate(1);
            } catch (IllegalArgumentException e) {
                assertThat(e).hasMessageContaining("no profile with exactly [" + code + "]");
                continue;
            }
            registriesThatGaveIt++;
            source.samples(1, 50).forEach(g ->
                    assertThat(new TreeSet<>(validator.validate(g.profile()).codes())).as(g.toString())
                            .containsExactly(code.name()));
        }
        assertThat(registriesThatGaveIt).as("registries that gave %s", code).isPositive();
    }

    /** The fixtures and an add-on that needs kubernetes 1.33 or newer (the fixtures also hold 1.32.9). */
    private static PackRegistry withConstraint() {
        return InMemoryPackRegistry.builder("constrained")
                .addAll(Fixtures.registry().find(io.profilekit.registry.PackQuery.all()))
                .add(io.profilekit.registry.PackDescriptor.builder("needs-k8s-133", "1.0.0", io.profilekit.LayerType.ADDON)
                        .cloudTypes(io.profilekit.CloudType.ALL)
                        .dependency(io.profilekit.registry.PackDependency.of("kubernetes", io.profilekit.LayerType.KUBERNETES,
                                io.profilekit.registry.DependencyType.REQUIRED, io.profilekit.PackVersion.parse("1.33"), null))
                        .build())
                .build();
    }

    @Test
    void breakingCombinesCodes() {
        PackRegistry registry = PackRegistries.builtIn();
        ProfileSource source = ProfileGenerator.breaking(registry, ViolationCode.PACK_NOT_FOUND, ViolationCode.TAG_KEY_RESERVED,
                ViolationCode.VARIABLE_UNUSED);
        ProfileValidator validator = ProfileValidator.of(registry);

        source.samples(1, 100).forEach(g -> assertThat(new TreeSet<>(validator.validate(g.profile()).codes()))
                .as(g.toString()).containsExactly("PACK_NOT_FOUND", "TAG_KEY_RESERVED", "VARIABLE_UNUSED"));
    }

    /** The README's list of the codes breaking gives: every code it names (or a prefix_* covers) can be given. */
    @Test
    void theReadmeNamesOnlyCodesThatCanBeBroken() throws Exception {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("../README.md"));
        String sentence = "`ProfileGenerator.breakableCodes()` lists the codes it can give";
        int start = readme.indexOf(sentence);
        assertThat(start).as("the README's sentence on breakableCodes()").isNotNegative();
        start += sentence.length();
        String list = readme.substring(start, readme.indexOf(")", start));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("`([A-Z_]+)(\\*?)`").matcher(list);
        List<String> named = new java.util.ArrayList<>();
        while (m.find()) {
            String code = m.group(1);
            for (ViolationCode c : ViolationCode.values()) {
                if (m.group(2).isEmpty() ? c.name().equals(code) : c.name().startsWith(code)) {
                    named.add(c.name());
                }
            }
        }
        assertThat(named).isNotEmpty();
        assertThat(ProfileGenerator.breakableCodes().stream().map(Enum::name).toList()).containsAll(named);
    }

    @Test
    void aCodeThatCannotBeGeneratedIsRefusedWithTheList() {
        assertThatThrownBy(() -> ProfileGenerator.breaking(Fixtures.registry(), ViolationCode.RULE_FAILED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot generate profiles with [RULE_FAILED]")
                .hasMessageContaining("PACK_NOT_FOUND");
    }

    @Test
    void aRegistryWithoutAddOnsCannotGiveAnAddOnProfileAndSaysSo() {
        InMemoryPackRegistry coreOnly = InMemoryPackRegistry.builder("core-only")
                .addAll(Fixtures.registry().find(io.profilekit.registry.PackQuery.all()).stream()
                        .filter(d -> d.layer() != io.profilekit.LayerType.ADDON).toList())
                .build();

        assertThatThrownBy(() -> ProfileGenerator.validFor(coreOnly).ofKinds(ProfileKind.ADD_ON).generate(1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("registry 'core-only' cannot give a valid AddOnProfile (the registry has no add-on pack whose required packs it holds)");
        assertThat(ProfileGenerator.validFor(coreOnly).samples(1, 20).map(g -> g.profile().kind()))
                .containsOnly(ProfileKind.INFRASTRUCTURE);
    }

    @Test
    void samplesAreNamedBySeedAndReplayable() {
        ProfileSource source = ProfileGenerator.validFor(Fixtures.registry());
        GeneratedProfile third = source.samples(40, 3).skip(2).findFirst().orElseThrow();

        assertThat(third.seed()).isEqualTo(42);
        assertThat(third.toString()).startsWith("seed 42: " + third.profile().name() + " ");
        assertThat(source.generate(42)).isEqualTo(third.profile());
        Set<ProfileKind> kinds = EnumSet.of(ProfileKind.SYSTEM);
        assertThat(source.ofKinds(ProfileKind.SYSTEM).kinds()).isEqualTo(kinds);
    }
}
