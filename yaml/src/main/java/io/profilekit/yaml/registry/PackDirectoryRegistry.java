package io.profilekit.yaml.registry;

import io.profilekit.yaml.internal.registry.ParseCache;
import io.profilekit.yaml.internal.registry.PackTreeLoader;
import io.profilekit.yaml.internal.registry.RegistryFiles;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A pack registry read from a folder of packs laid out as Palette packs are: one sub-folder per pack
 * version (any folder name), each holding
 * <ul>
 *   <li>{@code pack.json} — name, displayName, version, layer, cloudTypes, group, eol, addonType,
 *       annotations and constraints;</li>
 *   <li>{@code values.yaml} — the default values, kept byte for byte (Palette requires the file;
 *       a missing one is read as empty values with a warning). They are Helm's and Palette's YAML,
 *       so anchors, aliases and tags are valid there; the file must be well-formed YAML;</li>
 *   <li>optionally {@code presets.yaml} and {@code schema.yaml}.</li>
 * </ul>
 * A folder that itself holds a {@code pack.json} is read as a registry of that one pack. Every file
 * is read once, at load; the registry is then immutable, thread-safe and answers from indexes.
 *
 * <pre>{@code
 * PackRegistry packs = PackDirectoryRegistry.load(Path.of("packs"));   // instead of the built-in catalog
 * ResolvedProfile locked = ProfileResolver.of(packs).resolve(profile);
 *
 * PackDirectoryRegistry inHouse = PackDirectoryRegistry.builder()
 *     .id("in-house").name("In-house packs").uid("64b6c2a1e3f0a9d8c7b6a5f4")
 *     .load(Path.of("/srv/packs"));
 * inHouse.warnings();   // what was tolerated, e.g. fields Palette's schema does not list
 * }</pre>
 *
 * <h2>What fails and what is tolerated</h2>
 * Every file is read through the same located reader as profile documents, so malformed files fail
 * with a {@link PackRegistryException} that reads like a {@link io.profilekit.yaml.ProfileParseException}
 * ({@code file:line:column: path: problem — hint}, the file relative to the folder): syntax errors
 * (in {@code values.yaml} too), duplicate keys, YAML anchors and aliases in
 * {@code presets.yaml} and {@code schema.yaml} (tags there are read as text), wrong
 * types ({@code "version": 1.10} instead of {@code "1.10"}), a missing or invalid {@code name},
 * {@code version} or {@code layer}, an unknown dependency or resource type, a version bound that is
 * not a version, a file over the size limit. The same pack name and version in two folders fails,
 * naming both. Quirks that Palette itself publishes are read and listed in {@link #warnings()}:
 * fields its schema does not list ({@code commit_msg}, {@code kubeVersion}, {@code readme}), a
 * dependency without its required {@code type} (skipped), a blank or non-date {@code eol}, a missing
 * {@code displayName} or {@code values.yaml}, sub-folders without a {@code pack.json}.
 *
 * <p>Versions are read as text: {@code pack.json} must spell them as JSON strings, and YAML scalars
 * in presets and schemas are kept exactly as written ({@code 1.10} stays {@code 1.10}).
 *
 * <h2>Untrusted folders</h2>
 * Nothing outside the folder given is read: every pack folder and file is resolved to its real
 * path (links followed) and must lie inside the folder's real path. A link out is not followed;
 * it is listed in {@link #warnings()} by its name, never its target (a {@code pack.json} linked
 * out skips its folder; a {@code values.yaml} linked out reads as missing). Links inside the
 * folder are followed. One load reads at most {@link io.profilekit.yaml.ReadLimits#maxRegistryBytes()}
 * bytes, all files together (each value that {@code pack.json}, presets and schemas hold in memory
 * counts 128 bytes), and keeps at most {@link io.profilekit.yaml.ReadLimits#maxRegistryVersions()}
 * pack versions; past either it fails with a {@link PackRegistryException} naming the file, before
 * reading it (see {@link Builder#readLimits(io.profilekit.yaml.ReadLimits)}). Values files are
 * checked as they stream by, never held as a tree, so with the default limits every folder loads
 * within a heap of 256 MiB.
 */
public final class PackDirectoryRegistry extends FileRegistry {
    private PackDirectoryRegistry(RegistryFiles.Loaded loaded) {
        super(loaded);
    }

    /**
     * Reads a folder of packs. The registry's id and name are the folder's name.
     *
     * @param folder the folder holding one sub-folder per pack version, or a single pack folder
     * @return the registry
     * @throws NullPointerException if {@code folder} is null
     * @throws PackRegistryException if the folder cannot be read, a file is malformed or a pack
     *     version appears twice
     */
    public static PackDirectoryRegistry load(Path folder) {
        return builder().load(folder);
    }

    /**
     * Reads a tree of packs from class-path resources: {@code <root>index.txt} lists the pack
     * folders, one per line (blank lines and {@code #} comments ignored), and each listed folder is
     * read as by {@link #load(Path)}. The registry's id and name are the root.
     *
     * <pre>{@code
     * PackDirectoryRegistry catalog = PackDirectoryRegistry.loadResources(
     *     PackRegistries.class.getClassLoader(), "io/profilekit/catalog/");
     * }</pre>
     *
     * @param loader the class loader to read the resources with
     * @param root the resource folder, e.g. {@code "io/profilekit/catalog/"}
     * @return the registry
     * @throws NullPointerException if an argument is null
     * @throws PackRegistryException if the index or a listed pack is missing or malformed
     */
    public static PackDirectoryRegistry loadResources(ClassLoader loader, String root) {
        return builder().loadResources(loader, root);
    }

    /**
     * A builder for a registry with a chosen id, name, uid or size limit.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Configures and reads a {@link PackDirectoryRegistry}. Setters reject null at once. Not thread-safe. */
    public static final class Builder extends FileRegistry.Builder<Builder> {
        private Optional<Path> cacheFolder = Optional.empty();

        private Builder() {
            super(RegistryFiles.DEFAULT_PACK_FILE_BYTES);
        }

        /**
         * Keeps what reading found in a folder, for later loads of the same files: the
         * {@code values.yaml} texts found well-formed, and what {@code presets.yaml} and
         * {@code schema.yaml} texts were read into, with their warnings. Each entry is kept beside
         * the text it was found for, and a later load uses it only for a file whose text is the
         * same, byte for byte; every other file is read. The registry, its warnings and its
         * failures are the same as without the cache: a file that fails is never kept, and fails
         * again; the load's limits count the same. Loading the 220 packs of Palette's community
         * repository parses about 4 MB of YAML, which a new JVM reads slowly; with the cache
         * filled, it parses none of it.
         *
         * <p>The folder holds one file, {@value ParseCache#FILE_NAME}, written only by a load that
         * added to it, replaced whole (written beside it, then moved over it) and kept to 32 MiB of
         * entries, the latest load's first. The folder is created readable by its owner only. A
         * cache file is not used if it cannot be read (missing, cut short, corrupted), was written
         * by another build of ProfileKit or snakeyaml-engine or another JDK, or if others than the
         * user running may write it or its folder (where the file system has POSIX permissions; a
         * process whose user id has no name uses no cache); one that cannot be written is left as
         * it was (logged at {@code DEBUG} by the {@code io.profilekit.yaml} logger). The load goes on either way. Used by
         * {@link #load(Path)}; {@link #loadFiles} and {@link #loadResources} read without it.
         *
         * <pre>{@code
         * PackDirectoryRegistry packs = PackDirectoryRegistry.builder()
         *     .cacheIn(Path.of(System.getProperty("user.home"), ".cache", "profilekit", "packs"))
         *     .load(Path.of("packs"));
         * }</pre>
         *
         * @param folder the cache's folder; not used by a load of a folder it lies in (or is), which
         *     a load only reads
         * @return this builder
         * @throws NullPointerException if {@code folder} is null
         */
        public Builder cacheIn(Path folder) {
            this.cacheFolder = Optional.of(Objects.requireNonNull(folder, "cache folder must not be null"));
            return this;
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * Sets the largest file read, in bytes (default 16 MiB). Larger files fail the load; so do
         * YAML documents of more code points.
         *
         * @param bytes the limit, at least 1
         * @return this builder
         * @throws IllegalArgumentException if not positive or above {@code Integer.MAX_VALUE - 1}
         */
        public Builder maxFileBytes(long bytes) {
            return limit(bytes);
        }

        /**
         * Reads a folder of packs; see {@link PackDirectoryRegistry#load(Path)}.
         *
         * @param folder the folder
         * @return the registry
         * @throws PackRegistryException if the folder cannot be read or a pack is malformed
         */
        public PackDirectoryRegistry load(Path folder) {
            Objects.requireNonNull(folder, "folder must not be null");
            // a load only reads the registry's folder: a cache inside it is not used
            Optional<Path> cache = cacheFolder.filter(c -> !inside(c, folder));
            Path fileName = folder.toAbsolutePath().normalize().getFileName();
            String defaultId = fileName == null ? "packs" : fileName.toString();
            return new PackDirectoryRegistry(PackTreeLoader.loadFolder(folder, registry(defaultId), maxBytes(),
                    readLimits(), cache.map(ParseCache::in).orElseGet(ParseCache::none)));
        }

        /** Whether a folder is the registry's folder or lies inside it (as written, or links resolved). */
        private static boolean inside(Path cache, Path registry) {
            if (cache.toAbsolutePath().normalize().startsWith(registry.toAbsolutePath().normalize())) {
                return true;
            }
            try {
                Path real = registry.toRealPath();
                Path c = cache.toAbsolutePath().normalize();
                // the cache folder may not exist yet: its nearest existing parent decides
                while (c != null && !java.nio.file.Files.exists(c)) {
                    c = c.getParent();
                }
                return c != null && c.toRealPath().startsWith(real);
            } catch (java.io.IOException | SecurityException e) {
                return false;
            }
        }

        /**
         * Reads pack folders held in memory — e.g. unpacked from an archive or fetched from a
         * network registry — with the same reader, limits and checks as {@link #load(Path)}. Each
         * folder maps file names ({@code pack.json}, {@code values.yaml}, {@code presets.yaml},
         * {@code schema.yaml}; other names are ignored) to their text. Folder names are used in
         * messages only; the registry's id and name are the source unless set.
         *
         * <pre>{@code
         * PackDirectoryRegistry packs = PackDirectoryRegistry.builder().id("in-memory").loadFiles("downloads",
         *     Map.of("hello-1.0.0", Map.of("pack.json", packJson, "values.yaml", "")));
         * }</pre>
         *
         * @param source where the packs came from, for messages (e.g. a URL)
         * @param folders folder name to file name to text, read in the map's iteration order
         * @return the registry
         * @throws NullPointerException if an argument is null
         * @throws PackRegistryException if a pack is malformed, a file is over the limit or a pack
         *     version appears twice
         */
        public PackDirectoryRegistry loadFiles(String source, Map<String, Map<String, String>> folders) {
            Objects.requireNonNull(source, "source must not be null");
            Objects.requireNonNull(folders, "folders must not be null");
            Map<String, Map<String, String>> copy = new LinkedHashMap<>();
            folders.forEach((folder, files) -> copy.put(Objects.requireNonNull(folder, "folder name must not be null"),
                    Map.copyOf(Objects.requireNonNull(files, "files must not be null"))));
            return new PackDirectoryRegistry(PackTreeLoader.loadFiles(copy, registry(source.isBlank() ? "packs" : source),
                    maxBytes(), readLimits(), source));
        }

        /**
         * Reads a tree of packs from class-path resources; see
         * {@link PackDirectoryRegistry#loadResources(ClassLoader, String)}.
         *
         * @param loader the class loader
         * @param root the resource folder, e.g. {@code "io/profilekit/catalog/"}
         * @return the registry
         * @throws PackRegistryException if the index or a listed pack is missing or malformed
         */
        public PackDirectoryRegistry loadResources(ClassLoader loader, String root) {
            Objects.requireNonNull(loader, "loader must not be null");
            Objects.requireNonNull(root, "root must not be null");
            String base = PackTreeLoader.normalizeRoot(root);
            String defaultId = base.isEmpty() ? "classpath" : base.substring(0, base.length() - 1);
            return new PackDirectoryRegistry(PackTreeLoader.loadResources(loader, base, registry(defaultId),
                    maxBytes(), readLimits()));
        }
    }
}
