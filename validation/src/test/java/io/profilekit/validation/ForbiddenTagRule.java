package io.profilekit.validation;

import io.profilekit.rules.ProfileRule;
import io.profilekit.rules.RuleContext;
import io.profilekit.rules.Severity;
import io.profilekit.rules.Violation;

import java.util.ArrayList;
import java.util.List;

/**
 * A user rule registered for ServiceLoader in this module's test resources: profiles must not carry
 * a tag keyed {@code forbidden}. Every other test profile lacks that tag, so the rule is silent there.
 */
public final class ForbiddenTagRule implements ProfileRule {
    /** The code it reports. */
    static final String CODE = "FORBIDDEN_TAG";

    /** Public no-argument constructor, as ServiceLoader needs. */
    public ForbiddenTagRule() {
    }

    @Override
    public String id() {
        return "test.forbidden-tag";
    }

    @Override
    public List<Violation> check(RuleContext context) {
        List<Violation> out = new ArrayList<>();
        for (int i = 0; i < context.profile().tags().size(); i++) {
            if (context.profile().tags().asList().get(i).key().equals("forbidden")) {
                out.add(Violation.of(CODE, Severity.ERROR, "tags[" + i + "]", "the tag 'forbidden' is not allowed here",
                        "remove it"));
            }
        }
        return out;
    }
}
