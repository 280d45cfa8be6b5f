package io.profilekit.yaml.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A document to write: mappings, lists, text (plain or block) and booleans, in order. */
public abstract sealed class Out permits Out.OMap, Out.OList, Out.OText, Out.OBool {
    Out() {
    }

    /** A mapping. */
    public static final class OMap extends Out {
        private final Map<String, Out> entries = new LinkedHashMap<>();

        /**
         * Adds an entry.
         *
         * @param key the key
         * @param value the value
         * @return this
         */
        public OMap put(String key, Out value) {
            entries.put(key, value);
            return this;
        }

        /**
         * Adds a text entry.
         *
         * @param key the key
         * @param text the text
         * @return this
         */
        public OMap text(String key, String text) {
            return put(key, new OText(text, false));
        }

        /**
         * Adds a multi-line text entry, written as a YAML block scalar where it can be.
         *
         * @param key the key
         * @param text the text
         * @return this
         */
        public OMap block(String key, String text) {
            return put(key, new OText(text, true));
        }

        /** @return the entries in order */
        public Map<String, Out> entries() {
            return entries;
        }
    }

    /** A list. */
    public static final class OList extends Out {
        private final List<Out> items = new ArrayList<>();

        /**
         * Adds an item.
         *
         * @param item the item
         * @return this
         */
        public OList add(Out item) {
            items.add(item);
            return this;
        }

        /** @return the items */
        public List<Out> items() {
            return items;
        }
    }

    /** Text; {@code block} asks for a YAML literal block scalar. */
    public static final class OText extends Out {
        private final String text;
        private final boolean block;

        /**
         * @param text the text
         * @param block whether to write it as a block scalar where exact
         */
        public OText(String text, boolean block) {
            this.text = text;
            this.block = block;
        }

        /** @return the text */
        public String text() {
            return text;
        }

        /** @return whether a block scalar is wanted */
        public boolean block() {
            return block;
        }
    }

    /** A boolean. */
    public static final class OBool extends Out {
        private final boolean value;

        /** @param value the value */
        public OBool(boolean value) {
            this.value = value;
        }

        /** @return the value */
        public boolean value() {
            return value;
        }
    }
}
