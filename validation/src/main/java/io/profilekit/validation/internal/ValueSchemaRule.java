package io.profilekit.validation.internal;

import io.profilekit.Layer;
import io.profilekit.ProfileVariable;
import io.profilekit.registry.PackDescriptor;
import io.profilekit.registry.PackPreset;
import io.profilekit.registry.ValueSchema;
import io.profilekit.rules.ProfileRule;
import io.profilekit.rules.RuleContext;
import io.profilekit.rules.Violation;
import io.profilekit.rules.ViolationCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule {@code profilekit.value-schema}: each layer's values against the value schema
 * ({@code schema.yaml}, see {@link ValueSchema}) of the pack version it resolved to. Reports a
 * required value that is missing or empty (VALUE_REQUIRED_MISSING), a value that breaks its format,
 * range, allowed values or regex (VALUE_FORMAT_INVALID), a value whose check would take more work
 * than ProfileKit allows (VALUE_FORMAT_UNCHECKED), and a read-only value that differs from the
 * pack's default values (VALUE_READONLY_CHANGED). Paths are {@code layers[i].values.<key path>};
 * messages give the line and column inside the values.
 *
 * <p>A value that is exactly a variable macro {@code {{ .spectro.var.NAME }}} is checked through
 * the declared variable's default, if it has one; values holding other macros are not checked.
 * A key with {@code .$[]} applies to every element of the list. Empty values are checked only for
 * {@code required}; a missing {@code .$[]} key is not reported. Expressions that cannot be read
 * are reported by the registry readers, and here only what could be read is checked. Layers that
 * give no values (the pack's defaults apply), whose pack did not resolve or sits in the wrong
 * layer, or whose values do not parse are skipped.
 * Internal: not part of ProfileKit's API.
 */
public final class ValueSchemaRule implements ProfileRule {
    /** The rule's id. */
    public static final String ID = "profilekit.value-schema";

    private static final Pattern VAR_MACRO = Pattern.compile(
            "\\s*\\{\\{-?\\s*\\.spectro\\.var\\.([\\p{L}\\p{N}_-]+)\\s*-?}}\\s*");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Violation> check(RuleContext context) {
        List<Violation> out = new ArrayList<>();
        List<Layer> layers = context.profile().layers();
        for (int i = 0; i < layers.size(); i++) {
            Optional<PackDescriptor> pack = Layers.resolved(context, i);
            if (pack.isEmpty() || pack.get().valueSchema().isEmpty() || layers.get(i).values().isBlank()
                    || Layers.layerMismatch(context, i)) {
                continue;
            }
            ChosenPresets chosen = ChosenPresets.of(layers.get(i).presets().stream().map(pack.get()::preset)
                    .flatMap(Optional::stream).toList());
            String base = Layers.path(i) + ".values";
            // What a chosen preset supplies replaces what the values hold there (Palette applies
            // presets on top of the values), so it is checked in place of the values' own.
            out.addAll(check(base, layers.get(i).values(), pack.get(), context.profile()::variable).stream()
                    .filter(v -> !chosen.supply(key(base, v.path())))
                    .toList());
            for (int p = 0; p < chosen.presets().size(); p++) {
                PackPreset preset = chosen.presets().get(p);
                ChosenPresets later = chosen.from(p);
                if (preset.add().isBlank()) {
                    continue;
                }
                for (Violation v : check(base, preset.add(), pack.get(), context.profile()::variable)) {
                    boolean decides = !v.code().equals(ViolationCode.VALUE_REQUIRED_MISSING.name())
                            && later.decider(key(base, v.path())) == 0;
                    if (decides) {
                        out.add(Violation.of(v.code(), v.severity(), v.path(), v.message().replace(" of the values)",
                                " of the add of preset " + Texts.quote(preset.name()) + ")"), v.hint()));
                    }
                }
            }
        }
        return out;
    }

    private static String key(String base, String path) {
        return path.length() > base.length() + 1 ? path.substring(base.length() + 1) : "";
    }

    /**
     * Checks values against a pack's schema.
     *
     * @param base the path of the values, e.g. {@code layers[2].values}
     * @param valuesText the values YAML
     * @param pack the pack, with its schema and default values
     * @param variables the profile's variables by name
     * @return the violations, in schema order
     */
    static List<Violation> check(String base, String valuesText, PackDescriptor pack,
            Function<String, Optional<ProfileVariable>> variables) {
        List<Violation> out = new ArrayList<>();
        ValueSchema schema = ValueSchema.of(pack);
        if (schema.isEmpty() || ValuesYamlCheck.problem(valuesText).isPresent()) {
            return out;
        }
        ValuesTree tree = ValuesTree.of(valuesText);
        ValuesTree defaults = null;
        String packName = Texts.quote(pack.name()) + " " + pack.version();
        for (ValueSchema.Entry entry : schema.entries().values()) {
            List<Map.Entry<String, ValuesTree.Value>> found = new ArrayList<>();
            for (Map.Entry<String, ValuesTree.Value> v : tree.values().entrySet()) {
                if (ValuesTree.schemaPath(v.getKey()).equals(entry.path())) {
                    found.add(v);
                }
            }
            if (found.isEmpty() && entry.required() && !entry.path().contains("$[]")) {
                out.add(Violation.of(ViolationCode.VALUE_REQUIRED_MISSING, base + "." + entry.path(),
                        "the value " + entry.path() + " is missing; the schema of " + packName + " requires it",
                        hint(entry)));
            }
            for (Map.Entry<String, ValuesTree.Value> f : found) {
                String path = base + "." + f.getKey();
                ValuesTree.Value v = f.getValue();
                String where = " (line " + v.line() + ", column " + v.column() + " of the values)";
                if (v.empty()) {
                    if (entry.required()) {
                        out.add(Violation.of(ViolationCode.VALUE_REQUIRED_MISSING, path, "the value " + f.getKey()
                                + " is empty" + where + "; the schema of " + packName + " requires it", hint(entry)));
                    }
                } else if (entry.format().isPresent()) {
                    format(path, f.getKey(), v, where, entry, entry.format().get(), packName, variables, out);
                }
                if (entry.readonly()) {
                    if (defaults == null) {
                        defaults = ValuesTree.of(pack.values());
                    }
                    Map<String, String> given = tree.scalarsUnder(f.getKey());
                    Map<String, String> fixed = defaults.scalarsUnder(f.getKey());
                    if (!given.equals(fixed) && !(v.empty() && fixed.isEmpty())) {
                        Optional<ValuesTree.Value> d = defaults.at(f.getKey());
                        String was = d.isEmpty() ? "the pack's default values do not set it"
                                : d.get().kind() == ValuesTree.Kind.SCALAR
                                        ? "the pack's default is " + Texts.quote(d.get().empty() ? "" : d.get().text())
                                        : "it differs from the pack's default";
                        out.add(Violation.of(ViolationCode.VALUE_READONLY_CHANGED, path, "the value " + f.getKey()
                                + where + " is read-only in the schema of " + packName + ", and " + was,
                                "keep the pack's default value" + (d.isEmpty() ? " (leave it out)" : "")));
                    }
                }
            }
        }
        return out;
    }

    private static void format(String path, String key, ValuesTree.Value v, String where, ValueSchema.Entry entry,
            ValueSchema.Format format, String packName, Function<String, Optional<ProfileVariable>> variables,
            List<Violation> out) {
        String text = v.text();
        if (v.kind() == ValuesTree.Kind.ALIAS) {
            return;
        }
        if (text.contains("{{")) {
            Matcher m = VAR_MACRO.matcher(text);
            if (!m.matches()) {
                return;   // system and pack macros, templates: known only at deploy time
            }
            Optional<ProfileVariable> variable = variables.apply(m.group(1));
            Optional<String> value = variable.flatMap(ProfileVariable::defaultValue);
            if (value.isEmpty()) {
                return;   // an undeclared variable is MacroRule's; no default: nothing to check
            }
            ValueSchema.Check c = format.check(value.get());
            String shown = variable.get().sensitive() ? "(sensitive)" : Texts.quote(value.get());
            report(c, path, "the default " + shown + " of variable " + Texts.quote(m.group(1)) + ", used by " + key
                    + where + ", is ", format, packName, entry, out);
            return;
        }
        if (v.kind() != ValuesTree.Kind.SCALAR) {
            out.add(Violation.of(ViolationCode.VALUE_FORMAT_INVALID, path, "the value " + key + where + " is a "
                    + (v.kind() == ValuesTree.Kind.MAPPING ? "mapping" : "list") + "; the schema of " + packName
                    + " expects one value of format " + format.text(), hint(entry)));
            return;
        }
        boolean secret = format.parts().stream().anyMatch(p -> p.type().filter(t -> t == ValueSchema.Type.PASSWORD)
                .isPresent());
        String shown = secret ? "(a password)" : Texts.quote(text);
        report(format.check(text), path, "the value " + key + " = " + shown + where + " is ", format, packName, entry,
                out);
    }

    private static void report(ValueSchema.Check c, String path, String subject, ValueSchema.Format format,
            String packName, ValueSchema.Entry entry, List<Violation> out) {
        if (c.outcome() == ValueSchema.Outcome.INVALID) {
            out.add(Violation.of(ViolationCode.VALUE_FORMAT_INVALID, path, subject + c.message() + " (format "
                    + format.text() + " in the schema of " + packName + ")", hint(entry)));
        } else if (c.outcome() == ValueSchema.Outcome.UNDECIDED) {
            out.add(Violation.of(ViolationCode.VALUE_FORMAT_UNCHECKED, path, subject + "not checked against format "
                    + format.text() + " of " + packName + ": " + c.message(), "check the value by hand"));
        }
    }

    private static String hint(ValueSchema.Entry entry) {
        String format = entry.format().map(f -> {
            List<String> allowed = f.parts().size() == 1 ? f.parts().get(0).allowed() : List.of();
            return allowed.isEmpty() ? "give a value of format " + f.text() : "use one of " + String.join(", ", allowed);
        }).orElse("give a value");
        return format + (entry.hints().isEmpty() ? "" : " — " + String.join(" ", entry.hints()));
    }
}
