package io.profilekit.oci.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A real OCI distribution server (Debian's {@code docker-registry}, distribution 2.8) on 127.0.0.1,
 * a free port and a temporary storage folder, started and stopped by the tests. Its access log
 * tells which requests it served. Fails, never skips, when the server is not installed.
 */
public final class RegistryServer implements AutoCloseable {
    private static final Pattern BLOB_GET = Pattern.compile("\"GET /v2/\\S+/blobs/sha256:[0-9a-f]{64} HTTP");

    /** The registry's storage and configuration folder. */
    public final Path dir;
    /** The port it listens on, on 127.0.0.1. */
    public final int port;
    private final Process process;
    private final Path log;

    private RegistryServer(Path dir, int port, Process process, Path log) {
        this.dir = dir;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    public static Path binary() {
        for (String p : List.of("/usr/bin/docker-registry", "/usr/local/bin/docker-registry")) {
            if (Files.isExecutable(Path.of(p))) {
                return Path.of(p);
            }
        }
        throw new AssertionError("the OCI registry server 'docker-registry' (Debian package docker-registry,"
                + " distribution 2.8) is not installed; install it with 'apt-get install -y docker-registry'"
                + " (.ci/run does this) — these tests need a real registry on 127.0.0.1");
    }

    /** An anonymous registry. */
    public static RegistryServer start(Path dir) throws Exception {
        return start(dir, "");
    }

    /** A registry with an {@code auth:} section (YAML, indented by two), or none. */
    public static RegistryServer start(Path dir, String auth) throws Exception {
        Path binary = binary();
        int port = freePort();
        Path storage = Files.createDirectories(dir.resolve("storage"));
        Path config = dir.resolve("config.yml");
        Files.writeString(config, "version: 0.1\n"
                + "log:\n  level: warn\n"
                + "storage:\n  filesystem:\n    rootdirectory: " + storage + "\n  delete:\n    enabled: true\n"
                + "http:\n  addr: 127.0.0.1:" + port + "\n  secret: profilekit-test\n"
                + (auth.isEmpty() ? "" : "auth:\n" + auth));
        Path log = dir.resolve("access.log");
        Process p = new ProcessBuilder(binary.toString(), "serve", config.toString())
                .redirectOutput(log.toFile()).redirectError(dir.resolve("server.log").toFile()).start();
        RegistryServer server = new RegistryServer(dir, port, p, log);
        server.awaitReady();
        return server;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    private void awaitReady() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("docker-registry exited at start: "
                        + Files.readString(dir.resolve("server.log")));
            }
            try {
                client.send(HttpRequest.newBuilder(URI.create(url() + "/v2/")).timeout(Duration.ofSeconds(1)).build(),
                        HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException e) {
                Thread.sleep(50);
            }
        }
        close();
        throw new AssertionError("docker-registry did not answer on port " + port + " within 20 s");
    }

    /** How many blob GETs the server has logged. */
    public long blobGets() throws IOException {
        // The access log is written as requests complete; give the last line a moment.
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Files.readAllLines(log).stream().filter(l -> BLOB_GET.matcher(l).find()).count();
    }

    /** The requests logged so far. */
    public List<String> accessLog() throws IOException {
        return Files.readAllLines(log);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
