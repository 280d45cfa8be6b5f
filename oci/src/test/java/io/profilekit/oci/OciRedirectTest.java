package io.profilekit.oci;

import io.profilekit.oci.testsupport.OciPusher;
import io.profilekit.oci.testsupport.TarGz;
import io.profilekit.PackVersion;
import io.profilekit.oci.internal.Digests;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registries often answer a blob request with a redirect to their storage: it is followed, and the
 * registry's credentials are not sent to the other host.
 */
class OciRedirectTest {
    @Test
    void aBlobRedirectedToAnotherHostIsReadWithoutTheCredentials() throws Exception {
        byte[] archive = TarGz.of("hello-1.0.0", Map.of("pack.json", OciPusher.packJson("hello", "1.0.0", "addon"),
                "values.yaml", "a: 1\n"));
        String digest = Digests.sha256(archive);
        String manifest = "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
                + "\"config\":{\"mediaType\":\"application/vnd.unknown.config.v1+json\",\"digest\":\""
                + Digests.sha256("{}".getBytes(StandardCharsets.UTF_8)) + "\",\"size\":2},\"layers\":[{\"mediaType\":"
                + "\"application/vnd.oci.image.layer.v1.tar\",\"digest\":\"" + digest + "\",\"size\":" + archive.length
                + ",\"annotations\":{\"org.opencontainers.image.title\":\"hello-1.0.0.tar.gz\"}}]}";
        String basic = "Basic " + Base64.getEncoder().encodeToString("u:p".getBytes(StandardCharsets.UTF_8));
        try (FakeServer storage = new FakeServer(request -> new FakeServer.Response(200, Map.of(), archive, false));
             FakeServer registry = new FakeServer(request -> {
                 if (!basic.equals(request.headers().get("authorization"))) {
                     return new FakeServer.Response(401, Map.of("WWW-Authenticate", "Basic realm=\"test\""),
                             new byte[0], false);
                 }
                 String path = request.target().split("\\?")[0];
                 if (path.equals("/v2/_catalog")) {
                     return FakeServer.Response.json(200, "{\"repositories\":[\"spectro-packs/archive/hello\"]}");
                 }
                 if (path.endsWith("/tags/list")) {
                     return FakeServer.Response.json(200, "{\"name\":\"x\",\"tags\":[\"1.0.0\"]}");
                 }
                 if (path.endsWith("/manifests/1.0.0")) {
                     return FakeServer.Response.json(200, manifest);
                 }
                 // Another host: another authority (here, another port on loopback).
                 return new FakeServer.Response(307, Map.of("Location", storage.url() + "/blob?signature=abc"),
                         new byte[0], false);
             })) {
            OciPackRegistry packs = OciPackRegistry.builder().url(registry.url()).credentials("u", "p").build();

            assertThat(packs.versions("hello")).containsExactly(PackVersion.parse("1.0.0"));
            assertThat(storage.requests).singleElement().satisfies(r -> {
                assertThat(r.target()).isEqualTo("/blob?signature=abc");
                assertThat(r.headers()).doesNotContainKey("authorization");
            });
        }
    }
}
