package io.profilekit.oci.internal;

import io.profilekit.rules.SafeText;
import io.profilekit.yaml.registry.PackRegistryException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP side of the OCI distribution API: GETs with a deadline for the whole exchange (body
 * included), a size limit on every body (checked on {@code Content-Length} and while reading),
 * bounded retries with backoff for failed connections, timeouts, 429 and 5xx, and the registry's
 * authentication: anonymous, basic (after a {@code Basic} challenge) and bearer tokens fetched from
 * the realm of a {@code Bearer} challenge (with the basic credentials, if given), one token per
 * repository. Blobs are checked against their digest, from the network and from the cache.
 * Thread-safe. Internal.
 */
public final class OciHttp {
    /** The largest answer other than a blob: manifests, tag lists, catalogs, tokens. */
    public static final long MAX_DOCUMENT_BYTES = 4L * 1024 * 1024;
    private static final long MAX_ERROR_BYTES = 64 * 1024;
    private static final String CATALOG = "(catalog)";
    private static final int MAX_REDIRECTS = 5;
    /** The hint when a registry does not list its repositories. */
    public static final String NAME_THE_PACKS = "a registry that does not list its repositories needs the pack names"
            + " given, so that the catalog is not asked (OciPackRegistry.Builder.packNames; profilekit"
            + " --oci-pack-names)";
    private static final java.util.Set<Integer> REDIRECTS = java.util.Set.of(301, 302, 303, 307, 308);

    /** What the client is configured with. */
    public record Config(URI base, Optional<String> user, Optional<String> password, Duration connectTimeout,
                         Duration requestTimeout, int retries, long maxBlobBytes, Optional<BlobCache> cache) {
    }

    private final Config config;
    private final HttpClient client;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private volatile boolean basic;
    private final AtomicInteger blobsFromNetwork = new AtomicInteger();
    private final AtomicInteger blobsFromCache = new AtomicInteger();

