package io.profilekit.yaml.internal;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.dataformat.yaml.YAMLParser;

import java.io.Reader;
import java.util.Optional;

/**
 * A Jackson YAML parser that reports the anchor of the current node — a mapping, a list, a
 * scalar value or a mapping key. Jackson 3.3's {@code YAMLParser.getObjectId()} is null for
 * anchored scalars, so {@code name: &n text} followed by {@code other: *n} would look like an
 * alias to nothing. The anchor is taken from the YAML event behind the current token.
 *
 * <p>When "untyped", every scalar is read as text ({@link JsonToken#VALUE_STRING}) whatever its
 * form or tag: values YAML only has to be well-formed, so {@code !!binary}, {@code !!int} or a
 * custom {@code !tag} must not be decoded (and must not fail to decode).
 */
final class AnchoredYamlParser extends YAMLParser {
    private final boolean untyped;

    AnchoredYamlParser(ObjectReadContext readCtxt, IOContext ioCtxt, BufferRecycler br, int streamReadFeatures,
                       int formatFeatures, LoadSettings loadSettings, Reader reader, boolean ownsReader,
                       boolean untyped) {
        super(readCtxt, ioCtxt, br, streamReadFeatures, formatFeatures, loadSettings, reader, ownsReader);
        this.untyped = untyped;
    }

    /**
     * The anchor of the current node: the mapping or list a start token opens, the scalar value,
     * or the mapping key of a property name. Never the anchor an alias refers to.
     *
     * @return the anchor's name, or empty
     */
    Optional<String> currentAnchor() {
        Event e = _lastEvent;
        if (e instanceof ScalarEvent || e instanceof CollectionStartEvent) {
            return ((NodeEvent) e).getAnchor().map(Anchor::getValue);
        }
        return Optional.empty();
    }

    @Override
    protected JsonToken _decodeScalar(ScalarEvent scalar) {
        if (!untyped) {
            return super._decodeScalar(scalar);
        }
        String value = scalar.getValue();
        _streamReadConstraints.validateStringLength(value.length());
        _textValue = value;
        _cleanedTextValue = null;
        return JsonToken.VALUE_STRING;
    }
}
