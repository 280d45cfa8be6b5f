package io.profilekit.registry;

import io.profilekit.internal.Checks;
import io.profilekit.internal.SafeRegex;
import io.profilekit.internal.ValueFormats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A pack's value schema ({@code schema.yaml}) parsed from Palette's expressions into a typed model:
 * for each value path whether it is required or read-only, its {@link Format} and its hints.
 * Immutable and thread-safe.
 *
 * <p>An expression is a Go template of piped functions, e.g.
 * {@code {{ required | format "${list:[PreferNoSchedule,NoSchedule,NoExecute]}" | hints "Effect" }}}:
 * <ul>
 * <li>{@code required} — the value must be set and not empty;</li>
 * <li>{@code readonly} — the value must stay the pack's default;</li>
 * <li>{@code format "…"} — literal text and typed parts {@code ${type}}, {@code ${type:/regex/}},
 * {@code ${type:[min-max]}} or {@code ${type:[A,B]}}, e.g. {@code "${string}/${string}:${version}"};</li>
 * <li>{@code hints "a" "b"} — texts shown to users.</li>
 * </ul>
 * Keys are dotted value paths; {@code .$[]} stands for every element of a list
 * ({@code charts.app.hosts.$[].name}).
 *
 * <p>An expression ProfileKit cannot read — unknown function or type, malformed format, a regex
 * that is refused (see {@link Part#regex()}) — is not dropped silently: it is listed in
 * {@link #problems()}, and what could be read of it is kept (a {@code required} beside an unknown
 * type still counts). The YAML registry readers report each problem as a read warning with the
 * file, line and key.
 *
 * <pre>{@code
 * ValueSchema schema = ValueSchema.parse(Map.of(
 *     "pack.namespace", "{{ required | format \"${string}\" }}",
 *     "charts.app.effect", "{{ format \"${list:[NoSchedule,NoExecute]}\" }}"));
 * schema.entry("charts.app.effect").flatMap(ValueSchema.Entry::format)
 *     .flatMap(f -> f.problem("Sometimes"));   // "not one of NoSchedule, NoExecute"
 * }</pre>
 */
public final class ValueSchema {
    /** A schema with no entries. */
    public static final ValueSchema EMPTY = new ValueSchema(Map.of(), List.of());

    private final Map<String, Entry> entries;
    private final List<Problem> problems;

    private ValueSchema(Map<String, Entry> entries, List<Problem> problems) {
        this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        this.problems = List.copyOf(problems);
    }

    /**
     * Parses a schema: value path to expression, as {@link PackDescriptor#valueSchema()} holds it.
     *
     * @param expressions the expressions by value path
     * @return the schema, with a problem for each expression (part) that could not be read
     * @throws NullPointerException if the map or one of its keys or values is null
     */
    public static ValueSchema parse(Map<String, String> expressions) {
        Checks.notNull(expressions, "expressions");
        Map<String, Entry> entries = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : expressions.entrySet()) {
            Parsed p = parseEntry(e.getKey(), e.getValue());
            p.entry().ifPresent(entry -> entries.put(entry.path(), entry));
            for (String error : p.errors()) {
                problems.add(new Problem(e.getKey(), error));
            }
        }
        return new ValueSchema(entries, problems);
    }

    /**
     * The parsed value schema of a pack.
     *
     * @param pack the pack
     * @return its schema; {@link #EMPTY} if it has none
     */
    public static ValueSchema of(PackDescriptor pack) {
        Checks.notNull(pack, "pack");
        return pack.valueSchema().isEmpty() ? EMPTY : parse(pack.valueSchema());
    }

    /**
     * Parses one expression.
     *
     * @param path the value path it applies to, e.g. {@code pack.namespace}
     * @param expression e.g. {@code {{ required | format "${string}" }}}
     * @return the entry (what could be read) and the errors
     * @throws NullPointerException if an argument is null
     */
    public static Parsed parseEntry(String path, String expression) {
        Checks.notNull(path, "path");
        Checks.notNull(expression, "expression");
        return new ExpressionParser(path, expression).parse();
    }

    /** @return the entries by value path, in the order given */
    public Map<String, Entry> entries() {
        return entries;
    }

    /**
     * The entry of a value path.
     *
     * @param path e.g. {@code pack.namespace} or {@code charts.x.hosts.$[].name}
     * @return the entry, or empty
     */
    public Optional<Entry> entry(String path) {
        return Optional.ofNullable(entries.get(path));
    }

    /** @return the expressions (or parts) that could not be read, in the order given */
    public List<Problem> problems() {
        return problems;
    }

    /** @return whether the schema has no entries */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ValueSchema && entries.equals(((ValueSchema) o).entries)
                && problems.equals(((ValueSchema) o).problems);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return "ValueSchema" + entries.values() + (problems.isEmpty() ? "" : " problems " + problems);
    }

    /**
     * An expression, or a part of it, that could not be read.
     *
     * @param path the value path of the entry
     * @param message what is wrong, e.g. {@code unknown format type "input"}
     */
    public record Problem(String path, String message) {
        /**
         * A problem.
         *
         * @param path the value path
         * @param message what is wrong
         */
        public Problem {
            Checks.notNull(path, "path");
            Checks.notNull(message, "message");
        }
    }

    /**
     * One expression parsed: the entry, when its template could be read, and the errors.
     *
     * @param entry what could be read; empty if the text is not a {@code {{ … }}} template
     * @param errors what could not be read; empty if the whole expression was understood
     */
    public record Parsed(Optional<Entry> entry, List<String> errors) {
        /**
         * A parse result.
         *
         * @param entry the entry
         * @param errors the errors
         */
        public Parsed {
            Checks.notNull(entry, "entry");
            errors = List.copyOf(errors);
        }
    }

    /** The types of a format's parts. */
    public enum Type {
        /** Any text, wire name {@code string}. */
        STRING,
        /** Any text that is secret, wire name {@code password}. */
        PASSWORD,
        /** {@code true} or {@code false}, wire name {@code boolean}. */
        BOOLEAN,
        /** A decimal number, wire name {@code number}. */
        NUMBER,
        /** One of the listed values {@code ${list:[A,B]}}, wire name {@code list}. */
        LIST,
        /** A version such as {@code 1.2.3} or {@code v1.2}, wire name {@code version}. */
        VERSION,
        /** An IPv4 address, wire name {@code ipv4}. */
        IPV4,
        /** An IPv4 CIDR block, wire name {@code ipv4cidr}. */
        IPV4CIDR,
        /** An IPv6 address, wire name {@code ipv6}. */
        IPV6,
        /** Padded base64 text, wire name {@code base64}. */
        BASE64;

        /** @return the name written in formats, e.g. {@code "ipv4cidr"} */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * The type written so in a format.
         *
         * @param wireName e.g. {@code "number"} (exact case)
         * @return the type, or empty
         */
        public static Optional<Type> fromWireName(String wireName) {
            return Arrays.stream(values()).filter(t -> t.wireName().equals(wireName)).findFirst();
        }

        /**
         * Whether a text is of this type (its range, allowed values and regex aside).
         *
         * @param text the text, e.g. {@code "10.0.0.0/16"}
         * @return true if it is; always true for string, password and list
         */
        public boolean accepts(String text) {
            Checks.notNull(text, "text");
            switch (this) {
                case BOOLEAN:
                    return ValueFormats.bool(text);
                case NUMBER:
                    return ValueFormats.number(text);
                case VERSION:
                    return ValueFormats.version(text);
                case IPV4:
                    return ValueFormats.ipv4(text);
                case IPV4CIDR:
                    return ValueFormats.ipv4Cidr(text);
                case IPV6:
                    return ValueFormats.ipv6(text);
                case BASE64:
                    return ValueFormats.base64(text);
                default:
                    return true;
            }
        }

        String describe() {
            switch (this) {
                case BOOLEAN:
                    return "a boolean (true or false)";
                case NUMBER:
                    return "a number";
                case VERSION:
                    return "a version such as 1.2.3";
                case IPV4:
                    return "an IPv4 address such as 10.0.0.1";
                case IPV4CIDR:
                    return "an IPv4 CIDR block such as 10.0.0.0/16";
                case IPV6:
                    return "an IPv6 address such as fd00::1";
                case BASE64:
                    return "base64 text such as aGVsbG8=";
                default:
                    return "text";
            }
        }

        @Override
        public String toString() {
            return wireName();
        }
    }

    /**
     * One part of a format: literal text, or a typed part {@code ${type…}} with at most one of a
     * regex, a range and a list of allowed values.
     */
    public static final class Part {
        private final String literal;
        private final Type type;
        private final SafeRegex regex;
        private final BigDecimal min;
        private final BigDecimal max;
        private final List<String> allowed;

        private Part(String literal, Type type, SafeRegex regex, BigDecimal min, BigDecimal max, List<String> allowed) {
            this.literal = literal;
            this.type = type;
            this.regex = regex;
            this.min = min;
            this.max = max;
            this.allowed = List.copyOf(allowed);
        }

        static Part literal(String text) {
            return new Part(text, null, null, null, null, List.of());
        }

        /** @return whether this part is literal text */
        public boolean isLiteral() {
            return literal != null;
        }

        /** @return the literal text, or empty for a typed part */
        public Optional<String> literal() {
            return Optional.ofNullable(literal);
        }

        /** @return the type, or empty for literal text */
        public Optional<Type> type() {
            return Optional.ofNullable(type);
        }

        /**
         * The regex of {@code ${type:/regex/}}, as written (RE2 syntax). Palette matches it as Go's
         * {@code MatchString} does — anywhere in the value unless anchored with {@code ^…$} — and so
         * does ProfileKit. Java's regex engine backtracks, so patterns RE2 would not accept
         * (backreferences, lookaround, atomic groups, possessive quantifiers) and repeated groups
         * holding a repetition ({@code (a+)+}) are refused as problems when parsed; matching reads
         * at most a fixed budget of characters and values over 4096 characters are not matched; in
         * both cases the check is reported as undecided.
         *
         * @return the regex, or empty
         */
        public Optional<String> regex() {
            return regex == null ? Optional.empty() : Optional.of(regex.source());
        }

        /**
         * The lower bound of {@code ${type:[min-max]}}: the value of a number, the length of text.
         *
         * @return the bound, or empty
         */
        public Optional<BigDecimal> min() {
            return Optional.ofNullable(min);
        }

        /**
         * The upper bound of {@code ${type:[min-max]}}: the value of a number, the length of text.
         *
         * @return the bound, or empty
         */
        public Optional<BigDecimal> max() {
            return Optional.ofNullable(max);
        }

        /** @return the allowed values of {@code ${type:[A,B]}}; empty if any value of the type is allowed */
        public List<String> allowed() {
            return allowed;
        }

        /** What a piece of a value fails to be, or null if it fits; UNDECIDED_PREFIX marks undecided. */
        String problem(String text) {
            if (!allowed.isEmpty()) {
                return allowed.contains(text) ? null : "not one of " + String.join(", ", allowed);
            }
            if (!type.accepts(text)) {
                return "not " + type.describe();
            }
            if (min != null) {
                BigDecimal size = type == Type.NUMBER ? new BigDecimal(text.startsWith("+") ? text.substring(1) : text)
                        : BigDecimal.valueOf(text.codePointCount(0, text.length()));
                if (size.compareTo(min) < 0 || size.compareTo(max) > 0) {
                    String range = min.toPlainString() + "-" + max.toPlainString();
                    return type == Type.NUMBER ? "not in the range " + range : "not " + range + " characters long";
                }
            }
            if (regex != null) {
                SafeRegex.Outcome o = regex.find(text);
                if (o == SafeRegex.Outcome.UNDECIDED) {
                    return UNDECIDED_PREFIX + "matching the regex /" + regex.source() + "/ needed more work than"
                            + " ProfileKit allows (or the value is over " + SafeRegex.MAX_VALUE_LENGTH + " characters)";
                }
                if (o == SafeRegex.Outcome.NO_MATCH) {
                    return "not matched by the regex /" + regex.source() + "/";
                }
            }
            return null;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Part)) {
                return false;
            }
            Part p = (Part) o;
            return Objects.equals(literal, p.literal) && type == p.type && Objects.equals(regex(), p.regex())
                    && Objects.equals(min, p.min) && Objects.equals(max, p.max) && allowed.equals(p.allowed);
        }

        @Override
        public int hashCode() {
            return Objects.hash(literal, type, allowed);
        }

        /** @return the part as written, e.g. {@code ${list:[A,B]}} */
        @Override
        public String toString() {
            if (literal != null) {
                return literal;
            }
            String detail = regex != null ? ":/" + regex.source() + "/"
                    : min != null ? ":[" + min.toPlainString() + "-" + max.toPlainString() + "]"
                    : !allowed.isEmpty() ? ":[" + String.join(",", allowed) + "]" : "";
            return "${" + type.wireName() + detail + "}";
        }
    }

    static final String UNDECIDED_PREFIX = "undecided: ";

    /** The result of checking a value against a format. */
    public record Check(Outcome outcome, String message) {
        /**
         * A check result.
         *
         * @param outcome valid, invalid or undecided
         * @param message what is wrong or why it could not be decided; empty when valid
         */
        public Check {
            Checks.notNull(outcome, "outcome");
            Checks.notNull(message, "message");
        }
    }

    /** The outcome of checking a value against a format. */
    public enum Outcome {
        /** The value fits. */
        VALID,
        /** The value breaks the format. */
        INVALID,
        /** The check would take too much work (a costly regex, a value too long to match). */
        UNDECIDED
    }

    /**
     * A format: literal text and typed parts, e.g. {@code ${string}/${string}:${version}}, which a
     * value must fit as a whole (each typed part takes the text between its literals).
     */
    public static final class Format {
        /** How many ways to split a value over the parts are tried before the check is undecided. */
        private static final int SPLIT_BUDGET = 10_000;

        private final String text;
        private final List<Part> parts;

        Format(String text, List<Part> parts) {
            this.text = text;
            this.parts = List.copyOf(parts);
        }

        /** @return the format as written, e.g. {@code ${number:[1-10]}} */
        public String text() {
            return text;
        }

        /** @return the parts, in order */
        public List<Part> parts() {
            return parts;
        }

        /**
         * Checks a value.
         *
         * @param value the value as text, e.g. {@code "3"} or {@code "NoSchedule"}
         * @return whether it fits, and if not, why
         */
        public Check check(String value) {
            Checks.notNull(value, "value");
            if (parts.size() == 1 && !parts.get(0).isLiteral()) {
                return result(parts.get(0).problem(value));
            }
            String[] firstProblem = new String[1];
            int[] budget = {SPLIT_BUDGET};
            Boolean fits = fits(value, 0, 0, firstProblem, budget);
            if (fits == null) {
                return new Check(Outcome.UNDECIDED, "the value can be split over " + text + " in too many ways"
                        + " to check");
            }
            if (fits) {
                return new Check(Outcome.VALID, "");
            }
            return firstProblem[0] != null && firstProblem[0].startsWith(UNDECIDED_PREFIX)
                    ? result(firstProblem[0])
                    : new Check(Outcome.INVALID, "not of the form " + text
                            + (firstProblem[0] == null ? "" : " (" + firstProblem[0] + ")"));
        }

        /**
         * What a value fails to be.
         *
         * @param value the value
         * @return e.g. {@code "not a number"}; empty if it fits or the check is undecided
         */
        public Optional<String> problem(String value) {
            Check c = check(value);
            return c.outcome() == Outcome.INVALID ? Optional.of(c.message()) : Optional.empty();
        }

        private static Check result(String problem) {
            if (problem == null) {
                return new Check(Outcome.VALID, "");
            }
            return problem.startsWith(UNDECIDED_PREFIX)
                    ? new Check(Outcome.UNDECIDED, problem.substring(UNDECIDED_PREFIX.length()))
                    : new Check(Outcome.INVALID, problem);
        }

        /** Whether value[from..] fits parts[index..]; null when the budget ran out. */
        private Boolean fits(String value, int from, int index, String[] firstProblem, int[] budget) {
            if (--budget[0] < 0) {
                return null;
            }
            if (index == parts.size()) {
                return from == value.length();
            }
            Part part = parts.get(index);
            if (part.isLiteral()) {
                return value.startsWith(part.literal, from)
                        ? fits(value, from + part.literal.length(), index + 1, firstProblem, budget) : Boolean.FALSE;
            }
            // The typed part ends where the next literal starts (or at the end, or anywhere before
            // another typed part).
            String next = index + 1 < parts.size() && parts.get(index + 1).isLiteral() ? parts.get(index + 1).literal
                    : null;
            boolean last = index + 1 == parts.size();
            for (int end = last ? value.length() : from; end <= value.length(); end++) {
                if (next != null) {
                    end = value.indexOf(next, end);
                    if (end < 0) {
                        break;
                    }
                }
                String problem = part.problem(value.substring(from, end));
                if (problem == null) {
                    Boolean rest = fits(value, end, index + 1, firstProblem, budget);
                    if (rest == null || rest) {
                        return rest;
                    }
                } else if (firstProblem[0] == null) {
                    firstProblem[0] = part + " is " + problem;
                }
                if (--budget[0] < 0) {
                    return null;
                }
            }
            return false;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Format && parts.equals(((Format) o).parts);
        }

        @Override
        public int hashCode() {
            return parts.hashCode();
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** The schema of one value path. */
    public static final class Entry {
        private final String path;
        private final String expression;
        private final boolean required;
        private final boolean readonly;
        private final Format format;
        private final List<String> hints;

        Entry(String path, String expression, boolean required, boolean readonly, Format format, List<String> hints) {
            this.path = path;
            this.expression = expression;
            this.required = required;
            this.readonly = readonly;
            this.format = format;
            this.hints = List.copyOf(hints);
        }

        /** @return the value path, e.g. {@code pack.namespace} */
        public String path() {
            return path;
        }

        /** @return the expression as written */
        public String expression() {
            return expression;
        }

        /** @return whether the value must be set and not empty */
        public boolean required() {
            return required;
        }

        /** @return whether the value must stay the pack's default */
        public boolean readonly() {
            return readonly;
        }

        /** @return the format, or empty if none was given (or it could not be read) */
        public Optional<Format> format() {
            return Optional.ofNullable(format);
        }

        /** @return the hints, in order */
        public List<String> hints() {
            return hints;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Entry)) {
                return false;
            }
            Entry e = (Entry) o;
            return path.equals(e.path) && required == e.required && readonly == e.readonly
                    && Objects.equals(format, e.format) && hints.equals(e.hints);
        }

        @Override
        public int hashCode() {
            return Objects.hash(path, required, readonly, format);
        }

        @Override
        public String toString() {
            return path + (required ? " required" : "") + (readonly ? " readonly" : "")
                    + (format == null ? "" : " format " + format);
        }
    }

    /** Reads one {@code {{ … }}} expression. */
    private static final class ExpressionParser {
        private final String path;
        private final String expression;
        private final List<String> errors = new ArrayList<>();
        private int pos;

        ExpressionParser(String path, String expression) {
            this.path = path;
            this.expression = expression;
        }

        Parsed parse() {
            String t = expression.strip();
            if (!t.startsWith("{{") || !t.endsWith("}}") || t.length() < 4) {
                return new Parsed(Optional.empty(), List.of("not a template of the form {{ required | format \"…\" }}: "
                        + quote(expression)));
            }
            String body = t.substring(2, t.length() - 2);
            if (body.startsWith("-")) {
                body = body.substring(1);
            }
            if (body.endsWith("-")) {
                body = body.substring(0, body.length() - 1);
            }
            List<List<String>> commands = commands(body);
            if (commands == null) {
                return new Parsed(Optional.empty(), errors);
            }
            boolean required = false;
            boolean readonly = false;
            Format format = null;
            List<String> hints = new ArrayList<>();
            for (List<String> c : commands) {
                if (c.isEmpty()) {
                    errors.add("empty command between pipes in " + quote(expression));
                    continue;
                }
                String name = c.get(0);
                List<String> args = c.subList(1, c.size());
                switch (name) {
                    case "required":
                    case "readonly":
                        if (!args.isEmpty()) {
                            errors.add(name + " takes no arguments");
                        }
                        if (name.equals("required")) {
                            required = true;
                        } else {
                            readonly = true;
                        }
                        break;
                    case "format":
                        if (args.size() != 1) {
                            errors.add("format takes one quoted argument, found " + args.size());
                        } else {
                            format = format(args.get(0));
                        }
                        break;
                    case "hints":
                        hints.addAll(args);
                        break;
                    default:
                        errors.add("unknown function " + quote(name) + " (ProfileKit knows required, readonly, format"
                                + " and hints)");
                }
            }
            return new Parsed(Optional.of(new Entry(path, expression, required, readonly, format, hints)), errors);
        }

        /** Splits the template body into commands of words; string arguments are unquoted. */
        private List<List<String>> commands(String body) {
            List<List<String>> commands = new ArrayList<>();
            List<String> current = new ArrayList<>();
            int i = 0;
            while (i < body.length()) {
                char c = body.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '|') {
                    commands.add(current);
                    current = new ArrayList<>();
                    i++;
                } else if (c == '"') {
                    StringBuilder sb = new StringBuilder();
                    int j = i + 1;
                    while (j < body.length() && body.charAt(j) != '"') {
                        char d = body.charAt(j);
                        if (d == '\\' && j + 1 < body.length()) {
                            char e = body.charAt(j + 1);
                            switch (e) {
                                case '"': sb.append('"'); break;
                                case '\\': sb.append('\\'); break;
                                case 'n': sb.append('\n'); break;
                                case 't': sb.append('\t'); break;
                                default: sb.append('\\').append(e);   // Go would refuse it; kept as written
                            }
                            j += 2;
                        } else {
                            sb.append(d);
                            j++;
                        }
                    }
                    if (j >= body.length()) {
                        errors.add("unterminated string in " + quote(expression));
                        return null;
                    }
                    current.add(sb.toString());
                    i = j + 1;
                } else if (c == '`') {
                    int end = body.indexOf('`', i + 1);
                    if (end < 0) {
                        errors.add("unterminated raw string in " + quote(expression));
                        return null;
                    }
                    current.add(body.substring(i + 1, end));
                    i = end + 1;
                } else {
                    int j = i;
                    while (j < body.length() && !Character.isWhitespace(body.charAt(j)) && body.charAt(j) != '|'
                            && body.charAt(j) != '"' && body.charAt(j) != '`') {
                        j++;
                    }
                    current.add(body.substring(i, j));
                    i = j;
                }
            }
            commands.add(current);
            return commands;
        }

        /** Parses a format's text; null (with errors) if a part cannot be read. */
        private Format format(String text) {
            List<Part> parts = new ArrayList<>();
            StringBuilder literal = new StringBuilder();
            int i = 0;
            while (i < text.length()) {
                if (!text.startsWith("${", i)) {
                    literal.append(text.charAt(i++));
                    continue;
                }
                int end = partEnd(text, i + 2);
                if (end < 0) {
                    errors.add("format " + quote(text) + ": ${ at index " + i + " is not closed by }");
                    return null;
                }
                if (literal.length() > 0) {
                    parts.add(Part.literal(literal.toString()));
                    literal.setLength(0);
                }
                Part p = part(text, text.substring(i + 2, end));
                if (p == null) {
                    return null;
                }
                parts.add(p);
                i = end + 1;
            }
            if (literal.length() > 0) {
                parts.add(Part.literal(literal.toString()));
            }
            if (parts.stream().allMatch(Part::isLiteral)) {
                errors.add("format " + quote(text) + " has no typed part such as ${string}");
                return null;
            }
            return new Format(text, parts);
        }

        /** The index of the '}' closing a part whose body starts at from; -1 if none. */
        private static int partEnd(String text, int from) {
            int colon = text.indexOf(':', from);
            int brace = text.indexOf('}', from);
            if (brace < 0) {
                return -1;
            }
            if (colon < 0 || colon > brace) {
                return brace;
            }
            if (colon + 1 < text.length() && text.charAt(colon + 1) == '/') {
                // A regex: up to the first unescaped "/}".
                int j = colon + 2;
                while (j < text.length() - 1) {
                    if (text.charAt(j) == '\\') {
                        j += 2;
                        continue;
                    }
                    if (text.charAt(j) == '/' && text.charAt(j + 1) == '}') {
                        return j + 1;
                    }
                    j++;
                }
                return -1;
            }
            if (colon + 1 < text.length() && text.charAt(colon + 1) == '[') {
                int close = text.indexOf("]}", colon);
                return close < 0 ? -1 : close + 1;
            }
            return brace;
        }

        private Part part(String format, String body) {
            int colon = body.indexOf(':');
            String typeName = colon < 0 ? body : body.substring(0, colon);
            Optional<Type> type = Type.fromWireName(typeName.strip());
            if (type.isEmpty()) {
                errors.add("format " + quote(format) + ": unknown type " + quote(typeName) + " (ProfileKit knows "
                        + Arrays.stream(Type.values()).map(Type::wireName).reduce((a, b) -> a + ", " + b).orElse("")
                        + ")");
                return null;
            }
            Type t = type.get();
            if (colon < 0) {
                if (t == Type.LIST) {
                    errors.add("format " + quote(format) + ": ${list} needs its values, e.g. ${list:[A,B]}");
                    return null;
                }
                return new Part(null, t, null, null, null, List.of());
            }
            String detail = body.substring(colon + 1);
            if (detail.length() >= 2 && detail.startsWith("/") && detail.endsWith("/")) {
                SafeRegex.Result r = SafeRegex.compile(detail.substring(1, detail.length() - 1));
                if (r.error().isPresent()) {
                    errors.add("format " + quote(format) + ": the regex " + quote(detail) + " "
                            + r.error().get() + "; the regex is not checked");
                    return new Part(null, t, null, null, null, List.of());
                }
                return new Part(null, t, r.regex().get(), null, null, List.of());
            }
            if (detail.length() >= 2 && detail.startsWith("[") && detail.endsWith("]")) {
                String inside = detail.substring(1, detail.length() - 1);
                if (t != Type.LIST && inside.indexOf(',') < 0) {
                    int dash = inside.indexOf('-', 1);
                    if (dash > 0) {
                        try {
                            BigDecimal min = new BigDecimal(inside.substring(0, dash).strip());
                            BigDecimal max = new BigDecimal(inside.substring(dash + 1).strip());
                            if (t != Type.NUMBER && t != Type.STRING && t != Type.PASSWORD) {
                                errors.add("format " + quote(format) + ": a range applies to number, string and"
                                        + " password, not " + t.wireName());
                                return null;
                            }
                            if (min.compareTo(max) > 0) {
                                errors.add("format " + quote(format) + ": the range " + inside + " is empty");
                                return null;
                            }
                            return new Part(null, t, null, min, max, List.of());
                        } catch (NumberFormatException e) {
                            // not a range: a list of one value
                        }
                    }
                }
                List<String> allowed = new ArrayList<>();
                for (String a : inside.split(",", -1)) {
                    allowed.add(a.strip());
                }
                if (allowed.stream().anyMatch(String::isEmpty)) {
                    errors.add("format " + quote(format) + ": an empty value in " + quote(detail));
                    return null;
                }
                return new Part(null, t, null, null, null, allowed);
            }
            errors.add("format " + quote(format) + ": " + quote(detail) + " after the type is neither /regex/,"
                    + " [min-max] nor [A,B]");
            return null;
        }

        private static String quote(String s) {
            String shown = s.length() > 200 ? s.substring(0, 200) + "…" : s;
            return "\"" + shown.replace("\n", "\\n") + "\"";
        }
    }
}
