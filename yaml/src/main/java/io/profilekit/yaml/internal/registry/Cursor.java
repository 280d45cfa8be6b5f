package io.profilekit.yaml.internal.registry;

import io.profilekit.yaml.registry.PackRegistryException;
import io.profilekit.yaml.registry.RegistryWarning;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.dataformat.yaml.YAMLParser;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one JSON or YAML document token by token, so that every error and warning can name the
 * file, line, column and field. A hand-written pull reader rather than data binding, because the
 * readers must tell apart what is fatal (syntax, wrong types) from what Palette publishes anyway
 * (unknown fields, a missing dependency type), and must read YAML scalars as their exact text
 * ({@code version: 1.10} stays {@code "1.10"}).
 *
 * <p>YAML aliases are refused: Jackson's streaming YAML parser reads an alias as the anchor's
 * <em>name</em>, which would be silently wrong data. (An anchor that nothing refers to changes no
 * value and is read as usual.) Duplicate keys are refused by the
 * parser ({@code STRICT_DUPLICATE_DETECTION}). Not thread-safe; one instance per document. Internal.
 */
final class Cursor implements AutoCloseable {
    private final JsonParser parser;
    private final String file;
    private final boolean yaml;
    private final List<RegistryWarning> warnings;
    private final Deque<int[]> nameLocations = new ArrayDeque<>();
    private int nameLine;
    private int nameColumn;

    private Cursor(JsonParser parser, String file, boolean yaml, List<RegistryWarning> warnings) {
        this.parser = parser;
        this.file = file;
        this.yaml = yaml;
        this.warnings = warnings;
    }

    /**
     * Opens a JSON document.
     *
     * @param factory a factory from {@link ReadLimits#jsonFactory()}
     * @param file the file's name in messages
     * @param text the document
     * @param warnings where warnings go
     * @return the cursor, before the first token
     */
    static Cursor json(TokenStreamFactory factory, String file, String text, List<RegistryWarning> warnings) {
        return open(factory, file, text, false, warnings);
    }

    /**
     * Opens a YAML document.
     *
     * @param factory a factory from {@link ReadLimits#yamlFactory()}
     * @param file the file's name in messages
     * @param text the document
     * @param warnings where warnings go
     * @return the cursor, before the first token
     */
    static Cursor yaml(TokenStreamFactory factory, String file, String text, List<RegistryWarning> warnings) {
        return open(factory, file, text, true, warnings);
    }