    /**
     * @param config the configuration
     */
    public OciHttp(Config config) {
        this.config = config;
        this.client = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** @return blobs read from the network so far */
    public int blobsFromNetwork() {
        return blobsFromNetwork.get();
    }

    /** @return blobs read from the cache so far */
    public int blobsFromCache() {
        return blobsFromCache.get();
    }

    /** An answer with status 200. */
    public record Answer(byte[] body, HttpHeaders headers, URI uri) {
    }

    /**
     * GETs a path of the registry ({@code /v2/…}), following {@code Link} pagination is the caller's.
     *
     * @param pathAndQuery e.g. {@code /v2/packs/spectro-packs/archive/hello/tags/list}
     * @param repository the repository the request concerns (for its token), or empty for the catalog
     * @param accept the {@code Accept} header, or empty
     * @param limit the largest body read
     * @param what what is fetched, for messages (e.g. {@code "tag 1.0.0"})
     * @return the answer, or empty on 404
     * @throws PackRegistryException on any other failure
     */
    public Optional<Answer> get(String pathAndQuery, String repository, String accept, long limit, String what) {
        URI uri = config.base().resolve(pathAndQuery);
        String key = repository.isEmpty() ? CATALOG : repository;
        boolean triedToken = false;
        boolean triedBasic = false;
        while (true) {
            Optional<String> sent = authorization(key);
            Exchange ex = send(uri, accept, limit, sent, what);
            if (ex.status == 401) {
                String challenge = ex.headers.firstValue("WWW-Authenticate").orElse("");
                String scheme = challenge.split(" ", 2)[0].toLowerCase(Locale.ROOT);
                if (scheme.equals("bearer") && !triedToken) {
                    triedToken = true;
                    tokens.put(key, token(uri, challenge.substring(scheme.length()).trim()));
                    continue;
                }
                // Whether this request sent the credentials: another thread may have learnt meanwhile
                // that the registry wants them.
                boolean sentBasic = sent.isPresent() && sent.get().startsWith("Basic ");
                if (scheme.equals("basic") && !triedBasic && config.user().isPresent() && !sentBasic) {
                    triedBasic = true;
                    basic = true;
                    continue;
                }
                throw new PackRegistryException(uri.toString(), 0, 0, "", "401 Unauthorized: " + (config.user().isEmpty()
                        ? "the registry needs credentials and none were given"
                        : triedToken ? "the registry refused the token its token service gave"
                        : "the registry refused the user name and password"),
                        config.user().isEmpty() ? "give a user name and password for this registry"
                        : "check the user name and password given for this registry", null);
            }
            if (ex.status == 403) {
                throw new PackRegistryException(uri.toString(), 0, 0, "", "403 Forbidden: the credentials give no"
                        + " access to " + what, repository.isEmpty() ? NAME_THE_PACKS
                        : "ask the registry's owner for pull access", null);
            }
            if (ex.status == 404) {
                return Optional.empty();
            }
            if (ex.status != 200) {
                throw new PackRegistryException(uri.toString(), 0, 0, "", "the registry answered " + ex.status
                        + " for " + what + errorText(ex.body), "", null);
            }
            return Optional.of(new Answer(ex.body, ex.headers, uri));
        }
    }

    /**
     * A blob, from the cache when there and intact, else from the network; checked against its
     * digest either way, and stored in the cache.
     *
     * @param repository the repository
     * @param digest the digest, {@code sha256:<hex>}
     * @param size its size as the manifest says
     * @param notes where cache problems are reported
     * @return the bytes
     * @throws PackRegistryException if missing, over the limit, not matching its digest, or on failure
     */
    public byte[] blob(String repository, String digest, long size, List<String> notes) {
        String path = "/v2/" + repository + "/blobs/" + digest;
        if (size > config.maxBlobBytes()) {
            throw Manifests.oversized(config.base().resolve(path).toString(), digest, size, config.maxBlobBytes());
        }
        if (config.cache().isPresent()) {
            Optional<byte[]> cached = config.cache().get().read(digest, config.maxBlobBytes(), notes);
            if (cached.isPresent()) {
                blobsFromCache.incrementAndGet();
                return cached.get();
            }
        }
        Answer a = get(path, repository, "", config.maxBlobBytes(), "blob " + digest).orElseThrow(() ->
                new PackRegistryException(config.base().resolve(path).toString(), 0, 0, "", "404 Not Found: blob "
                        + digest + " is missing from the registry", "push the pack again", null));
        blobsFromNetwork.incrementAndGet();
        String actual = Digests.sha256(a.body());
        if (!actual.equals(digest)) {
            throw new PackRegistryException(a.uri().toString(), 0, 0, "", "the blob read does not match its digest"
                    + " (read " + actual + ")", "the registry's storage may be damaged; push the pack again", null);
        }
        config.cache().ifPresent(c -> c.write(digest, a.body(), notes));
        return a.body();
    }

    private Optional<String> authorization(String key) {
        String token = tokens.get(key);
        if (token != null) {
            return Optional.of("Bearer " + token);
        }
        if (basic && config.user().isPresent()) {
            return Optional.of(basicHeader());
        }
        return Optional.empty();
    }

    private String basicHeader() {
        return "Basic " + Base64.getEncoder().encodeToString((config.user().orElse("") + ":"
                + config.password().orElse("")).getBytes(StandardCharsets.UTF_8));
    }

    /** Fetches a token from the realm of a bearer challenge. */
    private String token(URI request, String parameters) {
        Map<String, String> p = Manifests.challengeParameters(parameters);
        String realm = p.getOrDefault("realm", "");
        URI realmUri;
        try {
            realmUri = URI.create(realm);
        } catch (IllegalArgumentException e) {
            realmUri = null;
        }
        if (realmUri == null || realmUri.getScheme() == null || !(realmUri.getScheme().equals("http")
                || realmUri.getScheme().equals("https")) || realmUri.getHost() == null) {
            throw new PackRegistryException(request.toString(), 0, 0, "", "401 Unauthorized with a bearer challenge"
                    + " whose realm " + SafeText.quote(realm) + " is not an http(s) URL", "", null);
        }
        StringBuilder query = new StringBuilder();
        for (String name : List.of("service", "scope")) {
            if (p.containsKey(name)) {
                query.append(query.length() == 0 ? "" : "&").append(name).append('=')
                        .append(URLEncoder.encode(p.get(name), StandardCharsets.UTF_8));
            }
        }
        URI uri = URI.create(realm + (query.length() == 0 ? "" : (realm.contains("?") ? "&" : "?") + query));
        Exchange ex = send(uri, "application/json", MAX_DOCUMENT_BYTES,
                config.user().isPresent() ? Optional.of(basicHeader()) : Optional.empty(), "a token");
        if (ex.status == 401 || ex.status == 403) {
            throw new PackRegistryException(uri.toString(), 0, 0, "", ex.status + " from the registry's token service: "
                    + (config.user().isEmpty() ? "it needs credentials and none were given"
                    : "it refused the user name and password"), config.user().isEmpty()
                    ? "give a user name and password for this registry"
                    : "check the user name and password given for this registry", null);
        }
        if (ex.status != 200) {
            throw new PackRegistryException(uri.toString(), 0, 0, "", "the registry's token service answered "
                    + ex.status + errorText(ex.body), "", null);
        }
        Object json = Json.parse(uri.toString(), ex.body);
        Optional<String> token = Json.text(json, "token").or(() -> Json.text(json, "access_token"));
        return token.filter(t -> !t.isBlank() && t.chars().allMatch(c -> c > 32 && c < 127))
                .orElseThrow(() -> new PackRegistryException(uri.toString(), 0, 0, "", "the token service's answer"
                        + " holds no token", "it must answer {\"token\": \"…\"}", null));
    }

    private static String errorText(byte[] body) {
        if (body.length == 0) {
            return "";
        }
        String text = new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8).strip();
        return text.isEmpty() ? "" : ": " + SafeText.quote(text);
    }

