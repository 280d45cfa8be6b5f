package io.profilekit.yaml.internal;

import io.profilekit.yaml.ProfileParseException;
import io.profilekit.yaml.ReadLimits;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Events from a Jackson streaming parser ({@code jackson-core}, public API only): ProfileKit's own
 * JSON parsers, and the parser of a user's mapper that {@link ModelSerializers} reads from, which
 * may be Jackson's YAML parser (its anchors, aliases and tags come from {@link YAMLParser}'s public
 * accessors; it reports anchors on mappings and lists only).
 */
public final class JsonEvents extends Events {
    private final JsonParser parser;
    private final ReadLimits limits;
    private final boolean owned;
    /** Reading a value the user's parser is already on: the first event is that token. */
    private boolean onFirst;
    /** The user's parser is on a property name inside an object: a mapping start comes first. */
    private boolean syntheticStart;
    private Type type;

    private JsonEvents(String documentName, JsonParser parser, ReadLimits limits, boolean owned, boolean onFirst) {
        super(documentName);
        this.parser = parser;
        this.limits = limits;
        this.owned = owned;
        this.onFirst = onFirst;
        this.syntheticStart = onFirst && parser.currentToken() == JsonToken.PROPERTY_NAME;
    }

    /**
     * A JSON factory enforcing the limits (a little above them where {@link TreeReader} checks
     * first, so that its messages, which name the property path, win).
     *
     * @param limits the limits
     * @return a new factory; immutable and thread-safe
     */
    public static JsonFactory factory(ReadLimits limits) {
        int chars = limits.maxDocumentChars();
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(plusOne(limits.maxNestingDepth()))
                        .maxNumberLength(plusOne(limits.maxNumberLength()))
                        .maxStringLength(chars)
                        .maxNameLength(chars)
                        .maxDocumentLength(chars + 1L)
                        .build())
                // Duplicate keys are found by TreeReader, which says where the first one was.
                .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    private static int plusOne(int n) {
        return n == Integer.MAX_VALUE ? n : n + 1;
    }

    /**
     * Events of a JSON text.
     *
     * @param factory a factory from {@link #factory(ReadLimits)}
     * @param limits the limits it was made for
     * @param text the text
     * @param documentName its name for messages
     * @return the events
     */
    public static JsonEvents of(JsonFactory factory, ReadLimits limits, String text, String documentName) {
        try {
            return new JsonEvents(documentName, factory.createParser(ObjectReadContext.empty(), text), limits, true,
                    false);
        } catch (JacksonException e) {
            throw new ProfileParseException(documentName, 0, 0, "", "not valid JSON: " + firstLine(e.getOriginalMessage()),
                    "", e);
        }
    }

    /**
     * Events of the value a user's parser is on (or, on a property name, of the rest of the object),
     * reading no further than that value's last token.
     *
     * @param parser the parser
     * @param limits the limits the reader applies (for messages)
     * @param documentName the name for messages
     * @return the events
     */
    public static JsonEvents ofCurrentValue(JsonParser parser, ReadLimits limits, String documentName) {
        return new JsonEvents(documentName, parser, limits, false, parser.currentToken() != null);
    }

    @Override
    public Type next() {
        if (syntheticStart) {
            syntheticStart = false;
            type = Type.MAP_START;
            return type;
        }
        JsonToken t;
        if (onFirst) {
            onFirst = false;
            t = parser.currentToken();
        } else {
            try {
                t = parser.nextToken();
            } catch (JacksonException e) {
                throw translate(e);
            }
        }
        type = t == null ? null : typeOf(t);
        return type;
    }

