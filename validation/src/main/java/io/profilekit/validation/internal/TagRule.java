package io.profilekit.validation.internal;

import io.profilekit.rules.ProfileRule;
import io.profilekit.rules.RuleContext;
import io.profilekit.rules.Violation;
import io.profilekit.validation.TagPolicy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Rule {@code profilekit.tags}: the profile's tags under a {@link TagPolicy} — empty and duplicate
 * keys, the cloud's key and value rules, reserved prefixes, and the most tags the cloud allows.
 * Internal: not part of ProfileKit's API.
 */
public final class TagRule implements ProfileRule {
    /** The rule's id. */
    public static final String ID = "profilekit.tags";

    private final TagPolicy policy;

    /**
     * A tag rule.
     *
     * @param policy which tag rules apply
     */
    public TagRule(TagPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Violation> check(RuleContext context) {
        List<Violation> out = new ArrayList<>();
        ProfileFieldChecks.tags(context.profile().tags(), policy.rulesFor(context.profile().cloud()), "tags")
                .forEach(p -> out.add(p.toViolation()));
        return out;
    }
}
