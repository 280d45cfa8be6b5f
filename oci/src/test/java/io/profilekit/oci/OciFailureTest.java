package io.profilekit.oci;

import io.profilekit.oci.testsupport.RegistryServer;
import io.profilekit.oci.testsupport.OciPusher;
import io.profilekit.PackVersion;
import io.profilekit.yaml.registry.PackRegistryException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every failure of an OCI registry is a PackRegistryException that says where, what and what to do:
 * against the real registry server (basic auth, a stopped server, a deleted tag, corrupt manifests,
 * an oversized blob) and against small JDK servers for what the real one never does (no answer, 403,
 * not JSON).
 */
class OciFailureTest {
    @TempDir
    static Path dir;
    static RegistryServer server;
    static OciPusher pusher;

    @BeforeAll
    static void start() throws Exception {
        Path htpasswd = dir.resolve("htpasswd");
        Files.writeString(htpasswd, Htpasswd.line("alice", "s3cret"));
        server = RegistryServer.start(dir.resolve("registry"), "  htpasswd:\n    realm: profilekit-test\n    path: "
                + htpasswd + "\n");
        pusher = OciPusher.basic(server.url(), "alice", "s3cret");
        pusher.pushPack("packs", "hello-universe", "1.0.0", "addon", "");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private OciPackRegistry.Builder registry(String basePath) {
        return OciPackRegistry.builder().url(server.url() + "/" + basePath).credentials("alice", "s3cret");
    }

    @Test
    void basicAuthReadsWithTheRightPassword() {
        assertThat(registry("packs").build().versions("hello-universe")).containsExactly(PackVersion.parse("1.0.0"));
    }

    @Test
    void basicAuthLearntWhileRequestsRunInParallelIsSentByEach() {
        OciPackRegistry packs = registry("packs").parallelism(8)
                .packNames("hello-universe", "a", "b", "c", "d", "e", "f", "g").build();

        assertThat(packs.versions("hello-universe")).containsExactly(PackVersion.parse("1.0.0"));
        assertThat(packs.warnings()).extracting(io.profilekit.yaml.ReadWarning::message)
                .containsOnly("the repository has gone (404); skipped").hasSize(7);
    }

    @Test
    void aWrongPasswordIs401WithAHint() {
        assertThatThrownBy(() -> OciPackRegistry.builder().url(server.url() + "/packs").credentials("alice", "wrong")
                .build())
                .isInstanceOf(PackRegistryException.class)
                .hasMessage(server.url() + "/v2/_catalog?n=1000: 401 Unauthorized: the registry refused the user"
                        + " name and password — check the user name and password given for this registry");
    }

    @Test
    void noCredentialsIs401SayingSo() {
        assertThatThrownBy(() -> OciPackRegistry.load(server.url() + "/packs"))
                .isInstanceOf(PackRegistryException.class)
                .hasMessageContaining("401 Unauthorized: the registry needs credentials and none were given"
                        + " — give a user name and password for this registry");
    }

    @Test
    void aStoppedServerCannotBeReachedAfterBoundedRetries() throws Exception {
        Path htpasswd = dir.resolve("htpasswd");
        RegistryServer stopped = RegistryServer.start(dir.resolve("stopped"), "  htpasswd:\n    realm: x\n    path: "
                + htpasswd + "\n");
        stopped.close();

        assertThatThrownBy(() -> OciPackRegistry.builder().url(stopped.url() + "/packs").retries(1)
                .connectTimeout(Duration.ofSeconds(2)).build())
                .isInstanceOf(PackRegistryException.class)
                .hasMessage(stopped.url() + "/v2/_catalog?n=1000: cannot connect (ConnectException) reading the catalog"
                        + " (2 attempts) — is the registry running at " + stopped.url() + "/?");
    }

    @Test
    void aDeletedTagIsGoneAfterRefresh() throws Exception {
        pusher.pushPack("deleting", "hello-universe", "1.0.0", "addon", "");
        String digest = pusher.pushPack("deleting", "hello-universe", "2.0.0", "addon", "");
        OciPackRegistry packs = registry("deleting").build();
        assertThat(packs.versions("hello-universe")).hasSize(2);

        pusher.deleteManifest("deleting/" + OciPusher.BASE + "hello-universe", digest);

        assertThat(packs.refresh().versions("hello-universe")).containsExactly(PackVersion.parse("1.0.0"));
    }

    @Test
    void aManifestAlteredInStorageDoesNotMatchItsDigest() throws Exception {
        String digest = pusher.pushPack("altered", "hello-universe", "1.0.0", "addon", "");
        Files.writeString(storedBlob(digest), "{\"schemaVersion\":2,\"mediaType\":"
                + "\"application/vnd.oci.image.manifest.v1+json\",\"layers\":[]}");

        assertThatThrownBy(() -> registry("altered").build())
                .isInstanceOf(PackRegistryException.class)
                .hasMessage(server.url() + "/v2/altered/spectro-packs/archive/hello-universe/manifests/1.0.0: the"
                        + " manifest read does not match the digest the registry announced — the registry's storage"
                        + " may be damaged; push the pack again");
    }

    @Test
    void aManifestTheServerCannotReadIsItsError() throws Exception {
        String digest = pusher.pushPack("broken", "hello-universe", "1.0.0", "addon", "");
        Files.writeString(storedBlob(digest), "garbage{");

        assertThatThrownBy(() -> registry("broken").retries(0).build())
                .isInstanceOf(PackRegistryException.class)
                .hasMessageStartingWith(server.url() + "/v2/broken/spectro-packs/archive/hello-universe/manifests/1.0.0:"
                        + " the registry answered 500 for the manifest of broken/spectro-packs/archive/hello-universe:1.0.0");
    }

    @Test
    void aManifestWithoutAPackArchiveSaysWhatAPackArtifactIs() throws Exception {
        String repository = "nopack/" + OciPusher.BASE + "readme";
        String config = pusher.pushBlob(repository, "{}".getBytes(StandardCharsets.UTF_8));
        byte[] text = "hello".getBytes(StandardCharsets.UTF_8);
        String layer = pusher.pushBlob(repository, text);
        pusher.pushManifest(repository, "1.0.0", "{\"schemaVersion\":2,\"mediaType\":"
                + "\"application/vnd.oci.image.manifest.v1+json\",\"config\":{\"mediaType\":"
                + "\"application/vnd.unknown.config.v1+json\",\"digest\":\"" + config + "\",\"size\":2},\"layers\":"
                + "[{\"mediaType\":\"text/plain\",\"digest\":\"" + layer + "\",\"size\":5,\"annotations\":"
                + "{\"org.opencontainers.image.title\":\"README.md\"}}]}");

        assertThatThrownBy(() -> registry("nopack").build())
                .isInstanceOf(PackRegistryException.class)
                .hasMessageContaining("manifests/1.0.0: holds no pack archive (1 layer, none titled *.tar.gz or *.tgz,"
                        + " none a gzip-compressed tar) — push the pack folder as one file");
    }

    @Test
    void aBlobOverTheLimitIsRefusedBeforeItIsRead() {
        assertThatThrownBy(() -> registry("packs").maxBlobBytes(50).build())
                .isInstanceOf(PackRegistryException.class)
                .hasMessageMatching(".*/v2/packs/spectro-packs/archive/hello-universe/blobs/sha256:[0-9a-f]{64}: blob"
                        + " sha256:[0-9a-f]{64} is \\d+ bytes, over the limit of 50 bytes — raise the blob size limit.*");
    }

    @Test
    void aServerThatNeverAnswersTimesOut() throws Exception {
        try (FakeServer silent = new FakeServer(request -> null)) {
            assertThatThrownBy(() -> OciPackRegistry.builder().url(silent.url() + "/packs")
                    .requestTimeout(Duration.ofMillis(300)).retries(1).build())
                    .isInstanceOf(PackRegistryException.class)
                    .hasMessage(silent.url() + "/v2/_catalog?n=1000: no answer within 300 ms reading the catalog"
                            + " (2 attempts) — the registry is slow or unreachable; raise the timeout if it is only slow");
            assertThat(silent.requests).hasSize(2);
        }
    }

    @Test
    void forbiddenIs403() throws Exception {
        try (FakeServer forbidding = new FakeServer(request -> FakeServer.Response.json(403, "{}"))) {
            assertThatThrownBy(() -> OciPackRegistry.builder().url(forbidding.url()).build())
                    .isInstanceOf(PackRegistryException.class)
                    .hasMessage(forbidding.url() + "/v2/_catalog?n=1000: 403 Forbidden: the credentials give no access"
                            + " to the catalog — a registry that does not list its repositories needs the pack names"
                            + " given, so that the catalog is not asked (OciPackRegistry.Builder.packNames; profilekit"
                            + " --oci-pack-names)");
        }
    }

    @Test
    void aRegistryWithoutACatalogIsReadByPackNames() throws Exception {
        try (FakeServer noCatalog = new FakeServer(request -> request.target().startsWith("/v2/_catalog")
                ? FakeServer.Response.json(404, "{\"errors\":[{\"code\":\"UNSUPPORTED\"}]}")
                : FakeServer.Response.json(200, "{\"tags\":[]}"))) {
            assertThatThrownBy(() -> OciPackRegistry.builder().url(noCatalog.url() + "/prod").build())
                    .isInstanceOf(PackRegistryException.class)
                    .hasMessage(noCatalog.url() + "/prod: 404 Not Found: the registry does not serve its catalog"
                            + " (/v2/_catalog) — a registry that does not list its repositories needs the pack names"
                            + " given, so that the catalog is not asked (OciPackRegistry.Builder.packNames; profilekit"
                            + " --oci-pack-names)");

            noCatalog.requests.clear();
            OciPackRegistry byName = OciPackRegistry.builder().url(noCatalog.url() + "/prod").packNames("hello").build();

            assertThat(byName.packNames()).isEmpty();
            assertThat(noCatalog.requests).extracting(FakeServer.Request::target)
                    .containsExactly("/v2/prod/spectro-packs/archive/hello/tags/list?n=1000");
        }
    }

    @Test
    void anAnswerThatIsNotJsonSaysSo() throws Exception {
        try (FakeServer html = new FakeServer(request -> FakeServer.Response.json(200, "<html>login</html>"))) {
            assertThatThrownBy(() -> OciPackRegistry.builder().url(html.url()).build())
                    .isInstanceOf(PackRegistryException.class)
                    .hasMessageStartingWith(html.url() + "/v2/_catalog?n=1000: the answer is not valid JSON: ")
                    .hasMessageEndingWith(" — is this an OCI registry (distribution API v2)?");
        }
    }

    @Test
    void aBodyLongerThanTheLimitIsCutOffWhileItIsRead() throws Exception {
        String manifestPath = "/v2/" + OciPusher.BASE + "big/manifests/1.0.0";
        try (FakeServer big = new FakeServer(request -> {
            String path = request.target().split("\\?")[0];
            if (path.equals("/v2/_catalog")) {
                return FakeServer.Response.json(200, "{\"repositories\":[\"" + OciPusher.BASE + "big\"]}");
            }
            if (path.endsWith("/tags/list")) {
                return FakeServer.Response.json(200, "{\"tags\":[\"1.0.0\"]}");
            }
            // No Content-Length: the limit is found while reading.
            return new FakeServer.Response(200, Map.of(), new byte[5 * 1024 * 1024], true);
        })) {
            assertThatThrownBy(() -> OciPackRegistry.builder().url(big.url()).build())
                    .isInstanceOf(PackRegistryException.class)
                    .hasMessage(big.url() + manifestPath + ": the manifest of " + OciPusher.BASE + "big:1.0.0 is"
                            + " larger than the limit of 4194304 bytes — raise the blob size limit if the registry is"
                            + " trusted");
        }
    }

    private Path storedBlob(String digest) {
        String hex = digest.substring("sha256:".length());
        return server.dir.resolve("storage/docker/registry/v2/blobs/sha256/" + hex.substring(0, 2) + "/" + hex
                + "/data");
    }
}
