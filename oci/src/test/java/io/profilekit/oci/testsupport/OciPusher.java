package io.profilekit.oci.testsupport;


import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * Pushes pack artifacts as ORAS does — a config blob, the pack archive as a layer titled
 * {@code NAME-VERSION.tar.gz}, an OCI image manifest — through the OCI distribution API
 * (monolithic blob uploads: POST, then PUT with the digest). Test code.
 */
public final class OciPusher {
    public static final String BASE = "spectro-packs/archive/";
    private final String url;
    private final String authorization;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public OciPusher(String url) {
        this(url, "");
    }

    public OciPusher(String url, String authorization) {
        this.url = url;
        this.authorization = authorization;
    }

    public static OciPusher basic(String url, String user, String password) {
        return new OciPusher(url, "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8)));
    }

    /** A pack.json. */
    public static String packJson(String name, String version, String layer) {
        return "{\n  \"name\": \"" + name + "\",\n  \"displayName\": \"" + name + "\",\n  \"version\": \"" + version
                + "\",\n  \"layer\": \"" + layer + "\",\n  \"cloudTypes\": [\"all\"]\n}\n";
    }

    /** Pushes a pack folder under a base path: {@code <base>/spectro-packs/archive/<name>:<version>}. */
    public String pushPack(String basePath, String name, String version, String layer, String values) throws Exception {
        byte[] archive = TarGz.of(name + "-" + version, Map.of("pack.json", packJson(name, version, layer),
                "values.yaml", values));
        return pushArchive(basePath + "/" + BASE + name, version, archive, name + "-" + version + ".tar.gz");
    }

    /** Pushes an archive as an ORAS artifact; returns the manifest's digest. */
    public String pushArchive(String repository, String tag, byte[] archive, String title) throws Exception {
        String config = pushBlob(repository, "{}".getBytes(StandardCharsets.UTF_8));
        String layer = pushBlob(repository, archive);
        String manifest = "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
                + "\"config\":{\"mediaType\":\"application/vnd.unknown.config.v1+json\",\"digest\":\"" + config
                + "\",\"size\":2},\"layers\":[{\"mediaType\":\"application/vnd.oci.image.layer.v1.tar\","
                + "\"digest\":\"" + layer + "\",\"size\":" + archive.length + ",\"annotations\":{"
                + "\"org.opencontainers.image.title\":\"" + title + "\"}}],\"annotations\":{"
                + "\"org.opencontainers.image.created\":\"2026-01-01T00:00:00Z\",\"io.profilekit.test.repository\":\""
                + repository + "\"}}";
        return pushManifest(repository, tag, manifest);
    }

    public String pushManifest(String repository, String tag, String manifest) throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url + "/v2/" + repository + "/manifests/" + tag))
                .header("Content-Type", "application/vnd.oci.image.manifest.v1+json")
                .PUT(HttpRequest.BodyPublishers.ofString(manifest)));
        check(r, 201, "PUT manifest");
        return r.headers().firstValue("Docker-Content-Digest").orElseThrow();
    }

    public String pushBlob(String repository, byte[] data) throws Exception {
        String digest = "sha256:" + java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(data));
        HttpResponse<String> start = send(HttpRequest.newBuilder(URI.create(url + "/v2/" + repository
                + "/blobs/uploads/")).POST(HttpRequest.BodyPublishers.noBody()));
        check(start, 202, "POST blob upload");
        URI location = URI.create(url).resolve(start.headers().firstValue("Location").orElseThrow());
        String sep = location.getRawQuery() == null ? "?" : "&";
        HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(location + sep + "digest=" + digest))
                .header("Content-Type", "application/octet-stream").PUT(HttpRequest.BodyPublishers.ofByteArray(data)));
        check(put, 201, "PUT blob");
        return digest;
    }

    public void deleteManifest(String repository, String digest) throws Exception {
        check(send(HttpRequest.newBuilder(URI.create(url + "/v2/" + repository + "/manifests/" + digest)).DELETE()),
                202, "DELETE manifest");
    }

    private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        if (!authorization.isEmpty()) {
            b.header("Authorization", authorization);
        }
        return client.send(b.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void check(HttpResponse<String> r, int expected, String what) {
        if (r.statusCode() != expected) {
            throw new AssertionError(what + " " + r.uri() + " answered " + r.statusCode() + ": " + r.body());
        }
    }
}