    private Type typeOf(JsonToken t) {
        switch (t) {
            case START_OBJECT:
                return Type.MAP_START;
            case END_OBJECT:
                return Type.MAP_END;
            case START_ARRAY:
                return Type.LIST_START;
            case END_ARRAY:
                return Type.LIST_END;
            case PROPERTY_NAME:
            case VALUE_STRING:
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
            case VALUE_TRUE:
            case VALUE_FALSE:
            case VALUE_NULL:
                return parser instanceof YAMLParser && t != JsonToken.PROPERTY_NAME
                        && ((YAMLParser) parser).isCurrentAlias() ? Type.ALIAS : Type.SCALAR;
            case VALUE_EMBEDDED_OBJECT:
                // Jackson's YAML parser decodes !!binary itself and reports no tag for it.
                throw fail("YAML tag '!!binary' is not allowed",
                        "ProfileKit documents are plain data: remove the tag (only !!str is accepted, on text)", null);
            default:
                throw fail("unsupported content (" + t + ")", "ProfileKit documents hold only mappings, lists and text",
                        null);
        }
    }

    @Override
    public int line() {
        TokenStreamLocation loc = parser.currentTokenLocation();
        return loc == null ? 0 : Math.max(0, loc.getLineNr());
    }

    @Override
    public int column() {
        TokenStreamLocation loc = parser.currentTokenLocation();
        return loc == null ? 0 : Math.max(0, loc.getColumnNr());
    }

    @Override
    public String text() {
        try {
            return parser.currentToken() == JsonToken.PROPERTY_NAME ? parser.currentName() : parser.getString();
        } catch (JacksonException e) {
            throw translate(e);
        }
    }

    @Override
    public Node.ScalarKind kind() {
        switch (parser.currentToken()) {
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return Node.ScalarKind.NUMBER;
            case VALUE_TRUE:
            case VALUE_FALSE:
                return Node.ScalarKind.BOOLEAN;
            case VALUE_NULL:
                return Node.ScalarKind.NULL;
            default:
                return Node.ScalarKind.STRING;
        }
    }

    @Override
    public String anchor() {
        if (!(parser instanceof YAMLParser) || type == Type.MAP_END || type == Type.LIST_END
                || parser.currentToken() == JsonToken.PROPERTY_NAME) {
            return null; // Jackson may report the enclosing mapping's anchor on its first key
        }
        try {
            Object id = parser.getObjectId();
            return id == null ? null : id.toString();
        } catch (JacksonException e) {
            throw translate(e);
        }
    }

    @Override
    public String tag() {
        if (!(parser instanceof YAMLParser) || parser.currentToken() == JsonToken.PROPERTY_NAME) {
            return null;
        }
        try {
            Object tag = parser.getTypeId();
            return tag == null ? null : tag.toString();
        } catch (JacksonException e) {
            throw translate(e);
        }
    }

    @Override
    public boolean reportsEveryAnchor() {
        return false;
    }

    @Override
    public boolean isYaml() {
        return parser instanceof YAMLParser;
    }

    @Override
    public void close() {
        if (owned) {
            try {
                parser.close();
            } catch (JacksonException e) {
                // Reading from a String: nothing to release that could fail meaningfully.
            }
        }
    }

    private ProfileParseException translate(JacksonException e) {
        if (e instanceof JacksonIOException && e.getCause() instanceof IOException) {
            throw new UncheckedIOException((IOException) e.getCause());
        }
        TokenStreamLocation loc = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        int line = loc == null ? 0 : Math.max(0, loc.getLineNr());
        int column = loc == null ? 0 : Math.max(0, loc.getColumnNr());
        String original = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            if (original.contains("nesting depth")) {
                return fail(line, column, TreeReader.tooDeep(limits), TreeReader.TOO_DEEP_HINT, e);
            }
            if (original.contains("Number value length")) {
                return fail(line, column, TreeReader.numberTooLong(limits), TreeReader.NUMBER_HINT, e);
            }
            if (original.contains("Document length") || original.contains("String value length")
                    || original.contains("Name length")) {
                return fail(line, column, Input.tooLarge(limits), "", e);
            }
            return fail(line, column, "the document breaks a read limit: " + firstLine(original), "", e);
        }
        return fail(line, column, "not valid " + (isYaml() ? "YAML" : "JSON") + ": " + firstLine(original), "", e);
    }
}
