package io.profilekit.validation.internal;

import io.profilekit.ProfileVariable;
import io.profilekit.VariableFormat;
import io.profilekit.VariableInputType;
import io.profilekit.VariableOption;
import io.profilekit.rules.ProfileRule;
import io.profilekit.rules.RuleContext;
import io.profilekit.rules.Violation;
import io.profilekit.rules.ViolationCode;

import java.util.ArrayList;
import java.util.Base64;
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

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern VERSION = Pattern.compile("v?\\d+(\\.\\d+){0,3}(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?");
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]*={0,2}");

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
                return NUMBER.matcher(text).matches() ? Optional.empty() : Optional.of("a number");
            case BOOLEAN:
                return text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false") ? Optional.empty()
                        : Optional.of("a boolean (true or false)");
            case IPV4:
                return ipv4(text) ? Optional.empty() : Optional.of("an IPv4 address such as 10.0.0.1");
            case IPV4CIDR: {
                int slash = text.indexOf('/');
                boolean ok = slash > 0 && ipv4(text.substring(0, slash)) && prefix(text.substring(slash + 1), 32);
                return ok ? Optional.empty() : Optional.of("an IPv4 CIDR block such as 10.0.0.0/16");
            }
            case IPV6:
                return ipv6(text) ? Optional.empty() : Optional.of("an IPv6 address such as fd00::1");
            case VERSION:
                return VERSION.matcher(text).matches() ? Optional.empty() : Optional.of("a version such as 1.30.4");
            case BASE64:
                return base64(text) ? Optional.empty() : Optional.of("base64 text such as aGVsbG8=");
            default:
                return Optional.empty();
        }
    }

    private static boolean ipv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (!prefix(p, 255)) {
                return false;
            }
        }
        return true;
    }

    /** A decimal number 0..max of at most three digits. */
    private static boolean prefix(String text, int max) {
        if (text.isEmpty() || text.length() > 3) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return Integer.parseInt(text) <= max;
    }

    private static boolean ipv6(String text) {
        if (text.isEmpty() || text.indexOf(':') < 0) {
            return false;
        }
        int doubleColon = text.indexOf("::");
        if (doubleColon >= 0 && text.indexOf("::", doubleColon + 1) >= 0) {
            return false;
        }
        String[] groups = text.split(":", -1);
        int count = 0;
        for (int i = 0; i < groups.length; i++) {
            String g = groups[i];
            if (g.isEmpty()) {
                continue;   // part of "::" (checked above), or a leading/trailing one beside it
            }
            if (i == groups.length - 1 && g.indexOf('.') >= 0) {
                if (!ipv4(g)) {
                    return false;
                }
                count += 2;
                continue;
            }
            if (g.length() > 4 || !g.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                return false;
            }
            count++;
        }
        if (text.startsWith(":") && !text.startsWith("::") || text.endsWith(":") && !text.endsWith("::")) {
            return false;
        }
        return doubleColon >= 0 ? count < 8 : count == 8;
    }

    private static boolean base64(String text) {
        if (text.length() % 4 != 0 || !BASE64.matcher(text).matches()) {
            return false;
        }
        try {
            Base64.getDecoder().decode(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
