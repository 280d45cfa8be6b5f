package io.profilekit.yaml.internal;

import io.profilekit.Layer;
import io.profilekit.rules.ProfileRule;
import io.profilekit.rules.RuleContext;
import io.profilekit.rules.Violation;
import io.profilekit.rules.ViolationCode;
import io.profilekit.yaml.ProfileParseException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reports a layer whose values are not well-formed YAML ({@link ViolationCode#VALUES_INVALID_YAML}),
 * with the line and column inside the values. In ProfileKit's formats values are text, so a
 * broken values block is a semantic problem for the validator, not a parse error of the profile.
 * Registered as a {@link ProfileRule} service. Values are Helm's and Palette's YAML, so anchors,
 * aliases and tags, which ProfileKit's own format refuses, are valid here (see {@link ValuesYaml}).
 */
public final class ValuesYamlRule implements ProfileRule {

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
            Optional<ProfileParseException> problem = ValuesYaml.problem(l.values(), path);
            if (problem.isPresent()) {
                ProfileParseException e = problem.get();
                String where = e.line().isPresent() ? " at line " + e.line().getAsInt()
                        + (e.column().isPresent() ? ", column " + e.column().getAsInt() : "") + " of the values" : "";
                out.add(Violation.of(ViolationCode.VALUES_INVALID_YAML, path, "the values of pack '" + l.pack().name()
                        + "' are not valid YAML" + where + ": " + e.problem(),
                        e.hint().isEmpty() ? "fix the YAML; indent with spaces and quote text with ': ' in it" : e.hint()));
            }
        }
        return out;
    }
}
