package io.profilekit.oci;

import io.profilekit.PackVersion;
import io.profilekit.RegistryKind;
import io.profilekit.VersionSelector;
import io.profilekit.oci.internal.BlobCache;
import io.profilekit.oci.internal.OciLoader;
import io.profilekit.oci.internal.OciHttp;
import io.profilekit.registry.PackDescriptor;
import io.profilekit.registry.PackQuery;
import io.profilekit.registry.PackRegistry;
import io.profilekit.yaml.ReadLimits;
import io.profilekit.yaml.ReadWarning;
import io.profilekit.yaml.registry.PackDirectoryRegistry;
import io.profilekit.yaml.registry.PackRegistryException;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A pack registry read from an OCI registry through the OCI distribution API, as Palette lays packs
 * out there: each pack version is the artifact {@code <base path>/spectro-packs/archive/<pack>:<version>}
 * holding the pack folder as one {@code tar.gz} (DOMAIN §5.1).
 *
 * <pre>{@code
 * OciPackRegistry packs = OciPackRegistry.builder()
 *     .url("https://registry.example.com/packs")          // host and base path
 *     .name("My Packs")                                   // as profiles name the registry
 *     .credentials(user, password)                        // basic, or bearer tokens from the challenge
 *     .cache(Path.of(System.getProperty("user.home"), ".cache/profilekit/oci"))
 *     .build();                                           // reads the index once
 * ValidationReport report = ProfileValidator.of(packs).validate(profile);
 * packs.refresh();                                        // reads tags and manifests again
 * }</pre>
 *
 * <h2>What is read</h2>
 * The repositories under {@code <base path>/spectro-packs/archive/} are listed with
 * {@code GET /v2/_catalog} (paginated), or, for registries that do not serve the catalog, named
 * with {@link Builder#packNames(String...)}; their tags with {@code /v2/<name>/tags/list}. For each
 * tag the manifest is read — an OCI image manifest (what ORAS 1.x pushes), a Docker v2 manifest or
 * an OCI artifact manifest; image indexes are refused — and its pack archive is the layer whose
 * {@code org.opencontainers.image.title} annotation ends in {@code .tar.gz} or {@code .tgz} (as
 * {@code oras push … NAME-VERSION.tar.gz} writes it), else its one gzip-compressed tar layer. The
 * archive holds the pack folder flat or inside one top folder (as {@code tar -czf} of the folder
 * writes it); {@code pack.json}, {@code values.yaml}, {@code presets.yaml} and {@code schema.yaml}
 * are read by the same reader as {@link PackDirectoryRegistry}, with the same checks and
 * warnings. Other artifacts (Helm charts, Zarf packages, the empty base artifact) are not read. A
 * {@code pack.json} whose name or version differ from the repository and tag is read with a warning
 * (Palette requires them to match).
 *
 * <h2>Index, refresh and cache</h2>
 * Everything is read when the registry is built, {@link Builder#parallelism(int) several requests at
 * a time}; lookups then answer from an in-memory index, and
 * the registry is thread-safe. {@link #refresh()} reads the registry again and swaps the index at
 * once. With a {@link Builder#cache(Path) cache}, blobs are kept on disk by digest: a later load
 * reads tags and manifests (which can change) but no blob it has already read. Every blob, from
 * the network or the cache, is checked against its sha256 digest.
 *
 * <h2>Failures</h2>
 * Every failure is a {@link PackRegistryException} whose message says where (the URL or
 * {@code repository:tag}), what, and what to do: 401 (no or wrong credentials), 403, a missing
 * manifest or blob, a server that does not answer within the {@link Builder#requestTimeout(Duration)
 * timeout} or cannot be reached (after {@link Builder#retries(int) bounded retries}), a malformed
 * manifest or archive, a blob over {@link Builder#maxBlobBytes(long) the size limit}. A tag deleted
 * between listing and reading is skipped with a warning.
 */
public final class OciPackRegistry implements PackRegistry {
    private final OciLoader loader;
    private volatile OciLoader.Loaded current;

    private OciPackRegistry(OciLoader loader) {
        this.loader = loader;
        this.current = loader.load();
    }

    /**
     * Reads the packs of an OCI registry anonymously, without a cache.
     *
     * @param url {@code http(s)://host[:port][/base path]}
     * @return the registry
     * @throws IllegalArgumentException if the URL is not an http(s) URL
     * @throws PackRegistryException if the registry cannot be read
     */
    public static OciPackRegistry load(String url) {
        return builder().url(url).build();
    }

    /**
     * A builder for a registry with credentials, a cache, limits or a chosen name.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads tags, manifests and (uncached) blobs again and swaps the index once all is read; on
     * failure the index stays as it was.
     *
     * <pre>{@code
     * packs.refresh().versions("hello-universe");   // [1.3.0, 1.3.1] after 1.3.1 was pushed
     * }</pre>
     *
     * @return this registry
     * @throws PackRegistryException if the registry cannot be read
     */
    public OciPackRegistry refresh() {
        synchronized (loader) {
            current = loader.load();
        }
        return this;
    }

    /**
     * What the readers tolerated rather than refused in the last load: quirks of {@code pack.json}
     * and friends, tags deleted while reading, a cache that could not be written.
     *
     * @return an unmodifiable list
     */
    public List<ReadWarning> warnings() {
        return current.warnings();
    }

    /**
     * The registry's URL with its base path.
     *
     * @return e.g. {@code http://127.0.0.1:5000/packs}
     */
    public String source() {
        return loader.source();
    }

    /**
     * The number of pack versions held.
     *
     * @return the count
     */
    public int size() {
        return current.registry().size();
    }

    /**
     * What the last load read.
     *
     * @return the counts
     */
    public Stats stats() {
        return current.stats();
    }

    /**
     * The registry's kind.
     *
     * @return {@link RegistryKind#OCI}
     */
    public RegistryKind kind() {
        return RegistryKind.OCI;
    }

    /**
     * What one load read.
     *
     * @param repositories the pack repositories read
     * @param versions the pack versions read
     * @param blobsFromNetwork blobs downloaded
     * @param blobsFromCache blobs read from the cache
     */
    public record Stats(int repositories, int versions, int blobsFromNetwork, int blobsFromCache) {
    }

    private PackRegistry delegate() {
        return current.registry();
    }

    @Override
    public String id() {
        return delegate().id();
    }

    @Override
    public String name() {
        return delegate().name();
    }

    @Override
    public Optional<String> uid() {
        return delegate().uid();
    }

    @Override
    public Set<String> packNames() {
        return delegate().packNames();
    }

    @Override
    public boolean contains(String packName) {
        return delegate().contains(packName);
    }

    @Override
    public List<PackDescriptor> packs(String packName) {
        return delegate().packs(packName);
    }

    @Override
    public Optional<PackDescriptor> pack(String packName, PackVersion version) {
        return delegate().pack(packName, version);
    }

    @Override
    public List<PackVersion> versions(String packName) {
        return delegate().versions(packName);
    }

    @Override
    public Optional<PackDescriptor> newest(String packName, VersionSelector selector) {
        return delegate().newest(packName, selector);
    }

    @Override
    public List<PackDescriptor> find(PackQuery query) {
        return delegate().find(query);
    }

    @Override
    public String toString() {
        return "OciPackRegistry[" + id() + ", " + source() + ", " + packNames().size() + " packs, " + size()
                + " versions]";
    }

    /** Configures and reads an {@link OciPackRegistry}. Setters reject null at once. Not thread-safe. */
    public static final class Builder {
        private URI base;
        private String basePath = "";
        private String id;
        private String name;
        private String uid;
        private String user;
        private String password;
        private Path cache;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(30);
        private int retries = 2;
        private int parallelism = 8;
        private long maxBlobBytes = 64L * 1024 * 1024;
        private long maxFileBytes = 16L * 1024 * 1024;
        private ReadLimits readLimits = ReadLimits.defaults();
        private final Set<String> packNames = new LinkedHashSet<>();

        private Builder() {
        }

        /**
         * Sets the registry's URL and base path (required).
         *
         * @param url {@code http(s)://host[:port][/base path]}, e.g. {@code https://registry.example.com/packs}
         * @return this builder
         * @throws IllegalArgumentException if not an http(s) URL with a host, or with a query or fragment
         */
        public Builder url(String url) {
            Objects.requireNonNull(url, "url must not be null");
            URI u;
            try {
                u = new URI(url.trim());
            } catch (java.net.URISyntaxException e) {
                throw new IllegalArgumentException("'" + url + "' is not a URL: " + e.getReason()
                        + "; write http(s)://HOST[:PORT][/BASEPATH]", e);
            }
            if (u.getScheme() == null || !(u.getScheme().equalsIgnoreCase("http")
                    || u.getScheme().equalsIgnoreCase("https")) || u.getHost() == null || u.getRawQuery() != null
                    || u.getRawFragment() != null || u.getRawUserInfo() != null) {
                throw new IllegalArgumentException("'" + url + "' is not an OCI registry URL; write"
                        + " http(s)://HOST[:PORT][/BASEPATH], e.g. https://registry.example.com/packs");
            }
            String path = u.getPath() == null ? "" : u.getPath();
            List<String> parts = new ArrayList<>();
            for (String part : path.split("/")) {
                if (part.isEmpty()) {
                    continue;
                }
                if (!part.matches("[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*")) {
                    throw new IllegalArgumentException("'" + url + "': the base path part '" + part + "' is not an"
                            + " OCI repository name part (lower-case letters, digits, '.', '_', '-')");
                }
                parts.add(part);
            }
            this.base = URI.create(u.getScheme().toLowerCase(java.util.Locale.ROOT) + "://" + u.getRawAuthority() + "/");
            this.basePath = String.join("/", parts);
            return this;
        }

        /**
         * Sets the registry's id (default: host, port and base path).
         *
         * @param registryId a stable id
         * @return this builder
         */
        public Builder id(String registryId) {
            this.id = requireText(registryId, "id");
            return this;
        }

        /**
         * Sets the registry's name as profiles name it (default: the id).
         *
         * @param registryName e.g. {@code "My Packs"}
         * @return this builder
         */
        public Builder name(String registryName) {
            this.name = requireText(registryName, "name");
            return this;
        }

        /**
         * Sets the registry's Palette uid, which profiles may name.
         *
         * @param registryUid the uid
         * @return this builder
         */
        public Builder uid(String registryUid) {
            this.uid = requireText(registryUid, "uid");
            return this;
        }

        /**
         * Sets the user name and password: sent as basic authentication when the registry asks for
         * it, and to the token service when it asks for a bearer token (default: anonymous).
         *
         * @param userName the user name
         * @param userPassword the password or access token
         * @return this builder
         */
        public Builder credentials(String userName, String userPassword) {
            this.user = Objects.requireNonNull(userName, "user name must not be null");
            this.password = Objects.requireNonNull(userPassword, "password must not be null");
            return this;
        }

        /**
         * Keeps blobs in a folder, by digest, so that later loads read them from disk (default: no cache).
         *
         * @param folder the cache's folder, created when first written
         * @return this builder
         */
        public Builder cache(Path folder) {
            this.cache = Objects.requireNonNull(folder, "cache folder must not be null");
            return this;
        }

        /**
         * Names the packs to read, for registries that do not serve {@code /v2/_catalog} (the
         * catalog is then not asked).
         *
         * @param names pack names, e.g. {@code "hello-universe"}
         * @return this builder
         */
        public Builder packNames(String... names) {
            for (String n : Objects.requireNonNull(names, "names must not be null")) {
                packNames.add(requireText(n, "pack name"));
            }
            return this;
        }

        /**
         * Sets the time to connect (default 10 s).
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connect timeout");
            return this;
        }

        /**
         * Sets the longest one request may take, its body included (default 30 s).
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = positive(timeout, "request timeout");
            return this;
        }

        /**
         * Sets how often a request is tried again after a failed connection, a timeout, 429 or a
         * 5xx answer, with a growing pause (default 2; 0 tries once).
         *
         * @param count 0 to 10
         * @return this builder
         */
        public Builder retries(int count) {
            if (count < 0 || count > 10) {
                throw new IllegalArgumentException("retries must be between 0 and 10, got " + count);
            }
            this.retries = count;
            return this;
        }

        /**
         * Sets how many requests one load runs at once (default 8): tag lists, manifests and blobs
         * of different pack versions are read in parallel, and used in order.
         *
         * @param requests 1 to 64
         * @return this builder
         */
        public Builder parallelism(int requests) {
            if (requests < 1 || requests > 64) {
                throw new IllegalArgumentException("parallelism must be between 1 and 64, got " + requests);
            }
            this.parallelism = requests;
            return this;
        }

        /**
         * Sets the largest blob (pack archive) read, in bytes (default 64 MiB); the archive's
         * unpacked size is bounded by four times as much.
         *
         * @param bytes at least 1
         * @return this builder
         */
        public Builder maxBlobBytes(long bytes) {
            if (bytes < 1 || bytes > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("the blob size limit must be between 1 and "
                        + (Integer.MAX_VALUE - 8) + " bytes, got " + bytes);
            }
            this.maxBlobBytes = bytes;
            return this;
        }

        /**
         * Sets the largest pack file ({@code values.yaml} …) read, in bytes (default 16 MiB).
         *
         * @param bytes at least 1
         * @return this builder
         */
        public Builder maxFileBytes(long bytes) {
            if (bytes < 1 || bytes > Integer.MAX_VALUE - 1) {
                throw new IllegalArgumentException("the file size limit must be between 1 and "
                        + (Integer.MAX_VALUE - 1) + " bytes, got " + bytes);
            }
            this.maxFileBytes = bytes;
            return this;
        }

        /**
         * Sets the limits of one load (default {@link ReadLimits#defaults()}): the bytes of all
         * pack files together and the number of pack versions.
         *
         * @param limits the limits
         * @return this builder
         */
        public Builder readLimits(ReadLimits limits) {
            this.readLimits = Objects.requireNonNull(limits, "limits must not be null");
            return this;
        }

        /**
         * Reads the registry.
         *
         * @return the registry
         * @throws IllegalStateException if no URL was set
         * @throws PackRegistryException if the registry cannot be read
         */
        public OciPackRegistry build() {
            if (base == null) {
                throw new IllegalStateException("url is required: set url(\"http(s)://HOST[:PORT][/BASEPATH]\")");
            }
            String source = base.toString() + basePath;
            String registryId = id != null ? id : base.getRawAuthority() + (basePath.isEmpty() ? "" : "/" + basePath);
            OciHttp http = new OciHttp(new OciHttp.Config(base, Optional.ofNullable(user), Optional.ofNullable(password),
                    connectTimeout, requestTimeout, retries, maxBlobBytes,
                    Optional.ofNullable(cache).map(BlobCache::new)));
            PackDirectoryRegistry.Builder packs = PackDirectoryRegistry.builder().id(registryId)
                    .name(name != null ? name : registryId).maxFileBytes(maxFileBytes).readLimits(readLimits);
            if (uid != null) {
                packs.uid(uid);
            }
            return new OciPackRegistry(new OciLoader(http, source, basePath, List.copyOf(packNames), packs,
                    maxBlobBytes, maxFileBytes, readLimits, parallelism));
        }

        private static String requireText(String text, String what) {
            Objects.requireNonNull(text, what + " must not be null");
            if (text.isBlank()) {
                throw new IllegalArgumentException(what + " must not be blank");
            }
            return text;
        }

        private static Duration positive(Duration d, String what) {
            Objects.requireNonNull(d, what + " must not be null");
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(what + " must be positive, got " + d);
            }
            return d;
        }
    }
}
