package io.profilekit.validation.internal;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the rules read from a layer's values beyond their well-formedness: the Palette macros
 * ({@code {{ .spectro.var.X }}}, {@code {{ .spectro.system.X }}}, {@code {{ .spectro.pack.P.… }}})
 * in scalar values, each with its key path and line, and the settings directly under the top-level
 * {@code pack:} mapping (install priority, display name), in block or flow style. Walks
 * snakeyaml-engine's events as {@link ValuesYamlCheck} does (nothing is constructed, aliases are
 * not expanded); values that do not parse give an empty scan (ValuesYamlRule reports them).
 * Results are a pure function of the text and are remembered for recently seen texts in a bounded,
 * thread-safe map. Internal: not part of ProfileKit's API.
 */
final class ValuesScan {
    /** The macros Palette documents under {@code .spectro.system} (LIB {@code pack-constraints.md}). */
    static final List<String> SYSTEM_MACROS = List.of("user.name", "user.uid", "user.email", "tenant.uid",
            "project.name", "project.uid", "clusterprofile.name", "clusterprofile.uid", "clusterprofile.version",
            "cluster.name", "cluster.uid", "cloudaccount.name", "cloudaccount.uid", "kubernetes.version",
            "reverseproxy.server", "reverseproxy.port", "reverseproxy.protocol", "reverseproxy.vhostport",
            "cloud.type", "cloud.region", "clusterprofile.infra.name", "clusterprofile.infra.uid",
            "clusterprofile.infra.version", "cluster.kubevip");

    private static final LoadSettings SETTINGS = LoadSettings.builder().setUseMarks(true)
            .setCodePointLimit(Integer.MAX_VALUE).build();
    private static final Pattern MACRO = Pattern.compile("\\.spectro\\.(var|system|pack)\\.([\\p{L}\\p{N}_-]+(?:\\.[\\p{L}\\p{N}_-]+)*)");
    private static final int MEMO_ENTRIES = 256;
    private static final int MEMO_MAX_CHARS = 16 * 1024;
    private static final Map<String, ValuesScan> MEMO = new ConcurrentHashMap<>();
    private static final ValuesScan EMPTY = new ValuesScan(List.of(), Map.of());

    /** A kind of macro. */
    enum Kind {
        /** {@code .spectro.var.<name>}. */
        VAR,
        /** {@code .spectro.system.<name>}. */
        SYSTEM,
        /** {@code .spectro.pack.<pack>.<path>}. */
        PACK
    }

    /**
     * One macro found in values.
     *
     * @param kind var, system or pack
     * @param name the variable's name, the system macro's dotted name, or the pack's name
     * @param text the whole reference as written, e.g. {@code .spectro.pack.kubernetes.version}
     * @param keyPath the key path of the value holding it, e.g. {@code manifests.app.replicas}
     * @param line the 1-based line inside the values
     */
    record Macro(Kind kind, String name, String text, String keyPath, int line) {
    }

    /**
     * A setting under {@code pack:}.
     *
     * @param value its text
     * @param line its 1-based line inside the values
     */
    record Setting(String value, int line) {
    }

    private final List<Macro> macros;
    private final Map<String, Setting> packSettings;

    private ValuesScan(List<Macro> macros, Map<String, Setting> packSettings) {
        this.macros = List.copyOf(macros);
        this.packSettings = Map.copyOf(packSettings);
    }

    /** @return the macros, in the order they appear */
    List<Macro> macros() {
        return macros;
    }

    /** @return the scalar settings directly under the top-level {@code pack:} mapping, by key */
    Map<String, Setting> packSettings() {
        return packSettings;
    }

    /**
     * Scans values.
     *
     * @param values the values text
     * @return what they hold; empty if they are blank or do not parse
     */
    static ValuesScan of(String values) {
        if (values.isBlank() || values.indexOf("{{") < 0 && values.indexOf("pack") < 0) {
            return EMPTY;   // no macro, no pack: mapping: nothing to find, no need to parse
        }
        if (values.length() > MEMO_MAX_CHARS) {
            return scan(values);
        }
        ValuesScan known = MEMO.get(values);
        if (known != null) {
            return known;
        }
        ValuesScan found = scan(values);
        if (MEMO.size() >= MEMO_ENTRIES) {
            MEMO.clear();
        }
        MEMO.put(values, found);
        return found;
    }

