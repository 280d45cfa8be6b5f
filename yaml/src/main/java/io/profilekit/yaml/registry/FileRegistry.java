package io.profilekit.yaml.registry;

import io.profilekit.registry.ForwardingPackRegistry;
import io.profilekit.registry.InMemoryPackRegistry;
import io.profilekit.yaml.ReadLimits;
import io.profilekit.yaml.ReadWarning;
import io.profilekit.yaml.internal.registry.RegistryFiles;

import java.util.List;
import java.util.Objects;

/**
 * A pack registry read from files — a {@link PackDirectoryRegistry} or a {@link HelmIndexRegistry}
 * — with what its reader tolerated and where it came from. Read once; then immutable, thread-safe
 * and answering from indexes.
 *
 * <pre>{@code
 * FileRegistry packs = PackDirectoryRegistry.load(Path.of("packs"));
 * packs.warnings().forEach(w -> log.warn(w.toString()));   // kubernetes-1.33.6/pack.json:7:3: commit_msg: …
 * }</pre>
 */
public abstract class FileRegistry extends ForwardingPackRegistry {
    private final int size;
    private final List<ReadWarning> warnings;
    private final String source;

    FileRegistry(RegistryFiles.Loaded loaded) {
        super(loaded.registry());
        this.size = loaded.size();
        this.warnings = loaded.warnings();
        this.source = loaded.source();
    }

    /**
     * What the reader tolerated rather than refused, in reading order: quirks that Palette itself
     * publishes, entries Helm would skip, folders that are not packs.
     *
     * @return an unmodifiable list; empty if every file was clean
     */
    public final List<ReadWarning> warnings() {
        return warnings;
    }

    /**
     * Where the packs were read from.
     *
     * @return a folder's or file's path, {@code classpath:<root>}, or the name given to a reader
     */
    public final String source() {
        return source;
    }

    /**
     * The number of pack versions held.
     *
     * @return the count
     */
    public final int size() {
        return size;
    }

    @Override
    public final String toString() {
        return getClass().getSimpleName() + "[" + id() + ", " + source + ", " + packNames().size() + " packs, "
                + size() + " versions, " + warnings.size() + " warnings]";
    }

    /**
     * What both builders set: the registry's id, name and uid, the size limit of a file and the
     * limits of the whole load.
     * Setters reject null at once. Not thread-safe.
     *
     * @param <B> the builder's own type
     */
    public abstract static class Builder<B extends Builder<B>> {
        private String id;
        private String name;
        private String uid;
        private long maxBytes;
        private ReadLimits readLimits = ReadLimits.defaults();

        Builder(long defaultMaxBytes) {
            this.maxBytes = defaultMaxBytes;
        }

        abstract B self();

        /**
         * Sets the registry's id.
         *
         * @param registryId a stable id, e.g. {@code "in-house"}
         * @return this builder
         * @throws IllegalArgumentException if blank
         */
        public B id(String registryId) {
            Objects.requireNonNull(registryId, "id must not be null");
            if (registryId.isBlank()) {
                throw new IllegalArgumentException("id must not be blank");
            }
            this.id = registryId;
            return self();
        }

        /**
         * Sets the registry's name as Palette shows it (default: the id).
         *
         * @param registryName e.g. {@code "In-house packs"}
         * @return this builder
         */
        public B name(String registryName) {
            this.name = Objects.requireNonNull(registryName, "name must not be null");
            return self();
        }

        /**
         * Sets the registry's Palette uid, which profiles may name.
         *
         * @param registryUid the uid
         * @return this builder
         */
        public B uid(String registryUid) {
            this.uid = Objects.requireNonNull(registryUid, "uid must not be null");
            return self();
        }

        /**
         * Sets the limits of the whole load (default {@link ReadLimits#defaults()}): the most bytes
         * read from all files together ({@link ReadLimits#maxRegistryBytes()}) and the most pack
         * versions kept ({@link ReadLimits#maxRegistryVersions()}). A load past either fails with a
         * {@link PackRegistryException} before it reads more. The document limits of
         * {@link ReadLimits} do not apply here; the size of one file is set on the builder.
         *
         * <pre>{@code
         * HelmIndexRegistry big = HelmIndexRegistry.builder()
         *     .readLimits(ReadLimits.builder().maxRegistryVersions(2_000_000).build())
         *     .load(Path.of("index.yaml"));
         * }</pre>
         *
         * @param limits the limits
         * @return this builder
         */
        public B readLimits(ReadLimits limits) {
            this.readLimits = Objects.requireNonNull(limits, "limits must not be null");
            return self();
        }

        /** @return the limits of the whole load */
        ReadLimits readLimits() {
            return readLimits;
        }

        /** @return the id set, or the default */
        String idOr(String defaultId) {
            return id != null ? id : defaultId;
        }

        /** @return the name set, or null */
        String name() {
            return name;
        }

        /** @return the uid set, or null */
        String uid() {
            return uid;
        }

        /** Sets the size limit of one file, checked. */
        B limit(long bytes) {
            this.maxBytes = RegistryFiles.checkLimit(bytes);
            return self();
        }

        /** @return the size limit of one file */
        long maxBytes() {
            return maxBytes;
        }

        /** A registry builder with the id set, or the default id, and the name and uid if set. */
        InMemoryPackRegistry.Builder registry(String defaultId) {
            InMemoryPackRegistry.Builder b = InMemoryPackRegistry.builder(id != null ? id : defaultId);
            if (name != null) {
                b.name(name);
            }
            if (uid != null) {
                b.uid(uid);
            }
            return b;
        }
    }
}
