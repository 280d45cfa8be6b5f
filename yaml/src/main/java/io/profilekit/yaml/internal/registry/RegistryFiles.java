package io.profilekit.yaml.internal.registry;

import io.profilekit.PackVersion;
import io.profilekit.registry.InMemoryPackRegistry;
import io.profilekit.registry.PackRegistry;
import io.profilekit.yaml.registry.PackRegistryException;
import io.profilekit.yaml.ProfileParseException;
import io.profilekit.yaml.ReadWarning;
import io.profilekit.yaml.ReadLimits;
import io.profilekit.yaml.internal.Events;
import io.profilekit.yaml.internal.JsonEvents;
import io.profilekit.yaml.internal.Node;
import io.profilekit.yaml.internal.TreeReader;
import io.profilekit.yaml.internal.YamlEvents;
import tools.jackson.core.json.JsonFactory;

import java.util.List;

/**
 * Registry files read through the same located reader as documents ({@link TreeReader}), under
 * limits fit for pack metadata: the file's size (checked on its bytes before parsing), nesting of
 * {@value #NESTING_DEPTH} levels, no YAML anchors or aliases; tags are read as text, as in
 * Palette's own files, never interpreted. It also keeps the budget of one registry load
 * ({@link ReadLimits#maxRegistryBytes()}, {@link ReadLimits#maxRegistryVersions()}): one instance
 * per load, not thread-safe. Internal.
 */
public final class RegistryFiles {
    /** Default size limit for one file of a pack folder: 16 MiB. */
    public static final long DEFAULT_PACK_FILE_BYTES = 16L * 1024 * 1024;
    /** Default size limit for a Helm repository index: 64 MiB (public indexes reach tens of MiB). */
    public static final long DEFAULT_HELM_INDEX_BYTES = 64L * 1024 * 1024;
    /** The largest size a limit may be set to (a text is indexed by an int). */
    public static final long MAX_FILE_BYTES = Integer.MAX_VALUE - 1;
    /**
     * What one value read into a tree ({@code pack.json}, {@code presets.yaml}, {@code schema.yaml},
     * what a Helm index holds beside its chart versions) counts against
     * {@link ReadLimits#maxRegistryBytes()}: about what it takes in memory, which is far more than
     * its bytes in the file.
     */
    static final int NODE_BYTES = 128;
    /** The hint when a file holds more values than the budget has room for. */
    static final String NODES_HINT = "ReadLimits.maxRegistryBytes bounds what one registry load keeps; each value"
            + " read counts " + NODE_BYTES + " bytes; raise it if the files are trusted";
    /** Nesting limit; pack metadata is a few levels deep. */
    static final int NESTING_DEPTH = 64;

    /**
     * A registry read from files.
     *
     * @param registry the packs
     * @param warnings what was tolerated, in reading order
     * @param source where the packs were read from, for messages
     */
    public record Loaded(PackRegistry registry, int size, List<ReadWarning> warnings, String source) {
        /**
         * Creates the result.
         *
         * @param registry the packs
         * @param size the number of pack versions held
         * @param warnings what was tolerated
         * @param source where the packs were read from
         */
        public Loaded {
            warnings = List.copyOf(warnings);
        }

        /**
         * The result for an in-memory registry.
         *
         * @param registry the packs
         * @param warnings what was tolerated
         * @param source where the packs were read from
         */
        public Loaded(InMemoryPackRegistry registry, List<ReadWarning> warnings, String source) {
            this(registry, registry.size(), warnings, source);
        }
    }

    private final long maxBytes;
    private final ReadLimits limits;
    private final JsonFactory json;
    private final ReadLimits budget;
    private long bytesRead;
    private int versions;

    /**
     * @param maxBytes the largest file read, in bytes
     * @param budget the limits of the whole load
     */
    RegistryFiles(long maxBytes, ReadLimits budget) {
        this.maxBytes = checkLimit(maxBytes);
        this.budget = budget;
        this.limits = ReadLimits.builder().maxDocumentChars((int) Math.min(MAX_FILE_BYTES, maxBytes))
                .maxNestingDepth(NESTING_DEPTH).build();
        this.json = JsonEvents.factory(limits);
    }

    /** @return the largest file read, in bytes */
    long maxBytes() {
        return maxBytes;
    }

