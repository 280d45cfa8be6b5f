package io.profilekit.yaml.internal.registry;

import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;

/**
 * Limits applied to every file a registry reader opens, and the parser factories that enforce
 * them. Files come from users and the network, so nothing is read without a bound: the file size
 * (checked on the bytes before parsing), the YAML code-point limit, nesting depth and string length.
 * Duplicate keys are refused by the parsers. Internal.
 *
 * @param maxFileBytes the largest file read, in bytes
 * @param maxNestingDepth the deepest nesting of objects and arrays in a parsed file
 */
public record ReadLimits(long maxFileBytes, int maxNestingDepth) {
    /** Default size limit for one file of a pack folder: 16 MiB. */
    public static final long DEFAULT_PACK_FILE_BYTES = 16L * 1024 * 1024;
    /** Default size limit for a Helm repository index: 64 MiB (public indexes reach tens of MiB). */
    public static final long DEFAULT_HELM_INDEX_BYTES = 64L * 1024 * 1024;
    /** Default nesting limit; pack metadata is a few levels deep. */
    public static final int DEFAULT_NESTING_DEPTH = 64;

    /** The largest size a limit may be set to (a YAML code-point limit is an int). */
    public static final long MAX_FILE_BYTES = Integer.MAX_VALUE - 1;

    /**
     * Creates limits.
     *
     * @param maxFileBytes the largest file read, in bytes
     * @param maxNestingDepth the deepest nesting of objects and arrays
     * @throws IllegalArgumentException if a limit is not positive or too large
     */
    public ReadLimits {
        if (maxFileBytes < 1 || maxFileBytes > MAX_FILE_BYTES) {
            throw new IllegalArgumentException("maxFileBytes must be between 1 and " + MAX_FILE_BYTES
                    + ", got " + maxFileBytes);
        }
        if (maxNestingDepth < 1) {
            throw new IllegalArgumentException("maxNestingDepth must be positive, got " + maxNestingDepth);
        }
    }

    /**
     * Limits with the given file size and the default nesting depth.
     *
     * @param maxFileBytes the largest file read, in bytes
     * @return the limits
     */
    public static ReadLimits ofFileBytes(long maxFileBytes) {
        return new ReadLimits(maxFileBytes, DEFAULT_NESTING_DEPTH);
    }

    private StreamReadConstraints constraints() {
        int chars = (int) Math.min(Integer.MAX_VALUE, maxFileBytes);
        return StreamReadConstraints.builder()
                .maxDocumentLength(maxFileBytes)
                .maxStringLength(chars)
                .maxNameLength(Math.min(chars, 64 * 1024))
                .maxNestingDepth(maxNestingDepth)
                .build();
    }

    /**
     * A JSON factory that enforces these limits and refuses duplicate keys.
     *
     * @return a new factory
     */
    public JsonFactory jsonFactory() {
        return JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(constraints())
                .build();
    }

    /**
     * A YAML factory that enforces these limits (including the loader's code-point limit) and
     * refuses duplicate keys. Anchors and aliases are refused by {@link Cursor}.
     *
     * @return a new factory
     */
    public YAMLFactory yamlFactory() {
        LoadSettings settings = LoadSettings.builder()
                .setCodePointLimit((int) maxFileBytes)
                .setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(0)
                .setUseMarks(true)
                .build();
        return YAMLFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(constraints())
                .loadSettings(settings)
                .build();
    }
}
