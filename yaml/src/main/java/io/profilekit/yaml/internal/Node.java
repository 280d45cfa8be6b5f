package io.profilekit.yaml.internal;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A parsed document node with the place it came from. Scalars keep their source text, so an
 * unquoted {@code 1.10} stays {@code "1.10"}, never the number 1.1.
 */
public abstract sealed class Node permits Node.MapNode, Node.ListNode, Node.ScalarNode {
    private final int line;
    private final int column;
    private final long size;

    Node(int line, int column, long size) {
        this.line = line;
        this.column = column;
        this.size = size;
    }

    /** @return the 1-based line, 0 if unknown */
    public int line() {
        return line;
    }

    /** @return the 1-based column, 0 if unknown */
    public int column() {
        return column;
    }

    /** @return the nodes in this subtree, itself included, aliases expanded */
    public long size() {
        return size;
    }

    /** @return what kind of node this is, for messages: "a mapping", "a list", "text" */
    public abstract String describe();

    /** A mapping entry: the key, where the key is, and the value. */
    public record Entry(String key, int line, int column, Node value) {
    }

    /** A mapping, in document order. */
    public static final class MapNode extends Node {
        private final Map<String, Entry> entries;

        /** A mapping holding {@code entries}, which the caller hands over and no longer changes. */
        MapNode(int line, int column, Map<String, Entry> entries, long size) {
            super(line, column, size);
            this.entries = Collections.unmodifiableMap(entries);
        }

        /** @return the entries by key, in document order */
        public Map<String, Entry> entries() {
            return entries;
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    /** A list. */
    public static final class ListNode extends Node {
        private final List<Node> items;

        ListNode(int line, int column, List<Node> items, long size) {
            super(line, column, size);
            this.items = List.copyOf(items);
        }

        /** @return the items */
        public List<Node> items() {
            return items;
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** What a scalar was written as. */
    public enum ScalarKind {
        /** Text, quoted or not. */
        STRING,
        /** An unquoted number. */
        NUMBER,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** {@code null} or nothing. */
        NULL
    }

    /** A scalar with its source text. */
    public static final class ScalarNode extends Node {
        private final String text;
        private final ScalarKind kind;

        ScalarNode(int line, int column, String text, ScalarKind kind) {
            super(line, column, 1);
            this.text = text;
            this.kind = kind;
        }

        /** @return the text as written (numbers and booleans included) */
        public String text() {
            return text;
        }

        /** @return the kind */
        public ScalarKind kind() {
            return kind;
        }

        /** @return true for null or an empty value */
        public boolean isNull() {
            return kind == ScalarKind.NULL;
        }

        @Override
        public String describe() {
            switch (kind) {
                case NUMBER:
                    return "a number";
                case BOOLEAN:
                    return "a boolean";
                case NULL:
                    return "null";
                default:
                    return "text";
            }
        }
    }
}
