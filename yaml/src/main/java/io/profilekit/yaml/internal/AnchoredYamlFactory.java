package io.profilekit.yaml.internal;

import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.io.IOContext;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLFactoryBuilder;
import tools.jackson.dataformat.yaml.YAMLParser;

import java.io.CharArrayReader;
import java.io.InputStream;
import java.io.Reader;

/**
 * A {@link YAMLFactory} whose parsers are {@link AnchoredYamlParser}s: they report the anchor of
 * every node, scalars included, which Jackson's own YAML parser does not (its
 * {@code getObjectId()} is null for an anchored scalar such as {@code name: &n text}). Optionally
 * its parsers read every scalar as text ("untyped"), for values YAML that only has to be
 * well-formed.
 */
final class AnchoredYamlFactory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    private final boolean untyped;

    /**
     * @param b the settings
     * @param untyped whether scalars are read as text, whatever their tag or form
     */
    AnchoredYamlFactory(YAMLFactoryBuilder b, boolean untyped) {
        super(b);
        this.untyped = untyped;
    }

    private AnchoredYamlFactory(AnchoredYamlFactory src) {
        super(src);
        this.untyped = src.untyped;
    }

    @Override
    public AnchoredYamlFactory copy() {
        return new AnchoredYamlFactory(this);
    }

    @Override
    protected Object readResolve() {
        return new AnchoredYamlFactory(this);
    }

    private YAMLParser parser(ObjectReadContext readCtxt, IOContext ioCtxt, Reader reader, boolean ownsReader) {
        return new AnchoredYamlParser(readCtxt, ioCtxt, _getBufferRecycler(),
                readCtxt.getStreamReadFeatures(_streamReadFeatures), readCtxt.getFormatReadFeatures(_formatReadFeatures),
                _loadSettings, reader, ownsReader, untyped);
    }

    @Override
    protected YAMLParser _createParser(ObjectReadContext readCtxt, IOContext ioCtxt, InputStream in) {
        Reader r = _createReader(in, null, ioCtxt, readCtxt.getStreamReadFeatures(_streamReadFeatures));
        return parser(readCtxt, ioCtxt, r, true);
    }

    @Override
    protected YAMLParser _createParser(ObjectReadContext readCtxt, IOContext ioCtxt, Reader r) {
        return parser(readCtxt, ioCtxt, r, false);
    }

    @Override
    protected YAMLParser _createParser(ObjectReadContext readCtxt, IOContext ioCtxt, char[] data, int offset, int len,
                                       boolean recyclable) {
        return parser(readCtxt, ioCtxt, new CharArrayReader(data, offset, len), true);
    }

    @Override
    protected YAMLParser _createParser(ObjectReadContext readCtxt, IOContext ioCtxt, byte[] data, int offset, int len) {
        return parser(readCtxt, ioCtxt, _createReader(data, offset, len, null, ioCtxt), true);
    }
}