    private static Cursor open(TokenStreamFactory factory, String file, String text, boolean yaml,
                               List<RegistryWarning> warnings) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try {
            return new Cursor(factory.createParser(ObjectReadContext.empty(), body), file, yaml, warnings);
        } catch (JacksonException e) {
            throw new PackRegistryException(file, 0, 0, null, "cannot be parsed: " + e.getOriginalMessage(), e);
        }
    }

    /** The file's name in messages. */
    String file() {
        return file;
    }

    /**
     * Moves to the document's root value.
     *
     * @return false if the document is empty (YAML: nothing but comments or blanks)
     */
    boolean start() {
        JsonToken t = next();
        if (t == null && !yaml) {
            throw new PackRegistryException(file, 1, 1, null, "the file is empty; expected a JSON object", null);
        }
        return t != null;
    }

    /** Checks that nothing follows the root value (a second JSON value or YAML document). */
    void finish() {
        if (next() != null) {
            throw error("", yaml ? "more than one YAML document; expected exactly one" : "unexpected content after the JSON object");
        }
    }

    /**
     * Advances to the next token, refusing anchors and aliases and turning parser errors into
     * {@link PackRegistryException}s with file, line, column and field.
     *
     * @return the token, or null at the end of the input
     */
    JsonToken next() {
        JsonToken t;
        try {
            t = parser.nextToken();
        } catch (JacksonException e) {
            throw translate(e);
        }
        if (yaml && t != null) {
            YAMLParser y = (YAMLParser) parser;
            if (y.isCurrentAlias()) {
                throw error(path(), "YAML aliases (*" + text() + ") are not supported (the anchored value would"
                        + " be read as the anchor's name); write the value out in full");
            }
        }
        return t;
    }

    private PackRegistryException translate(JacksonException e) {
        TokenStreamLocation loc = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        String original = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        String problem;
        if (e instanceof StreamConstraintsException) {
            problem = "exceeds a read limit: " + original;
        } else if (original.startsWith("Duplicate Object property")) {
            problem = "duplicate key " + original.substring("Duplicate Object property".length()).trim()
                    + ": each key may appear only once in a mapping";
        } else {
            problem = (yaml ? "YAML syntax error: " : "JSON syntax error: ") + cleanSyntaxMessage(original);
        }
        return new PackRegistryException(file, line(loc), column(loc), emptyToNull(path()), problem, e);
    }

    /** Keeps the sentences of a snakeyaml message, dropping its own position lines and snippets. */
    private static String cleanSyntaxMessage(String message) {
        List<String> kept = new ArrayList<>();
        for (String line : message.split("\\R")) {
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("in reader") || trimmed.equals("^")
                    || line.startsWith("    ") || trimmed.startsWith("at [Source")) {
                continue;
            }
            kept.add(trimmed);
        }
        return kept.isEmpty() ? message.trim() : String.join("; ", kept);
    }

    /** The current token. */
    JsonToken token() {
        return parser.currentToken();
    }

    /** The current token's text. */
    String text() {
        try {
            return parser.getString();
        } catch (JacksonException e) {
            throw translate(e);
        }
    }

    /**
     * The dotted path of the current position, e.g. {@code constraints.dependencies[0].type}.
     *
     * @return the path, empty at the root
     */
    String path() {
        List<String> parts = new ArrayList<>();
        for (TokenStreamContext c = parser.streamReadContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                if (c.getCurrentIndex() >= 0) {
                    parts.add("[" + c.getCurrentIndex() + "]");
                }
            } else if (c.inObject() && c.currentName() != null) {
                parts.add("." + c.currentName());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = parts.size() - 1; i >= 0; i--) {
            sb.append(parts.get(i));
        }
        return sb.length() > 0 && sb.charAt(0) == '.' ? sb.substring(1) : sb.toString();
    }

    /**
     * An error at the current token.
     *
     * @param field the field's dotted path
     * @param problem what is wrong
     * @return the exception, to throw
     */
    PackRegistryException error(String field, String problem) {
        TokenStreamLocation loc = parser.currentTokenLocation();
        return new PackRegistryException(file, line(loc), column(loc), emptyToNull(field), problem, null);
    }

    /**
     * An error at the last property name read by {@link #nextName()}.
     *
     * @param field the field's dotted path
     * @param problem what is wrong
     * @return the exception, to throw
     */
    PackRegistryException errorAtName(String field, String problem) {
        return new PackRegistryException(file, nameLine, nameColumn, emptyToNull(field), problem, null);
    }

    /**
     * Records a warning at the current token.
     *
     * @param field the field's dotted path
     * @param message what was tolerated
     */
    void warn(String field, String message) {
        TokenStreamLocation loc = parser.currentTokenLocation();
        warnings.add(new RegistryWarning(file, line(loc), column(loc), field, message));
    }

    /**
     * Records a warning at the last property name read by {@link #nextName()}.
     *
     * @param field the field's dotted path
     * @param message what was tolerated
     */
    void warnAtName(String field, String message) {
        warnings.add(new RegistryWarning(file, nameLine, nameColumn, field, message));
    }

    /**
     * Records a warning at a location saved with {@link #mark()}.
     *
     * @param mark the location
     * @param field the field's dotted path
     * @param message what was tolerated
     */
    void warnAt(int[] mark, String field, String message) {
        warnings.add(new RegistryWarning(file, mark[0], mark[1], field, message));
    }

    /**
     * The current token's line and column, to report later.
     *
     * @return {line, column}
     */
    int[] mark() {
        TokenStreamLocation loc = parser.currentTokenLocation();
        return new int[] {line(loc), column(loc)};
    }

    private static int line(TokenStreamLocation loc) {
        return loc == null ? 0 : Math.max(0, loc.getLineNr());
    }

    private static int column(TokenStreamLocation loc) {
        return loc == null ? 0 : Math.max(0, loc.getColumnNr());
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    // ---- structure

    /**
     * Checks that the current token starts an object (a mapping).
     *
     * @param field the field's dotted path
     */
    void expectObject(String field) {
        if (token() != JsonToken.START_OBJECT) {
            throw error(field, "expected " + (yaml ? "a mapping" : "an object") + ", found " + describe());
        }
        nameLocations.push(new int[] {nameLine, nameColumn});
    }

    /**
     * Moves to the next property of the current object and then to its value.
     *
     * @return the property's name, or null at the end of the object
     */
    String nextName() {
        JsonToken t = next();
        if (t == JsonToken.END_OBJECT) {
            int[] outer = nameLocations.isEmpty() ? new int[] {0, 0} : nameLocations.pop();
            nameLine = outer[0];
            nameColumn = outer[1];
            return null;
        }
        if (t != JsonToken.PROPERTY_NAME) {
            throw error(path(), "expected a key, found " + describe());
        }
        TokenStreamLocation loc = parser.currentTokenLocation();
        nameLine = line(loc);
        nameColumn = column(loc);
        String name = text();
        next();
        return name;
    }

    /**
     * Checks that the current token starts an array (a list).
     *
     * @param field the field's dotted path
     */
    void expectArray(String field) {
        if (token() != JsonToken.START_ARRAY) {
            throw error(field, "expected " + (yaml ? "a list" : "an array") + ", found " + describe());
        }
    }

    /**
     * Moves to the next element of the current array.
     *
     * @return false at the end of the array
     */
    boolean nextElement() {
        JsonToken t = next();
        return t != JsonToken.END_ARRAY;
    }

    /** Skips the current value, with everything nested in it. */
    void skip() {
        JsonToken t = token();
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            int depth = 1;
            while (depth > 0) {
                JsonToken n = next();
                if (n == null) {
                    throw error(path(), "unexpected end of input");
                }
                if (n == JsonToken.START_OBJECT || n == JsonToken.START_ARRAY) {
                    depth++;
                } else if (n == JsonToken.END_OBJECT || n == JsonToken.END_ARRAY) {
                    depth--;
                }
            }
        }
    }

    /** Whether the current value is null (YAML: {@code null}, {@code ~}-free empty value). */
    boolean isNull() {
        return token() == JsonToken.VALUE_NULL;
    }

    // ---- scalars

    /**
     * The current value as text. In JSON only a string is accepted; in YAML any scalar is read as
     * its exact text ({@code 1.10} stays {@code "1.10"}).
     *
     * @param field the field's dotted path
     * @return the text, or null if the value is null
     */
    String textOrNull(String field) {
        JsonToken t = token();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t == JsonToken.VALUE_STRING) {
            return text();
        }
        if (yaml && t != null && t.isScalarValue()) {
            return text();
        }
        String hint = t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT
                ? " (write it in quotes: \"" + text() + "\")" : "";
        throw error(field, "expected a string, found " + describe() + hint);
    }

    /**
     * The current value as a whole number.
     *
     * @param field the field's dotted path
     * @return the number, or null if the value is null
     */
    Long longOrNull(String field) {
        JsonToken t = token();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            try {
                return new BigDecimal(text()).longValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                throw error(field, "expected a whole number, found " + text());
            }
        }
        throw error(field, "expected a number, found " + describe());
    }

    /**
     * The current value as a list of strings; null gives an empty list.
     *
     * @param field the field's dotted path
     * @return the strings
     */
    List<String> textList(String field) {
        List<String> out = new ArrayList<>();
        if (isNull()) {
            return out;
        }
        expectArray(field);
        while (nextElement()) {
            String element = field + "[" + out.size() + "]";
            String text = textOrNull(element);
            if (text == null) {
                throw error(element, "expected a string, found null");
            }
            out.add(text);
        }
        return out;
    }

    /**
     * The current value as a map of strings; null gives an empty map.
     *
     * @param field the field's dotted path
     * @return the entries, in document order
     */
    Map<String, String> textMap(String field) {
        Map<String, String> out = new LinkedHashMap<>();
        if (isNull()) {
            return out;
        }
        expectObject(field);
        for (String key = nextName(); key != null; key = nextName()) {
            String entry = field + "." + key;
            String text = textOrNull(entry);
            if (text == null) {
                throw error(entry, "expected a string, found null");
            }
            out.put(key, text);
        }
        return out;
    }

    /**
     * Describes the current token for messages.
     *
     * @return e.g. {@code "the number 1.10"}, {@code "an array"}
     */
    String describe() {
        JsonToken t = token();
        if (t == null) {
            return "the end of the file";
        }
        switch (t) {
            case START_OBJECT:
                return yaml ? "a mapping" : "an object";
            case START_ARRAY:
                return yaml ? "a list" : "an array";
            case VALUE_STRING:
                return "the string \"" + abbreviate(text()) + "\"";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "the number " + abbreviate(text());
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "the boolean " + text();
            case VALUE_NULL:
                return "null";
            default:
                return t.name();
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (JacksonException e) {
            // Reading from a String: nothing to release that could fail meaningfully.
        }
    }
}
