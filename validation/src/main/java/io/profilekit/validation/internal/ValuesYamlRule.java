package io.profilekit.validation.internal;

import io.profilekit.Layer;
import io.profilekit.rules.ProfileRule;
import io.profilekit.rules.RuleContext;
import io.profilekit.rules.Violation;
import io.profilekit.rules.ViolationCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rule {@code profilekit.values-yaml}: a layer whose values are not well-formed YAML
 * ({@link ViolationCode#VALUES_INVALID_YAML}), with the line and column inside the values (see
 * {@link ValuesYamlCheck} for what values may hold: anchors, aliases and tags are valid there).
 * In ProfileKit's formats values are text, so a broken values block is a semantic problem for the
 * validator, not a parse error of the profile.
 *
 * <p>Parsing the values is most of a validation's cost, and the same values text recurs across the
 * profiles a program validates (a pack's values copied into many profiles, one profile validated
 * again and again), so each rule remembers what it found for recently seen texts — a pure function
 * of the text — in a bounded, thread-safe map. Internal: not part of ProfileKit's API.
 */
public final class ValuesYamlRule implements ProfileRule {
    /** The rule's id. */
    public static final String ID = "profilekit.values-yaml";
    /** At most this many values texts are remembered; the map is emptied when it is full. */
    static final int MEMO_ENTRIES = 256;
    /** Values texts longer than this are parsed every time, so the map holds at most a few MB. */
    static final int MEMO_MAX_CHARS = 16 * 1024;
    /** What valid values are found to be. */
    private static final Found VALID = new Found("", "");

    private final Map<String, Found> memo = new ConcurrentHashMap<>();

    /** What a values text was found to be: valid, or broken with the message's tail and the hint. */
    private static final class Found {
        final String detail;
        final String hint;

        Found(String detail, String hint) {
            this.detail = detail;
            this.hint = hint;
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Violation> check(RuleContext context) {
        List<Violation> out = new ArrayList<>();
        List<Layer> layers = context.profile().layers();
        for (int i = 0; i < layers.size(); i++) {
            Layer l = layers.get(i);
            if (l.values().isBlank()) {
                continue;
            }
            Found found = found(l.values());
            if (found != VALID) {
                out.add(Violation.of(ViolationCode.VALUES_INVALID_YAML, Layers.path(i) + ".values", "the values of pack '"
                        + l.pack().name() + "' are not valid YAML" + found.detail, found.hint));
            }
        }
        return out;
    }

    private Found found(String values) {
        if (values.length() > MEMO_MAX_CHARS) {
            return parse(values);
        }
        Found known = memo.get(values);
        if (known != null) {
            return known;
        }
        Found found = parse(values);
        if (memo.size() >= MEMO_ENTRIES) {
            memo.clear();
        }
        memo.put(values, found);
        return found;
    }

    private static Found parse(String values) {
        Optional<ValuesYamlCheck.Problem> problem = ValuesYamlCheck.problemAndScan(values);
        if (problem.isEmpty()) {
            return VALID;
        }
        ValuesYamlCheck.Problem p = problem.get();
        String where = p.line() > 0 ? " at line " + p.line() + (p.column() > 0 ? ", column " + p.column() : "")
                + " of the values" : "";
        return new Found(where + ": " + p.problem(),
                p.hint().isEmpty() ? "fix the YAML; indent with spaces and quote text with ': ' in it" : p.hint());
    }
}
