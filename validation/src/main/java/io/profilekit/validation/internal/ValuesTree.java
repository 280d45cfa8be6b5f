package io.profilekit.validation.internal;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every value of a values YAML by its key path ({@code a.b[0].c}), with its kind, text, line and
 * column, read from snakeyaml-engine's events as {@link ValuesScan} reads them (nothing is
 * constructed, aliases are not expanded; only the first document is read). Values that do not parse
 * give an empty tree. Internal: not part of ProfileKit's API.
 */
final class ValuesTree {
    private static final LoadSettings SETTINGS = LoadSettings.builder().setUseMarks(true)
            .setCodePointLimit(Integer.MAX_VALUE).build();

    /** A kind of value. */
    enum Kind {
        SCALAR, MAPPING, SEQUENCE, ALIAS
    }

    /**
     * One value.
     *
     * @param kind its kind
     * @param text a scalar's text; for a flow collection its source text (Palette renders
     *        {@code key: {{ .spectro.var.x }}} before reading YAML); otherwise empty
     * @param empty whether it is null, an empty string, or an empty collection
     * @param line its 1-based line
     * @param column its 1-based column
     */
    record Value(Kind kind, String text, boolean empty, int line, int column) {
    }

    private final Map<String, Value> values;

    private ValuesTree(Map<String, Value> values) {
        this.values = values;
    }

    /** @return the values by key path, in document order; the root has path "" */
    Map<String, Value> values() {
        return values;
    }

    /** @return the value at a key path */
    Optional<Value> at(String path) {
        return Optional.ofNullable(values.get(path));
    }

    /** The scalars under a path (itself included), by their path relative to it. */
    Map<String, String> scalarsUnder(String path) {
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<String, Value> e : values.entrySet()) {
            String p = e.getKey();
            boolean under = p.equals(path) || path.isEmpty() || p.startsWith(path + ".") || p.startsWith(path + "[");
            if (under && e.getValue().kind() != Kind.MAPPING && e.getValue().kind() != Kind.SEQUENCE) {
                out.put(p.substring(path.length()), e.getValue().kind() == Kind.SCALAR && e.getValue().empty() ? ""
                        : e.getValue().text());
            }
        }
        return out;
    }

    /** The schema form of a key path: list indexes become {@code .$[]}. */
    static String schemaPath(String path) {
        return path.replaceAll("\\[\\d+]", ".\\$[]");
    }

    /** A mapping or sequence being walked. */
    private static final class Frame {
        final String path;
        final boolean map;
        boolean awaitingKey;
        String key;
        int index;
        int children;

        Frame(String path, boolean map) {
            this.path = path;
            this.map = map;
            this.awaitingKey = map;
        }

        String child() {
            String segment = map ? (key == null ? "?" : key) : "[" + index + "]";
            return map ? (path.isEmpty() ? segment : path + "." + segment) : path + segment;
        }

        void advance() {
            if (map) {
                awaitingKey = !awaitingKey;
                if (awaitingKey) {
                    children++;
                }
            } else {
                index++;
                children++;
            }
        }
    }

    /**
     * Reads values.
     *
     * @param text the values YAML
     * @return the tree; empty if the text is blank or does not parse
     */
    static ValuesTree of(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Map<String, Value> values = new LinkedHashMap<>();
        if (t.isBlank()) {
            return new ValuesTree(values);
        }
        ParserImpl parser = new ParserImpl(SETTINGS, new StreamReader(SETTINGS, new StringReader(t)));
        Deque<Frame> open = new ArrayDeque<>();
        Deque<int[]> flowStarts = new ArrayDeque<>();
        boolean documentSeen = false;
        try {
            while (parser.hasNext()) {
                Event e = parser.next();
                switch (e.getEventId()) {
                    case DocumentStart:
                        if (documentSeen) {
                            return new ValuesTree(values);
                        }
                        documentSeen = true;
                        break;
                    case MappingStart:
                    case SequenceStart: {
                        Frame parent = open.peek();
                        boolean map = e.getEventId() == Event.ID.MappingStart;
                        if (parent != null && parent.map && parent.awaitingKey) {
                            // A collection as a key (an unquoted {{…}} reads as one): walked, not kept.
                            parent.key = "?";
                            open.push(new Frame("?", map));
                            flowStarts.push(new int[] {-1});
                            break;
                        }
                        String path = parent == null ? "" : parent.child();
                        boolean flow = ((CollectionStartEvent) e).getFlowStyle() == FlowStyle.FLOW;
                        flowStarts.push(new int[] {flow ? e.getStartMark().map(Mark::getIndex).orElse(-1) : -1});
                        values.put(path, new Value(map ? Kind.MAPPING : Kind.SEQUENCE, "", true, line(e), column(e)));
                        open.push(new Frame(path, map));
                        break;
                    }
                    case MappingEnd:
                    case SequenceEnd: {
                        Frame closed = open.pop();
                        int start = flowStarts.pop()[0];
                        Value v = values.get(closed.path);
                        if (v != null && !"?".equals(closed.path)) {
                            String source = "";
                            int end = e.getEndMark().map(Mark::getIndex).orElse(-1);
                            if (start >= 0 && end > start && end <= t.length()) {
                                source = t.substring(start, end);
                            }
                            values.put(closed.path, new Value(v.kind(), source, closed.children == 0, v.line(),
                                    v.column()));
                        }
                        if (open.peek() != null) {
                            open.peek().advance();
                        }
                        break;
                    }
                    case Scalar: {
                        ScalarEvent s = (ScalarEvent) e;
                        Frame parent = open.peek();
                        if (parent != null && parent.map && parent.awaitingKey) {
                            parent.key = s.getValue();
                        } else {
                            String path = parent == null ? "" : parent.child();
                            boolean plain = s.getScalarStyle() == ScalarStyle.PLAIN;
                            String v = s.getValue();
                            boolean empty = v.isEmpty() || plain && (v.equals("~") || v.equals("null")
                                    || v.equals("Null") || v.equals("NULL"));
                            if (parent == null || !parent.path.equals("?")) {
                                values.put(path, new Value(Kind.SCALAR, v, empty, line(e), column(e)));
                            }
                        }
                        if (parent != null) {
                            parent.advance();
                        }
                        break;
                    }
                    case Alias: {
                        Frame parent = open.peek();
                        if (parent != null) {
                            if (parent.map && parent.awaitingKey) {
                                parent.key = "*";
                            } else {
                                values.put(parent.child(), new Value(Kind.ALIAS, "", false, line(e), column(e)));
                            }
                            parent.advance();
                        }
                        break;
                    }
                    default:
                        break;
                }
            }
        } catch (YamlEngineException | IllegalStateException | java.util.NoSuchElementException ex) {
            values.clear();   // the values-YAML rule reports values that do not parse
        }
        return new ValuesTree(values);
    }

    private static int line(Event e) {
        return e.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    private static int column(Event e) {
        return e.getStartMark().map(m -> m.getColumn() + 1).orElse(0);
    }
}
