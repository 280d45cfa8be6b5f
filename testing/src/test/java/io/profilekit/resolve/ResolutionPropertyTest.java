package io.profilekit.resolve;

import io.profilekit.InfrastructureProfile;
import io.profilekit.Layer;
import io.profilekit.PackRef;
import io.profilekit.RegistryRef;
import io.profilekit.VersionSelector;
import io.profilekit.registry.PackDescriptor;
import io.profilekit.registry.PackRegistries;
import io.profilekit.registry.PackRegistry;
import io.profilekit.testing.RegistryGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The laws of resolution over 1,000 seeded random registries (every third one composed of two) and
 * profiles aimed at them, each checked against a brute-force scan. A failure names its seed.
 */
class ResolutionPropertyTest {

    static LongStream seeds() {
        return LongStream.range(0, 1_000);
    }

    private static PackRegistry registry(long seed) {
        RegistryGenerator gen = new RegistryGenerator(seed);
        return seed % 3 == 0 ? PackRegistries.compose(gen.registry("first"), gen.registry("second"))
                : gen.registry();
    }

    private static InfrastructureProfile profile(long seed, PackRegistry registry) {
        RegistryGenerator gen = new RegistryGenerator(~seed);
        InfrastructureProfile p = gen.profileFor(registry);
        // Now and then a pack name that no registry has.
        if (seed % 7 == 0) {
            p = p.toBuilder().network(PackRef.of("no-such-pack-" + seed, "1.x")).build();
        }
        return p;
    }

    /** The member a layer must be resolved in, by brute force: the named one, or the first with the pack. */
    private static Optional<PackRegistry> expectedSource(PackRegistry registry, PackRef ref) {
        for (PackRegistry m : registry.members()) {
            Optional<RegistryRef> named = ref.registry();
            if (named.isPresent() ? m.isNamedBy(named.get()) : m.packs(ref.name()).size() > 0) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theResolvedVersionMatchesAndNoNewerMatchingVersionExists(long seed) {
        PackRegistry registry = registry(seed);
        InfrastructureProfile profile = profile(seed, registry);
        Resolution resolution = ProfileResolver.of(registry).attempt(profile);
        String where = "seed " + seed + "\n" + profile;

        for (ResolvedLayer r : resolution.resolved()) {
            Layer layer = profile.layers().get(r.index());
            assertThat(r.layer()).as(where).isEqualTo(layer);
            VersionSelector selector = layer.pack().version();
            PackDescriptor chosen = r.pack().orElseThrow();
            PackRegistry source = expectedSource(registry, layer.pack()).orElseThrow();

            assertThat(chosen.name()).as(where).isEqualTo(layer.pack().name());
            assertThat(r.registryId()).as(where).contains(source.id());
            assertThat(source.packs(chosen.name())).as(where).contains(chosen);
            assertThat(selector.matches(chosen.version())).as(where + "\n%s matches %s", selector, chosen).isTrue();
            assertThat(selector.matchesGroup(chosen.group().orElse(null))).as(where).isTrue();
            for (PackDescriptor other : source.packs(chosen.name())) {
                boolean matches = selector.matches(other.version())
                        && selector.matchesGroup(other.group().orElse(null));
                if (matches) {
                    assertThat(other.version()).as(where + "\n%s chose %s over %s", selector, chosen.version(),
                            other.version()).isLessThanOrEqualTo(chosen.version());
                }
            }
            assertThat(r.pinned().pack().version().exactVersion()).as(where).contains(chosen.version());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyLayerEitherResolvesOrFailsForTheRightReason(long seed) {
        PackRegistry registry = registry(seed);
        InfrastructureProfile profile = profile(seed, registry);
        Resolution resolution = ProfileResolver.of(registry).attempt(profile);
        String where = "seed " + seed + "\n" + profile;

        List<Integer> indexes = new ArrayList<>();
        resolution.resolved().forEach(r -> indexes.add(r.index()));
        resolution.failures().forEach(f -> indexes.add(f.layerIndex()));
        indexes.sort(null);
        assertThat(indexes).as(where).containsExactly(0, 1, 2, 3);

        for (ResolutionFailure f : resolution.failures()) {
            PackRef ref = profile.layers().get(f.layerIndex()).pack();
            Optional<PackRegistry> source = expectedSource(registry, ref);
            String why = where + "\n" + f;
            assertThat(f.packName()).as(why).isEqualTo(ref.name());
            assertThat(f.selector()).as(why).isEqualTo(ref.version().toString());
            assertThat(f.layer()).as(why).isEqualTo(profile.layers().get(f.layerIndex()).type());
            switch (f.reason()) {
                case INVALID_SELECTOR:
                    assertThat(ref.version().isValid()).as(why).isFalse();
                    break;
                case UNKNOWN_REGISTRY:
                    assertThat(ref.registry()).as(why).isPresent();
                    assertThat(source).as(why).isEmpty();
                    break;
                case UNKNOWN_PACK:
                    assertThat(source.map(s -> s.packs(ref.name()).isEmpty()).orElse(true)).as(why).isTrue();
                    break;
                default:
                    PackRegistry s = source.orElseThrow();
                    assertThat(s.packs(ref.name())).as(why).isNotEmpty().noneMatch(p ->
                            ref.version().matches(p.version()) && ref.version().matchesGroup(p.group().orElse(null)));
                    assertThat(f.suggestions()).as(why).isNotEmpty().hasSizeLessThanOrEqualTo(3);
                    break;
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void resolutionIsDeterministic(long seed) {
        PackRegistry registry = registry(seed);
        InfrastructureProfile profile = profile(seed, registry);
        Resolution first = ProfileResolver.of(registry).attempt(profile);
        Resolution again = ProfileResolver.of(registry).attempt(profile);
        Resolution rebuilt = ProfileResolver.of(registry(seed)).attempt(profile(seed, registry(seed)));
        assertThat(again).as("seed %d", seed).isEqualTo(first);
        assertThat(rebuilt.failures()).as("seed %d", seed).isEqualTo(first.failures());
        assertThat(rebuilt.resolved()).as("seed %d", seed).isEqualTo(first.resolved());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void resolveReportsEveryFailureTogether(long seed) {
        PackRegistry registry = registry(seed);
        InfrastructureProfile profile = profile(seed, registry);
        ProfileResolver resolver = ProfileResolver.of(registry);
        Resolution resolution = resolver.attempt(profile);
        if (resolution.isComplete()) {
            assertThat(resolver.resolve(profile).layers()).as("seed %d", seed).isEqualTo(resolution.resolved());
            return;
        }
        assertThatThrownBy(() -> resolver.resolve(profile)).as("seed %d", seed)
                .isInstanceOf(ProfileResolutionException.class)
                .satisfies(e -> {
                    ProfileResolutionException pre = (ProfileResolutionException) e;
                    assertThat(pre.failures()).as("seed %d", seed).isEqualTo(resolution.failures());
                    for (ResolutionFailure f : resolution.failures()) {
                        assertThat(pre.getMessage()).as("seed %d", seed).contains("\n  " + f);
                    }
                });
    }
}
