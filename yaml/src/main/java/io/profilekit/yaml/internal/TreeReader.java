package io.profilekit.yaml.internal;

import io.profilekit.yaml.ProfileParseException;
import io.profilekit.yaml.ReadLimits;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.dataformat.yaml.YAMLParser;

import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a Jackson token stream (YAML or JSON) into {@link Node}s, without recursion, enforcing
 * ProfileKit's rules for untrusted input: no duplicate keys, no YAML tags (nothing named by a tag
 * is ever instantiated), anchors and aliases rejected or expanded within limits, bounded nesting
 * and number length. Every failure, Jackson's and the YAML engine's included, becomes a
 * {@link ProfileParseException}.
 *
 * <p>Anchors are seen on every node — mappings, lists, scalar values and mapping keys — when the
 * parser is an {@link AnchoredYamlParser} (every parser ProfileKit creates). A plain Jackson
 * {@link YAMLParser} (a user's mapper, through {@link io.profilekit.yaml.ProfileKitModule})
 * reports anchors on mappings and lists only.
 *
 * <p>{@linkplain #forValues Values mode} reads values YAML, which is Helm's and Palette's, not
 * ProfileKit's: tags are allowed (and not interpreted), anchors and aliases are expanded within
 * the limits.
 */
public final class TreeReader {
    private static final String STR_TAG = "tag:yaml.org,2002:str";
    private static final String CORE_TAG_PREFIX = "tag:yaml.org,2002:";

    private final String documentName;
    private final ReadLimits limits;
    private final boolean values;
    private final long maxExpandedNodes;
    private final Map<String, Node> anchors = new HashMap<>();
    private int aliases;
    private long expanded;

    /**
     * A reader for ProfileKit documents: tags rejected, anchors and aliases as the limits say,
     * aliases expanding to at most {@code limits.maxDocumentChars()} nodes.
     *
     * @param documentName the document's name for messages
     * @param limits the limits
     */
    public TreeReader(String documentName, ReadLimits limits) {
        this(documentName, limits, false, limits.maxDocumentChars());
    }

    private TreeReader(String documentName, ReadLimits limits, boolean values, long maxExpandedNodes) {
        this.documentName = documentName;
        this.limits = limits;
        this.values = values;
        this.maxExpandedNodes = maxExpandedNodes;
    }

    /**
     * A reader for values YAML: tags allowed and not interpreted, anchors and aliases expanded
     * (at most {@code limits.maxAliases()} alias uses, expanding to at most
     * {@code maxExpandedNodes} nodes).
     *
     * @param documentName the document's name for messages
     * @param limits the limits; {@code maxAliases} must be above 0
     * @param maxExpandedNodes the most nodes the aliases may expand to
     * @return the reader
     */
    static TreeReader forValues(String documentName, ReadLimits limits, long maxExpandedNodes) {
        return new TreeReader(documentName, limits, true, maxExpandedNodes);
    }

    /**
     * Reads every root value of the stream (each YAML document, or the one JSON value).
     *
     * @param p a parser before its first token
     * @return the roots, in order; empty YAML documents are null nodes
     */
    public List<Node> readAll(JsonParser p) {
        List<Node> roots = new ArrayList<>();
        JsonToken t = next(p, List.of());
        while (t != null) {
            anchors.clear();
            roots.add(readValue(p, t));
            t = next(p, List.of());
        }
        return roots;
    }

    /**
     * Reads the value starting at the parser's current token (for Jackson deserializers).
     *
     * @param p the parser, positioned on the value's first token
     * @return the value
     */
    public Node readCurrent(JsonParser p) {
        JsonToken t = p.currentToken();
        if (t == null) {
            t = next(p, List.of());
        }
        if (t == JsonToken.PROPERTY_NAME) {
            // Jackson hands an object's deserializer the parser on its first property name.
            return readFromPropertyName(p);
        }
        if (t == null) {
            throw fail(0, 0, "", "the document is empty", "write a profile document", null);
        }
        return readValue(p, t);
    }

    private Node readFromPropertyName(JsonParser p) {
        TokenStreamLocation loc = p.currentTokenLocation();
        Frame root = new Frame(true, loc.getLineNr(), loc.getColumnNr(), null, "");
        return run(p, JsonToken.PROPERTY_NAME, root);
    }

    private Node readValue(JsonParser p, JsonToken first) {
        return run(p, first, null);
    }

    private static final class Frame {
        final boolean map;
        final int line;
        final int column;
        final String anchor;
        final String name;
        final LinkedHashMap<String, Node.Entry> entries = new LinkedHashMap<>();
        final List<Node> items = new ArrayList<>();
        String key;
        int keyLine;
        int keyColumn;
        long size = 1;

        Frame(boolean map, int line, int column, String anchor, String name) {
            this.map = map;
            this.line = line;
            this.column = column;
            this.anchor = anchor;
            this.name = name;
        }
    }

    private Node run(JsonParser p, JsonToken first, Frame initial) {
        Deque<Frame> stack = new ArrayDeque<>();
        List<Frame> pathView = new PathList(stack);
        if (initial != null) {
            stack.push(initial);
        }
        JsonToken t = first;
        while (true) {
            TokenStreamLocation loc = p.currentTokenLocation();
            int line = loc.getLineNr();
            int column = loc.getColumnNr();
            Node done = null;
            switch (t) {
                case START_OBJECT:
                case START_ARRAY: {
                    checkTag(p, false, line, column, pathView);
                    String anchor = anchorOf(p, line, column, pathView);
                    if (stack.size() >= limits.maxNestingDepth()) {
                        throw fail(line, column, path(pathView), "nesting is deeper than " + limits.maxNestingDepth()
                                + " levels", "ReadLimits.maxNestingDepth bounds it; ProfileKit documents need fewer than 10",
                                null);
                    }
                    stack.push(new Frame(t == JsonToken.START_OBJECT, line, column, anchor, childName(stack)));
                    break;
                }
                case END_OBJECT:
                case END_ARRAY: {
                    Frame f = stack.pop();
                    Node n = f.map ? new Node.MapNode(f.line, f.column, f.entries, f.size)
                            : new Node.ListNode(f.line, f.column, f.items, f.size);
                    if (f.anchor != null) {
                        anchors.put(f.anchor, n);
                    }
                    done = attach(stack, n);
                    break;
                }
                case PROPERTY_NAME: {
                    Frame f = stack.peek();
                    String key = p.currentName();
                    Node.Entry earlier = f.entries.get(key);
                    if (earlier != null) {
                        f.key = key;
                        throw fail(line, column, path(pathView), "duplicate key '" + key + "' (first at line "
                                + earlier.line() + ")", "each key may appear once in a mapping; remove one", null);
                    }
                    f.key = key;
                    f.keyLine = line;
                    f.keyColumn = column;
                    String keyAnchor = keyAnchorOf(p, line, column, pathView);
                    if (keyAnchor != null) {
                        anchors.put(keyAnchor, new Node.ScalarNode(line, column, key, Node.ScalarKind.STRING));
                    }
                    break;
                }
                case VALUE_STRING:
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                case VALUE_TRUE:
                case VALUE_FALSE:
                case VALUE_NULL: {
                    Node n;
                    if (p instanceof YAMLParser && ((YAMLParser) p).isCurrentAlias()) {
                        n = alias(p, line, column, pathView);
                    } else {
                        checkTag(p, true, line, column, pathView);
                        String anchor = anchorOf(p, line, column, pathView);
                        n = scalar(p, t, line, column, pathView);
                        if (anchor != null) {
                            anchors.put(anchor, n);
                        }
                    }
                    done = attach(stack, n);
                    break;
                }
                case VALUE_EMBEDDED_OBJECT:
                    // Jackson decodes !!binary itself and reports no tag for it (values mode reads it as text).
                    throw fail(line, column, path(pathView), "YAML tag '!!binary' is not allowed",
                            "ProfileKit documents are plain data: remove the tag (only !!str is accepted, on text)", null);
                default:
                    throw fail(line, column, path(pathView), "unsupported content (" + t + ")",
                            "ProfileKit documents hold only mappings, lists and text", null);
            }
            if (done != null) {
                return done;
            }
            t = next(p, pathView);
            if (t == null) {
                throw fail(0, 0, path(pathView), "the document ends in the middle of a value", "", null);
            }
        }
    }

    private static String childName(Deque<Frame> stack) {
        Frame parent = stack.peek();
        if (parent == null) {
            return "";
        }
        return parent.map ? parent.key : "[" + parent.items.size() + "]";
    }

    /** Attaches a finished node to its parent; returns it if it is the root. */
    private Node attach(Deque<Frame> stack, Node n) {
        Frame parent = stack.peek();
        if (parent == null) {
            return n;
        }
        if (parent.map) {
            parent.entries.put(parent.key, new Node.Entry(parent.key, parent.keyLine, parent.keyColumn, n));
            parent.key = null;
        } else {
            parent.items.add(n);
        }
        parent.size += n.size();
        return null;
    }

    private Node scalar(JsonParser p, JsonToken t, int line, int column, List<Frame> pathView) {
        switch (t) {
            case VALUE_NULL:
                return new Node.ScalarNode(line, column, "", Node.ScalarKind.NULL);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new Node.ScalarNode(line, column, text(p, pathView), Node.ScalarKind.BOOLEAN);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT: {
                String text = text(p, pathView);
                if (text.length() > limits.maxNumberLength()) {
                    throw fail(line, column, path(pathView), "a number is longer than " + limits.maxNumberLength()
                            + " characters", "quote it to make it text; ReadLimits.maxNumberLength bounds numbers", null);
                }
                return new Node.ScalarNode(line, column, text, Node.ScalarKind.NUMBER);
            }
            default:
                return new Node.ScalarNode(line, column, text(p, pathView), Node.ScalarKind.STRING);
        }
    }

    private String text(JsonParser p, List<Frame> pathView) {
        try {
            return p.getString();
        } catch (JacksonException e) {
            throw translate(e, path(pathView));
        }
    }

    private Node alias(JsonParser p, int line, int column, List<Frame> pathView) {
        String name = text(p, pathView);
        if (!limits.allowsAliases()) {
            throw fail(line, column, path(pathView), "YAML alias '*" + name + "' is not allowed",
                    "anchors (&name) and aliases (*name) are rejected by default; write the value out, or allow"
                            + " aliases with ReadLimits.maxAliases", null);
        }
        Node target = anchors.get(name);
        if (target == null) {
            String hint = p instanceof AnchoredYamlParser ? "define the anchor before using it"
                    : "define the anchor before using it; this mapper's YAML parser does not report anchors on single"
                    + " values (name: &n text), so read with ProfileDocuments.yaml(limits) or write the value out";
            throw fail(line, column, path(pathView), "YAML alias '*" + name + "' refers to no earlier anchor '&" + name
                    + "'", hint, null);
        }
        aliases++;
        if (aliases > limits.maxAliases()) {
            throw fail(line, column, path(pathView), "more than " + limits.maxAliases() + " YAML aliases",
                    values ? "values may use at most " + limits.maxAliases() + " aliases"
                            : "ReadLimits.maxAliases bounds alias uses", null);
        }
        expanded += target.size();
        if (expanded > maxExpandedNodes) {
            throw fail(line, column, path(pathView), "YAML aliases expand to more than " + maxExpandedNodes
                    + " nodes (an alias bomb?)", values ? "values may expand to at most " + maxExpandedNodes + " nodes"
                    : "ReadLimits.maxDocumentChars bounds the expanded document", null);
        }
        return target;
    }

    /** The anchor of a mapping, list or scalar value, checked against the limits; null if none. */
    private String anchorOf(JsonParser p, int line, int column, List<Frame> pathView) {
        Object id;
        if (p instanceof AnchoredYamlParser) {
            id = ((AnchoredYamlParser) p).currentAnchor().orElse(null);
        } else {
            try {
                id = p.getObjectId();
            } catch (JacksonException e) {
                throw translate(e, path(pathView));
            }
        }
        return checkAnchor(id, line, column, pathView);
    }

    /**
     * The anchor of a mapping key. Only an {@link AnchoredYamlParser} tells it apart: a plain
     * parser may still report the enclosing mapping's anchor on its first key.
     */
    private String keyAnchorOf(JsonParser p, int line, int column, List<Frame> pathView) {
        if (!(p instanceof AnchoredYamlParser)) {
            return null;
        }
        return checkAnchor(((AnchoredYamlParser) p).currentAnchor().orElse(null), line, column, pathView);
    }

    private String checkAnchor(Object id, int line, int column, List<Frame> pathView) {
        if (id == null) {
            return null;
        }
        if (!limits.allowsAliases()) {
            throw fail(line, column, path(pathView), "YAML anchor '&" + id + "' is not allowed",
                    "anchors (&name) and aliases (*name) are rejected by default; write the value out, or allow"
                            + " aliases with ReadLimits.maxAliases", null);
        }
        return id.toString();
    }

    private void checkTag(JsonParser p, boolean scalar, int line, int column, List<Frame> pathView) {
        if (values) {
            return; // values YAML may carry any tag; it is read as text and never interpreted
        }
        Object tag;
        try {
            tag = p.getTypeId();
        } catch (JacksonException e) {
            throw translate(e, path(pathView));
        }
        if (tag == null || (scalar && STR_TAG.equals(tag))) {
            return;
        }
        String text = tag.toString();
        String shown = text.startsWith(CORE_TAG_PREFIX) ? "!!" + text.substring(CORE_TAG_PREFIX.length())
                : text.startsWith("!") || text.contains(":") ? text : "!" + text;
        throw fail(line, column, path(pathView), "YAML tag '" + shown + "' is not allowed",
                "ProfileKit documents are plain data: remove the tag (only !!str is accepted, on text)", null);
    }

    private JsonToken next(JsonParser p, List<Frame> pathView) {
        try {
            return p.nextToken();
        } catch (JacksonException e) {
            throw translate(e, path(pathView));
        } catch (UncheckedIOException | ProfileParseException e) {
            throw e;
        } catch (RuntimeException e) {
            // The YAML engine may throw its own unchecked exceptions past Jackson.
            throw fromEngine(e, path(pathView));
        }
    }

    private ProfileParseException fromEngine(RuntimeException e, String path) {
        if (e instanceof MarkedYamlEngineException) {
            return marked((MarkedYamlEngineException) e, path, e);
        }
        return fail(0, 0, path, "could not read the document: " + firstLine(String.valueOf(e.getMessage())), "", e);
    }

    /**
     * Turns a Jackson exception into a parse error.
     *
     * @param e the exception
     * @param path where the reader was
     * @return the parse error
     */
    public ProfileParseException translate(JacksonException e, String path) {
        if (e instanceof JacksonIOException && e.getCause() instanceof java.io.IOException) {
            throw new UncheckedIOException((java.io.IOException) e.getCause());
        }
        Throwable cause = e.getCause();
        if (cause instanceof MarkedYamlEngineException) {
            return marked((MarkedYamlEngineException) cause, path, e);
        }
        TokenStreamLocation loc = e.getLocation();
        int line = loc == null ? 0 : Math.max(0, loc.getLineNr());
        int column = loc == null ? 0 : Math.max(0, loc.getColumnNr());
        String original = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            if (original.contains("nesting depth")) {
                return fail(line, column, path, "nesting is deeper than " + limits.maxNestingDepth() + " levels",
                        "ReadLimits.maxNestingDepth bounds it; ProfileKit documents need fewer than 10", e);
            }
            if (original.contains("Number value length")) {
                return fail(line, column, path, "a number is longer than " + limits.maxNumberLength() + " characters",
                        "quote it to make it text; ReadLimits.maxNumberLength bounds numbers", e);
            }
            if (original.contains("Document length") || original.contains("String value length")) {
                return fail(line, column, path, "the document is larger than " + limits.maxDocumentChars()
                        + " characters", "ReadLimits.maxDocumentChars bounds it", e);
            }
            return fail(line, column, path, "the document breaks a read limit: " + firstLine(original), "", e);
        }
        if (original.startsWith("Duplicate Object property")) {
            return fail(line, column, path, "duplicate key " + original.substring("Duplicate Object property".length())
                    .trim().replace('"', '\''), "each key may appear once in a mapping; remove one", e);
        }
        return fail(line, column, path, "not valid " + syntaxName(e) + ": " + firstLine(original), "", e);
    }

    private static String syntaxName(JacksonException e) {
        Object processor = e.processor();
        return processor instanceof YAMLParser ? "YAML" : processor instanceof JsonParser ? "JSON" : "input";
    }

    private ProfileParseException marked(MarkedYamlEngineException y, String path, Throwable cause) {
        Optional<Mark> mark = y.getProblemMark();
        int line = mark.map(m -> m.getLine() + 1).orElse(0);
        int column = mark.map(m -> m.getColumn() + 1).orElse(0);
        String problem = y.getProblem() == null ? firstLine(String.valueOf(y.getMessage())) : y.getProblem().trim();
        String context = y.getContext() == null ? "" : " (" + y.getContext().trim() + ")";
        return fail(line, column, path, "not valid YAML: " + problem + context, hintFor(problem), cause);
    }

    private static String hintFor(String problem) {
        if (problem.contains("TAB")) {
            return "indent with spaces, not tabs";
        }
        if (problem.contains("special characters") || problem.contains("code point")) {
            return "the document holds control characters or binary data; ProfileKit reads UTF-8 text";
        }
        return "";
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    private ProfileParseException fail(int line, int column, String path, String problem, String hint, Throwable cause) {
        return new ProfileParseException(documentName, Math.max(0, line), Math.max(0, column), path, problem, hint, cause);
    }

    private static String path(List<Frame> frames) {
        StringBuilder sb = new StringBuilder();
        for (int i = frames.size() - 1; i >= 0; i--) {
            Frame f = frames.get(i);
            append(sb, f.name);
            if (i == 0) {
                append(sb, f.map ? f.key : "[" + f.items.size() + "]");
            }
        }
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

    /** A read-only view of the stack, innermost frame first, for building paths on failure. */
    private static final class PathList extends java.util.AbstractList<Frame> {
        private final Deque<Frame> stack;

        PathList(Deque<Frame> stack) {
            this.stack = stack;
        }

        @Override
        public Frame get(int index) {
            int i = 0;
            for (Frame f : stack) {
                if (i++ == index) {
                    return f;
                }
            }
            throw new IndexOutOfBoundsException(index);
        }

        @Override
        public int size() {
            return stack.size();
        }
    }
}
