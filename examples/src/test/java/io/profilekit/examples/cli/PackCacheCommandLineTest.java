package io.profilekit.examples.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --registry} keeps what reading a pack folder's YAML files found in the folder
 * {@code PROFILEKIT_PACK_CACHE} names (none with {@code off}), else under {@code XDG_CACHE_HOME},
 * else under the home folder; runs with and without it print the same.
 */
class PackCacheCommandLineTest {
    private static final Path REGISTRY = Path.of("registries", "calico-hold");

    @TempDir
    Path dir;

    private static CliRun run(Map<String, String> environment, String... args) {
        return CliRun.of(environment, args);
    }

    @Test
    void runsWithAnEmptyAFilledAndNoCachePrintTheSame() throws Exception {
        Path registry = copyOf(REGISTRY);
        Path cache = dir.resolve("cache");
        String[] args = {"--verbose", "--registry", registry.toString(), "packs"};
        CliRun without = run(Map.of("PROFILEKIT_PACK_CACHE", "off"), args);
        assertThat(without.code()).as(without.err()).isZero();
        assertThat(Files.exists(cache)).isFalse();

        CliRun first = run(Map.of("PROFILEKIT_PACK_CACHE", cache.toString()), args);
        assertThat(Files.size(cache.resolve("pack-files.cache"))).isPositive();
        CliRun second = run(Map.of("PROFILEKIT_PACK_CACHE", cache.toString()), args);
        assertThat(first).isEqualTo(without);
        assertThat(second).isEqualTo(without);

        Path profile = Path.of("profiles", "aws-prod-base.yaml");
        String[] validate = {"--registry", registry.toString(), "--builtin", "validate", profile.toString()};
        assertThat(run(Map.of("PROFILEKIT_PACK_CACHE", cache.toString()), validate))
                .isEqualTo(run(Map.of("PROFILEKIT_PACK_CACHE", "off"), validate));
    }

    @Test
    void aMalformedValuesFileFailsTheSameWithAFilledCache() throws Exception {
        Path registry = copyOf(REGISTRY);
        Path cache = dir.resolve("cache");
        String[] args = {"--registry", registry.toString(), "packs"};
        assertThat(run(Map.of("PROFILEKIT_PACK_CACHE", cache.toString()), args).code()).isZero();
        Path values;
        try (var files = Files.walk(registry)) {
            values = files.filter(p -> p.getFileName().toString().equals("values.yaml")).findFirst().orElseThrow();
        }
        Files.writeString(values, "broken: [unclosed\n");
        CliRun without = run(Map.of("PROFILEKIT_PACK_CACHE", "off"), args);
        assertThat(without.code()).isEqualTo(ProfileKitCli.USAGE);
        assertThat(without.err()).contains("values.yaml:1:");
        assertThat(run(Map.of("PROFILEKIT_PACK_CACHE", cache.toString()), args)).isEqualTo(without);
        // a failure is not kept: the same run fails the same again
        assertThat(run(Map.of("PROFILEKIT_PACK_CACHE", cache.toString()), args)).isEqualTo(without);
    }

    @Test
    void aRegistryHoldingTheCacheFolderIsReadWithoutIt() throws Exception {
        Path registry = copyOf(REGISTRY);
        String[] args = {"--verbose", "--registry", registry.toString(), "packs"};
        CliRun without = run(Map.of("PROFILEKIT_PACK_CACHE", "off"), args);
        CliRun inside = run(Map.of("XDG_CACHE_HOME", registry.resolve(".cache").toString()), args);
        assertThat(inside).isEqualTo(without);
        assertThat(registry.resolve(".cache")).doesNotExist();
    }

    @Test
    void theCacheFolderComesFromTheEnvironmentThenXdgThenHome() {
        assertThat(ProfileKitCli.packCache(Map.of("PROFILEKIT_PACK_CACHE", "off", "XDG_CACHE_HOME", "/x"))).isEmpty();
        assertThat(ProfileKitCli.packCache(Map.of("PROFILEKIT_PACK_CACHE", "/c", "XDG_CACHE_HOME", "/x")))
                .contains(Path.of("/c"));
        assertThat(ProfileKitCli.packCache(Map.of("XDG_CACHE_HOME", "/x"))).contains(Path.of("/x", "profilekit",
                "packs"));
        // a relative XDG_CACHE_HOME is ignored, as the XDG specification asks
        assertThat(ProfileKitCli.packCache(Map.of("XDG_CACHE_HOME", "cache"))).isEqualTo(
                ProfileKitCli.packCache(Map.of()));
        Optional<Path> home = ProfileKitCli.packCache(Map.of());
        assertThat(home).contains(Path.of(System.getProperty("user.home"), ".cache", "profilekit", "packs"));
    }

    private Path copyOf(Path folder) throws Exception {
        Path copy = dir.resolve("registry");
        try (var files = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = copy.resolve(folder.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return copy;
    }
}
