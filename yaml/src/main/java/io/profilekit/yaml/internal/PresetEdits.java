package io.profilekit.yaml.internal;

import io.profilekit.registry.PackPreset;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

import java.util.ArrayList;
import java.util.Arrays;
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

    /** Values text with its composed node tree, marks turned into char offsets. */
    private static final class Doc {
        final String text;
        final Node root;
        final int[] charAt;

        Doc(String text) {
            this.text = text;
            Optional<Node> node;
            try {
                LoadSettings settings = LoadSettings.builder().setMaxAliasesForCollections(MAX_ALIASES)
                        .setCodePointLimit(Integer.MAX_VALUE).build();
                node = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text)))
                        .getSingleNode();
            } catch (YamlEngineException e) {
                throw new Unsupported("does not compose: " + e.getMessage());
            }
            this.root = node.orElse(null);
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
        }

        int offset(Optional<Mark> mark) {
            int cp = mark.orElseThrow(() -> new Unsupported("no marks")).getIndex();
            return charAt == null ? cp : charAt[cp];
        }

        int start(Node n) {
            return offset(n.getStartMark());
        }

        int end(Node n) {
            return offset(n.getEndMark());
        }

        /** Where the node's last character is followed, skipping whitespace a block scalar or an empty value ends with. */
        int contentEnd(Node n, int floor) {
            if (n instanceof MappingNode && ((MappingNode) n).getFlowStyle() == FlowStyle.BLOCK
                    && !((MappingNode) n).getValue().isEmpty()) {
                List<NodeTuple> t = ((MappingNode) n).getValue();
                NodeTuple last = t.get(t.size() - 1);
                return contentEnd(last.getValueNode(), end(last.getKeyNode()));
            }
            if (n instanceof SequenceNode && ((SequenceNode) n).getFlowStyle() == FlowStyle.BLOCK
                    && !((SequenceNode) n).getValue().isEmpty()) {
                List<Node> items = ((SequenceNode) n).getValue();
                Node last = items.get(items.size() - 1);
                return contentEnd(last, start(last));
            }
            int e = end(n);
            while (e > floor && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            return Math.max(e, floor);
        }

        int lineStart(int at) {
            return text.lastIndexOf('\n', at - 1) + 1;
        }

        /** Just after the newline that ends the line holding {@code at - 1}; the text's end if none. */
        int lineEnd(int at) {
            int nl = text.indexOf('\n', at);
            return nl < 0 ? text.length() : nl + 1;
        }

        int column(Node n) {
            int s = start(n);
            return s - lineStart(s);
        }

        /** The key node starts its line (only spaces before it). */
        boolean startsLine(Node key) {
            int s = start(key);
            int ls = lineStart(s);
            return text.substring(ls, s).chars().allMatch(c -> c == ' ');
        }
    }

    /** The tuple of a mapping whose key is the longest run of segments from {@code i}. */
    private static int[] find(MappingNode map, String[] segs, int i, NodeTuple[] found) {
        for (int j = segs.length; j > i; j--) {
            String name = join(segs, i, j);
            for (NodeTuple t : map.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode && ((ScalarNode) t.getKeyNode()).getValue().equals(name)) {
                    found[0] = t;
                    return new int[] {j};
                }
            }
        }
        return null;
    }

    static String remove(String text, String path) {
        Doc doc = new Doc(text);
        String[] segs = path.split("\\.", -1);
        Node node = doc.root;
        int i = 0;
        while (node instanceof MappingNode) {
            MappingNode map = (MappingNode) node;
            NodeTuple[] t = new NodeTuple[1];
            int[] j = find(map, segs, i, t);
            if (j == null) {
                return text;
            }
            if (j[0] == segs.length) {
                if (map.getFlowStyle() != FlowStyle.BLOCK || !doc.startsLine(t[0].getKeyNode())) {
                    throw new Unsupported("flow mapping");
                }
                int from = doc.lineStart(doc.start(t[0].getKeyNode()));
                int to = doc.lineEnd(doc.contentEnd(t[0].getValueNode(), doc.end(t[0].getKeyNode())));
                return text.substring(0, from) + text.substring(to);
            }
            node = t[0].getValueNode();
            i = j[0];
        }
        return text;
    }

    static String merge(String text, String addText) {
        Doc add = new Doc(addText);
        if (add.root == null) {
            return text;
        }
        if (!(add.root instanceof MappingNode) || ((MappingNode) add.root).getFlowStyle() != FlowStyle.BLOCK) {
            throw new Unsupported("add is not a block mapping");
        }
        Doc doc = new Doc(text);
        if (doc.root == null) {
            String sep = text.isEmpty() || text.endsWith("\n") ? "" : "\n";
            return text + sep + addText + (addText.endsWith("\n") ? "" : "\n");
        }
        return mergeInto(text, new ArrayList<>(), (MappingNode) add.root, add);
    }

    private static String mergeInto(String text, List<String> path, MappingNode addMap, Doc add) {
        String current = text;
        for (NodeTuple at : addMap.getValue()) {
            if (!(at.getKeyNode() instanceof ScalarNode) || !add.startsLine(at.getKeyNode())) {
                throw new Unsupported("add key");
            }
            String key = ((ScalarNode) at.getKeyNode()).getValue();
            Doc doc = new Doc(current);
            MappingNode parent = navigate(doc, path);
            NodeTuple t = null;
            for (NodeTuple c : parent.getValue()) {
                if (c.getKeyNode() instanceof ScalarNode && ((ScalarNode) c.getKeyNode()).getValue().equals(key)) {
                    t = c;
                }
            }
            Node av = at.getValueNode();
            if (t == null) {
                current = insert(doc, parent, at, add);
                continue;
            }
            Node tv = t.getValueNode();
            if (tv instanceof MappingNode && av instanceof MappingNode && ((MappingNode) av).getValue().isEmpty()) {
                continue;
            }
            if (tv instanceof MappingNode && av instanceof MappingNode && !((MappingNode) tv).getValue().isEmpty()) {
                if (((MappingNode) tv).getFlowStyle() != FlowStyle.BLOCK
                        || ((MappingNode) av).getFlowStyle() != FlowStyle.BLOCK) {
                    throw new Unsupported("flow mapping");
                }
                List<String> sub = new ArrayList<>(path);
                sub.add(key);
                current = mergeInto(current, sub, (MappingNode) av, add);
                continue;
            }
            current = replace(doc, t, at, add);
        }
        return current;
    }

    private static MappingNode navigate(Doc doc, List<String> path) {
        Node node = doc.root;
        for (String key : path) {
            Node next = null;
            if (node instanceof MappingNode) {
                for (NodeTuple c : ((MappingNode) node).getValue()) {
                    if (c.getKeyNode() instanceof ScalarNode && ((ScalarNode) c.getKeyNode()).getValue().equals(key)) {
                        next = c.getValueNode();
                    }
                }
            }
            node = next;
        }
        if (!(node instanceof MappingNode) || ((MappingNode) node).getFlowStyle() != FlowStyle.BLOCK) {
            throw new Unsupported("not a block mapping");
        }
        return (MappingNode) node;
    }

    /** Replaces the target entry's value (from its key's end) with the add entry's own text of it. */
    private static String replace(Doc doc, NodeTuple target, NodeTuple addTuple, Doc add) {
        if (!doc.startsLine(target.getKeyNode())) {
            throw new Unsupported("key does not start its line");
        }
        int from = doc.end(target.getKeyNode());
        int to = doc.contentEnd(target.getValueNode(), from);
        int aFrom = add.end(addTuple.getKeyNode());
        int aTo = add.contentEnd(addTuple.getValueNode(), aFrom);
        String slice = reindent(add.text.substring(aFrom, aTo), doc.column(target.getKeyNode())
                - add.column(addTuple.getKeyNode()), false);
        return doc.text.substring(0, from) + slice + doc.text.substring(to);
    }

    /** Pastes the add entry's lines after the last entry of the target mapping, at its indentation. */
    private static String insert(Doc doc, MappingNode parent, NodeTuple addTuple, Doc add) {
        List<NodeTuple> entries = parent.getValue();
        NodeTuple last = entries.get(entries.size() - 1);
        int at = doc.lineEnd(doc.contentEnd(last.getValueNode(), doc.end(last.getKeyNode())));
        int aFrom = add.lineStart(add.start(addTuple.getKeyNode()));
        int aTo = add.lineEnd(add.contentEnd(addTuple.getValueNode(), add.end(addTuple.getKeyNode())));
        String slice = reindent(add.text.substring(aFrom, aTo), doc.column(entries.get(0).getKeyNode())
                - add.column(addTuple.getKeyNode()), true);
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