    /** A mapping or list being walked. */
    private static final class Frame {
        final String segment;   // how the parent names this node ("" for the root)
        final boolean map;
        boolean awaitingKey;
        String key;
        int index;

        Frame(String segment, boolean map) {
            this.segment = segment;
            this.map = map;
            this.awaitingKey = map;
        }

        /** The segment of the child about to come. */
        String child() {
            return map ? key : "[" + index + "]";
        }

        /** A child was completed. */
        void advance() {
            if (map) {
                awaitingKey = !awaitingKey;
            } else {
                index++;
            }
        }
    }

    private static ValuesScan scan(String values) {
        String text = values.startsWith("\uFEFF") ? values.substring(1) : values;
        ParserImpl parser = new ParserImpl(SETTINGS, new StreamReader(SETTINGS, new StringReader(text)));
        Collector collector = new Collector(text);
        try {
            while (parser.hasNext()) {
                collector.accept(parser.next());
            }
        } catch (YamlEngineException | IllegalStateException | java.util.NoSuchElementException ex) {
            collector.failed();
        }
        return collector.result();
    }

    /**
     * Whether {@link #of} parses a values text and remembers what it finds: a text another pass over
     * its events (the values-YAML check) may hand its scan to, with {@link #remember}.
     *
     * @param values the values text
     * @return true if {@code of} would parse and remember it, and has not yet
     */
    static boolean wanted(String values) {
        return !values.isBlank() && (values.indexOf("{{") >= 0 || values.indexOf("pack") >= 0)
                && values.length() <= MEMO_MAX_CHARS && !MEMO.containsKey(values);
    }

    /**
     * Remembers what a pass over all of a text's events found, as {@link #of} would have found it.
     *
     * @param values the values text
     * @param collector the collector that was given every event of the text, in order
     */
    static void remember(String values, Collector collector) {
        if (values.length() > MEMO_MAX_CHARS) {
            return;
        }
        if (MEMO.size() >= MEMO_ENTRIES) {
            MEMO.clear();
        }
        MEMO.put(values, collector.result());
    }

    /** Forgets every remembered scan (for tests). */
    static void forget() {
        MEMO.clear();
    }

    /**
     * Gathers a scan from a text's events, given one by one in order (by {@link #scan}, or by the
     * values-YAML check's own pass over the same events). Not thread-safe: one per pass.
     */
    static final class Collector {
        private final String text;
        private final Deque<Frame> open = new ArrayDeque<>();
        private final Map<String, Setting> pack = new LinkedHashMap<>();
        private final boolean macrosIn;
        private final java.util.TreeMap<Integer, String> valueLines = new java.util.TreeMap<>();

        /**
         * @param text the values text, without a byte-order mark
         */
        Collector(String text) {
            this.text = text;
            this.macrosIn = text.contains("{{");
        }

        /**
         * Takes the next event.
         *
         * @param e the event
         */
        void accept(Event e) {
            switch (e.getEventId()) {
                case MappingStart:
                case SequenceStart: {
                    Frame parent = open.peek();
                    if (macrosIn && parent != null && !(parent.map && parent.awaitingKey)) {
                        int line = e.getStartMark().map(m -> m.getLine() + 1).orElse(0);
                        record(valueLines, line, keyPath(open));
                    }
                    String segment = parent == null ? "" : parent.child();
                    open.push(new Frame(segment == null ? "?" : segment, e.getEventId() == Event.ID.MappingStart));
                    break;
                }
                case MappingEnd:
                case SequenceEnd:
                    open.pop();
                    if (open.peek() != null) {
                        open.peek().advance();
                    }
                    break;
                case Scalar: {
                    ScalarEvent s = (ScalarEvent) e;
                    Frame parent = open.peek();
                    if (parent != null && parent.map && parent.awaitingKey) {
                        parent.key = s.getValue();
                    } else {
                        scalar(s, open, pack);
                        if (macrosIn) {
                            record(valueLines, s.getStartMark().map(m -> m.getLine() + 1).orElse(0), keyPath(open));
                        }
                    }
                    if (parent != null) {
                        parent.advance();
                    }
                    break;
                }
                case Alias:
                    if (open.peek() != null) {
                        if (open.peek().map && open.peek().awaitingKey) {
                            open.peek().key = "*";
                        }
                        open.peek().advance();
                    }
                    break;
                case DocumentStart:
                    open.clear();
                    break;
                default:
                    break;
            }
        }

