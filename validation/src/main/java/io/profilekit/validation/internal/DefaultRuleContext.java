package io.profilekit.validation.internal;

import io.profilekit.ClusterProfile;
import io.profilekit.registry.PackRegistry;
import io.profilekit.resolve.Resolution;
import io.profilekit.rules.RuleContext;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The context of one validation, shared by every rule. Internal: not part of ProfileKit's API.
 *
 * @param profile the profile
 * @param registry the registry
 * @param resolution the profile's resolution, computed once
 * @param today the date for end-of-life checks
 */
public record DefaultRuleContext(ClusterProfile profile, PackRegistry registry, Resolution resolution, LocalDate today)
        implements RuleContext {
    /**
     * Creates a context.
     *
     * @param profile the profile
     * @param registry the registry
     * @param resolution the profile's resolution, computed once
     * @param today the date for end-of-life checks
     * @throws NullPointerException if any component is null
     */
    public DefaultRuleContext {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(today, "today");
    }
}