    private record Exchange(int status, HttpHeaders headers, byte[] body) {
    }

    /**
     * One request, retried on failed connections, timeouts, 429 and 5xx; redirects (blobs are often
     * served from storage elsewhere) are followed up to {@value #MAX_REDIRECTS} times, to http(s)
     * only, and the credentials are not sent to another host.
     */
    private Exchange send(URI start, String accept, long limit, Optional<String> auth, String what) {
        int attempts = config.retries() + 1;
        URI uri = start;
        Optional<String> authorization = auth;
        int redirects = 0;
        for (int attempt = 1; ; attempt++) {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(config.requestTimeout()).GET()
                    .header("User-Agent", "profilekit-oci");
            if (!accept.isEmpty()) {
                b.header("Accept", accept);
            }
            authorization.ifPresent(a -> b.header("Authorization", a));
            CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(b.build(), info -> {
                if (info.statusCode() != 200) {
                    return new Limited(MAX_ERROR_BYTES, true);
                }
                long length = info.headers().firstValueAsLong("Content-Length").orElse(-1);
                return new Limited(limit, false).announced(length);
            });
            String retryProblem;
            Throwable cause;
            try {
                HttpResponse<byte[]> r = future.get(config.requestTimeout().toMillis() + 500, TimeUnit.MILLISECONDS);
                int status = r.statusCode();
                if ((status == 429 || status >= 500) && attempt < attempts) {
                    pause(attempt);
                    continue;
                }
                Optional<String> location = r.headers().firstValue("Location");
                if (REDIRECTS.contains(status) && location.isPresent()) {
                    URI next = redirect(uri, location.get(), ++redirects, what);
                    if (!Objects.equals(next.getRawAuthority(), uri.getRawAuthority())
                            || !next.getScheme().equalsIgnoreCase(uri.getScheme())) {
                        authorization = Optional.empty();
                    }
                    uri = next;
                    attempt--;
                    continue;
                }
                return new Exchange(status, r.headers(), r.body());
            } catch (TimeoutException e) {
                future.cancel(true);
                retryProblem = "no answer within " + seconds(config.requestTimeout());
                cause = e;
            } catch (InterruptedException e) {
                future.cancel(true);
                Thread.currentThread().interrupt();
                throw new PackRegistryException(uri.toString(), 0, 0, "", "interrupted while reading " + what, "", e);
            } catch (ExecutionException e) {
                cause = e.getCause() == null ? e : e.getCause();
                TooLarge tooLarge = tooLarge(cause);
                if (tooLarge != null) {
                    throw new PackRegistryException(uri.toString(), 0, 0, "", what + " is larger than the limit of "
                            + limit + " bytes" + (tooLarge.announced > 0 ? " (" + tooLarge.announced + " bytes)" : ""),
                            "raise the blob size limit if the registry is trusted", null);
                }
                if (cause instanceof HttpTimeoutException) {
                    retryProblem = "no answer within " + seconds(config.requestTimeout());
                } else if (cause instanceof ConnectException) {
                    retryProblem = "cannot connect (" + cause.getClass().getSimpleName() + ")";
                } else if (cause instanceof IOException) {
                    retryProblem = "the connection failed (" + cause.getClass().getSimpleName()
                            + (cause.getMessage() == null ? "" : ": " + SafeText.quote(cause.getMessage())) + ")";
                } else {
                    throw new PackRegistryException(uri.toString(), 0, 0, "", "reading " + what + " failed: "
                            + cause, "", cause);
                }
            }
            if (attempt >= attempts) {
                throw new PackRegistryException(uri.toString(), 0, 0, "", retryProblem + " reading " + what
                        + (attempts > 1 ? " (" + attempts + " attempts)" : ""),
                        retryProblem.startsWith("no answer") ? "the registry is slow or unreachable; raise the timeout"
                        + " if it is only slow" : "is the registry running at " + config.base() + "?", cause);
            }
            pause(attempt);
        }
    }

