package io.profilekit.yaml.internal.registry;

import io.profilekit.rules.SafeText;

import io.profilekit.registry.InMemoryPackRegistry;
import io.profilekit.yaml.ProfileParseException;
import io.profilekit.yaml.ReadLimits;
import io.profilekit.yaml.ReadWarning;
import io.profilekit.yaml.internal.Input;
import io.profilekit.yaml.internal.Located;
import io.profilekit.yaml.registry.PackRegistryException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a tree of pack folders — from the file system or from class-path resources listed in an
 * {@code index.txt} — into an {@link InMemoryPackRegistry}, with one {@link PackReader} for both.
 * Internal: use {@code io.profilekit.yaml.registry.PackDirectoryRegistry}.
 */
public final class PackTreeLoader {
    private static final System.Logger LOG = System.getLogger("io.profilekit.yaml");

    /** The name of the file that lists the pack folders of a class-path tree. */
    public static final String INDEX = "index.txt";

    private PackTreeLoader() {
    }

    /**
     * Reads every sub-folder of {@code folder} that holds a {@code pack.json}, in name order; if
     * {@code folder} itself holds a {@code pack.json}, reads just that one pack. Hidden folders
     * (name starting with {@code .}) are skipped silently; other sub-folders without a
     * {@code pack.json} with a warning; plain files at the top are ignored. Nothing outside the
     * folder is read: a folder or file whose real path (links resolved) leaves the folder's real
     * path is skipped with a warning that names it, never its target.
     *
     * @param folder the folder of pack folders
     * @param registry the registry builder to fill (id, name, uid already set)
     * @param maxFileBytes the largest file read, in bytes
     * @param budget the limits of the whole load
     * @return the registry, its warnings and source
     * @throws PackRegistryException if the folder cannot be read, a pack is malformed or the load
     *     goes past its budget
     */
    public static RegistryFiles.Loaded loadFolder(Path folder, InMemoryPackRegistry.Builder registry,
                                                 long maxFileBytes, ReadLimits budget) {
        return loadFolder(folder, registry, maxFileBytes, budget, ParseCache.none());
    }

    /**
     * Like {@link #loadFolder(Path, InMemoryPackRegistry.Builder, long, ReadLimits)}, with what a
     * cache found in earlier loads (the same registry, warnings and failures as without it); the
     * cache is written after the load, whether it succeeded or not, if the load added to it; a cache
     * that cannot be written is logged (logger {@code io.profilekit.yaml}, level {@code DEBUG}) and
     * left as it was.
     *
     * @param folder the folder of pack folders
     * @param registry the registry builder to fill
     * @param maxFileBytes the largest file read, in bytes
     * @param budget the limits of the whole load
     * @param cache what earlier loads found
     * @return the registry, its warnings and source
     * @throws PackRegistryException as without a cache
     */
    public static RegistryFiles.Loaded loadFolder(Path folder, InMemoryPackRegistry.Builder registry,
                                                 long maxFileBytes, ReadLimits budget, ParseCache cache) {
        try {
            return read(folder, registry, maxFileBytes, budget, cache);
        } finally {
            cache.save().ifPresent(problem -> LOG.log(System.Logger.Level.DEBUG, problem));
        }
    }

