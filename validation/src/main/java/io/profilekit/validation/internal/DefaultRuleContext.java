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
 * @param stack the rest of the cluster stack the profile is checked in, or null for a profile alone
 */
public record DefaultRuleContext(ClusterProfile profile, PackRegistry registry, Resolution resolution, LocalDate today,
                                 StackView stack) implements RuleContext {
    /**
     * Creates a context.
     *
     * @param profile the profile
     * @param registry the registry
     * @param resolution the profile's resolution, computed once
     * @param today the date for end-of-life checks
     * @param stack the rest of the cluster stack, or null for a profile checked alone
     * @throws NullPointerException if any component but {@code stack} is null
     */
    public DefaultRuleContext {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(today, "today");
    }

    /**
     * Creates a context for a profile checked alone.
     *
     * @param profile the profile
     * @param registry the registry
     * @param resolution the profile's resolution, computed once
     * @param today the date for end-of-life checks
     */
    public DefaultRuleContext(ClusterProfile profile, PackRegistry registry, Resolution resolution, LocalDate today) {
        this(profile, registry, resolution, today, null);
    }

    /**
     * The rest of the stack, if the profile is checked as part of one.
     *
     * @param context any rule context
     * @return the stack view, or empty for a profile checked alone (or a context not made by the validator)
     */
    static java.util.Optional<StackView> stackOf(RuleContext context) {
        return context instanceof DefaultRuleContext d ? java.util.Optional.ofNullable(d.stack()) : java.util.Optional.empty();
    }
}
