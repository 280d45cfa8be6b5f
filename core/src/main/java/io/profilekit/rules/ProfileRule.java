package io.profilekit.rules;

import java.util.List;

/**
 * A check of a profile. ProfileKit's own rules implement it, and so can yours: add one to a
 * validator's builder, or register it in
 * {@code META-INF/services/io.profilekit.rules.ProfileRule} to have it discovered.
 *
 * <p>A rule must be thread-safe (one instance serves concurrent validations) and should not throw;
 * if it does, the validator reports a {@link ViolationCode#RULE_FAILED} violation instead of
 * failing.
 *
 * <pre>{@code
 * ProfileRule ownerTag = new ProfileRule() {
 *     public String id() { return "acme.owner-tag"; }
 *     public List<Violation> check(RuleContext ctx) {
 *         return ctx.profile().tags().containsKey("owner") ? List.of()
 *             : List.of(Violation.of("OWNER_TAG_MISSING", Severity.ERROR, "tags",
 *                   "every profile must carry an owner tag", "add tag(\"owner:<team>\")"));
 *     }
 * };
 * }</pre>
 */
public interface ProfileRule {
    /**
     * A stable identifier, unique among rules, e.g. {@code "profilekit.tags"} or {@code "acme.owner-tag"}.
     *
     * @return the id
     */
    String id();

    /**
     * Checks a profile.
     *
     * @param context the profile and what it is checked against
     * @return the problems found; empty if none
     */
    List<Violation> check(RuleContext context);
}
