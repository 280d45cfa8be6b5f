package io.profilekit.oci.internal;

import io.profilekit.rules.SafeText;
import io.profilekit.yaml.registry.PackRegistryException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The small JSON documents of the distribution API (manifests, tag lists, catalogs, tokens) read
 * with jackson-core's streaming API into plain maps, lists, strings, numbers and booleans (JSON
 * null as {@link #NULL}): strict (duplicate keys refused), nesting of 32 levels at most, and no
 * data binding, so that it runs beside an application's Jackson 2 annotations. Internal.
 */
public final class Json {
    /** JSON null. */
    public static final Object NULL = new Object();
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).maxStringLength(1 << 20)
                    .maxNumberLength(100).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private Json() {
    }

    /**
     * Reads one JSON document.
     *
     * @param where the URL in messages
     * @param body the bytes
     * @return the value: a {@code Map<String, Object>}, {@code List<Object>}, String, Number, Boolean or {@link #NULL}
     * @throws PackRegistryException if it is not one JSON document
     */
    public static Object parse(String where, byte[] body) {
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), body)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new PackRegistryException(where, 0, 0, "", "the answer is empty, not JSON",
                        "is this an OCI registry (distribution API v2)?", null);
            }
            Object value = value(p, t);
            if (p.nextToken() != null) {
                throw new PackRegistryException(where, 0, 0, "", "the answer holds more than one JSON value",
                        "is this an OCI registry (distribution API v2)?", null);
            }
            return value;
        } catch (JacksonException e) {
            throw new PackRegistryException(where, 0, 0, "", "the answer is not valid JSON: "
                    + SafeText.quote(e.getOriginalMessage()), "is this an OCI registry (distribution API v2)?", e);
        }
    }

    private static Object value(JsonParser p, JsonToken t) {
        switch (t) {
            case START_OBJECT: {
                Map<String, Object> m = new LinkedHashMap<>();
                for (JsonToken n = p.nextToken(); n != JsonToken.END_OBJECT; n = p.nextToken()) {
                    String name = p.currentName();
                    m.put(name, value(p, p.nextToken()));
                }
                return m;
            }
            case START_ARRAY: {
                List<Object> l = new ArrayList<>();
                for (JsonToken n = p.nextToken(); n != JsonToken.END_ARRAY; n = p.nextToken()) {
                    l.add(value(p, n));
                }
                return l;
            }
            case VALUE_STRING:
                return p.getString();
            case VALUE_NUMBER_INT:
                return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? p.getBigIntegerValue() : p.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return p.getNumberValue().doubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            default:
                return NULL;
        }
    }

    /**
     * A field of an object.
     *
     * @param value the value, perhaps an object
     * @param field the field
     * @return the field's value, or empty if the value is not an object or has no such field
     */
    public static Optional<Object> field(Object value, String field) {
        if (value instanceof Map) {
            return Optional.ofNullable(((Map<?, ?>) value).get(field));
        }
        return Optional.empty();
    }

    /**
     * A string field of an object.
     *
     * @param value the value, perhaps an object
     * @param field the field
     * @return its text, or empty if absent or not a string
     */
    public static Optional<String> text(Object value, String field) {
        return field(value, field).filter(String.class::isInstance).map(String.class::cast);
    }
}