    private static URI redirect(URI from, String location, int count, String what) {
        if (count > MAX_REDIRECTS) {
            throw new PackRegistryException(from.toString(), 0, 0, "", "more than " + MAX_REDIRECTS
                    + " redirects reading " + what, "", null);
        }
        URI next;
        try {
            next = from.resolve(location.trim());
        } catch (IllegalArgumentException e) {
            next = null;
        }
        if (next == null || next.getScheme() == null || !(next.getScheme().equalsIgnoreCase("http")
                || next.getScheme().equalsIgnoreCase("https")) || next.getHost() == null) {
            throw new PackRegistryException(from.toString(), 0, 0, "", "redirected reading " + what + " to "
                    + SafeText.quote(location) + ", which is not an http(s) URL", "", null);
        }
        return next;
    }

    private static TooLarge tooLarge(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof TooLarge) {
                return (TooLarge) c;
            }
        }
        return null;
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(Math.min(2000, 100L << Math.min(attempt, 5)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A body over the limit. */
    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        final long announced;

        TooLarge(long announced) {
            super("the body is over the size limit");
            this.announced = announced;
        }
    }

    /** Collects a body up to a limit; past it, cancels the exchange and fails (or, for an error body, truncates). */
    private static final class Limited implements HttpResponse.BodySubscriber<byte[]> {
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private final long limit;
        private final boolean truncate;
        private long announced = -1;
        private Flow.Subscription subscription;

        Limited(long limit, boolean truncate) {
            this.limit = limit;
            this.truncate = truncate;
        }

        Limited announced(long length) {
            this.announced = length;
            return this;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (announced > limit) {
                s.cancel();
                result.completeExceptionally(new TooLarge(announced));
                return;
            }
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer item : items) {
                int n = item.remaining();
                if (buffer.size() + (long) n > limit) {
                    if (truncate) {
                        byte[] part = new byte[(int) (limit - buffer.size())];
                        item.get(part);
                        buffer.write(part, 0, part.length);
                        subscription.cancel();
                        result.complete(buffer.toByteArray());
                    } else {
                        subscription.cancel();
                        result.completeExceptionally(new TooLarge(announced));
                    }
                    return;
                }
                byte[] chunk = new byte[n];
                item.get(chunk);
                buffer.write(chunk, 0, n);
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(buffer.toByteArray());
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }
    }
}
