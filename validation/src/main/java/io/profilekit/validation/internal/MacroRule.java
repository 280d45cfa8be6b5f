package io.profilekit.validation.internal;

import io.profilekit.Layer;
import io.profilekit.ProfileVariable;
import io.profilekit.rules.ProfileRule;
import io.profilekit.rules.RuleContext;
import io.profilekit.rules.SafeText;
import io.profilekit.rules.Violation;
import io.profilekit.rules.ViolationCode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Rule {@code profilekit.macros}: the Palette macros in the layers' values. Reports
 * {@code {{.spectro.var.X}}} with no variable {@code X} declared (an error), a declared variable no
 * values use (a warning, at the variable), {@code {{.spectro.system.X}}} that is not among
 * Palette's documented system macros (a warning: Palette may know more than it documents), and
 * {@code {{.spectro.pack.P.…}}} with no pack {@code P} in the profile — or, when the profile is
 * checked as part of a cluster stack, in any profile of the stack (an error). A macro's violation
 * points into the values: {@code layers[i].values.<key path>}, with the line inside the values in
 * the message. Macros are read from scalar values (comments are not values). Internal: not part
 * of ProfileKit's API.
 */
public final class MacroRule implements ProfileRule {
    /** The rule's id. */
    public static final String ID = "profilekit.macros";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Violation> check(RuleContext context) {
        List<Violation> out = new ArrayList<>();
        List<Layer> layers = context.profile().layers();
        List<ProfileVariable> variables = context.profile().variables();
        Set<String> declared = new LinkedHashSet<>();
        variables.forEach(v -> declared.add(v.name()));
        Set<String> packs = null;   // the pack names of the profile (and stack), gathered for the first pack macro
        Set<String> used = new HashSet<>();
        for (int i = 0; i < layers.size(); i++) {
            Layer layer = layers.get(i);
            for (ValuesScan.Macro m : ValuesScan.of(layer.values()).macros()) {
                String path = Layers.path(i) + ".values" + (m.keyPath().isEmpty() ? "" : "." + m.keyPath());
                String where = " at line " + m.line() + " of the values of " + Texts.quote(layer.pack().name());
                switch (m.kind()) {
                    case VAR:
                        used.add(m.name());
                        if (!declared.contains(m.name())) {
                            List<String> close = Texts.closest(m.name(), declared, 3);
                            out.add(Violation.of(ViolationCode.MACRO_VARIABLE_UNDECLARED, path,
                                    Texts.quote("{{" + m.text() + "}}") + where + " uses variable "
                                            + Texts.quote(m.name()) + ", which the profile does not declare",
                                    (close.isEmpty() ? "" : "did you mean " + String.join(", ", close) + "? ")
                                            + "declare it under the profile's variables: with name: " + m.name()
                                            + (close.isEmpty() ? "" : Texts.mixedScriptsNote(m.name()))));
                        }
                        break;
                    case SYSTEM:
                        if (!ValuesScan.SYSTEM_MACROS.contains(m.name())) {
                            List<String> close = Texts.closest(m.name(), ValuesScan.SYSTEM_MACROS, 3);
                            out.add(Violation.of(ViolationCode.MACRO_SYSTEM_UNKNOWN, path,
                                    Texts.quote("{{" + m.text() + "}}") + where + " is not among Palette's"
                                            + " documented system macros",
                                    (close.isEmpty() ? "" : "did you mean " + String.join(", ", close) + "? ")
                                            + "documented: " + Texts.list(ValuesScan.SYSTEM_MACROS, 30)));
                        }
                        break;
                    default:
                        if (packs == null) {
                            packs = packNames(context);
                        }
                        if (!packs.contains(m.name())) {
                            List<String> close = Texts.closest(m.name(), packs, 3);
                            boolean stack = DefaultRuleContext.stackOf(context).isPresent();
                            out.add(Violation.of(ViolationCode.MACRO_PACK_UNKNOWN, path,
                                    Texts.quote("{{" + m.text() + "}}") + where + " refers to pack "
                                            + Texts.quote(m.name()) + ", which the " + (stack ? "cluster stack" : "profile")
                                            + " does not have",
                                    (close.isEmpty() ? "" : "did you mean " + String.join(", ", close) + "? ")
                                            + "packs of the " + (stack ? "stack" : "profile") + ": "
                                            + (packs.isEmpty() ? "none" : Texts.list(packs, 12))
                                            + (close.isEmpty() ? "" : Texts.mixedScriptsNote(m.name()))));
                        }
                        break;
                }
            }
        }
        for (int j = 0; j < variables.size(); j++) {
            String name = variables.get(j).name();
            if (!used.contains(name)) {
                out.add(Violation.of(ViolationCode.VARIABLE_UNUSED, "variables[" + j + "]",
                        "variable " + Texts.quote(name) + " is declared, but no layer's values use it",
                        "use it in a layer's values as '{{.spectro.var." + SafeText.escape(name) + "}}', or remove it"));
            }
        }
        return out;
    }

    /** The pack names of the profile's layers, then of the stack's other profiles, in order. */
    private static Set<String> packNames(RuleContext context) {
        Set<String> packs = new LinkedHashSet<>();
        context.profile().layers().forEach(l -> packs.add(l.pack().name()));
        DefaultRuleContext.stackOf(context).ifPresent(s -> s.others().forEach(o -> packs.add(o.layer().pack().name())));
        packs.removeIf(String::isBlank);
        return packs;
    }
}
