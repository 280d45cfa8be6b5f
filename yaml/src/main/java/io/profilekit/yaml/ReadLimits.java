package io.profilekit.yaml;

import java.util.Objects;

/**
 * Limits that keep untrusted documents from hurting the program that reads them. Immutable and
 * thread-safe; {@link #defaults()} suits profiles kept in Git and sent to or exported from
 * Palette.
 *
 * <table>
 *   <caption>Limits and their defaults</caption>
 *   <tr><th>limit</th><th>default</th><th>what it bounds</th></tr>
 *   <tr><td>{@link #maxDocumentChars()}</td><td>2,097,152 (2 Mi characters)</td>
 *       <td>the characters of one input (a YAML stream of several documents counts as a whole);
 *       checked before any parsing, so an oversized input fails at once</td></tr>
 *   <tr><td>{@link #maxNestingDepth()}</td><td>100</td>
 *       <td>nested mappings and lists; ProfileKit's formats need fewer than 10</td></tr>
 *   <tr><td>{@link #maxNumberLength()}</td><td>100</td>
 *       <td>characters of an unquoted number (quote longer text)</td></tr>
 *   <tr><td>{@link #maxAliases()}</td><td>0 (anchors and aliases rejected)</td>
 *       <td>YAML alias uses ({@code *name}); at 0 every anchor ({@code &name}) is rejected too,
 *       whatever it is on — a mapping, a list, a single value or a key — even one that no alias
 *       uses; above 0, anchors are recorded and aliases expanded, at most this many, and the
 *       expanded document may hold at most {@code maxDocumentChars} nodes, so an alias bomb
 *       ("billion laughs") fails instead of growing</td></tr>
 *   <tr><td>{@link #maxRegistryBytes()}</td><td>67,108,864 (64 MiB)</td>
 *       <td>the bytes of every file one pack registry load reads, together ({@code pack.json},
 *       values, presets and schemas of every pack folder, or a Helm index); a load that would read
 *       more fails with a {@link io.profilekit.yaml.registry.PackRegistryException} before the
 *       file is read, so many files each under the per-file limit cannot exhaust memory</td></tr>
 *   <tr><td>{@link #maxRegistryVersions()}</td><td>1,000,000</td>
 *       <td>the pack versions (pack folders, Helm chart versions) one registry load keeps; the
 *       next one fails the load</td></tr>
 * </table>
 *
 * <p>With the defaults, every registry within them loads in a heap of 256 MiB: the registry
 * limits bound what a registry keeps, and files are read one at a time (a Helm index one chart
 * version at a time). Registries take these limits through
 * {@link io.profilekit.yaml.registry.FileRegistry.Builder#readLimits(ReadLimits)}; the document
 * limits above do not apply to registry files, which have their own size limit per file.
 *
 * <p>Whatever the limits, ProfileKit never instantiates anything a YAML tag names
 * ({@code !!java.io.File} and the like are rejected), and it never reads an alias back as the
 * anchor's name, which is what a plain Jackson YAML tree would do.
 *
 * <p>These limits apply to ProfileKit's documents. The values YAML inside a layer is Helm's and
 * Palette's, not ProfileKit's: the validator checks only that it is well-formed, and there
 * anchors, aliases (expanded within fixed bounds) and tags are valid.
 *
 * <pre>{@code
 * ReadLimits limits = ReadLimits.builder().maxDocumentChars(20_000_000).maxAliases(50).build();
 * ProfileFormat yaml = ProfileDocuments.yaml(limits);
 * }</pre>
 */
public final class ReadLimits {
    /** Default for {@link #maxDocumentChars()}: 2 Mi characters. */
    public static final int DEFAULT_MAX_DOCUMENT_CHARS = 2 * 1024 * 1024;
    /** Default for {@link #maxNestingDepth()}. */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 100;
    /** Default for {@link #maxNumberLength()}. */
    public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;
    /** Default for {@link #maxAliases()}: anchors and aliases are rejected. */
    public static final int DEFAULT_MAX_ALIASES = 0;
    /** Default for {@link #maxRegistryBytes()}: 64 MiB. */
    public static final long DEFAULT_MAX_REGISTRY_BYTES = 64L * 1024 * 1024;
    /** Default for {@link #maxRegistryVersions()}: 1,000,000. */
    public static final int DEFAULT_MAX_REGISTRY_VERSIONS = 1_000_000;

    private static final ReadLimits DEFAULTS = builder().build();

    private final int maxDocumentChars;
    private final int maxNestingDepth;
    private final int maxNumberLength;
    private final int maxAliases;
    private final long maxRegistryBytes;
    private final int maxRegistryVersions;

    private ReadLimits(Builder b) {
        this.maxDocumentChars = b.maxDocumentChars;
        this.maxNestingDepth = b.maxNestingDepth;
        this.maxNumberLength = b.maxNumberLength;
        this.maxAliases = b.maxAliases;
        this.maxRegistryBytes = b.maxRegistryBytes;
        this.maxRegistryVersions = b.maxRegistryVersions;
    }

    /**
     * The default limits (see the table above).
     *
     * @return the defaults
     */
    public static ReadLimits defaults() {
        return DEFAULTS;
    }

