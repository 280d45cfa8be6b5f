package io.profilekit.yaml.internal;

import io.profilekit.rules.SafeText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A mapping being bound: hands out its fields, remembers which were used, and reports the others
 * as unknown (an error in a strict format, a warning in a tolerant one).
 */
public final class Obj {
    private final Ctx ctx;
    private final Node.MapNode node;
    private final String path;
    /** The keys asked for: a handful per mapping, so a list (asked keys only, however many entries). */
    private final List<String> used = new ArrayList<>(8);

    private Obj(Ctx ctx, Node.MapNode node, String path) {
        this.ctx = ctx;
        this.node = node;
        this.path = path;
    }

    /**
     * Views a node as a mapping.
     *
     * @param ctx the context
     * @param n the node
     * @param path its path
     * @param expected what belongs there, for the hint, e.g. "name, version, description and tags"
     * @return the view
     * @throws io.profilekit.yaml.ProfileParseException if the node is not a mapping
     */
    public static Obj of(Ctx ctx, Node n, String path, String expected) {
        if (n instanceof Node.MapNode) {
            return new Obj(ctx, (Node.MapNode) n, path);
        }
        throw ctx.fail(n, path, "expected " + ctx.mappingWord() + ", found " + ctx.describe(n),
                "expected fields " + expected);
    }

    /** @return the node */
    public Node.MapNode node() {
        return node;
    }

    /** @return the path */
    public String path() {
        return path;
    }

    /** @return the context */
    public Ctx ctx() {
        return ctx;
    }

    /**
     * The path of a field.
     *
     * @param key the field
     * @return e.g. {@code spec.layers[0].pack.name}
     */
    public String path(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /**
     * A field's value; null or missing values are empty.
     *
     * @param key the field
     * @return the value
     */
    public Optional<Node> get(String key) {
        if (!used.contains(key)) {
            used.add(key);
        }
        Node.Entry e = node.entries().get(key);
        if (e == null || (e.value() instanceof Node.ScalarNode && ((Node.ScalarNode) e.value()).isNull())) {
            return Optional.empty();
        }
        return Optional.of(e.value());
    }

    /**
     * Whether the field is present (even if null).
     *
     * @param key the field
     * @return true if present
     */
    public boolean has(String key) {
        return node.entries().containsKey(key);
    }

    /**
     * A required field's value.
     *
     * @param key the field
     * @return the value
     * @throws io.profilekit.yaml.ProfileParseException if missing or null
     */
    public Node require(String key) {
        Optional<Node> v = get(key);
        if (v.isPresent()) {
            return v.get();
        }
        Node.Entry e = node.entries().get(key);
        if (e != null) {
            throw ctx.fail(e, path(key), "field " + SafeText.quote(key) + " has no value",
                    "give it a value; null, ~ and an empty value all mean none (quote '~' or 'null' to mean the text)");
        }
        throw ctx.fail(node, path, "missing required field " + SafeText.quote(key), "add '" + key + ":'");
    }

    /**
     * A required text field.
     *
     * @param key the field
     * @return the text
     */
    public String requiredText(String key) {
        return ctx.text(require(key), path(key));
    }

    /**
     * An optional text field.
     *
     * @param key the field
     * @return the text, or empty if missing or null
     */
    public Optional<String> text(String key) {
        return get(key).map(n -> ctx.text(n, path(key)));
    }

    /**
     * An optional string field: in JSON, a string (not a number or a boolean); see
     * {@link Ctx#string(Node, String)}.
     *
     * @param key the field
     * @return the text, or empty if missing or null
     */
    public Optional<String> string(String key) {
        return get(key).map(n -> ctx.string(n, path(key)));
    }

    /**
     * An optional boolean field: {@code true} or {@code false}, unquoted.
     *
     * @param key the field
     * @return the value, or empty if missing or null
     * @throws io.profilekit.yaml.ProfileParseException if the value is not a boolean
     */
    public Optional<Boolean> bool(String key) {
        return get(key).map(n -> {
            if (n instanceof Node.ScalarNode && ((Node.ScalarNode) n).kind() == Node.ScalarKind.BOOLEAN) {
                return Boolean.parseBoolean(((Node.ScalarNode) n).text().toLowerCase(java.util.Locale.ROOT));
            }
            throw ctx.fail(n, path(key), "expected true or false, found " + ctx.describe(n),
                    "write true or false, without quotes");
        });
    }

    /**
     * An optional list of strings.
     *
     * @param key the field
     * @return the strings; empty if missing or null
     */
    public List<String> strings(String key) {
        List<Node> items = list(key);
        List<String> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            out.add(ctx.string(items.get(i), path(key) + "[" + i + "]"));
        }
        return out;
    }