        /**
         * The text did not parse: values that do not parse as YAML are reported by the values-YAML
         * rule; their macros are still found, without key paths.
         */
        void failed() {
            pack.clear();
            valueLines.clear();
        }

        /** @return what the events given found */
        ValuesScan result() {
            List<Macro> macros = macrosIn ? macros(text, valueLines) : List.of();
            return macros.isEmpty() && pack.isEmpty() ? EMPTY : new ValuesScan(macros, pack);
        }
    }

    /**
     * Notes the key path of a value starting on a line: the innermost value of the line wins,
     * unless it sits under a key that is not text (an unquoted {@code {{…}}} reads as one).
     */
    private static void record(java.util.TreeMap<Integer, String> valueLines, int line, String path) {
        if (!valueLines.containsKey(line) || !(path.equals("?") || path.contains(".?") || path.startsWith("?."))) {
            valueLines.put(line, path);
        }
    }

    /**
     * The macros of values, found in their text as Palette finds them (it renders macros before it
     * reads the YAML, so {@code replicas: {{.spectro.var.replicas}}} is a macro, not a flow
     * mapping), each with its line and the key path of the value that starts at or before it.
     */
    private static List<Macro> macros(String text, java.util.TreeMap<Integer, String> valueLines) {
        List<Macro> macros = new ArrayList<>();
        int line = 1;
        int counted = 0;
        int open = text.indexOf("{{");
        // Found by hand, not by a lazy regex: an unclosed "{{" must not make the scan quadratic.
        while (open >= 0) {
            int close = text.indexOf("}}", open + 2);
            if (close < 0) {
                break;
            }
            line += count(text, counted, open);
            counted = open;
            Map.Entry<Integer, String> value = valueLines.floorEntry(line);
            String keyPath = value == null ? "" : value.getValue();
            Matcher m = MACRO.matcher(text.substring(open + 2, close));
            while (m.find()) {
                Kind kind = Kind.valueOf(m.group(1).toUpperCase(java.util.Locale.ROOT));
                String name = m.group(2);
                if (kind != Kind.SYSTEM) {
                    int dot = name.indexOf('.');
                    name = dot < 0 ? name : name.substring(0, dot);
                }
                macros.add(new Macro(kind, name, m.group(), keyPath, line));
            }
            open = text.indexOf("{{", close + 2);
        }
        return macros;
    }

    private static void scalar(ScalarEvent s, Deque<Frame> open, Map<String, Setting> pack) {
        if (open.size() == 2) {
            Frame parent = open.peek();
            Frame root = open.peekLast();
            if (parent.map && root.map && "pack".equals(parent.segment) && parent.key != null) {
                int line = s.getStartMark().map(m -> m.getLine() + 1).orElse(0);
                pack.putIfAbsent(parent.key, new Setting(s.getValue(), line));
            }
        }
    }

    /** Line breaks as the YAML parser counts them: LF, CR not before LF, NEL, LS and PS. */
    private static int count(String text, int from, int end) {
        int n = 0;
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029'
                    || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                n++;
            }
        }
        return n;
    }

    private static String keyPath(Deque<Frame> open) {
        StringBuilder sb = new StringBuilder();
        List<Frame> frames = new ArrayList<>(open);
        for (int i = frames.size() - 1; i >= 0; i--) {
            Frame f = frames.get(i);
            if (i < frames.size() - 1) {
                append(sb, f.segment);
            }
        }
        Frame parent = open.peek();
        if (parent != null) {
            append(sb, parent.child());
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, String segment) {
        String s = segment == null ? "?" : segment;
        if (s.startsWith("[")) {
            sb.append(s);
        } else {
            sb.append(sb.length() == 0 ? "" : ".").append(s);
        }
    }
}