    private static RegistryFiles.Loaded read(Path folder, InMemoryPackRegistry.Builder registry,
                                             long maxFileBytes, ReadLimits budget, ParseCache cache) {
        if (!Files.isDirectory(folder)) {
            throw new PackRegistryException(folder.toString(), 0, 0, "",
                    Files.exists(folder) ? "is not a folder" : "does not exist", "give a folder of pack folders", null);
        }
        Path root;
        try {
            root = folder.toRealPath();
        } catch (IOException e) {
            throw new PackRegistryException(folder.toString(), 0, 0, "", "cannot be read: " + e, "", e);
        }
        RegistryFiles limits = new RegistryFiles(maxFileBytes, budget);
        List<ReadWarning> warnings = new ArrayList<>();
        Assembler assembler = new Assembler(registry, limits, cache);
        Path ownPackJson = folder.resolve(PackReader.PACK_JSON);
        if (Files.isRegularFile(ownPackJson) && inside(root, ownPackJson)) {
            // The folder is itself one pack folder: read just that pack.
            Path fileName = folder.toAbsolutePath().normalize().getFileName();
            String name = fileName == null ? "" : fileName.toString();
            assembler.run(() -> assembler.add(name, file -> readFile(root, folder, name, file, limits, warnings),
                    warnings));
            return new RegistryFiles.Loaded(assembler.registry.build(), warnings, folder.toString());
        }
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            for (Path child : stream) {
                children.add(child);
            }
        } catch (IOException e) {
            throw new PackRegistryException(folder.toString(), 0, 0, "", "cannot be listed: " + e, "", e);
        }
        children.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        assembler.run(() -> {
            for (Path child : children) {
                String name = child.getFileName().toString();
                if (name.startsWith(".") || !Files.isDirectory(child)) {
                    continue;
                }
                if (!inside(root, child)) {
                    warnings.add(new ReadWarning(name + "/", 0, 0, "", LINK_OUT + "; skipped"));
                    continue;
                }
                Path packJson = child.resolve(PackReader.PACK_JSON);
                if (!Files.exists(packJson)) {
                    warnings.add(new ReadWarning(name + "/", 0, 0, "", "has no pack.json; not a pack folder, skipped"));
                    continue;
                }
                if (!inside(root, packJson)) {
                    warnings.add(new ReadWarning(name + "/" + PackReader.PACK_JSON, 0, 0, "", LINK_OUT
                            + "; not read, and the folder is skipped"));
                    continue;
                }
                assembler.add(name, file -> readFile(root, child, name, file, limits, warnings), warnings);
            }
        });
        return new RegistryFiles.Loaded(assembler.registry.build(), warnings, folder.toString());
    }

    private static final String LINK_OUT = "is a link to a place outside the registry's folder";

    /** Whether a path, links resolved, lies inside the root (itself a real path); false if it cannot be resolved. */
    private static boolean inside(Path root, Path p) {
        try {
            return p.toRealPath().startsWith(root);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    private static Optional<String> readFile(Path root, Path dir, String folder, String file, RegistryFiles limits,
                                             List<ReadWarning> warnings) {
        Path p = dir.resolve(file);
        String label = folder + "/" + file;
        if (!Files.exists(p)) {
            return Optional.empty();
        }
        Path real;
        try {
            real = p.toRealPath();
        } catch (IOException e) {
            throw new PackRegistryException(label, 0, 0, "", "cannot be read: " + e.getClass().getSimpleName(), "", e);
        }
        if (!real.startsWith(root)) {
            warnings.add(new ReadWarning(label, 0, 0, "", LINK_OUT + "; not read"));
            return Optional.empty();
        }
        if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            throw new PackRegistryException(label, 0, 0, "", "is not a regular file", "", null);
        }
        try {
            limits.chargeBytes(label, Files.size(real));
            // The checked real path, not following a link that might have replaced it since.
            return Optional.of(text(Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS), label, limits));
        } catch (IOException e) {
            throw new PackRegistryException(label, 0, 0, "", "cannot be read: " + e.getClass().getSimpleName(), "",
                    e);
        }
    }

    /** A file's text as stored (a byte-order mark included), within the size limit. */
    private static String text(InputStream in, String label, RegistryFiles limits) {
        try {
            return Input.read(in, label, limits.maxBytes());
        } catch (ProfileParseException e) {
            throw Located.registryError(e);
        } catch (UncheckedIOException e) {
            throw new PackRegistryException(label, 0, 0, "", "cannot be read: " + e.getCause(), "", e);
        }
    }

    /**
     * Reads the pack folders listed in {@code <root>index.txt} from class-path resources. The index
     * has one folder (relative to the root) per line; blank lines and lines starting with
     * {@code #} are ignored. A class-path folder cannot be listed reliably inside a jar, hence the index.
     *
     * @param loader the class loader to read resources with
     * @param root the resource folder, e.g. {@code "io/profilekit/catalog/"}
     * @param registry the registry builder to fill
     * @param maxFileBytes the largest file read, in bytes
     * @param budget the limits of the whole load
     * @return the registry, its warnings and source
     * @throws PackRegistryException if the index or a listed pack is missing or malformed
     */
    public static RegistryFiles.Loaded loadResources(ClassLoader loader, String root,
                                                    InMemoryPackRegistry.Builder registry,
                                                    long maxFileBytes, ReadLimits budget) {
        return loadResources(loader, root, registry, maxFileBytes, budget, folder -> true);
    }

    /**
     * Like {@link #loadResources(ClassLoader, String, InMemoryPackRegistry.Builder, long, ReadLimits)},
     * reading only the listed folders a filter takes (the whole index is still read and checked).
     *
     * @param loader the class loader to read resources with
     * @param root the resource folder, e.g. {@code "io/profilekit/catalog/"}
     * @param registry the registry builder to fill
     * @param maxFileBytes the largest file read, in bytes
     * @param budget the limits of the whole load
     * @param take which folders (as the index names them) to read
     * @return the registry, its warnings and source
     * @throws PackRegistryException if the index or a folder read is missing or malformed
     */
    public static RegistryFiles.Loaded loadResources(ClassLoader loader, String root,
                                                    InMemoryPackRegistry.Builder registry,
                                                    long maxFileBytes, ReadLimits budget,
                                                    java.util.function.Predicate<String> take) {
        RegistryFiles limits = new RegistryFiles(maxFileBytes, budget);
        String base = normalizeRoot(root);
        String source = "classpath:" + base;
        InputStream indexStream = loader.getResourceAsStream(base + INDEX);
        if (indexStream == null) {
            throw new PackRegistryException(source + INDEX, 0, 0, "", "not found",
                    "a class-path pack tree needs an index.txt listing its pack folders", null);
        }
        String index = text(indexStream, base + INDEX, limits);
        Set<String> folders = new LinkedHashSet<>();
        String[] lines = index.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String entry = lines[i].trim();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            while (entry.endsWith("/")) {
                entry = entry.substring(0, entry.length() - 1);
            }
            if (entry.isEmpty() || entry.startsWith("/") || entry.contains("\\")
                    || List.of(entry.split("/")).contains("..") || List.of(entry.split("/")).contains(".")) {
                throw new PackRegistryException(base + INDEX, i + 1, 1, "", SafeText.quote(lines[i].trim())
                        + " is not a relative folder name", "list one pack folder per line, e.g. kubernetes-1.33.6",
                        null);
            }
            if (!folders.add(entry)) {
                throw new PackRegistryException(base + INDEX, i + 1, 1, "", "folder " + SafeText.quote(entry)
                        + " is listed twice", "list each pack folder once", null);
            }
        }
        List<ReadWarning> warnings = new ArrayList<>();
        Assembler assembler = new Assembler(registry, limits);
        URL indexUrl = loader.getResource(base + INDEX);
        assembler.run(() -> {
            for (String folder : folders) {
                if (!take.test(folder)) {
                    continue;
                }
                assembler.add(folder, file -> {
                    InputStream in = open(loader, indexUrl, base, folder + "/" + file);
                    if (in == null) {
                        return Optional.empty();
                    }
                    String text = text(in, folder + "/" + file, limits);
                    limits.chargeBytes(folder + "/" + file, text.length());
                    return Optional.of(text);
                }, warnings);
            }
        });
        return new RegistryFiles.Loaded(assembler.registry.build(), warnings, source);
    }

    /**
     * Opens a file of a class-path pack tree, or returns null if there is none. In a jar or a
     * folder, the file is read first beside the index, by its URL: asking the class loader instead
     * searches every module of the JDK before the class path, for each file (a third of loading
     * the built-in catalog in a new JVM). A file not found there — a tree split over class-path
     * entries, or no such file — and every file of other kinds of URL are asked of the class
     * loader, which decides as it always did.
     */
    private static InputStream open(ClassLoader loader, URL indexUrl, String base, String relative) {
        String protocol = indexUrl == null ? "" : indexUrl.getProtocol();
        if (protocol.equals("jar") || protocol.equals("file")) {
            try {
                // quoted as a URI path, so that %, # and ? in folder names stay part of the name
                String path = new java.net.URI(null, null, relative, null).getRawPath();
                return new URL(indexUrl, path).openStream();
            } catch (IOException | java.net.URISyntaxException | IllegalArgumentException e) {
                // not there, or not readable by URL: the class loader decides below
            }
        }
        return loader.getResourceAsStream(base + relative);
    }

    /**
     * Reads pack folders held in memory, in the order given: each folder's files by name
     * ({@code pack.json}, {@code values.yaml}, {@code presets.yaml}, {@code schema.yaml}; other
     * names are ignored), with the same reader, limits and checks as folders on disk.
     *
     * @param folders folder name (used in messages) to file name to text
     * @param registry the registry builder to fill
     * @param maxFileBytes the largest file read, in bytes
     * @param budget the limits of the whole load
     * @param source where the packs came from, for messages
     * @return the registry, its warnings and source
     * @throws PackRegistryException if a pack is malformed or the load goes past its budget
     */
    public static RegistryFiles.Loaded loadFiles(Map<String, Map<String, String>> folders,
                                                InMemoryPackRegistry.Builder registry, long maxFileBytes,
                                                ReadLimits budget, String source) {
        RegistryFiles limits = new RegistryFiles(maxFileBytes, budget);
        List<ReadWarning> warnings = new ArrayList<>();
        Assembler assembler = new Assembler(registry, limits);
        for (Map.Entry<String, Map<String, String>> folder : folders.entrySet()) {
            Map<String, String> files = folder.getValue();
            assembler.add(folder.getKey(), file -> {
                String text = files.get(file);
                if (text == null) {
                    return Optional.empty();
                }
                String label = folder.getKey() + "/" + file;
                if (text.length() > limits.maxBytes()) {
                    throw new PackRegistryException(label, 0, 0, "", "is larger than the limit of " + limits.maxBytes()
                            + " bytes", "raise the size limit of one file if the packs are trusted", null);
                }
                limits.chargeBytes(label, text.length());
                return Optional.of(text);
            }, warnings);
        }
        return new RegistryFiles.Loaded(assembler.registry.build(), warnings, source);
    }

    /**
     * The resource root without a leading slash and with a trailing one ({@code ""} for the class-path root).
     *
     * @param root the root as given
     * @return the normalized root
     */
    public static String normalizeRoot(String root) {
        String base = root.trim();
        while (base.startsWith("/")) {
            base = base.substring(1);
        }
        if (!base.isEmpty() && !base.endsWith("/")) {
            base = base + "/";
        }
        return base;
    }

    /** Adds packs to a registry, refusing the same name and version from two folders. */
    private static final class Assembler {
        private final InMemoryPackRegistry.Builder registry;
        private final PackReader reader;
        private final RegistryFiles limits;
        private final Map<String, PackReader.ReadPack> seen = new HashMap<>();
        private final ValuesChecks valuesChecks;

        Assembler(InMemoryPackRegistry.Builder registry, RegistryFiles limits) {
            this(registry, limits, ParseCache.none());
        }

        Assembler(InMemoryPackRegistry.Builder registry, RegistryFiles limits, ParseCache cache) {
            this.registry = registry;
            this.valuesChecks = new ValuesChecks(cache);
            this.reader = new PackReader(limits, valuesChecks, cache);
            this.limits = limits;
        }

        /**
         * Reads the pack folders, then waits for their values checks. A failure is the one a load
         * checking each values file in its turn would have met first.
         */
        void run(Runnable readFolders) {
            try {
                readFolders.run();
            } catch (RuntimeException e) {
                throw valuesChecks.failure(e);
            }
            valuesChecks.finish();
        }

        void add(String folder, PackReader.Files files, List<ReadWarning> warnings) {
            PackReader.ReadPack pack = reader.read(folder, files, warnings);
            limits.countVersion(folder + "/" + PackReader.PACK_JSON, pack.versionLine(), pack.versionColumn(),
                    "version");
            // Equivalent spellings (1.0, 1.0.0, v1.0.0) are one version.
            String key = pack.descriptor().name() + "\u0000" + pack.descriptor().version().normalized();
            PackReader.ReadPack earlier = seen.putIfAbsent(key, pack);
            if (earlier != null) {
                throw new PackRegistryException(folder + "/" + PackReader.PACK_JSON, pack.versionLine(),
                        pack.versionColumn(), "version", "pack " + SafeText.quote(pack.descriptor().name()) + " "
                        + pack.descriptor().version() + " is defined twice"
                        + (earlier.descriptor().version().equals(pack.descriptor().version()) ? ""
                                : " (also as " + earlier.descriptor().version() + ")")
                        + ": in folder " + SafeText.quote(earlier.folder()) + " and in folder " + SafeText.quote(folder),
                        "each pack version may appear in only one folder", null);
            }
            registry.add(pack.descriptor());
        }
    }
}