    /**
     * An optional mapping of strings.
     *
     * @param key the field
     * @return the entries in document order; empty if missing or null
     */
    public Map<String, String> stringMap(String key) {
        Map<String, String> out = new LinkedHashMap<>();
        obj(key, "keys with text values").ifPresent(o -> {
            for (Node.Entry e : o.node().entries().values()) {
                out.put(e.key(), o.ctx.string(e.value(), o.path(e.key())));
            }
        });
        return out;
    }

    /**
     * A required mapping field.
     *
     * @param key the field
     * @param expected what belongs in it, for the hint
     * @return the view
     */
    public Obj requiredObj(String key, String expected) {
        return Obj.of(ctx, require(key), path(key), expected);
    }

    /**
     * An optional mapping field.
     *
     * @param key the field
     * @param expected what belongs in it, for the hint
     * @return the view, or empty if missing or null
     */
    public Optional<Obj> obj(String key, String expected) {
        return get(key).map(n -> Obj.of(ctx, n, path(key), expected));
    }

    /**
     * An optional list field.
     *
     * @param key the field
     * @return the items; empty if missing or null
     */
    public List<Node> list(String key) {
        return get(key).map(n -> ctx.list(n, path(key))).orElse(List.of());
    }

    /**
     * An optional list of text.
     *
     * @param key the field
     * @return the texts; empty if missing or null
     */
    public List<String> texts(String key) {
        List<Node> items = list(key);
        List<String> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            out.add(ctx.text(items.get(i), path(key) + "[" + i + "]"));
        }
        return out;
    }

    /**
     * The entries not yet used.
     *
     * @return the entries, in document order
     */
    public List<Node.Entry> unused() {
        List<Node.Entry> out = new ArrayList<>();
        for (Map.Entry<String, Node.Entry> e : node.entries().entrySet()) {
            if (!used.contains(e.getKey())) {
                out.add(e.getValue());
            }
        }
        return out;
    }

    /**
     * Reports every field not used: an error naming the closest known field in a strict format; a
     * warning in a tolerant one (empty values carry nothing and are passed over).
     *
     * @param known the fields this mapping may have
     */
    public void finish(List<String> known) {
        finish(known, null);
    }

    /**
     * Reports every field not used, as {@link #finish(List)} does; in a tolerant format, every one
     * (empty or not) is a warning saying it is not a field of {@code what}.
     *
     * @param known the fields this mapping may have
     * @param what what the fields belong to, e.g. "Palette's pack.json schema"; null for the
     *     document formats' own warning
     */
    public void finish(List<String> known, String what) {
        for (Node.Entry e : unused()) {
            if (what != null && !ctx.strict()) {
                ctx.warn(e.line(), e.column(), path(e.key()), "not a field of " + what + "; ignored");
                continue;
            }
            if (ctx.strict()) {
                throw ctx.fail(e, path(e.key()), "unknown field " + SafeText.quote(e.key()),
                        Ctx.didYouMean(e.key(), known, "fields here"));
            }
            if (!Ctx.isEmpty(e.value())) {
                ctx.warn(e.line(), e.column(), path(e.key()), "field " + SafeText.quote(e.key())
                        + " has no place in ProfileKit's model; ignored");
            }
        }
    }
}
