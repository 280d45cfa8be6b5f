package io.profilekit.testing;

import io.profilekit.ClusterProfile;
import io.profilekit.ProfileKind;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * A seeded, repeatable source of generated profiles: the same seed always gives the same profile.
 * Get one from {@link ProfileGenerator#validFor(io.profilekit.registry.PackRegistry)} (profiles
 * that validate with no error against a registry) or
 * {@link ProfileGenerator#breaking(io.profilekit.registry.PackRegistry, io.profilekit.rules.ViolationCode...)}
 * (profiles with exactly the chosen violations). Immutable and thread-safe.
 *
 * <pre>{@code
 * ProfileSource valid = ProfileGenerator.validFor(PackRegistries.builtIn());
 * ClusterProfile one = valid.generate(42);                 // the same profile every time
 * valid.samples(1, 200).forEach(g -> {                      // seeds 1 to 200
 *     assertThat(myGenerator.render(g.profile())).as(g.toString()).isNotBlank();
 * });
 * ProfileSource addOnsOnly = valid.ofKinds(ProfileKind.ADD_ON);
 * }</pre>
 */
public final class ProfileSource {
    private final String description;
    private final Set<ProfileKind> kinds;
    private final BiFunction<Long, Set<ProfileKind>, ClusterProfile> generator;

    ProfileSource(String description, Set<ProfileKind> kinds, BiFunction<Long, Set<ProfileKind>, ClusterProfile> generator) {
        this.description = description;
        this.kinds = Set.copyOf(kinds);
        this.generator = generator;
    }

    /**
     * The profile for a seed.
     *
     * @param seed any seed
     * @return the profile; always the same for the same seed
     * @throws IllegalArgumentException if the registry cannot give such a profile (the message says
     *         why, and names the seed)
     */
    public ClusterProfile generate(long seed) {
        return generator.apply(seed, kinds);
    }

    /**
     * Profiles for consecutive seeds, each with its seed.
     *
     * @param firstSeed the first seed
     * @param count how many (zero or more)
     * @return a lazy stream of {@code count} generated profiles, for seeds {@code firstSeed},
     *         {@code firstSeed + 1}, …
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public Stream<GeneratedProfile> samples(long firstSeed, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be zero or more, was " + count);
        }
        return LongStream.range(0, count).mapToObj(i -> new GeneratedProfile(firstSeed + i, generate(firstSeed + i)));
    }

    /**
     * The same source, giving only profiles of the given kinds.
     *
     * @param only one or more kinds
     * @return a new source
     * @throws IllegalArgumentException if no kind is given
     */
    public ProfileSource ofKinds(ProfileKind... only) {
        Objects.requireNonNull(only, "kinds");
        if (only.length == 0) {
            throw new IllegalArgumentException("give at least one kind of profile, e.g. ProfileKind.ADD_ON");
        }
        EnumSet<ProfileKind> set = EnumSet.noneOf(ProfileKind.class);
        for (ProfileKind k : only) {
            set.add(Objects.requireNonNull(k, "kinds[]"));
        }
        return new ProfileSource(description, set, generator);
    }

    /**
     * The kinds of profile this source gives.
     *
     * @return the kinds, never empty
     */
    public Set<ProfileKind> kinds() {
        return kinds;
    }

    /**
     * What this source gives, e.g. {@code "profiles valid for registry 'fixtures'"}.
     *
     * @return the description, with the kinds
     */
    @Override
    public String toString() {
        return description + " of kinds " + Arrays.toString(kinds.stream().sorted().toArray());
    }
}
