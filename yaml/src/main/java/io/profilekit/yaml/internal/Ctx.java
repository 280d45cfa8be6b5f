package io.profilekit.yaml.internal;

import io.profilekit.rules.Suggestions;

import io.profilekit.yaml.ProfileParseException;
import io.profilekit.yaml.ReadWarning;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Binding context: the document's name, strict or tolerant, JSON or YAML (for the words messages
 * use), and the warnings collected.
 */
public final class Ctx {
    private final String documentName;
    private final boolean strict;
    private final boolean json;
    private final List<ReadWarning> warnings;

    /**
     * @param documentName the document's name
     * @param strict whether unknown fields are errors (ProfileKit's format) or warnings (Palette's)
     * @param json whether the input is JSON (objects, arrays and strings) rather than YAML
     * @param warnings where warnings go
     */
    public Ctx(String documentName, boolean strict, boolean json, List<ReadWarning> warnings) {
        this.documentName = documentName;
        this.strict = strict;
        this.json = json;
        this.warnings = warnings;
    }

    /** @return the document's name */
    public String documentName() {
        return documentName;
    }

    /** @return whether unknown fields are errors */
    public boolean strict() {
        return strict;
    }

    /**
     * A parse error at a node.
     *
     * @param at the node (for line and column), or null
     * @param path the property path
     * @param problem what is wrong
     * @param hint how to fix it, or empty
     * @return the exception, to throw
     */
    public ProfileParseException fail(Node at, String path, String problem, String hint) {
        return new ProfileParseException(documentName, at == null ? 0 : at.line(), at == null ? 0 : at.column(), path,
                problem, hint, null);
    }

    /**
     * A parse error at a mapping key.
     *
     * @param at the entry
     * @param path the property path
     * @param problem what is wrong
     * @param hint how to fix it, or empty
     * @return the exception, to throw
     */
    public ProfileParseException fail(Node.Entry at, String path, String problem, String hint) {
        return new ProfileParseException(documentName, at.line(), at.column(), path, problem, hint, null);
    }

    /**
     * Records content that was read but not kept.
     *
     * @param line the line
     * @param column the column
     * @param path the property path
     * @param message what was not kept and why
     */
    public void warn(int line, int column, String path, String message) {
        warnings.add(new ReadWarning(documentName, Math.max(0, line), Math.max(0, column), path, message));
    }

    /**
     * Records content that was read but not kept, at a node.
     *
     * @param at the node
     * @param path the property path
     * @param message what was tolerated and what was done about it
     */
    public void warn(Node at, String path, String message) {
        warn(at.line(), at.column(), path, message);
    }

    /**
     * What a node is, in the words of the input's syntax.
     *
     * @param n the node
     * @return e.g. "a mapping" (YAML) or "an object" (JSON), "the number 1.10"
     */
    public String describe(Node n) {
        if (n instanceof Node.MapNode) {
            return mappingWord();
        }
        if (n instanceof Node.ListNode) {
            return json ? "an array" : "a list";
        }
        Node.ScalarNode s = (Node.ScalarNode) n;
        switch (s.kind()) {
            case NUMBER:
                return "the number " + abbreviate(s.text());
            case BOOLEAN:
                return "the boolean " + s.text();
            case NULL:
                return "null";
            default:
                return json ? "the string \"" + abbreviate(s.text()) + "\"" : "text";
        }
    }

    /** @return "a mapping" (YAML) or "an object" (JSON) */
    public String mappingWord() {
        return json ? "an object" : "a mapping";
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    /**
     * The text of a JSON string, or of any YAML scalar: JSON numbers and booleans are not text
     * where the file's schema says string (write {@code "1.10"}, not {@code 1.10}).
     *
     * @param n the node
     * @param path its path
     * @return the text
     * @throws ProfileParseException if the node is not text
     */
    public String string(Node n, String path) {
        if (json && n instanceof Node.ScalarNode && ((Node.ScalarNode) n).kind() != Node.ScalarKind.STRING
                && !((Node.ScalarNode) n).isNull()) {
            Node.ScalarNode s = (Node.ScalarNode) n;
            throw fail(n, path, "expected a string, found " + describe(n), s.kind() == Node.ScalarKind.NUMBER
                    ? "write it in quotes: \"" + s.text() + "\"" : "");
        }
        return text(n, path);
    }

    /**
     * A whole number.
     *
     * @param n the node
     * @param path its path
     * @return the number
     * @throws ProfileParseException if the node is not a whole number
     */
    public long wholeNumber(Node n, String path) {
        if (n instanceof Node.ScalarNode && ((Node.ScalarNode) n).kind() == Node.ScalarKind.NUMBER) {
            try {
                return new java.math.BigDecimal(((Node.ScalarNode) n).text()).longValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                throw fail(n, path, "expected a whole number, found " + describe(n), "");
            }
        }
        throw fail(n, path, "expected a number, found " + describe(n), "");
    }

    /**
     * The text of a scalar: text, numbers and booleans as written.
     *
     * @param n the node
     * @param path its path
     * @return the text
     * @throws ProfileParseException if the node is a mapping, a list or null
     */
    public String text(Node n, String path) {
        if (n instanceof Node.ScalarNode && !((Node.ScalarNode) n).isNull()) {
            return ((Node.ScalarNode) n).text();
        }
        throw fail(n, path, (json ? "expected a string, found " : "expected text, found ") + describe(n),
                n instanceof Node.ScalarNode ? "" : "write a single value here");
    }

    /**
     * The items of a list.
     *
     * @param n the node
     * @param path its path
     * @return the items
     * @throws ProfileParseException if the node is not a list
     */
    public List<Node> list(Node n, String path) {
        if (n instanceof Node.ListNode) {
            return ((Node.ListNode) n).items();
        }
        throw fail(n, path, (json ? "expected an array, found " : "expected a list, found ") + describe(n),
                json ? "write the items in [ ]" : "write one item per line, each starting with '- '");
    }

    /**
     * Whether a value carries nothing (null, empty text, empty mapping or list), so ignoring it
     * loses nothing.
     *
     * @param n the node
     * @return true if empty
     */
    public static boolean isEmpty(Node n) {
        if (n instanceof Node.ScalarNode) {
            Node.ScalarNode s = (Node.ScalarNode) n;
            return s.isNull() || (s.kind() == Node.ScalarKind.STRING && s.text().isEmpty());
        }
        if (n instanceof Node.MapNode) {
            return ((Node.MapNode) n).entries().isEmpty();
        }
        return ((Node.ListNode) n).items().isEmpty();
    }

    /**
     * The closest of the candidates to a misspelled word, for a "did you mean" hint.
     *
     * @param word the word
     * @param candidates the valid words
     * @return the closest candidate within a small edit distance, or empty
     */
    public static Optional<String> closest(String word, List<String> candidates) {
        return Suggestions.closest(word, candidates);
    }

    /**
     * A hint naming the closest valid word, or listing the valid words.
     *
     * @param word the word found
     * @param candidates the valid words
     * @param what e.g. "fields"
     * @return the hint
     */
    public static String didYouMean(String word, List<String> candidates, String what) {
        String mixed = io.profilekit.rules.SafeText.mixedScripts(word).map(m -> " (" + io.profilekit.rules.SafeText
                .quote(word) + " " + m + ")").orElse("");
        return closest(word, candidates).map(c -> "did you mean '" + c + "'?" + mixed)
                .orElse("valid " + what + ": " + String.join(", ", candidates) + mixed);
    }

    /**
     * A new list for warnings.
     *
     * @return an empty mutable list
     */
    public static List<ReadWarning> newWarnings() {
        return new ArrayList<>();
    }
}
