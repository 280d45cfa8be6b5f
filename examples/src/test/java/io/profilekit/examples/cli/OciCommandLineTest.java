package io.profilekit.examples.cli;

import io.profilekit.oci.testsupport.RegistryServer;
import io.profilekit.oci.testsupport.OciPusher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code profilekit --oci-registry "My Packs=http://127.0.0.1:PORT/packs" validate profile.yaml}
 * against a real OCI registry server on 127.0.0.1: a profile whose packs exist only in that
 * registry validates, and the second run, with the blob cache, downloads no blob.
 */
class OciCommandLineTest {
    @TempDir
    static Path dir;
    static RegistryServer server;
    static Path profile;

    @BeforeAll
    static void start() throws Exception {
        server = RegistryServer.start(dir.resolve("registry"));
        OciPusher pusher = new OciPusher(server.url());
        pusher.pushPack("packs", "web-portal", "2.4.0", "addon", "replicas: 2\n");
        pusher.pushPack("packs", "web-portal", "2.5.1", "addon", "replicas: 2\n");
        pusher.pushPack("packs", "audit-sink", "0.9.0", "addon", "sink: stdout\n");
        profile = dir.resolve("profile.yaml");
        Files.writeString(profile, "apiVersion: profilekit.io/v1\n"
                + "kind: AddOnProfile\n"
                + "metadata:\n  name: portal\n  version: 1.0.0\n"
                + "spec:\n  cloud: all\n  type: add-on\n  layers:\n"
                + "    - layer: addon\n      pack:\n        name: web-portal\n        version: 2.x\n"
                + "        registry:\n          name: My Packs\n          kind: oci\n      values: |\n        replicas: 3\n"
                + "    - layer: addon\n      pack:\n        name: audit-sink\n        version: 0.9.0\n"
                + "        registry:\n          name: My Packs\n      values: |\n        sink: stdout\n");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static CliRun run(Map<String, String> environment, String... args) {
        return CliRun.of(environment, args);
    }

    @Test
    void validatesAProfileWhosePacksAreOnlyInTheOciRegistryAndTheSecondRunReadsNoBlob() throws Exception {
        Map<String, String> env = Map.of("PROFILEKIT_OCI_CACHE", dir.resolve("cache").toString());
        String registry = "My Packs=" + server.url() + "/packs";

        long before = server.blobGets();
        CliRun first = run(env, "--oci-registry", registry, "--verbose", "validate", profile.toString());
        long afterFirst = server.blobGets();
        CliRun second = run(env, "--oci-registry", registry, "--verbose", "validate", profile.toString());
        long afterSecond = server.blobGets();

        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("valid");
        assertThat(first.err()).contains("/packs: 3 pack versions in 2 repositories; blobs read: 3 from the network,"
                + " 0 from the cache");
        assertThat(afterFirst - before).isEqualTo(3);
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(second.err()).contains("blobs read: 0 from the network, 3 from the cache");
        assertThat(afterSecond).isEqualTo(afterFirst);
    }

    @Test
    void aVersionTheRegistryLacksIsAViolation() throws Exception {
        Path wrong = dir.resolve("wrong.yaml");
        Files.writeString(wrong, Files.readString(profile).replace("version: 0.9.0", "version: 0.8.0"));

        CliRun run = run(Map.of(), "--no-oci-cache", "--oci-registry", "My Packs=" + server.url() + "/packs", "validate",
                wrong.toString());

        assertThat(run.code()).isEqualTo(ProfileKitCli.VIOLATIONS);
        assertThat(run.out()).contains("PACK_VERSION_NOT_FOUND");
    }

    @Test
    void anUnreachableRegistryIsOneLineAndExitTwo() throws Exception {
        int port = RegistryServer.freePort();

        CliRun run = run(Map.of(), "--no-oci-cache", "--oci-registry", "My Packs=http://127.0.0.1:" + port + "/packs",
                "validate", profile.toString());

        assertThat(run.code()).isEqualTo(ProfileKitCli.USAGE);
        assertThat(run.err()).isEqualTo("profilekit: http://127.0.0.1:" + port + "/v2/_catalog?n=1000: cannot connect"
                + " (ConnectException) reading the catalog (3 attempts) — is the registry running at http://127.0.0.1:"
                + port + "/?" + System.lineSeparator());
    }

    @Test
    void credentialsComeFromTheEnvironment() throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("PROFILEKIT_OCI_USERNAME", "alice");
        env.put("PROFILEKIT_OCI_PASSWORD", "s3cret");
        Path htpasswd = dir.resolve("htpasswd");
        Files.writeString(htpasswd, htpasswd("alice", "s3cret"));
        try (RegistryServer locked = RegistryServer.start(dir.resolve("locked"), "  htpasswd:\n    realm: t\n"
                + "    path: " + htpasswd + "\n")) {
            OciPusher.basic(locked.url(), "alice", "s3cret").pushPack("packs", "web-portal", "2.5.1", "addon", "");
            OciPusher.basic(locked.url(), "alice", "s3cret").pushPack("packs", "audit-sink", "0.9.0", "addon", "");

            CliRun withCredentials = run(env, "--no-oci-cache", "--oci-registry", "My Packs=" + locked.url() + "/packs",
                    "validate", profile.toString());
            env.put("PROFILEKIT_OCI_PASSWORD", "wrong");
            CliRun wrongPassword = run(env, "--no-oci-cache", "--oci-registry", "My Packs=" + locked.url() + "/packs",
                    "validate", profile.toString());

            assertThat(withCredentials.code()).as(withCredentials.err()).isZero();
            assertThat(wrongPassword.code()).isEqualTo(ProfileKitCli.USAGE);
            assertThat(wrongPassword.err()).contains("401 Unauthorized: the registry refused the user name and password")
                    .doesNotContain("at io.profilekit");
        }
    }

