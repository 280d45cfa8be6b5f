package io.profilekit.oci.internal;

import io.profilekit.PackVersion;
import io.profilekit.oci.OciPackRegistry;
import io.profilekit.rules.SafeText;
import io.profilekit.yaml.ReadLimits;
import io.profilekit.yaml.ReadWarning;
import io.profilekit.yaml.registry.PackDirectoryRegistry;
import io.profilekit.yaml.registry.PackRegistryException;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One load of an OCI pack registry: lists the pack repositories and their tags, reads each tag's
 * manifest and pack archive, and reads the pack files with profilekit-yaml's pack reader.
 * Thread-safe as long as loads do not overlap (the registry serializes them). Internal.
 */
public final class OciLoader {
    /** Where Palette keeps packs under a registry's base path (DOMAIN §5.1). */
    public static final String PACKS = "spectro-packs/archive/";
    private static final int PAGE = 1000;
    private static final int MAX_PAGES = 1000;
    private static final Pattern NEXT = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"?next\"?");

    /**
     * A loaded registry.
     *
     * @param registry the packs
     * @param warnings what was tolerated
     * @param stats what was read
     */
    public record Loaded(PackDirectoryRegistry registry, List<ReadWarning> warnings, OciPackRegistry.Stats stats) {
        /**
         * Copies the warnings.
         *
         * @param registry the packs
         * @param warnings what was tolerated
         * @param stats what was read
         */
        public Loaded {
            warnings = List.copyOf(warnings);
        }
    }

    private final OciHttp http;
    private final String source;
    private final String prefix;
    private final List<String> packNames;
    private final PackDirectoryRegistry.Builder packs;
    private final long maxFileBytes;
    private final long maxUnpackedBytes;
    private final ReadLimits limits;
    private final int parallelism;

    /**
     * @param http the client
     * @param source the registry's URL with its base path
     * @param basePath the base path, without slashes at the ends (may be empty)
     * @param packNames the packs to read, or empty to list the catalog
     * @param packs the pack reader, configured
     * @param maxBlobBytes the largest blob
     * @param maxFileBytes the largest pack file
     * @param limits the limits of a load
     * @param parallelism how many requests run at once
     */
    public OciLoader(OciHttp http, String source, String basePath, List<String> packNames,
                     PackDirectoryRegistry.Builder packs, long maxBlobBytes, long maxFileBytes, ReadLimits limits,
                     int parallelism) {
        this.http = http;
        this.source = source;
        this.prefix = (basePath.isEmpty() ? "" : basePath + "/") + PACKS;
        this.packNames = List.copyOf(packNames);
        this.packs = packs;
        this.maxFileBytes = maxFileBytes;
        this.maxUnpackedBytes = Math.min(Integer.MAX_VALUE, 4 * maxBlobBytes);
        this.limits = limits;
        this.parallelism = parallelism;
    }

    /** @return the registry's URL with its base path */
    public String source() {
        return source;
    }

    /**
     * Reads the registry.
     *
     * @return the packs, warnings and counts
     * @throws PackRegistryException if the registry cannot be read
     */
    public Loaded load() {
        int network = http.blobsFromNetwork();
        int cached = http.blobsFromCache();
        List<ReadWarning> warnings = new ArrayList<>();
        Map<String, Map<String, String>> folders = new LinkedHashMap<>();
        Map<String, String[]> expected = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        List<String> repositories = repositories();
        if (repositories.isEmpty()) {
            warnings.add(new ReadWarning(source, 0, 0, "", "the registry holds no repository under " + prefix
                    + "; Palette keeps packs at BASEPATH/" + PACKS + "PACK:VERSION — is the base path right?"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(parallelism, r -> {
            Thread t = new Thread(r, "profilekit-oci");
            t.setDaemon(true);
            return t;
        });
        try {
            // Tag lists, then each version's manifest and archive, are read in parallel and used in order.
            List<Future<Optional<List<String>>>> tagLists = new ArrayList<>();
            for (String repository : repositories) {
                tagLists.add(pool.submit(() -> tags(repository)));
            }
            AtomicLong blobBytes = new AtomicLong();
            List<Future<Version>> versions = new ArrayList<>();
            for (int i = 0; i < repositories.size(); i++) {
                String repository = repositories.get(i);
                Optional<List<String>> tags = await(tagLists.get(i));
                if (tags.isEmpty()) {
                    warnings.add(new ReadWarning(repository, 0, 0, "", "the repository has gone (404); skipped"));
                    continue;
                }
                for (String tag : new TreeSet<>(tags.get())) {
                    versions.add(pool.submit(() -> version(repository, tag, blobBytes)));
                }
            }
            for (Future<Version> future : versions) {
                Version v = await(future);
                notes.addAll(v.notes());
                if (v.files().isEmpty()) {
                    warnings.add(new ReadWarning(v.where(), 0, 0, "", "the tag was deleted while the registry was read"
                            + " (404); skipped"));
                    continue;
                }
                v.warnings().forEach(w -> warnings.add(new ReadWarning(v.where(), 0, 0, "", w)));
                folders.put(v.where(), v.files().get());
                expected.put(v.where(), new String[] {v.repository().substring(prefix.length()), v.tag()});
            }
        } finally {
            pool.shutdownNow();
        }
        PackDirectoryRegistry registry = packs.loadFiles(source, folders);
        warnings.addAll(registry.warnings());
        for (Map.Entry<String, String[]> e : expected.entrySet()) {
            String name = e.getValue()[0];
            String tag = e.getValue()[1];
            Optional<PackVersion> version = PackVersion.tryParse(tag);
            if (version.isEmpty() || registry.pack(name, version.get()).isEmpty()) {
                warnings.add(new ReadWarning(e.getKey(), 0, 0, "", "the pack.json names another pack or version"
                        + " than the repository and tag; Palette expects them to match"));
            }
        }
        notes.stream().distinct().forEach(n -> warnings.add(new ReadWarning(source, 0, 0, "", n)));
        return new Loaded(registry, warnings, new OciPackRegistry.Stats(repositories.size(), folders.size(),
                http.blobsFromNetwork() - network, http.blobsFromCache() - cached));
    }

    /** One pack version read: its files (empty if its tag was deleted), what the archive reader skipped, cache notes. */
    private record Version(String repository, String tag, String where, Optional<Map<String, String>> files,
                           List<String> warnings, List<String> notes) {
    }

    /** Reads one tag's manifest and pack archive. */
    private Version version(String repository, String tag, AtomicLong blobBytes) {
        String where = repository + ":" + tag;
        List<String> notes = new ArrayList<>();
        Optional<OciHttp.Answer> manifest = http.get("/v2/" + repository + "/manifests/" + tag, repository,
                Manifests.ACCEPT, OciHttp.MAX_DOCUMENT_BYTES, "the manifest of " + where);
        if (manifest.isEmpty()) {
            return new Version(repository, tag, where, Optional.empty(), List.of(), notes);
        }
        OciHttp.Answer m = manifest.get();
        Optional<String> announced = m.headers().firstValue("Docker-Content-Digest");
        if (announced.isPresent() && announced.get().startsWith("sha256:")
                && !announced.get().equals(Digests.sha256(m.body()))) {
            throw new PackRegistryException(m.uri().toString(), 0, 0, "", "the manifest read does not match"
                    + " the digest the registry announced", "the registry's storage may be damaged; push the"
                    + " pack again", null);
        }
        Manifests.Layer layer = Manifests.packLayer(m.uri().toString(), m.body(), Long.MAX_VALUE);
        if (blobBytes.addAndGet(layer.size()) > limits.maxRegistryBytes()) {
            throw new PackRegistryException(where, 0, 0, "", "reading this pack would take the registry past"
                    + " its total limit of " + limits.maxRegistryBytes() + " bytes; nothing more is read",
                    "ReadLimits.maxRegistryBytes bounds what one registry load reads; raise it if the"
                    + " registry is trusted", null);
        }
        byte[] archive = http.blob(repository, layer.digest(), layer.size(), notes);
        PackArchive.Unpacked unpacked = PackArchive.read(where + " (" + (layer.title().isEmpty()
                ? layer.digest() : SafeText.quote(layer.title())) + ")", archive, maxFileBytes, maxUnpackedBytes);
        return new Version(repository, tag, where, Optional.of(unpacked.files()), unpacked.warnings(), notes);
    }

    /** The result of a task; its failure as thrown (a {@link PackRegistryException} names where and what). */
    private <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PackRegistryException(source, 0, 0, "", "interrupted while reading the registry", "", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new PackRegistryException(source, 0, 0, "", "reading the registry failed: " + cause, "", cause);
        }
    }

    /** The pack repositories: named, or listed from the catalog. */
    private List<String> repositories() {
        if (!packNames.isEmpty()) {
            return packNames.stream().map(n -> prefix + n).collect(java.util.stream.Collectors.toList());
        }
        TreeSet<String> out = new TreeSet<>();
        List<String> catalog = paged("/v2/_catalog?n=" + PAGE, "", "repositories", "the catalog")
                .orElseThrow(() -> new PackRegistryException(source, 0, 0, "", "404 Not Found: the registry does not"
                        + " serve its catalog (/v2/_catalog)", OciHttp.NAME_THE_PACKS, null));
        for (String name : catalog) {
            if (name.startsWith(prefix) && name.length() > prefix.length()) {
                out.add(name);
            }
        }
        return List.copyOf(out);
    }

    private Optional<List<String>> tags(String repository) {
        return paged("/v2/" + repository + "/tags/list?n=" + PAGE, repository, "tags", "the tags of " + repository);
    }

    /** Reads a paginated list, following {@code Link: <…>; rel="next"}; empty if the first page is 404. */
    private Optional<List<String>> paged(String first, String repository, String field, String what) {
        List<String> out = new ArrayList<>();
        String next = first;
        for (int page = 0; next != null; page++) {
            if (page >= MAX_PAGES) {
                throw new PackRegistryException(source, 0, 0, "", what + " has more than " + MAX_PAGES + " pages",
                        "", null);
            }
            String at = next;
            Optional<OciHttp.Answer> answer = http.get(at, repository, "", OciHttp.MAX_DOCUMENT_BYTES, what);
            if (answer.isEmpty()) {
                if (page == 0) {
                    return Optional.empty();
                }
                throw new PackRegistryException(source, 0, 0, "", "404 Not Found: a later page of " + what, "", null);
            }
            OciHttp.Answer a = answer.get();
            Object json = Json.parse(a.uri().toString(), a.body());
            out.addAll(Manifests.strings(a.uri().toString(), json, field));
            next = null;
            for (String link : a.headers().allValues("Link")) {
                Matcher matcher = NEXT.matcher(link);
                if (matcher.find()) {
                    URI target = a.uri().resolve(matcher.group(1));
                    next = target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
                }
            }
        }
        return Optional.of(out);
    }
}