    /**
     * Counts a file against the load's byte budget, before it is read.
     *
     * @param file the file's name in messages
     * @param bytes its size
     * @throws PackRegistryException if the load would read more than {@link ReadLimits#maxRegistryBytes()}
     */
    void chargeBytes(String file, long bytes) {
        if (bytes > budget.maxRegistryBytes() - bytesRead) {
            throw new PackRegistryException(file, 0, 0, "", "reading this file (" + bytes + " bytes) would take the"
                    + " registry past its total limit of " + budget.maxRegistryBytes() + " bytes (" + bytesRead
                    + " bytes read before it); nothing more is read",
                    "ReadLimits.maxRegistryBytes bounds what one registry load reads; raise it if the files are"
                    + " trusted", null);
        }
        bytesRead += bytes;
    }

    /**
     * Counts values read into trees earlier (by a {@link ParseCache}) against the load's budget, as
     * {@link #one} would have counted them: if they fit, that read would have succeeded.
     *
     * @param nodes the values
     * @return whether they fit (if not, nothing is counted)
     */
    boolean chargeNodes(long nodes) {
        if (nodes < 0 || nodes > bytesLeft() / NODE_BYTES) {
            return false;
        }
        bytesRead += nodes * NODE_BYTES;
        return true;
    }

    /** @return the bytes the load may still read */
    long bytesLeft() {
        return budget.maxRegistryBytes() - bytesRead;
    }

    /**
     * Counts one more pack version against the load's budget.
     *
     * @param file the file that defines it
     * @param line its line, or 0
     * @param column its column, or 0
     * @param path its property path, or empty
     * @throws PackRegistryException past {@link ReadLimits#maxRegistryVersions()}
     */
    void countVersion(String file, int line, int column, String path) {
        if (versions >= budget.maxRegistryVersions()) {
            throw new PackRegistryException(file, line, column, path, "more than " + budget.maxRegistryVersions()
                    + " pack versions in one registry; nothing more is read",
                    "ReadLimits.maxRegistryVersions bounds the versions one registry load keeps; raise it if the"
                    + " files are trusted", null);
        }
        versions++;
    }

    /** @return the limits files are parsed with */
    ReadLimits limits() {
        return limits;
    }

    /**
     * Why a text from a file is not a pack version, with the text quoted safely and cut short
     * ({@link io.profilekit.rules.SafeText#quote(String)}).
     *
     * @param text the text
     * @return the problem
     */
    static String notAVersion(String text) {
        String problem = PackVersion.problem("");
        return io.profilekit.rules.SafeText.quote(text) + problem.substring(problem.indexOf(" is not"));
    }

    /**
     * Checks a size limit given to a builder.
     *
     * @param bytes the limit
     * @return the limit
     * @throws IllegalArgumentException if not between 1 and {@link #MAX_FILE_BYTES}
     */
    public static long checkLimit(long bytes) {
        if (bytes < 1 || bytes > MAX_FILE_BYTES) {
            throw new IllegalArgumentException("the size limit must be between 1 and " + MAX_FILE_BYTES + " bytes, got "
                    + bytes);
        }
        return bytes;
    }

    /**
     * Reads the one document of a file.
     *
     * @param file the file's name in messages
     * @param text its text (a byte-order mark is dropped)
     * @param isJson JSON or YAML
     * @return the root, or null for a YAML file that holds nothing (only comments or blanks)
     * @throws ProfileParseException if the file is malformed, empty (JSON) or holds more than one document
     */
    Node one(String file, String text, boolean isJson) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Node> roots;
        try (Events events = isJson ? JsonEvents.of(json, limits, body, file)
                : YamlEvents.of(body, file, limits.maxDocumentChars() + 1L)) {
            TreeReader reader = TreeReader.of(events, limits).tagsAsText().maxKeptNodes(bytesLeft() / NODE_BYTES,
                    NODES_HINT);
            roots = reader.readAll();
            bytesRead += reader.keptNodes() * NODE_BYTES;
        }
        if (roots.isEmpty()) {
            if (isJson) {
                throw new ProfileParseException(file, 1, 1, "", "the file is empty", "write a JSON object", null);
            }
            return null;
        }
        if (roots.size() > 1) {
            Node extra = roots.get(1);
            throw new ProfileParseException(file, extra.line(), extra.column(), "", isJson
                    ? "unexpected content after the JSON object" : "more than one YAML document",
                    isJson ? "a pack.json holds one object" : "the file holds exactly one document", null);
        }
        return roots.get(0);
    }
}