    @Test
    void packNamesReadOnlyThosePacks() {
        CliRun run = run(Map.of(), "--no-oci-cache", "--oci-pack-names", "web-portal", "--oci-registry",
                "My Packs=" + server.url() + "/packs", "--verbose", "packs");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("web-portal").doesNotContain("audit-sink");
        assertThat(run.err()).contains("2 pack versions in 1 repositories");
    }

    @Test
    void aUrlThatIsNotOneIsAUsageError() {
        CliRun run = run(Map.of(), "--oci-registry", "My Packs=ftp://example/packs", "validate", profile.toString());

        assertThat(run.code()).isEqualTo(ProfileKitCli.USAGE);
        assertThat(run.err()).startsWith("profilekit: --oci-registry 'ftp://example/packs' is not an OCI registry URL;"
                + " write http(s)://HOST[:PORT][/BASEPATH]");
    }

    @Test
    void aPackNameThatIsNoRepositoryNameIsAUsageError() {
        CliRun run = run(Map.of(), "--no-oci-cache", "--oci-pack-names", "web-portal,bad\033[31mname", "--oci-registry",
                "My Packs=" + server.url() + "/packs", "packs");

        assertThat(run.code()).isEqualTo(ProfileKitCli.USAGE);
        assertThat(run.err()).startsWith("profilekit: --oci-pack-names 'bad\\e[31mname' is not an OCI repository name;"
                + " write lowercase letters and digits, separated by '.', '_', '-' or '/', e.g. hello-universe");
    }

    @Test
    void packNamesThatNameNoPackAreAUsageError() {
        for (String given : new String[] {",", " , ,", ""}) {
            CliRun run = run(Map.of(), "--no-oci-cache", "--oci-pack-names", given, "--oci-registry",
                    "My Packs=" + server.url() + "/packs", "packs");

            assertThat(run.code()).as("'%s'", given).isEqualTo(ProfileKitCli.USAGE);
            assertThat(run.err()).as("'%s'", given).startsWith("profilekit: --oci-pack-names names no pack; give the"
                    + " packs to read, separated by commas, e.g. hello-universe,web-portal");
        }
    }

    private static String htpasswd(String user, String password) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("htpasswd", "-Bbn", user, password).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            throw new AssertionError("htpasswd (Debian package apache2-utils) is not installed; .ci/run installs it", e);
        }
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out.strip() + "\n";
    }
}
