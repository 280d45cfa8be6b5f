package io.profilekit.yaml.internal;

import io.profilekit.rules.SafeText;

import io.profilekit.yaml.ProfileParseException;
import io.profilekit.yaml.ReadLimits;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one located reader: turns {@link Events} (YAML or JSON) into {@link Node}s without
 * recursion, and enforces ProfileKit's rules for untrusted input on every file it reads —
 * documents, pack metadata, values and Helm indexes: no duplicate keys, bounded nesting and number
 * length, anchors and aliases rejected or expanded within limits (never read back as the anchor's
 * name), and, in documents, no YAML tags (nothing named by a tag is ever instantiated). Every
 * failure is a {@link ProfileParseException} with the line, column and property path.
 *
 * <p>{@linkplain #forValues Values mode} reads values YAML, which is Helm's and Palette's, not
 * ProfileKit's: tags are allowed (and not interpreted), keys may be mappings or lists, and anchors
 * and aliases are expanded within the limits.
 *
 * <p>A {@link ItemSink} streams the items of chosen lists instead of keeping them, so that a large
 * file (a Helm index) is read one entry at a time. One reader per input; not thread-safe.
 */
public final class TreeReader {
    /** The most anchors one document of values YAML may name, each kept in memory for its aliases. */
    static final int MAX_ANCHORS = 100_000;
    /** The hint for documents nested too deeply. */
    static final String TOO_DEEP_HINT = "ReadLimits.maxNestingDepth bounds it; ProfileKit documents need fewer than 10";
    /** The hint for a number that is too long. */
    static final String NUMBER_HINT = "quote it to make it text; ReadLimits.maxNumberLength bounds numbers";
    private static final String STR_TAG = "tag:yaml.org,2002:str";
    private static final String CORE_TAG_PREFIX = "tag:yaml.org,2002:";
    private static final String ALIASES_HINT = "anchors (&name) and aliases (*name) are rejected by default; write the"
            + " value out, or allow aliases with ReadLimits.maxAliases";

    /** Receives the items of streamed lists, one by one, instead of the tree keeping them. */
    public interface ItemSink {
        /**
         * Whether the items of a list go to this sink.
         *
         * @param keys the keys from the root to the list, e.g. {@code [entries, nginx]}
         * @return true to stream its items
         */
        boolean streams(List<String> keys);

        /**
         * One item of a streamed list, complete.
         *
         * @param keys the keys from the root to the list
         * @param index the item's index
         * @param path the item's property path, for messages
         * @param item the item
         */
        void item(List<String> keys, int index, String path, Node item);
    }

    /** What a scalar that is only checked counts as: one value, its text never read. */
    private static final Node UNREAD = new Node.ScalarNode(0, 0, "", Node.ScalarKind.STRING);

    private final Events events;
    private final ReadLimits limits;
    private final boolean values;
    private final long maxExpandedNodes;
    private final String rootPath;
    private final Map<String, Node> anchors = new HashMap<>();
    private ItemSink sink;
    private boolean tagsAsText;
    private boolean checkOnly;
    private long maxKept = Long.MAX_VALUE;
    private String keptHint = "";
    private long kept;
    private int aliases;
    private long expanded;

    private TreeReader(Events events, ReadLimits limits, boolean values, long maxExpandedNodes, String rootPath) {
        this.events = events;
        this.limits = limits;
        this.values = values;
        this.maxExpandedNodes = maxExpandedNodes;
        this.rootPath = rootPath;
    }

    /**
     * A reader of ProfileKit documents and registry files: tags rejected, anchors and aliases as the
     * limits say, aliases expanding to at most {@code limits.maxDocumentChars()} nodes.
     *
     * @param events the input
     * @param limits the limits
     * @return the reader
     */
    public static TreeReader of(Events events, ReadLimits limits) {
        return new TreeReader(events, limits, false, limits.maxDocumentChars(), "");
    }

    /**
     * A reader of values YAML: tags allowed and not interpreted, any node as a key, anchors and
     * aliases expanded (at most {@code limits.maxAliases()} alias uses, expanding to at most
     * {@code maxExpandedNodes} nodes).
     *
     * @param events the input
     * @param limits the limits
     * @param maxExpandedNodes the most nodes the aliases may expand to
     * @return the reader
     */
    public static TreeReader forValues(Events events, ReadLimits limits, long maxExpandedNodes) {
        return new TreeReader(events, limits, true, maxExpandedNodes, "");
    }

    /**
     * Reads tagged scalars as their text instead of refusing the tag, as for files that Palette
     * publishes (nothing named by a tag is instantiated either way).
     *
     * @return this reader
     */
    public TreeReader tagsAsText() {
        this.tagsAsText = true;
        return this;
    }

    /**
     * Checks the input without keeping it: every rule is enforced as when reading, but a finished
     * value is let go at once (an anchored one keeps only its size, and a scalar its text, for its
     * aliases), so memory grows with the nesting and the keys of the open mappings, not with the
     * input. Above {@value KeySet#EXACT_KEYS} keys, a mapping remembers a key by a 64-bit hash: two
     * different keys of one mapping with the same hash would be reported as a duplicate (never
     * seen by chance; only an input made for it could). For values YAML, which is only checked.
     *
     * @return this reader
     */
    public TreeReader checkOnly() {
        this.checkOnly = true;
        return this;
    }

    /**
     * Fails once the tree holds more than {@code max} values (mappings, lists and scalars) at once,
     * before memory runs out holding them; the items of streamed lists count only until they are
     * handed to the sink.
     *
     * @param max the most values held
     * @param hint the hint of the failure, saying which limit bounds it
     * @return this reader
     */
    public TreeReader maxKeptNodes(long max, String hint) {
        this.maxKept = max;
        this.keptHint = hint;
        return this;
    }

    /**
     * The values the tree holds now.
     *
     * @return the count
     */
    public long keptNodes() {
        return kept;
    }

    /**
     * Streams the items of the lists a sink chooses.
     *
     * @param itemSink the sink
     * @return this reader
     */
    public TreeReader streaming(ItemSink itemSink) {
        this.sink = itemSink;
        return this;
    }

    /**
     * Reads every root value of the input (each YAML document, or each JSON value).
     *
     * @return the roots, in order; an empty YAML document is a null scalar
     */
    public List<Node> readAll() {
        List<Node> roots = new ArrayList<>();
        Events.Type t = next(null);
        while (t != null) {
            anchors.clear();
            Node root = run(t);
            if (!checkOnly) {
                roots.add(root);
            }
            t = next(null);
        }
        return roots;
    }

    /**
     * Reads one value: the next one of the input (for Jackson deserializers, the value the user's
     * parser is on), and nothing after it.
     *
     * @return the value
     * @throws ProfileParseException if the input is empty or malformed
     */
    public Node readValue() {
        Events.Type t = next(null);
        if (t == null) {
            throw events.fail(0, 0, "the document is empty", "write a profile document", null);
        }
        return run(t);
    }

    /** A mapping or list being read. */
    private static final class Frame {
        final boolean map;
        final int line;
        final int column;
        final String anchor;
        /** Its key in the parent, or [index]; the root's is the root path. */
        final String name;
        /** Set when this node is itself a (complex) mapping key. */
        final boolean isKey;
        final Map<String, Node.Entry> entries;
        final List<Node> items;
        /** The keys seen, when the values are not kept. */
        final KeySet keys;
        /** Keys from the root, when its items are streamed; null otherwise. */
        List<String> streamedKeys;
        String key;
        int keyLine;
        int keyColumn;
        int count;
        long size = 1;

        Frame(boolean map, int line, int column, String anchor, String name, boolean isKey, boolean keep) {
            this.map = map;
            this.line = line;
            this.column = column;
            this.anchor = anchor;
            this.name = name;
            this.isKey = isKey;
            this.entries = map && keep ? new LinkedHashMap<>() : null;
            this.items = map || !keep ? null : new ArrayList<>();
            this.keys = map && !keep ? new KeySet() : null;
        }

        boolean awaitsKey() {
            return map && key == null;
        }
    }

    private Node run(Events.Type first) {
        Deque<Frame> stack = new ArrayDeque<>();
        Events.Type t = first;
        while (true) {
            int line = events.line();
            int column = events.column();
            Frame top = stack.peek();
            boolean isKey = top != null && top.awaitsKey();
            Node done = null;
            switch (t) {
                case MAP_START:
                case LIST_START: {
                    if (isKey && !values) {
                        throw fail(line, column, stack, "a mapping key must be text, found "
                                + (t == Events.Type.MAP_START ? "a mapping" : "a list"), "write the key as plain text");
                    }
                    checkTag(false, line, column, stack);
                    String anchor = checkAnchor(events.anchor(), line, column, stack);
                    if (stack.size() >= limits.maxNestingDepth()) {
                        throw fail(line, column, stack, tooDeep(limits), values
                                ? "values may nest at most " + limits.maxNestingDepth() + " levels" : TOO_DEEP_HINT);
                    }
                    Frame f = new Frame(t == Events.Type.MAP_START, line, column, anchor,
                            top == null ? rootPath : isKey ? "?" : childName(top), isKey, !checkOnly);
                    if (!f.map && sink != null && !isKey) {
                        List<String> keys = keys(stack, f.name);
                        if (sink.streams(keys)) {
                            f.streamedKeys = keys;
                        }
                    }
                    stack.push(f);
                    break;
                }
                case MAP_END:
                case LIST_END: {
                    Frame f = stack.pop();
                    Node n = f.map ? new Node.MapNode(f.line, f.column, f.entries == null ? Map.of() : f.entries, f.size)
                            : new Node.ListNode(f.line, f.column, f.items == null ? List.of() : f.items, f.size);
                    if (f.anchor != null) {
                        anchors.put(f.anchor, n);
                    }
                    if (f.isKey) {
                        // A complex key (values YAML only): kept as a unique name, never compared.
                        Frame parent = stack.peek();
                        setKey(parent, "?" + n.describe() + "@" + f.line + ":" + f.column, f.line, f.column, stack);
                    } else {
                        done = attach(stack, n);
                    }
                    break;
                }
                case SCALAR: {
                    checkTag(true, line, column, stack);
                    String anchor = checkAnchor(events.anchor(), line, column, stack);
                    if (isKey) {
                        String key = events.text();
                        if (!values && events.isYaml() && key.equals("<<")) {
                            throw fail(line, column, stack, "YAML merge keys ('<<') are not supported in ProfileKit"
                                    + " documents", "write the merged fields out in this mapping");
                        }
                        setKey(top, key, line, column, stack);
                        if (anchor != null) {
                            anchors.put(anchor, new Node.ScalarNode(line, column, key, Node.ScalarKind.STRING));
                        }
                    } else {
                        // A value only checked, that no alias can reach and no limit can refuse, is not
                        // looked at: values files are mostly such scalars.
                        Node n = checkOnly && anchor == null && limits.maxNumberLength() == Integer.MAX_VALUE
                                ? UNREAD : scalar(line, column, stack);
                        if (anchor != null) {
                            anchors.put(anchor, n);
                        }
                        done = attach(stack, n);
                    }
                    break;
                }
                case ALIAS: {
                    Node target = alias(line, column, stack);
                    if (isKey) {
                        String key = target instanceof Node.ScalarNode ? ((Node.ScalarNode) target).text()
                                : "?" + target.describe() + "@" + line + ":" + column;
                        if (!(target instanceof Node.ScalarNode) && !values) {
                            throw fail(line, column, stack, "a mapping key must be text, found " + target.describe(),
                                    "write the key as plain text");
                        }
                        setKey(top, key, line, column, stack);
                    } else {
                        done = attach(stack, target);
                    }
                    break;
                }
                default:
                    throw new IllegalStateException("unknown event " + t);
            }
            if (done != null) {
                return done;
            }
            t = next(stack);
            if (t == null) {
                throw fail(0, 0, stack, "the document ends in the middle of a value", "", null);
            }
        }
    }

    private void setKey(Frame map, String key, int line, int column, Deque<Frame> stack) {
        int earlier;
        if (map.keys != null) {
            earlier = map.keys.add(key, line);
        } else {
            Node.Entry entry = map.entries.get(key);
            earlier = entry == null ? -1 : entry.line();
        }
        if (earlier >= 0) {
            map.key = key;
            throw fail(line, column, stack, "duplicate key " + SafeText.quote(key) + " (first at line " + earlier + ")",
                    "each key may appear once in a mapping; remove one");
        }
        map.key = key;
        map.keyLine = line;
        map.keyColumn = column;
    }

    private static String childName(Frame parent) {
        return parent.map ? parent.key : "[" + parent.count + "]";
    }

    private static List<String> keys(Deque<Frame> stack, String last) {
        List<String> keys = new ArrayList<>(stack.size() + 1);
        Iterator<Frame> it = stack.descendingIterator();
        if (it.hasNext()) {
            it.next(); // the root has no key
        }
        while (it.hasNext()) {
            keys.add(it.next().name);
        }
        keys.add(last);
        return keys;
    }

    /** Attaches a finished node to its parent; returns it if it is the root. */
    private Node attach(Deque<Frame> stack, Node n) {
        Frame parent = stack.peek();
        if (parent == null) {
            return n;
        }
        if (parent.streamedKeys != null) {
            // Its values are let go with it.
            kept -= n.size() - 1;
        } else if (parent.entries != null || parent.items != null) {
            if (++kept > maxKept) {
                throw fail(n.line(), n.column(), stack, "holds more than " + maxKept + " values", keptHint);
            }
        }
        if (parent.map) {
            if (parent.entries != null) {
                parent.entries.put(parent.key, new Node.Entry(parent.key, parent.keyLine, parent.keyColumn, n));
            }
            parent.key = null;
        } else if (parent.streamedKeys != null) {
            sink.item(parent.streamedKeys, parent.count, path(stack), n);
        } else if (parent.items != null) {
            parent.items.add(n);
        }
        parent.count++;
        parent.size += n.size();
        return null;
    }

    /**
     * The keys of one mapping whose values are not kept, with the line of each: exact up to
     * {@value #EXACT_KEYS} keys, then as 64-bit hashes in an open-addressing table, a few bytes a key.
     */
    static final class KeySet {
        /** The most keys remembered exactly. */
        static final int EXACT_KEYS = 256;
        private Map<String, Integer> exact = new HashMap<>();
        private long[] hashes;
        private int[] lines;
        private int size;

        /** Adds a key; returns the line of the same key seen before, or -1. */
        int add(String key, int line) {
            if (exact != null) {
                Integer earlier = exact.putIfAbsent(key, line);
                if (earlier != null) {
                    return earlier;
                }
                if (exact.size() <= EXACT_KEYS) {
                    return -1;
                }
                Map<String, Integer> all = exact;
                exact = null;
                hashes = new long[EXACT_KEYS * 4];
                lines = new int[EXACT_KEYS * 4];
                all.forEach((k, l) -> put(hash(k), l));
                return -1;
            }
            return put(hash(key), line);
        }

        private int put(long h, int line) {
            if (h == 0) {
                h = 1; // 0 marks a free slot
            }
            if (size * 2 >= hashes.length) {
                long[] oldHashes = hashes;
                int[] oldLines = lines;
                hashes = new long[oldHashes.length * 2];
                lines = new int[oldHashes.length * 2];
                size = 0;
                for (int i = 0; i < oldHashes.length; i++) {
                    if (oldHashes[i] != 0) {
                        put(oldHashes[i], oldLines[i]);
                    }
                }
            }
            int mask = hashes.length - 1;
            int i = (int) (h ^ (h >>> 32)) & mask;
            while (hashes[i] != 0) {
                if (hashes[i] == h) {
                    return lines[i];
                }
                i = (i + 1) & mask;
            }
            hashes[i] = h;
            lines[i] = line;
            size++;
            return -1;
        }

        /** A 64-bit hash of the key's characters (FNV-1a, then mixed). */
        private static long hash(String key) {
            long h = 0xcbf29ce484222325L;
            for (int i = 0; i < key.length(); i++) {
                h ^= key.charAt(i);
                h *= 0x100000001b3L;
            }
            h ^= key.length();
            h ^= h >>> 33;
            h *= 0xff51afd7ed558ccdL;
            h ^= h >>> 33;
            h *= 0xc4ceb9fe1a85ec53L;
            return h ^ (h >>> 33);
        }
    }

    private Node scalar(int line, int column, Deque<Frame> stack) {
        Node.ScalarKind kind = events.kind();
        if (kind == Node.ScalarKind.NULL) {
            return new Node.ScalarNode(line, column, "", kind);
        }
        String text = events.text();
        if (kind == Node.ScalarKind.NUMBER && text.length() > limits.maxNumberLength()) {
            throw fail(line, column, stack, numberTooLong(limits), NUMBER_HINT);
        }
        return new Node.ScalarNode(line, column, text, kind);
    }

    private Node alias(int line, int column, Deque<Frame> stack) {
        String name = events.text();
        if (!limits.allowsAliases()) {
            throw fail(line, column, stack, "YAML alias " + SafeText.quote("*" + name) + " is not allowed", ALIASES_HINT);
        }
        Node target = anchors.get(name);
        if (target == null) {
            String hint = events.reportsEveryAnchor() ? "define the anchor before using it"
                    : "define the anchor before using it; this mapper's YAML parser does not report anchors on single"
                    + " values (name: &n text), so read with ProfileDocuments.yaml(limits) or write the value out";
            throw fail(line, column, stack, "YAML alias " + SafeText.quote("*" + name) + " refers to no earlier anchor "
                    + SafeText.quote("&" + name),
                    hint);
        }
        aliases++;
        if (aliases > limits.maxAliases()) {
            throw fail(line, column, stack, "more than " + limits.maxAliases() + " YAML aliases",
                    values ? "values may use at most " + limits.maxAliases() + " aliases"
                            : "ReadLimits.maxAliases bounds alias uses");
        }
        expanded += target.size();
        if (expanded > maxExpandedNodes) {
            throw fail(line, column, stack, "YAML aliases expand to more than " + maxExpandedNodes
                    + " nodes (an alias bomb?)", values ? "values may expand to at most " + maxExpandedNodes + " nodes"
                    : "ReadLimits.maxDocumentChars bounds the expanded document");
        }
        return target;
    }

    private String checkAnchor(String anchor, int line, int column, Deque<Frame> stack) {
        if (anchor != null && values && anchors.size() >= MAX_ANCHORS && !anchors.containsKey(anchor)) {
            throw fail(line, column, stack, "more than " + MAX_ANCHORS + " YAML anchors in one document",
                    "values may name at most " + MAX_ANCHORS + " anchors");
        }
        if (anchor != null && !limits.allowsAliases()) {
            throw fail(line, column, stack, "YAML anchor " + SafeText.quote("&" + anchor) + " is not allowed", ALIASES_HINT);
        }
        return anchor;
    }

    private void checkTag(boolean scalar, int line, int column, Deque<Frame> stack) {
        if (values || tagsAsText) {
            return; // any tag is read as text and never interpreted
        }
        String tag = events.tag();
        if (tag == null || (scalar && STR_TAG.equals(tag))) {
            return;
        }
        String shown = tag.startsWith(CORE_TAG_PREFIX) ? "!!" + tag.substring(CORE_TAG_PREFIX.length())
                : tag.startsWith("!") || tag.contains(":") ? tag : "!" + tag;
        throw fail(line, column, stack, "YAML tag " + SafeText.quote(shown) + " is not allowed",
                "ProfileKit documents are plain data: remove the tag (only !!str is accepted, on text)");
    }

    private Events.Type next(Deque<Frame> stack) {
        try {
            return events.next();
        } catch (ProfileParseException e) {
            if (stack == null || !e.path().isEmpty()) {
                throw e;
            }
            throw new ProfileParseException(e.documentName(), e.line().orElse(0), e.column().orElse(0), path(stack),
                    e.problem(), e.hint(), e.getCause() != null ? e.getCause() : e);
        }
    }

    /**
     * The message for nesting beyond the limit.
     *
     * @param limits the limits
     * @return the problem
     */
    static String tooDeep(ReadLimits limits) {
        return "nesting is deeper than " + limits.maxNestingDepth() + " levels";
    }

    /**
     * The message for a number beyond the limit.
     *
     * @param limits the limits
     * @return the problem
     */
    static String numberTooLong(ReadLimits limits) {
        return "a number is longer than " + limits.maxNumberLength() + " characters";
    }

    private ProfileParseException fail(int line, int column, Deque<Frame> stack, String problem, String hint) {
        return fail(line, column, stack, problem, hint, null);
    }

    private ProfileParseException fail(int line, int column, Deque<Frame> stack, String problem, String hint,
                                       Throwable cause) {
        return new ProfileParseException(events.documentName(), Math.max(0, line), Math.max(0, column), path(stack),
                problem, hint, cause);
    }

    /** Paths longer than this many parts are shown by their first and last parts. */
    private static final int PATH_PARTS_SHOWN = 12;

    private String path(Deque<Frame> stack) {
        if (stack.isEmpty()) {
            return rootPath;
        }
        List<String> parts = new ArrayList<>(Math.min(stack.size() + 1, 64));
        Iterator<Frame> it = stack.descendingIterator();
        while (it.hasNext()) {
            Frame f = it.next();
            parts.add(f.name);
            if (!it.hasNext()) {
                parts.add(f.map ? f.key : "[" + f.count + "]");
            }
        }
        StringBuilder sb = new StringBuilder();
        if (parts.size() <= PATH_PARTS_SHOWN) {
            parts.forEach(part -> append(sb, part));
            return sb.toString();
        }
        int head = PATH_PARTS_SHOWN / 2;
        int tail = PATH_PARTS_SHOWN - head - 1;
        parts.subList(0, head).forEach(part -> append(sb, part));
        append(sb, "…(" + (parts.size() - head - tail) + " more levels)…");
        parts.subList(parts.size() - tail, parts.size()).forEach(part -> append(sb, part));
        return sb.toString();
    }

    private static void append(StringBuilder sb, String part) {
        if (part == null || part.isEmpty()) {
            return;
        }
        if (sb.length() > 0 && !part.startsWith("[")) {
            sb.append('.');
        }
        sb.append(part);
    }
}