    /**
     * A builder starting from the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder starting from these limits.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.maxDocumentChars = maxDocumentChars;
        b.maxNestingDepth = maxNestingDepth;
        b.maxNumberLength = maxNumberLength;
        b.maxAliases = maxAliases;
        b.maxRegistryBytes = maxRegistryBytes;
        b.maxRegistryVersions = maxRegistryVersions;
        return b;
    }

    /**
     * The most characters one input may have.
     *
     * @return the limit
     */
    public int maxDocumentChars() {
        return maxDocumentChars;
    }

    /**
     * The deepest nesting of mappings and lists.
     *
     * @return the limit
     */
    public int maxNestingDepth() {
        return maxNestingDepth;
    }

    /**
     * The longest unquoted number, in characters.
     *
     * @return the limit
     */
    public int maxNumberLength() {
        return maxNumberLength;
    }

    /**
     * The most YAML alias uses; 0 rejects anchors and aliases outright.
     *
     * @return the limit
     */
    public int maxAliases() {
        return maxAliases;
    }

    /**
     * The most bytes one pack registry load reads, all its files together.
     *
     * @return the limit
     */
    public long maxRegistryBytes() {
        return maxRegistryBytes;
    }

    /**
     * The most pack versions one pack registry load keeps.
     *
     * @return the limit
     */
    public int maxRegistryVersions() {
        return maxRegistryVersions;
    }

    /**
     * Whether YAML anchors and aliases are accepted (and expanded).
     *
     * @return true if {@link #maxAliases()} is above 0
     */
    public boolean allowsAliases() {
        return maxAliases > 0;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ReadLimits)) {
            return false;
        }
        ReadLimits r = (ReadLimits) o;
        return maxDocumentChars == r.maxDocumentChars && maxNestingDepth == r.maxNestingDepth
                && maxNumberLength == r.maxNumberLength && maxAliases == r.maxAliases
                && maxRegistryBytes == r.maxRegistryBytes && maxRegistryVersions == r.maxRegistryVersions;
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxDocumentChars, maxNestingDepth, maxNumberLength, maxAliases, maxRegistryBytes,
                maxRegistryVersions);
    }

    @Override
    public String toString() {
        return "ReadLimits[maxDocumentChars=" + maxDocumentChars + ", maxNestingDepth=" + maxNestingDepth
                + ", maxNumberLength=" + maxNumberLength + ", maxAliases=" + maxAliases + ", maxRegistryBytes="
                + maxRegistryBytes + ", maxRegistryVersions=" + maxRegistryVersions + "]";
    }

    /**
     * Builds {@link ReadLimits}. Each setter rejects values out of range at once. Not thread-safe.
     */
    public static final class Builder {
        private int maxDocumentChars = DEFAULT_MAX_DOCUMENT_CHARS;
        private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
        private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;
        private int maxAliases = DEFAULT_MAX_ALIASES;
        private long maxRegistryBytes = DEFAULT_MAX_REGISTRY_BYTES;
        private int maxRegistryVersions = DEFAULT_MAX_REGISTRY_VERSIONS;

        private Builder() {
        }

        /**
         * Sets the most characters one input may have.
         *
         * @param chars at least 1
         * @return this builder
         * @throws IllegalArgumentException if below 1
         */
        public Builder maxDocumentChars(int chars) {
            this.maxDocumentChars = atLeast(chars, 1, "maxDocumentChars");
            return this;
        }

        /**
         * Sets the deepest nesting of mappings and lists.
         *
         * @param depth 1 to 10,000
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder maxNestingDepth(int depth) {
            this.maxNestingDepth = atLeast(depth, 1, "maxNestingDepth");
            if (depth > 10_000) {
                throw new IllegalArgumentException("maxNestingDepth must be at most 10000, got " + depth);
            }
            return this;
        }

        /**
         * Sets the longest unquoted number.
         *
         * @param chars at least 1
         * @return this builder
         * @throws IllegalArgumentException if below 1
         */
        public Builder maxNumberLength(int chars) {
            this.maxNumberLength = atLeast(chars, 1, "maxNumberLength");
            return this;
        }

        /**
         * Sets the most YAML alias uses; 0 rejects anchors and aliases.
         *
         * @param aliases 0 or more
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder maxAliases(int aliases) {
            this.maxAliases = atLeast(aliases, 0, "maxAliases");
            return this;
        }

        /**
         * Sets the most bytes one pack registry load reads, all its files together.
         *
         * <pre>{@code
         * PackDirectoryRegistry.builder()
         *     .readLimits(ReadLimits.builder().maxRegistryBytes(256L << 20).build())   // trusted, large
         *     .load(Path.of("packs"));
         * }</pre>
         *
         * @param bytes at least 1
         * @return this builder
         * @throws IllegalArgumentException if below 1
         */
        public Builder maxRegistryBytes(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("maxRegistryBytes must be at least 1, got " + bytes);
            }
            this.maxRegistryBytes = bytes;
            return this;
        }

        /**
         * Sets the most pack versions one pack registry load keeps.
         *
         * @param versions at least 1
         * @return this builder
         * @throws IllegalArgumentException if below 1
         */
        public Builder maxRegistryVersions(int versions) {
            this.maxRegistryVersions = atLeast(versions, 1, "maxRegistryVersions");
            return this;
        }

        private static int atLeast(int value, int min, String field) {
            if (value < min) {
                throw new IllegalArgumentException(field + " must be at least " + min + ", got " + value);
            }
            return value;
        }

        /**
         * Builds the limits.
         *
         * @return new immutable limits
         */
        public ReadLimits build() {
            return new ReadLimits(this);
        }
    }
}
