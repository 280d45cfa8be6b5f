package io.profilekit.oci;

import io.profilekit.oci.testsupport.RegistryServer;
import io.profilekit.oci.testsupport.OciPusher;
import io.profilekit.oci.testsupport.TarGz;
import io.profilekit.PackVersion;
import io.profilekit.RegistryKind;
import io.profilekit.VersionSelector;
import io.profilekit.registry.PackDescriptor;
import io.profilekit.yaml.ReadWarning;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** OciPackRegistry against a real OCI registry server on 127.0.0.1, anonymous access. */
class OciPackRegistryTest {
    @TempDir
    static Path dir;
    static RegistryServer server;
    static OciPusher pusher;

    @BeforeAll
    static void start() throws Exception {
        server = RegistryServer.start(dir.resolve("registry"));
        pusher = new OciPusher(server.url());
        pusher.pushPack("packs", "hello-universe", "1.0.0", "addon", "pack:\n  namespace: hello\n");
        pusher.pushPack("packs", "hello-universe", "1.1.0", "addon", "# kept byte for byte\npack:\n  namespace: hello\n");
        pusher.pushPack("packs", "cni-calico", "3.31.2", "cni", "manifests:\n  calico: {}\n");
        // Not packs of the registry: another base path, a chart beside the packs, the empty base artifact.
        pusher.pushPack("other", "elsewhere", "1.0.0", "addon", "");
        pusher.pushArchive("packs/charts/nginx", "1.0.0", TarGz.of("", Map.of("Chart.yaml", "name: nginx\n")),
                "nginx-1.0.0.tgz");
        pusher.pushArchive("packs/spectro-packs/archive", "latest", TarGz.of("", Map.of()), "empty.tar.gz");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void readsThePacksUnderTheBasePathFromTheCatalogTagsManifestsAndArchives() {
        OciPackRegistry packs = OciPackRegistry.builder().url(server.url() + "/packs").name("My Packs").build();

        assertThat(packs.packNames()).containsExactly("cni-calico", "hello-universe");
        assertThat(packs.versions("hello-universe")).containsExactly(PackVersion.parse("1.0.0"),
                PackVersion.parse("1.1.0"));
        PackDescriptor newest = packs.newest("hello-universe", VersionSelector.parse("1.x")).orElseThrow();
        assertThat(newest.version()).isEqualTo(PackVersion.parse("1.1.0"));
        assertThat(newest.values()).isEqualTo("# kept byte for byte\npack:\n  namespace: hello\n");
        assertThat(packs.name()).isEqualTo("My Packs");
        assertThat(packs.id()).isEqualTo("127.0.0.1:" + server.port + "/packs");
        assertThat(packs.kind()).isEqualTo(RegistryKind.OCI);
        assertThat(packs.size()).isEqualTo(3);
        assertThat(packs.stats()).isEqualTo(new OciPackRegistry.Stats(2, 3, 3, 0));
        assertThat(packs.warnings()).isEmpty();
    }

    @Test
    void readsNamedPacksWithoutTheCatalog() {
        OciPackRegistry packs = OciPackRegistry.builder().url(server.url() + "/other").packNames("elsewhere").build();

        assertThat(packs.packNames()).containsExactly("elsewhere");
    }

    @Test
    void readingInParallelGivesWhatReadingOneAtATimeGives() throws Exception {
        for (int pack = 0; pack < 4; pack++) {
            for (int version = 0; version < 3; version++) {
                pusher.pushPack("many", "pack-" + pack, "1." + version + ".0", "addon", "v: " + version + "\n");
            }
        }

        OciPackRegistry one = OciPackRegistry.builder().url(server.url() + "/many").parallelism(1).build();
        OciPackRegistry eight = OciPackRegistry.builder().url(server.url() + "/many").parallelism(8).build();

        assertThat(eight.size()).isEqualTo(12);
        assertThat(eight.packNames()).isEqualTo(one.packNames());
        for (String name : one.packNames()) {
            assertThat(eight.packs(name)).isEqualTo(one.packs(name));
        }
        assertThat(eight.warnings()).isEqualTo(one.warnings());
    }

    @Test
    void refreshSeesWhatWasPushedSince() throws Exception {
        OciPackRegistry packs = OciPackRegistry.builder().url(server.url() + "/fresh").build();
        assertThat(packs.packNames()).isEmpty();
        assertThat(packs.warnings()).extracting(ReadWarning::message).containsExactly("the registry holds no"
                + " repository under fresh/spectro-packs/archive/; Palette keeps packs at"
                + " BASEPATH/spectro-packs/archive/PACK:VERSION — is the base path right?");

        pusher.pushPack("fresh", "late", "2.0.0", "addon", "");

        assertThat(packs.packNames()).isEmpty();
        assertThat(packs.refresh().versions("late")).containsExactly(PackVersion.parse("2.0.0"));
        assertThat(packs.warnings()).isEmpty();
    }

    @Test
    void aSecondLoadWithTheCacheReadsNoBlob() throws Exception {
        Path cache = dir.resolve("cache-" + System.nanoTime());
        long before = server.blobGets();
        OciPackRegistry first = OciPackRegistry.builder().url(server.url() + "/packs").cache(cache).build();
        long afterFirst = server.blobGets();
        OciPackRegistry second = OciPackRegistry.builder().url(server.url() + "/packs").cache(cache).build();
        long afterSecond = server.blobGets();

        assertThat(afterFirst - before).isEqualTo(3);
        assertThat(afterSecond).isEqualTo(afterFirst);
        assertThat(first.stats().blobsFromNetwork()).isEqualTo(3);
        assertThat(second.stats()).isEqualTo(new OciPackRegistry.Stats(2, 3, 0, 3));
        assertThat(second.packs("hello-universe")).isEqualTo(first.packs("hello-universe"));
    }

    @Test
    void aDamagedCacheEntryIsDroppedAndFetchedAgain() throws Exception {
        Path cache = dir.resolve("cache-damaged");
        OciPackRegistry.builder().url(server.url() + "/packs").cache(cache).build();
        List<Path> blobs;
        try (Stream<Path> files = Files.list(cache.resolve("blobs/sha256"))) {
            blobs = files.collect(Collectors.toList());
        }
        assertThat(blobs).hasSize(3);
        Files.writeString(blobs.get(0), "tampered");

        long before = server.blobGets();
        OciPackRegistry again = OciPackRegistry.builder().url(server.url() + "/packs").cache(cache).build();

        assertThat(server.blobGets() - before).isEqualTo(1);
        assertThat(again.stats()).isEqualTo(new OciPackRegistry.Stats(2, 3, 1, 2));
        assertThat(again.warnings()).extracting(ReadWarning::message)
                .anySatisfy(m -> assertThat(m).contains("does not match its digest; dropped and fetched again"));
        assertThat(again.packNames()).containsExactly("cni-calico", "hello-universe");
    }
}
