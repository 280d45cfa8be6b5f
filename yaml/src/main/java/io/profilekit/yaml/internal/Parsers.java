package io.profilekit.yaml.internal;

import io.profilekit.yaml.ReadLimits;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLFactoryBuilder;
import tools.jackson.dataformat.yaml.YAMLReadFeature;

import java.util.List;

/**
 * The Jackson parser factories for one set of {@link ReadLimits}, built on first use and then
 * shared: factories are immutable and thread-safe, and building one is the slow part of a first
 * read.
 *
 * <p>YAML is read with the YAML 1.2 core schema: {@code null}, {@code Null}, {@code NULL},
 * {@code ~} and an empty value all mean null, while a quoted {@code "~"} or {@code ""} is text.
 * Parsers report the anchors of every node ({@link AnchoredYamlParser}).
 */
public final class Parsers {
    private final ReadLimits limits;
    private final boolean values;
    private final long maxExpandedNodes;
    private volatile YAMLFactory yaml;
    private volatile JsonFactory json;

    /** @param limits the limits every parser enforces */
    public Parsers(ReadLimits limits) {
        this(limits, false, limits.maxDocumentChars());
    }

    private Parsers(ReadLimits limits, boolean values, long maxExpandedNodes) {
        this.limits = limits;
        this.values = values;
        this.maxExpandedNodes = maxExpandedNodes;
    }

    /**
     * Parsers for values YAML: tags allowed and scalars read as text, anchors and aliases
     * expanded within the limits (see {@link TreeReader#forValues}).
     *
     * @param limits the limits; {@code maxAliases} above 0
     * @param maxExpandedNodes the most nodes aliases may expand to
     * @return the parsers
     */
    static Parsers forValues(ReadLimits limits, long maxExpandedNodes) {
        return new Parsers(limits, true, maxExpandedNodes);
    }

    /** @return the limits */
    public ReadLimits limits() {
        return limits;
    }

    private StreamReadConstraints constraints() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxNumberLength(limits.maxNumberLength())
                .maxStringLength(limits.maxDocumentChars())
                .maxDocumentLength(limits.maxDocumentChars() + 1L)
                .build();
    }

    /** @return the YAML factory */
    public YAMLFactory yaml() {
        YAMLFactory f = yaml;
        if (f == null) {
            synchronized (this) {
                f = yaml;
                if (f == null) {
                    LoadSettings settings = LoadSettings.builder()
                            .setCodePointLimit(limits.maxDocumentChars() + 1)
                            .setAllowDuplicateKeys(false)
                            .setMaxAliasesForCollections(Math.max(1, limits.maxAliases()))
                            .setSchema(new CoreSchema())
                            .setUseMarks(true)
                            .build();
                    YAMLFactoryBuilder b = YAMLFactory.builder()
                            .loadSettings(settings)
                            .streamReadConstraints(constraints())
                            // Duplicate keys are found by TreeReader, which says where the first one was.
                            .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                            // With the core schema: an empty plain value is null like null and ~; "" stays text.
                            .enable(YAMLReadFeature.EMPTY_STRING_AS_NULL)
                            .disable(YAMLReadFeature.EMPTY_DOCUMENT_AS_EMPTY_OBJECT);
                    f = new AnchoredYamlFactory(b, values);
                    yaml = f;
                }
            }
        }
        return f;
    }

    /** @return the JSON factory */
    public JsonFactory json() {
        JsonFactory f = json;
        if (f == null) {
            synchronized (this) {
                f = json;
                if (f == null) {
                    f = JsonFactory.builder()
                            .streamReadConstraints(constraints())
                            .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                            .build();
                    json = f;
                }
            }
        }
        return f;
    }

    /**
     * Reads every root value of a text.
     *
     * @param text the text (already within the size limit)
     * @param documentName the document's name
     * @param isYaml YAML or JSON
     * @return the roots
     */
    public List<Node> readAll(String text, String documentName, boolean isYaml) {
        TreeReader reader = values ? TreeReader.forValues(documentName, limits, maxExpandedNodes)
                : new TreeReader(documentName, limits);
        JsonParser p;
        try {
            p = isYaml ? yaml().createParser(ObjectReadContext.empty(), text)
                    : json().createParser(ObjectReadContext.empty(), text);
        } catch (tools.jackson.core.JacksonException e) {
            throw reader.translate(e, "");
        }
        try (p) {
            return reader.readAll(p);
        } catch (tools.jackson.core.JacksonException e) {
            // from close()
            throw reader.translate(e, "");
        }
    }
}
