package io.profilekit.testing;

import io.profilekit.ClusterProfile;
import io.profilekit.rules.SafeText;

import java.util.Objects;

/**
 * A generated profile and the seed it was generated from. The same source and seed always give
 * the same profile, so a failing case is repeated by its seed:
 * {@code source.generate(generated.seed())}.
 *
 * @param seed the seed the profile was generated from
 * @param profile the profile
 */
public record GeneratedProfile(long seed, ClusterProfile profile) {
    /**
     * A generated profile.
     *
     * @param seed the seed
     * @param profile the profile, not null
     */
    public GeneratedProfile {
        Objects.requireNonNull(profile, "profile");
    }

    /**
     * The seed, the profile's name and version and its kind, e.g.
     * {@code "seed 42: aws-prod-base 1.2.0 (InfrastructureProfile)"}: the display name of a
     * generated test case.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "seed " + seed + ": " + SafeText.escape(profile.name()) + " " + profile.version() + " ("
                + profile.kind().documentKind() + ")";
    }
}
