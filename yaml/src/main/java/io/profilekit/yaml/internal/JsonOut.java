package io.profilekit.yaml.internal;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

/** Turns {@link Out} documents into Jackson trees and JSON text. */
public final class JsonOut {
    private JsonOut() {
    }

    /** Built on first use and shared: a mapper is immutable and thread-safe. */
    private static final class Holder {
        static final ObjectWriter PRETTY = JsonMapper.builder().build().writerWithDefaultPrettyPrinter();
    }

    /**
     * Converts a document to a Jackson tree.
     *
     * @param out the document
     * @return the tree
     */
    public static JsonNode tree(Out out) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (out instanceof Out.OMap) {
            ObjectNode node = f.objectNode();
            for (Map.Entry<String, Out> e : ((Out.OMap) out).entries().entrySet()) {
                node.set(e.getKey(), tree(e.getValue()));
            }
            return node;
        }
        if (out instanceof Out.OList) {
            ArrayNode node = f.arrayNode();
            for (Out item : ((Out.OList) out).items()) {
                node.add(tree(item));
            }
            return node;
        }
        if (out instanceof Out.OBool) {
            return f.booleanNode(((Out.OBool) out).value());
        }
        return f.stringNode(((Out.OText) out).text());
    }

    /**
     * Writes one document as pretty-printed JSON.
     *
     * @param out the document
     * @return the JSON text, ending with a line break
     */
    public static String write(Out out) {
        return Holder.PRETTY.writeValueAsString(tree(out)) + "\n";
    }

    /**
     * Writes several documents as one pretty-printed JSON array.
     *
     * @param outs the documents
     * @return the JSON text, ending with a line break
     */
    public static String writeArray(List<? extends Out> outs) {
        Out.OList list = new Out.OList();
        outs.forEach(list::add);
        return write(list);
    }
}
