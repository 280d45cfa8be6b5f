package io.profilekit.validation.internal;

import io.profilekit.ProfileVariable;
import io.profilekit.VariableFormat;
import io.profilekit.VariableInputType;
import io.profilekit.VariableOption;
import io.profilekit.registry.ValueSchema;
import io.profilekit.rules.ProfileRule;
import io.profilekit.rules.RuleContext;
import io.profilekit.rules.Violation;
import io.profilekit.rules.ViolationCode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Rule {@code profilekit.variables}: the profile's variables ({@code spec.variables[]}) as Palette
 * checks them. Reports a name or a (non-blank) display name used twice (at the later one); a
 * required (also hidden and required) or immutable variable without a default; a dropdown default
 * that is not among its options' values; a default that breaks its format or its regex; a regex
 * that does not compile. Palette reads the regex as a Go (RE2) expression; it is compiled here with
 * {@link java.util.regex.Pattern}, which accepts every RE2 pattern that uses only the syntax the
 * two share. Internal: not part of ProfileKit's API.
 */
public final class VariableRule implements ProfileRule {
    /** The rule's id. */
    public static final String ID = "profilekit.variables";


    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Violation> check(RuleContext context) {
        List<Violation> out = new ArrayList<>();
        List<ProfileVariable> variables = context.profile().variables();
        Map<String, Integer> names = new HashMap<>();
        Map<String, Integer> displayNames = new HashMap<>();
        for (int j = 0; j < variables.size(); j++) {
            ProfileVariable v = variables.get(j);
            String path = "variables[" + j + "]";
            Integer earlier = names.putIfAbsent(v.name(), j);
            if (earlier != null) {
                out.add(Violation.of(ViolationCode.VARIABLE_NAME_DUPLICATE, path + ".name",
                        "variable name " + Texts.quote(v.name()) + " is already used by variables[" + earlier + "]",
                        "give each variable of a profile its own name"));
            }
            if (!v.displayName().isBlank()) {
                Integer shown = displayNames.putIfAbsent(v.displayName(), j);
                if (shown != null) {
                    out.add(Violation.of(ViolationCode.VARIABLE_DISPLAY_NAME_DUPLICATE, path + ".displayName",
                            "display name " + Texts.quote(v.displayName()) + " of variable " + Texts.quote(v.name())
                                    + " is already used by variables[" + shown + "]",
                            "give each variable of a profile its own displayName"));
                }
            }
            check(v, path, out);
        }
        return out;
    }

    private static void check(ProfileVariable v, String path, List<Violation> out) {
        Optional<String> value = v.defaultValue();
        if (value.isEmpty() && (v.required() || v.immutable())) {
            String why = v.immutable() ? "immutable" : v.hidden() ? "hidden and required" : "required";
            out.add(Violation.of(ViolationCode.VARIABLE_DEFAULT_MISSING, path + ".defaultValue",
                    "variable " + Texts.quote(v.name()) + " is " + why + " but has no default value",
                    "add defaultValue: to the variable" + (v.immutable() ? "" : ", or set required: false")));
        }
        Optional<Pattern> regex = Optional.empty();
        if (v.regex().isPresent() && !v.regex().get().isEmpty()) {
            try {
                regex = Optional.of(Pattern.compile(v.regex().get()));
            } catch (PatternSyntaxException e) {
                out.add(Violation.of(ViolationCode.VARIABLE_REGEX_INVALID, path + ".regex",
                        "the regex " + Texts.quote(v.regex().get()) + " of variable " + Texts.quote(v.name())
                                + " does not compile: " + Texts.quote(e.getDescription())
                                + (e.getIndex() >= 0 ? " at index " + e.getIndex() : ""),
                        "fix the pattern; Palette reads it as a Go (RE2) regular expression"));
            }
        }
        if (value.isEmpty()) {
            return;
        }
        String text = value.get();
        String shown = v.sensitive() ? "(sensitive)" : Texts.quote(text);
        if (v.inputType() == VariableInputType.DROPDOWN && !v.options().isEmpty()
                && v.options().stream().noneMatch(o -> o.value().equals(text))) {
            List<String> values = new ArrayList<>();
            for (VariableOption o : v.options()) {
                values.add(Texts.quote(o.value()));
            }
            out.add(Violation.of(ViolationCode.VARIABLE_DEFAULT_NOT_AN_OPTION, path + ".defaultValue",
                    "the default " + shown + " of dropdown variable " + Texts.quote(v.name())
                            + " is not the value of one of its options",
                    "use one of the options' values as defaultValue: " + Texts.list(values, 10)));
        }
        Optional<String> formatProblem = formatProblem(v.format(), text);
        if (formatProblem.isPresent()) {
            out.add(Violation.of(ViolationCode.VARIABLE_DEFAULT_INVALID, path + ".defaultValue",
                    "the default " + shown + " of variable " + Texts.quote(v.name()) + " is not "
                            + formatProblem.get(),
                    "give a defaultValue: in format " + v.format().wireName() + ", or change its format"));
        } else if (regex.isPresent() && !regex.get().matcher(text).matches()) {
            out.add(Violation.of(ViolationCode.VARIABLE_DEFAULT_INVALID, path + ".defaultValue",
                    "the default " + shown + " of variable " + Texts.quote(v.name()) + " does not match its regex "
                            + Texts.quote(v.regex().get()),
                    "give a defaultValue: that matches the regex, or change its regex"));
        }
    }

    /**
     * What a value fails to be in a format.
     *
     * @return e.g. {@code "a number"}; empty if the value fits
     */
    static Optional<String> formatProblem(VariableFormat format, String text) {
        switch (format) {
            case NUMBER:
                return ValueSchema.Type.NUMBER.accepts(text) ? Optional.empty()
                        : Optional.of("a number");
            case BOOLEAN:
                return ValueSchema.Type.BOOLEAN.accepts(text) ? Optional.empty()
                        : Optional.of("a boolean (true or false)");
            case IPV4:
                return ValueSchema.Type.IPV4.accepts(text) ? Optional.empty()
                        : Optional.of("an IPv4 address such as 10.0.0.1");
            case IPV4CIDR:
                return ValueSchema.Type.IPV4CIDR.accepts(text) ? Optional.empty()
                        : Optional.of("an IPv4 CIDR block such as 10.0.0.0/16");
            case IPV6:
                return ValueSchema.Type.IPV6.accepts(text) ? Optional.empty()
                        : Optional.of("an IPv6 address such as fd00::1");
            case VERSION:
                return ValueSchema.Type.VERSION.accepts(text) ? Optional.empty()
                        : Optional.of("a version such as 1.30.4");
            case BASE64:
                return ValueSchema.Type.BASE64.accepts(text) ? Optional.empty()
                        : Optional.of("base64 text such as aGVsbG8=");
            default:
                return Optional.empty();
        }
    }
}
