package io.profilekit.oci;

import io.profilekit.oci.testsupport.RegistryServer;
import io.profilekit.oci.testsupport.OciPusher;
import io.profilekit.PackVersion;
import io.profilekit.yaml.registry.PackRegistryException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bearer tokens against the real registry server in token-auth mode: it answers 401 with a
 * {@code Bearer realm=…,service=…,scope=…} challenge; the realm is a token service on loopback that
 * checks the user's password and issues a signed JWT for the scope asked; the registry verifies it.
 */
class TokenAuthTest {
    @TempDir
    static Path dir;
    static TokenIssuer issuer;
    static FakeServer tokens;
    static RegistryServer server;
    static final String PASSWORD = "t0ken-pass";

    @BeforeAll
    static void start() throws Exception {
        issuer = new TokenIssuer(dir);
        String basic = "Basic " + Base64.getEncoder().encodeToString(("bob:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        tokens = new FakeServer(request -> {
            if (!basic.equals(request.headers().get("authorization"))) {
                return FakeServer.Response.json(401, "{\"details\":\"wrong credentials\"}");
            }
            String query = request.target().substring(request.target().indexOf('?') + 1);
            List<String> scopes = List.of(query.split("&")).stream().filter(p -> p.startsWith("scope="))
                    .map(p -> URLDecoder.decode(p.substring(6), StandardCharsets.UTF_8)).collect(Collectors.toList());
            try {
                return FakeServer.Response.json(200, "{\"token\":\"" + issuer.token("bob", scopes) + "\"}");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        server = RegistryServer.start(dir.resolve("registry"), "  token:\n    realm: " + tokens.url() + "/token\n"
                + "    service: " + TokenIssuer.SERVICE + "\n    issuer: " + TokenIssuer.ISSUER + "\n"
                + "    rootcertbundle: " + issuer.certificate + "\n");
        String repository = "packs/" + OciPusher.BASE + "hello-universe";
        OciPusher pusher = new OciPusher(server.url(), "Bearer " + issuer.token("bob",
                List.of("repository:" + repository + ":pull,push")));
        pusher.pushPack("packs", "hello-universe", "1.0.0", "addon", "");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        tokens.close();
    }

    @Test
    void fetchesATokenPerScopeFromTheChallengesRealmWithTheCredentials() {
        tokens.requests.clear();
        OciPackRegistry packs = OciPackRegistry.builder().url(server.url() + "/packs").credentials("bob", PASSWORD)
                .build();

        assertThat(packs.versions("hello-universe")).containsExactly(PackVersion.parse("1.0.0"));
        assertThat(tokens.requests).extracting(r -> URLDecoder.decode(r.target(), StandardCharsets.UTF_8))
                .containsExactly("/token?service=profilekit-test&scope=registry:catalog:*",
                        "/token?service=profilekit-test&scope=repository:packs/spectro-packs/archive/hello-universe:pull");
        assertThat(tokens.requests).allSatisfy(r -> assertThat(r.headers().get("authorization")).startsWith("Basic "));
    }

    @Test
    void aPasswordTheTokenServiceRefusesSaysSo() {
        assertThatThrownBy(() -> OciPackRegistry.builder().url(server.url() + "/packs").credentials("bob", "nope")
                .build())
                .isInstanceOf(PackRegistryException.class)
                .hasMessageStartingWith(tokens.url() + "/token?service=profilekit-test&scope=registry%3Acatalog%3A*:"
                        + " 401 from the registry's token service: it refused the user name and password — check the"
                        + " user name and password given for this registry");
    }

    @Test
    void withoutCredentialsTheTokenServiceWantsSome() {
        assertThatThrownBy(() -> OciPackRegistry.load(server.url() + "/packs"))
                .isInstanceOf(PackRegistryException.class)
                .hasMessageContaining("401 from the registry's token service: it needs credentials and none were given");
    }
}
