package io.profilekit.yaml.internal;

import io.profilekit.ProfileVariable;
import io.profilekit.VariableFormat;
import io.profilekit.VariableInputType;
import io.profilekit.VariableOption;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Profile variables ({@code spec.variables}, Palette's {@code V1Variable}) in every format: the
 * fields and their names are Palette's in ProfileKit's YAML too. Palette's JSON formats also accept
 * {@code isHidden}, which a tutorial of Palette's uses where the API says {@code hidden}; writers
 * write {@code hidden}.
 */
final class Variables {
    static final List<String> FIELDS = List.of("name", "displayName", "description", "format", "inputType",
            "defaultValue", "regex", "required", "hidden", "immutable", "isSensitive", "options");
    static final List<String> OPTION_FIELDS = List.of("label", "value", "description", "default");
    private static final String HIDDEN_ALIAS = "isHidden";

    private Variables() {
    }

    /**
     * Reads {@code variables} of a spec.
     *
     * @param spec the spec
     * @return the variables, in document order
     */
    static List<ProfileVariable> read(Obj spec) {
        List<Node> items = spec.list("variables");
        List<ProfileVariable> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            out.add(variable(Obj.of(spec.ctx(), items.get(i), spec.path("variables") + "[" + i + "]",
                    String.join(", ", FIELDS))));
        }
        return out;
    }

    /**
     * Reads one variable.
     *
     * @param v the variable's mapping
     * @return the variable
     */
    static ProfileVariable variable(Obj v) {
        Ctx ctx = v.ctx();
        ProfileVariable.Builder b = ProfileVariable.builder(v.requiredText("name"));
        v.text("displayName").ifPresent(b::displayName);
        v.text("description").ifPresent(b::description);
        v.text("format").ifPresent(f -> b.format(VariableFormat.fromWireName(f).filter(x -> !ctx.strict()
                || x.wireName().equals(f)).orElseThrow(() -> ctx.fail(v.require("format"), v.path("format"),
                "unknown variable format '" + f + "'", Ctx.didYouMean(f, ProfileKitCodec.wireNames(
                        VariableFormat.values()), "formats")))));
        v.text("inputType").ifPresent(t -> b.inputType(VariableInputType.fromWireName(t).filter(x -> !ctx.strict()
                || x.wireName().equals(t)).orElseThrow(() -> ctx.fail(v.require("inputType"), v.path("inputType"),
                "unknown variable input type '" + t + "'", Ctx.didYouMean(t, ProfileKitCodec.wireNames(
                        VariableInputType.values()), "input types")))));
        v.text("defaultValue").ifPresent(b::defaultValue);
        v.text("regex").ifPresent(b::regex);
        v.bool("required").ifPresent(b::required);
        Optional<Boolean> hidden = v.bool("hidden");
        if (!ctx.strict() && v.has(HIDDEN_ALIAS)) {
            Optional<Boolean> alias = v.bool(HIDDEN_ALIAS);
            if (hidden.isEmpty()) {
                hidden = alias;
            } else if (alias.isPresent() && !alias.equals(hidden)) {
                Node at = v.require(HIDDEN_ALIAS);
                ctx.warn(at, v.path(HIDDEN_ALIAS), "isHidden " + alias.get() + " differs from hidden " + hidden.get()
                        + "; isHidden is not kept (the variable keeps hidden)");
            }
        }
        hidden.ifPresent(b::hidden);
        v.bool("immutable").ifPresent(b::immutable);
        v.bool("isSensitive").ifPresent(b::sensitive);
        List<Node> options = v.list("options");
        for (int i = 0; i < options.size(); i++) {
            Obj o = Obj.of(ctx, options.get(i), v.path("options") + "[" + i + "]", String.join(", ", OPTION_FIELDS));
            String value = o.requiredText("value");
            b.option(new VariableOption(o.text("label").orElse(""), value, o.text("description").orElse(""),
                    o.bool("default").orElse(false)));
            o.finish(OPTION_FIELDS);
        }
        v.finish(FIELDS);
        return b.build();
    }

    /**
     * Writes variables as Palette's {@code V1Variable}s.
     *
     * @param variables the variables
     * @return the list
     */
    static Out.OList write(List<ProfileVariable> variables) {
        Out.OList list = new Out.OList();
        for (ProfileVariable v : variables) {
            Out.OMap m = new Out.OMap().text("name", v.name());
            if (!v.displayName().isEmpty()) {
                m.text("displayName", v.displayName());
            }
            if (!v.description().isEmpty()) {
                m.text("description", v.description());
            }
            m.text("format", v.format().wireName()).text("inputType", v.inputType().wireName());
            v.defaultValue().ifPresent(d -> m.text("defaultValue", d));
            v.regex().ifPresent(r -> m.text("regex", r));
            m.put("required", new Out.OBool(v.required())).put("hidden", new Out.OBool(v.hidden()))
                    .put("immutable", new Out.OBool(v.immutable())).put("isSensitive", new Out.OBool(v.sensitive()));
            if (!v.options().isEmpty()) {
                Out.OList options = new Out.OList();
                for (VariableOption o : v.options()) {
                    Out.OMap om = new Out.OMap();
                    if (!o.label().isEmpty()) {
                        om.text("label", o.label());
                    }
                    om.text("value", o.value());
                    if (!o.description().isEmpty()) {
                        om.text("description", o.description());
                    }
                    if (o.isDefault()) {
                        om.put("default", new Out.OBool(true));
                    }
                    options.add(om);
                }
                m.put("options", options);
            }
            list.add(m);
        }
        return list;
    }
}
