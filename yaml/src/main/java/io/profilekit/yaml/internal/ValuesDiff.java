package io.profilekit.yaml.internal;

import io.profilekit.yaml.ProfileParseException;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.events.CommentEvent;
import org.snakeyaml.engine.v2.events.Event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Compares two values texts as YAML: the keys whose values differ, by path, with the old and new
 * value; and, when no value differs but the text does, whether comments changed or only the
 * formatting. Internal: not part of ProfileKit's API.
 */
public final class ValuesDiff {
    /** The longest rendering of a value; longer ones are cut with an ellipsis. */
    static final int MAX_RENDERED = 200;
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_/][A-Za-z0-9 _./@+=:-]*");
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_/@+=:-]+");
    private static final Pattern NOT_TEXT = Pattern.compile(
            "(?i)[-+]?[0-9][0-9_.eE+-]*|true|false|yes|no|on|off|null|~|[-+]?\\.inf|\\.nan");

    private ValuesDiff() {
    }

    /**
     * One value that differs.
     *
     * @param path the key path, e.g. {@code pack.podCIDR} or {@code charts.x.items[2]}; empty for the
     *     whole values
     * @param before the old value, rendered in one line; empty if the key was added
     * @param after the new value, rendered in one line; empty if the key was removed
     */
    public record Entry(String path, Optional<String> before, Optional<String> after) {
        /**
         * Checks the components.
         *
         * @param path the key path
         * @param before the old value
         * @param after the new value
         */
        public Entry {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }
    }

    /** What differs between two values texts. */
    public enum Outcome {
        /** The texts are equal. */
        SAME,
        /** Values differ: see the entries. */
        VALUES,
        /** No value differs; comments do (formatting may too). */
        COMMENTS,
        /** No value and no comment differs; only the formatting (spacing, quoting, order of keys…). */
        FORMATTING,
        /** A text is not well-formed YAML, so the texts were compared as text. */
        UNREADABLE
    }

    /**
     * The result.
     *
     * @param outcome what differs
     * @param entries the values that differ (for {@link Outcome#VALUES})
     * @param problem why a text could not be read (for {@link Outcome#UNREADABLE})
     */
    public record Result(Outcome outcome, List<Entry> entries, Optional<String> problem) {
        /**
         * Checks and copies the components.
         *
         * @param outcome what differs
         * @param entries the values that differ
         * @param problem why a text could not be read
         */
        public Result {
            Objects.requireNonNull(outcome, "outcome");
            entries = List.copyOf(entries);
            Objects.requireNonNull(problem, "problem");
        }
    }

    /**
     * Compares two values texts.
     *
     * @param before the old values
     * @param after the new values
     * @return what differs
     */
    public static Result compare(String before, String after) {
        if (before.equals(after)) {
            return new Result(Outcome.SAME, List.of(), Optional.empty());
        }
        List<Node> a;
        List<Node> b;
        try {
            a = ValuesYaml.read(before, "old values");
            b = ValuesYaml.read(after, "new values");
        } catch (ProfileParseException e) {
            return new Result(Outcome.UNREADABLE, List.of(), Optional.of(e.getMessage()));
        }
        List<Entry> out = new ArrayList<>();
        int n = Math.max(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            Node x = i < a.size() ? a.get(i) : null;
            Node y = i < b.size() ? b.get(i) : null;
            compare(n > 1 ? "[document " + (i + 1) + "]" : "", x, y, out);
        }
        if (!out.isEmpty()) {
            return new Result(Outcome.VALUES, out, Optional.empty());
        }
        boolean comments = !comments(before).equals(comments(after));
        return new Result(comments ? Outcome.COMMENTS : Outcome.FORMATTING, List.of(), Optional.empty());
    }

    private static void compare(String path, Node a, Node b, List<Entry> out) {
        if (a == null && b == null) {
            return;
        }
        if (a == null || b == null) {
            out.add(new Entry(path, Optional.ofNullable(a).map(ValuesDiff::render),
                    Optional.ofNullable(b).map(ValuesDiff::render)));
            return;
        }
        if (a instanceof Node.MapNode && b instanceof Node.MapNode) {
            Map<String, Node.Entry> x = ((Node.MapNode) a).entries();
            Map<String, Node.Entry> y = ((Node.MapNode) b).entries();
            Set<String> keys = new LinkedHashSet<>(x.keySet());
            keys.addAll(y.keySet());
            for (String key : keys) {
                Node.Entry ex = x.get(key);
                Node.Entry ey = y.get(key);
                compare(child(path, key), ex == null ? null : ex.value(), ey == null ? null : ey.value(), out);
            }
        } else if (a instanceof Node.ListNode && b instanceof Node.ListNode) {
            List<Node> x = ((Node.ListNode) a).items();
            List<Node> y = ((Node.ListNode) b).items();
            for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
                compare(path + "[" + i + "]", i < x.size() ? x.get(i) : null, i < y.size() ? y.get(i) : null, out);
            }
        } else if (!same(a, b)) {
            out.add(new Entry(path, Optional.of(render(a)), Optional.of(render(b))));
        }
    }

    private static boolean same(Node a, Node b) {
        if (a instanceof Node.ScalarNode && b instanceof Node.ScalarNode) {
            Node.ScalarNode x = (Node.ScalarNode) a;
            Node.ScalarNode y = (Node.ScalarNode) b;
            return x.kind() == y.kind() && x.text().equals(y.text());
        }
        return false;
    }

    private static String child(String path, String key) {
        String part = PLAIN_KEY.matcher(key).matches() ? key : "[" + quote(key) + "]";
        return path.isEmpty() || part.startsWith("[") ? path + part : path + "." + part;
    }

    /**
     * A value in one line: a scalar as YAML would show it (text quoted where it would otherwise read
     * as something else or holds special characters), a mapping or list in flow style.
     *
     * @param node the value
     * @return the rendering, at most {@value #MAX_RENDERED} characters
     */
    static String render(Node node) {
        StringBuilder sb = new StringBuilder();
        render(node, sb);
        return sb.length() > MAX_RENDERED ? sb.substring(0, MAX_RENDERED - 1) + "…" : sb.toString();
    }

    private static void render(Node node, StringBuilder sb) {
        if (sb.length() > MAX_RENDERED) {
            return;
        }
        if (node instanceof Node.MapNode) {
            sb.append('{');
            boolean first = true;
            for (Node.Entry e : ((Node.MapNode) node).entries().values()) {
                sb.append(first ? "" : ", ").append(PLAIN.matcher(e.key()).matches() ? e.key() : quote(e.key())).append(": ");
                render(e.value(), sb);
                first = false;
            }
            sb.append('}');
        } else if (node instanceof Node.ListNode) {
            sb.append('[');
            boolean first = true;
            for (Node item : ((Node.ListNode) node).items()) {
                sb.append(first ? "" : ", ");
                render(item, sb);
                first = false;
            }
            sb.append(']');
        } else {
            Node.ScalarNode s = (Node.ScalarNode) node;
            if (s.kind() == Node.ScalarKind.NULL) {
                sb.append("null");
            } else if (s.kind() != Node.ScalarKind.STRING
                    || (PLAIN.matcher(s.text()).matches() && !NOT_TEXT.matcher(s.text()).matches()
                    && !s.text().endsWith(" ") && !s.text().contains(": "))) {
                sb.append(s.text());
            } else {
                sb.append(quote(s.text()));
            }
        }
    }

    /** Double-quoted, with backslash escapes for quotes, backslashes and control characters. */
    static String quote(String text) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"':
                    sb.append("\\\"");
                    break;
                case '\\':
                    sb.append("\\\\");
                    break;
                case '\n':
                    sb.append("\\n");
                    break;
                case '\t':
                    sb.append("\\t");
                    break;
                case '\r':
                    sb.append("\\r");
                    break;
                default:
                    if (c < 0x20) {
                        sb.append(String.format(java.util.Locale.ROOT, "\\x%02X", (int) c));
                    } else {
                        sb.append(c);
                    }
            }
        }
        return sb.append('"').toString();
    }

    /**
     * The comments of a values text, in order, each stripped. Read by snakeyaml-engine with comment
     * parsing on; should that parser refuse a text the tree reader took, the lines' {@code #} parts
     * outside quotes stand in.
     */
    static List<String> comments(String text) {
        List<String> out = new ArrayList<>();
        try {
            LoadSettings settings = LoadSettings.builder().setParseComments(true).setAllowDuplicateKeys(true).build();
            ParserImpl parser = new ParserImpl(settings, new StreamReader(settings, text));
            while (parser.hasNext()) {
                Event e = parser.next();
                if (e instanceof CommentEvent) {
                    String value = ((CommentEvent) e).getValue().strip();
                    if (!value.isEmpty()) {
                        out.add(value);
                    }
                }
            }
            return out;
        } catch (RuntimeException e) {
            out.clear();
            for (String line : text.split("\n", -1)) {
                lineComment(line).ifPresent(out::add);
            }
            return out;
        }
    }

    private static Optional<String> lineComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                String value = line.substring(i + 1).strip();
                return value.isEmpty() ? Optional.empty() : Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
