package io.profilekit.yaml.internal;

import io.profilekit.Layer;
import io.profilekit.rules.ProfileRule;
import io.profilekit.rules.RuleContext;
import io.profilekit.rules.Violation;
import io.profilekit.rules.ViolationCode;
import io.profilekit.yaml.ProfileParseException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reports a layer whose values are not valid YAML ({@link ViolationCode#VALUES_INVALID_YAML}),
 * with the line and column inside the values. In ProfileKit's formats values are text, so a
 * broken values block is a semantic problem for the validator, not a parse error of the profile.
 * Registered as a {@link ProfileRule} service. Values are Helm's and Palette's YAML, so anchors,
 * aliases and tags, which ProfileKit's own format refuses, are valid here (see {@link ValuesYaml}).
 *
 * <p>Parsing the values is most of a validation's cost, and the same values text recurs across the
 * profiles a program validates (a pack's values copied into many profiles, one profile validated
 * again and again), so each rule remembers what it found for recently seen texts — a pure function
 * of the text — in a bounded, thread-safe map.
 */
public final class ValuesYamlRule implements ProfileRule {

    /** At most this many values texts are remembered; the map is emptied when it is full. */
    static final int MEMO_ENTRIES = 256;
    /** Values texts longer than this are parsed every time, so the map holds at most a few MB. */
    static final int MEMO_MAX_CHARS = 16 * 1024;
    /** What a values text is found to be: valid, or broken with the violation's message tail and hint. */
    private static final Problem VALID = new Problem("", "");

    private final Map<String, Problem> memo = new ConcurrentHashMap<>();

    /** The problem found in a values text: where and what (after the pack's name), and the hint. */
    private static final class Problem {
        final String detail;
        final String hint;

        Problem(String detail, String hint) {
            this.detail = detail;
            this.hint = hint;
        }
    }

    /** Creates the rule (for {@link java.util.ServiceLoader}). */
    public ValuesYamlRule() {
    }

    @Override
    public String id() {
        return "profilekit-values-yaml";
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
            String path = "layers[" + i + "].values";
            Problem problem = problem(l.values(), path);
            if (problem != VALID) {
                out.add(Violation.of(ViolationCode.VALUES_INVALID_YAML, path, "the values of pack '" + l.pack().name()
                        + "' are not valid YAML" + problem.detail, problem.hint));
            }
        }
        return out;
    }

    private Problem problem(String values, String path) {
        if (values.length() > MEMO_MAX_CHARS) {
            return parse(values, path);
        }
        Problem known = memo.get(values);
        if (known != null) {
            return known;
        }
        Problem found = parse(values, path);
        if (memo.size() >= MEMO_ENTRIES) {
            memo.clear();
        }
        memo.put(values, found);
        return found;
    }

    private static Problem parse(String values, String path) {
        Optional<ProfileParseException> problem = ValuesYaml.problem(values, path);
        if (problem.isEmpty()) {
            return VALID;
        }
        // The document name (the path) is not part of what is kept: the message and hint do not use it.
        ProfileParseException e = problem.get();
        String where = e.line().isPresent() ? " at line " + e.line().getAsInt()
                + (e.column().isPresent() ? ", column " + e.column().getAsInt() : "") + " of the values" : "";
        return new Problem(where + ": " + e.problem(),
                e.hint().isEmpty() ? "fix the YAML; indent with spaces and quote text with ': ' in it" : e.hint());
    }
}
