package io.profilekit.rules;

import io.profilekit.ClusterProfile;
import io.profilekit.registry.PackRegistry;
import io.profilekit.resolve.Resolution;

import java.time.LocalDate;

/**
 * What a {@link ProfileRule} may look at: the profile, the registry it is checked against, the
 * outcome of resolving its layers in that registry, and today's date.
 */
public interface RuleContext {
    /**
     * The profile being checked.
     *
     * @return the profile
     */
    ClusterProfile profile();

    /**
     * The registry the profile is checked against.
     *
     * @return the registry
     */
    PackRegistry registry();

    /**
     * The outcome of resolving the profile's layers in {@link #registry()}, computed once per
     * validation and shared by all rules.
     *
     * @return the resolution
     */
    Resolution resolution();

    /**
     * The date end-of-life checks compare against (from the validator's clock).
     *
     * @return today
     */
    LocalDate today();
}
