package io.profilekit.yaml.internal;

import io.profilekit.registry.PackPreset;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Applies pack presets to values YAML as Palette does — for each chosen preset in order, its
 * {@code remove} paths are removed, then its {@code add} YAML is merged in (mappings merged deeply;
 * scalars and lists replaced) — by editing the text where it changes: a removed entry's lines are
 * cut, a replaced value is swapped for the preset's own text of it, a new entry is pasted (with its
 * comments) after its last sibling. Everything else, comments and blank lines included, stays byte
 * for byte.
 *
 * <p>Every edit is checked against the same operations done on the loaded data; when the text
 * cannot be edited in place (flow collections such as {@code {a: 1}} on the way, keys that do not
 * start their line, anchors in a removed part), or the edited text does not load to the expected
 * data, the whole values are written afresh from the data (correct, but comments are lost).
 * Internal: not part of ProfileKit's API.
 */
public final class PresetEdits {
    private static final int MAX_ALIASES = 10_000;

    private PresetEdits() {
    }

    /** An edit that the text's shape does not allow; the values are then written afresh. */
    private static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported(String why) {
            super(why, null, false, false);
        }
    }

    /**
     * The values with the presets applied.
     *
     * @param values the values YAML
     * @param presets the presets, in the order they are applied
     * @return the effective values YAML
     * @throws IllegalArgumentException if the values or a preset's {@code add} is not valid YAML
     */
    public static String apply(String values, List<PackPreset> presets) {
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(presets, "presets");
        Object model = load(values, "values");
        for (PackPreset p : presets) {
            for (String path : p.remove()) {
                model = removeModel(model, path);
            }
            if (!p.add().isBlank()) {
                model = mergeModel(model, load(p.add(), "preset '" + p.name() + "' add"));
            }
        }
        String text = values;
        try {
            for (PackPreset p : presets) {
                for (String path : p.remove()) {
                    text = remove(text, path);
                }
                if (!p.add().isBlank()) {
                    text = merge(text, p.add());
                }
            }
            if (normalize(load(text, "values")).equals(normalize(model))) {
                return text;
            }
        } catch (Unsupported | YamlEngineException | IllegalArgumentException e) {
            // written afresh below
        }
        return dump(model);
    }

    /**
     * The value at a dotted path of values YAML.
     *
     * @param values the values YAML
     * @param path a dotted path, e.g. {@code charts.app.resources.requests.cpu}
     * @return the value (a string, number, boolean, list or map), or empty if there is none
     * @throws IllegalArgumentException if the values are not valid YAML
     */
    public static Optional<Object> valueAt(String values, String path) {
        return valueAt(load(values, "values"), path);
    }

    /**
     * The value at a dotted path of loaded values.
     *
     * @param model loaded values
     * @param path a dotted path; a key that itself holds dots is found too
     * @return the value, or empty
     */
    public static Optional<Object> valueAt(Object model, String path) {
        String[] segs = path.split("\\.", -1);
        Object node = model;
        int i = 0;
        while (i < segs.length) {
            if (!(node instanceof Map)) {
                return Optional.empty();
            }
            Map<?, ?> map = (Map<?, ?>) node;
            int j = keyEnd(map, segs, i);
            if (j < 0) {
                return Optional.empty();
            }
            node = entryValue(map, join(segs, i, j));
            i = j;
        }
        return Optional.ofNullable(node);
    }

    // ---- the data ----

    /**
     * Loads YAML as data.
     *
     * @param text YAML text
     * @param what for messages
     * @return the data; null for an empty document
     * @throws IllegalArgumentException if the text is not valid YAML
     */
    public static Object load(String text, String what) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try {
            return new Load(LoadSettings.builder().setMaxAliasesForCollections(MAX_ALIASES)
                    .setCodePointLimit(Integer.MAX_VALUE).build()).loadFromString(t);
        } catch (YamlEngineException e) {
            throw new IllegalArgumentException(what + " are not valid YAML: " + e.getMessage(), e);
        }
    }

    private static String dump(Object model) {
        if (model == null) {
            return "";
        }
        return new Dump(DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setIndent(2)
                .setWidth(Integer.MAX_VALUE).build()).dumpToString(model);
    }

    private static Object normalize(Object o) {
        if (o instanceof Map) {
            Map<?, ?> m = (Map<?, ?>) o;
            if (m.isEmpty()) {
                return null;
            }
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), normalize(v)));
            return out;
        }
        if (o instanceof List) {
            List<Object> out = new ArrayList<>();
            ((List<?>) o).forEach(v -> out.add(normalize(v)));
            return out;
        }
        if (o instanceof byte[]) {
            return Arrays.toString((byte[]) o);
        }
        return o;
    }

    private static Object removeModel(Object model, String path) {
        Object copy = deepCopy(model);
        String[] segs = path.split("\\.", -1);
        Object node = copy;
        int i = 0;
        while (node instanceof Map) {
            @SuppressWarnings("unchecked")
            Map<Object, Object> map = (Map<Object, Object>) node;
            int j = keyEnd(map, segs, i);
            if (j < 0) {
                return copy;
            }
            Object key = keyOf(map, join(segs, i, j));
            if (j == segs.length) {
                map.remove(key);
                return copy;
            }
            node = map.get(key);
            i = j;
        }
        return copy;
    }

    private static Object mergeModel(Object base, Object add) {
        if (!(base instanceof Map) || !(add instanceof Map)) {
            return deepCopy(add);
        }
        @SuppressWarnings("unchecked")
        Map<Object, Object> out = (Map<Object, Object>) deepCopy(base);
        for (Map.Entry<?, ?> e : ((Map<?, ?>) add).entrySet()) {
            Object key = keyOf(out, String.valueOf(e.getKey()));
            if (key != null && out.get(key) instanceof Map && e.getValue() instanceof Map) {
                out.put(key, mergeModel(out.get(key), e.getValue()));
            } else {
                out.put(key != null ? key : e.getKey(), deepCopy(e.getValue()));
            }
        }
        return out;
    }

    private static Object deepCopy(Object o) {
        if (o instanceof Map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            ((Map<?, ?>) o).forEach((k, v) -> out.put(k, deepCopy(v)));
            return out;
        }
        if (o instanceof List) {
            List<Object> out = new ArrayList<>();
            ((List<?>) o).forEach(v -> out.add(deepCopy(v)));
            return out;
        }
        return o;
    }

    /** The end (exclusive) of the longest run of segments from {@code i} that is a key of the map, or -1. */
    private static int keyEnd(Map<?, ?> map, String[] segs, int i) {
        for (int j = segs.length; j > i; j--) {
            if (keyOf(map, join(segs, i, j)) != null) {
                return j;
            }
        }
        return -1;
    }

    private static Object keyOf(Map<?, ?> map, String name) {
        for (Object k : map.keySet()) {
            if (String.valueOf(k).equals(name)) {
                return k;
            }
        }
        return null;
    }

    private static Object entryValue(Map<?, ?> map, String name) {
        return map.get(keyOf(map, name));
    }

    private static String join(String[] segs, int from, int to) {
        return String.join(".", Arrays.asList(segs).subList(from, to));
    }

    // ---- the text ----

    /** A node read from parser events: a mapping (keys and values alternate), list, scalar or alias, with char offsets. */
    private static final class N {
        final char kind;
        final boolean flow;
        final int start;
        int end;
        final String value;
        final List<N> children = new ArrayList<>();

        N(char kind, boolean flow, int start, int end, String value) {
            this.kind = kind;
            this.flow = flow;
            this.start = start;
            this.end = end;
            this.value = value;
        }

        boolean isBlockMapping() {
            return kind == 'm' && !flow;
        }

        int size() {
            return kind == 'm' ? children.size() / 2 : children.size();
        }

        N key(int i) {
            return children.get(2 * i);
        }

        N val(int i) {
            return children.get(2 * i + 1);
        }

        /** The index of the entry whose key is a scalar equal to the name, or -1. */
        int indexOf(String name) {
            for (int i = 0; kind == 'm' && i < size(); i++) {
                if (key(i).kind == 's' && key(i).value.equals(name)) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** Values text with its node tree, read from snakeyaml-engine's events (nothing is constructed). */
    private static final class Doc {
        final String text;
        final N root;
        private final int[] charAt;

        Doc(String text) {
            this.text = text;
            int[] cps = text.codePoints().toArray();
            if (cps.length == text.length()) {
                charAt = null;
            } else {
                charAt = new int[cps.length + 1];
                int c = 0;
                for (int i = 0; i < cps.length; i++) {
                    charAt[i] = c;
                    c += Character.charCount(cps[i]);
                }
                charAt[cps.length] = c;
            }
            LoadSettings settings = LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).build();
            N top = null;
            Deque<N> open = new ArrayDeque<>();
            int documents = 0;
            try {
                ParserImpl parser = new ParserImpl(settings, new StreamReader(settings, text));
                while (parser.hasNext()) {
                    Event e = parser.next();
                    N n = null;
                    switch (e.getEventId()) {
                        case DocumentStart:
                            if (++documents > 1) {
                                throw new Unsupported("more than one document");
                            }
                            break;
                        case Scalar:
                            n = new N('s', false, offset(e.getStartMark()), offset(e.getEndMark()),
                                    ((ScalarEvent) e).getValue());
                            break;
                        case Alias:
                            n = new N('a', false, offset(e.getStartMark()), offset(e.getEndMark()), null);
                            break;
                        case MappingStart:
                        case SequenceStart:
                            n = new N(e.getEventId() == Event.ID.MappingStart ? 'm' : 'q',
                                    ((CollectionStartEvent) e).isFlow(), offset(e.getStartMark()), -1, null);
                            break;
                        case MappingEnd:
                        case SequenceEnd:
                            open.pop().end = offset(e.getEndMark());
                            break;
                        default:
                            break;
                    }
                    if (n != null) {
                        if (open.isEmpty()) {
                            top = n;
                        } else {
                            open.peek().children.add(n);
                        }
                        if (n.kind == 'm' || n.kind == 'q') {
                            open.push(n);
                        }
                    }
                }
            } catch (YamlEngineException e) {
                throw new Unsupported("does not parse: " + e.getMessage());
            }
            this.root = top;
        }

        private int offset(Optional<Mark> mark) {
            int cp = mark.orElseThrow(() -> new Unsupported("no marks")).getIndex();
            return charAt == null ? cp : charAt[cp];
        }

        /** Where the node's last character is followed, skipping whitespace a block scalar or an empty value ends with. */
        int contentEnd(N n, int floor) {
            if ((n.kind == 'm' || n.kind == 'q') && !n.flow && !n.children.isEmpty()) {
                N last = n.children.get(n.children.size() - 1);
                return contentEnd(last, n.kind == 'm' ? n.children.get(n.children.size() - 2).end : last.start);
            }
            int e = n.end;
            while (e > floor && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            return Math.max(e, floor);
        }

        int lineStart(int at) {
            return text.lastIndexOf('\n', at - 1) + 1;
        }

        /** Just after the newline that ends the line holding {@code at}; the text's end if none. */
        int lineEnd(int at) {
            int nl = text.indexOf('\n', at);
            return nl < 0 ? text.length() : nl + 1;
        }

        int column(N n) {
            return n.start - lineStart(n.start);
        }

        /** The key starts its line (only spaces before it). */
        boolean startsLine(N key) {
            return text.substring(lineStart(key.start), key.start).chars().allMatch(c -> c == ' ');
        }
    }

    static String remove(String text, String path) {
        Doc doc = new Doc(text);
        String[] segs = path.split("\\.", -1);
        N node = doc.root;
        int i = 0;
        while (node != null && node.kind == 'm') {
            int at = -1;
            int j = segs.length;
            for (; j > i && at < 0; j--) {
                at = node.indexOf(join(segs, i, j));
            }
            if (at < 0) {
                return text;
            }
            j++;
            if (j == segs.length) {
                N key = node.key(at);
                if (node.flow || !doc.startsLine(key)) {
                    throw new Unsupported("flow mapping");
                }
                int from = doc.lineStart(key.start);
                int to = doc.lineEnd(doc.contentEnd(node.val(at), key.end));
                return text.substring(0, from) + text.substring(to);
            }
            node = node.val(at);
            i = j;
        }
        return text;
    }

    static String merge(String text, String addText) {
        Doc add = new Doc(addText);
        if (add.root == null) {
            return text;
        }
        if (!add.root.isBlockMapping()) {
            throw new Unsupported("add is not a block mapping");
        }
        Doc doc = new Doc(text);
        if (doc.root == null) {
            String sep = text.isEmpty() || text.endsWith("\n") ? "" : "\n";
            return text + sep + addText + (addText.endsWith("\n") ? "" : "\n");
        }
        return mergeInto(text, new ArrayList<>(), add.root, add);
    }

    private static String mergeInto(String text, List<String> path, N addMap, Doc add) {
        String current = text;
        for (int a = 0; a < addMap.size(); a++) {
            N ak = addMap.key(a);
            N av = addMap.val(a);
            if (ak.kind != 's' || !add.startsLine(ak)) {
                throw new Unsupported("add key");
            }
            Doc doc = new Doc(current);
            N parent = navigate(doc, path);
            int t = parent.indexOf(ak.value);
            if (t < 0) {
                current = insert(doc, parent, ak, av, add);
                continue;
            }
            N tv = parent.val(t);
            if (tv.kind == 'm' && av.kind == 'm' && av.children.isEmpty()) {
                continue;
            }
            if (tv.kind == 'm' && av.kind == 'm' && !tv.children.isEmpty()) {
                if (tv.flow || av.flow) {
                    throw new Unsupported("flow mapping");
                }
                List<String> sub = new ArrayList<>(path);
                sub.add(ak.value);
                current = mergeInto(current, sub, av, add);
                continue;
            }
            current = replace(doc, parent.key(t), tv, ak, av, add);
        }
        return current;
    }

    private static N navigate(Doc doc, List<String> path) {
        N node = doc.root;
        for (String key : path) {
            int at = node == null ? -1 : node.indexOf(key);
            node = at < 0 ? null : node.val(at);
        }
        if (node == null || !node.isBlockMapping()) {
            throw new Unsupported("not a block mapping");
        }
        return node;
    }

    /** Replaces the target entry's value (from its key's end) with the add entry's own text of it. */
    private static String replace(Doc doc, N key, N value, N addKey, N addValue, Doc add) {
        if (!doc.startsLine(key)) {
            throw new Unsupported("key does not start its line");
        }
        int from = key.end;
        int to = doc.contentEnd(value, from);
        int aFrom = addKey.end;
        int aTo = add.contentEnd(addValue, aFrom);
        String slice = reindent(add.text.substring(aFrom, aTo), doc.column(key) - add.column(addKey), false);
        return doc.text.substring(0, from) + slice + doc.text.substring(to);
    }

    /** Pastes the add entry's lines after the last entry of the target mapping, at its indentation. */
    private static String insert(Doc doc, N parent, N addKey, N addValue, Doc add) {
        int last = parent.size() - 1;
        int at = doc.lineEnd(doc.contentEnd(parent.val(last), parent.key(last).end));
        int aFrom = add.lineStart(addKey.start);
        int aTo = add.lineEnd(add.contentEnd(addValue, addKey.end));
        String slice = reindent(add.text.substring(aFrom, aTo), doc.column(parent.key(0)) - add.column(addKey), true);
        if (!slice.endsWith("\n")) {
            slice += "\n";
        }
        String before = doc.text.substring(0, at);
        if (!before.isEmpty() && !before.endsWith("\n")) {
            before += "\n";
        }
        return before + slice + doc.text.substring(at);
    }

    /** Shifts lines right (or left, by at most their leading spaces); the first line too if asked. */
    private static String reindent(String s, int delta, boolean firstLine) {
        if (delta == 0) {
            return s;
        }
        String[] lines = s.split("\n", -1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i > 0) {
                sb.append('\n');
            }
            if ((i == 0 && !firstLine) || line.isBlank()) {
                sb.append(line);
            } else if (delta > 0) {
                sb.append(" ".repeat(delta)).append(line);
            } else {
                int n = 0;
                while (n < -delta && n < line.length() && line.charAt(n) == ' ') {
                    n++;
                }
                sb.append(line.substring(n));
            }
        }
        return sb.toString();
    }
}
