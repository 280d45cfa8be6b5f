package io.profilekit.yaml.registry;

import io.profilekit.registry.PackDescriptor;
import io.profilekit.yaml.ReadLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import static io.profilekit.yaml.registry.PackFolders.packJson;
import static io.profilekit.yaml.registry.PackFolders.write;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A load with {@link PackDirectoryRegistry.Builder#cacheIn} gives what a load without it gives —
 * the same packs (values, presets and value schemas in order), the same warnings, the same failure
 * with the same message — whether the cache is empty, filled by an earlier load, or filled before
 * a file changed; and a malformed file is never kept.
 */
class PackFileCacheTest {
    private static final int FOLDERS = 14;

    @TempDir
    Path root;
    @TempDir
    Path cache;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 30);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aLoadWithTheCacheGivesWhatALoadWithoutItGives(long seed) {
        Random random = new Random(seed);
        writeFolders(random, random.nextInt(3) == 0);
        String expected = outcome(PackDirectoryRegistry.builder());
        assertThat(outcome(cached())).as("seed %d, empty cache", seed).isEqualTo(expected);
        assertThat(outcome(cached())).as("seed %d, filled cache", seed).isEqualTo(expected);
        assertThat(outcome(cached())).as("seed %d, filled cache again", seed).isEqualTo(expected);

        // one file changed: the cache answers for the old text only
        String folder = String.format("p%02d-1.0.%d", random.nextInt(FOLDERS), 0);
        String file = List.of("values.yaml", "presets.yaml", "schema.yaml").get(random.nextInt(3));
        Path changed = root.resolve(folder).resolve(file);
        write(root, folder + "/" + file, Files.exists(changed) ? readString(changed).replace("enabled", "enabledd")
                .replace("\"small\"", "\"smaller\"") + "# changed\n" : "");
        String afterChange = outcome(PackDirectoryRegistry.builder());
        assertThat(outcome(cached())).as("seed %d, after %s/%s changed", seed, folder, file).isEqualTo(afterChange);
        assertThat(outcome(cached())).as("seed %d, after %s/%s changed, again", seed, folder, file)
                .isEqualTo(afterChange);
    }

    @Test
    void aFilledCacheAnswersForEveryFileAndIsNotWrittenAgain() throws Exception {
        writeFolders(new Random(11), false);
        String expected = outcome(PackDirectoryRegistry.builder());
        assertThat(outcome(cached())).isEqualTo(expected);
        Path file = cache.resolve("pack-files.cache");
        assertThat(Files.size(file)).isPositive();
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(0));
        // a load that parsed any file would add its entry and write the file again
        assertThat(outcome(cached())).isEqualTo(expected);
        assertThat(Files.getLastModifiedTime(file).toMillis()).isZero();
    }

    @Test
    void aCacheInsideTheRegistrysFolderIsNotUsed() throws Exception {
        writeFolders(new Random(5), false);
        String expected = outcome(PackDirectoryRegistry.builder());
        List<Path> insides = new ArrayList<>(List.of(root, root.resolve(".cache"), root.resolve("p00-1.0.0/cache")));
        try {
            Path link = Files.createSymbolicLink(cache.resolve("link-into-registry"), root.resolve("p00-1.0.0"));
            insides.add(link.resolve("c"));
        } catch (UnsupportedOperationException | java.io.IOException e) {
            // a file system without links (or a user not allowed to make them): the other cases stand
        }
        for (Path inside : insides) {
            assertThat(outcome(PackDirectoryRegistry.builder().cacheIn(inside))).as("%s", inside).isEqualTo(expected);
            assertThat(outcome(PackDirectoryRegistry.builder().cacheIn(inside))).as("%s", inside).isEqualTo(expected);
        }
        try (var written = Files.walk(root)) {
            assertThat(written.filter(p -> p.getFileName().toString().startsWith("pack-files"))).isEmpty();
        }
        // a sibling whose name starts with the registry's is not inside it
        Path sibling = root.resolveSibling(root.getFileName() + "-cache");
        try {
            assertThat(outcome(PackDirectoryRegistry.builder().cacheIn(sibling))).isEqualTo(expected);
            assertThat(sibling.resolve("pack-files.cache")).exists();
        } finally {
            try (var left = Files.walk(sibling)) {
                left.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void aMalformedFileIsNeverKeptAndFailsEveryTime() throws Exception {
        write(root, "a-1.0.0/pack.json", packJson("a", "1.0.0", "addon"));
        write(root, "a-1.0.0/values.yaml", "kept: true\n");
        write(root, "b-1.0.0/pack.json", packJson("b", "1.0.0", "addon"));
        write(root, "b-1.0.0/values.yaml", "unique-marker-of-the-broken-file: [unclosed\n");
        String expected = outcome(PackDirectoryRegistry.builder());
        assertThat(expected).startsWith("failed: b-1.0.0/values.yaml:");
        for (int i = 0; i < 3; i++) {
            assertThat(outcome(cached())).isEqualTo(expected);
        }
        byte[] kept = Files.readAllBytes(cache.resolve("pack-files.cache"));
        String keptText = new String(kept, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(keptText).contains("kept: true").doesNotContain("unique-marker-of-the-broken-file");
    }

    @Test
    void theBudgetStopsALoadAtTheSamePlaceWithAFilledCache() {
        for (int i = 0; i < 4; i++) {
            String folder = "p" + i + "-1.0.0";
            write(root, folder + "/pack.json", packJson("p" + i, "1.0.0", "addon"));
            write(root, folder + "/values.yaml", "a: 1\n");
            write(root, folder + "/presets.yaml", presets(new Random(i), 6, false));
            write(root, folder + "/schema.yaml", schema(new Random(i), 5, false));
        }
        outcome(cached());
        long unbounded = 0;
        List<String> seen = new ArrayList<>();
        for (long budget = 1_000; budget < 60_000; budget += 997) {
            ReadLimits limits = ReadLimits.builder().maxRegistryBytes(budget).build();
            String expected = outcome(PackDirectoryRegistry.builder().readLimits(limits));
            assertThat(outcome(cached().readLimits(limits))).as("budget %d", budget).isEqualTo(expected);
            seen.add(expected.substring(0, Math.min(40, expected.length())));
            if (!expected.startsWith("failed")) {
                unbounded++;
            }
        }
        // the budgets tried stop the load in presets, in schemas, and let it through
        assertThat(seen).anyMatch(s -> s.contains("presets.yaml")).anyMatch(s -> s.contains("schema.yaml"));
        assertThat(unbounded).isPositive();
    }

    @Test
    void loadsAtOnceWithOneCacheAllGetTheSameRegistry() throws Exception {
        writeFolders(new Random(7), false);
        String expected = outcome(PackDirectoryRegistry.builder());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 3; round++) {
                List<Future<String>> loads = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    loads.add(pool.submit(() -> outcome(cached())));
                }
                for (Future<String> f : loads) {
                    assertThat(f.get()).isEqualTo(expected);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(outcome(cached())).isEqualTo(expected);
        try (var left = Files.list(cache)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("pack-files.cache");
        }
    }

    @Test
    void aCacheThatCannotBeWrittenLeavesTheLoadAsItWas() throws Exception {
        writeFolders(new Random(3), false);
        String expected = outcome(PackDirectoryRegistry.builder());
        Path notAFolder = Files.writeString(cache.resolve("file"), "not a folder");
        assertThat(outcome(PackDirectoryRegistry.builder().cacheIn(notAFolder))).isEqualTo(expected);
        assertThat(outcome(PackDirectoryRegistry.builder().cacheIn(notAFolder.resolve("below")))).isEqualTo(expected);
        assertThat(Files.readString(notAFolder)).isEqualTo("not a folder");
    }

    // ---- helpers

    private PackDirectoryRegistry.Builder cached() {
        return PackDirectoryRegistry.builder().cacheIn(cache);
    }

    /** What a load gives: every pack with all it holds, and the warnings; or the failure. */
    private String outcome(PackDirectoryRegistry.Builder builder) {
        PackDirectoryRegistry r;
        try {
            r = builder.load(root);
        } catch (PackRegistryException e) {
            return "failed: " + e.getMessage();
        }
        StringBuilder sb = new StringBuilder();
        for (String name : r.packNames()) {
            for (PackDescriptor d : r.packs(name)) {
                sb.append(d).append(" values=").append(d.values().hashCode()).append('/').append(d.values().length())
                        .append(" presets=").append(d.presets()).append(" schema=")
                        .append(new ArrayList<>(d.valueSchema().entrySet())).append(" same=")
                        .append(d.equals(r.pack(name, d.version()).orElseThrow())).append('\n');
            }
        }
        r.warnings().forEach(w -> sb.append("warning ").append(w).append('\n'));
        return sb.toString();
    }

    private void writeFolders(Random random, boolean withFaults) {
        int faultAt = withFaults ? random.nextInt(FOLDERS) : -1;
        int fault = random.nextInt(4);
        for (int i = 0; i < FOLDERS; i++) {
            String folder = String.format("p%02d-1.0.%d", i, 0);
            write(root, folder + "/pack.json", packJson("p" + i, "1.0.0", "addon"));
            String values = values(random, random.nextInt(4) == 0 ? 200 : 2);
            if (i == faultAt && fault == 0) {
                values += "section0:\n  again: true\n";
            }
            write(root, folder + "/values.yaml", values);
            if (random.nextBoolean()) {
                String presets = presets(random, 1 + random.nextInt(4), random.nextInt(3) == 0);
                write(root, folder + "/presets.yaml", i == faultAt && fault == 1 ? presets + "  - name: [\n" : presets);
            }
            if (random.nextBoolean() || i == faultAt && fault == 2) {
                String schema = schema(random, 1 + random.nextInt(4), random.nextBoolean());
                write(root, folder + "/schema.yaml", i == faultAt && fault == 2 ? schema + "broken: {schema: [\n"
                        : schema);
            }
            if (i == faultAt && fault == 3) {
                write(root, folder + "/pack.json", "{\"name\": \"p" + i + "\", \"version\": 1.0}");
            }
        }
    }

    private static String values(Random random, int sections) {
        StringBuilder sb = new StringBuilder();
        for (int s = 0; s < sections; s++) {
            sb.append("# section ").append(s).append(" -- what it sets\nsection").append(s).append(":\n  enabled: ")
                    .append(random.nextBoolean()).append("\n  size: \"small\"\n");
            if (s > 0 && random.nextInt(5) == 0) {
                sb.append("  copy: *s").append(s - 1).append('\n');
            }
            sb.append("  anchored: &s").append(s).append(" {x: ").append(s).append("}\n");
        }
        return sb.toString();
    }

    /** Presets, some without a display name or group (warnings), some named with a lone surrogate. */
    private static String presets(Random random, int count, boolean quirks) {
        StringBuilder sb = new StringBuilder("presets:\n");
        for (int p = 0; p < count; p++) {
            sb.append("  - name: ").append(quirks && p == 0 ? "\"lone-\\uD800\"" : "\"preset-" + p + "\"").append('\n');
            if (!quirks || p % 2 == 1) {
                sb.append("    displayName: Preset ").append(p).append('\n');
                sb.append("    group: Group ").append(random.nextInt(3)).append('\n');
            }
            sb.append("    remove: [\"section").append(p).append(".enabled\"]\n");
            sb.append("    add: |\n      section").append(p).append(":\n        enabled: \"small\"\n");
        }
        return sb.toString();
    }

    private static String schema(Random random, int count, boolean quirks) {
        StringBuilder sb = new StringBuilder();
        for (int e = 0; e < count; e++) {
            sb.append("section").append(e).append(".size:\n  schema: '{{ required | format \"${text}\" }}'\n");
            if (quirks && e == 0) {
                sb.append("  comment: not a field of a value schema\n");
            }
        }
        if (random.nextBoolean()) {
            sb.append("section0.enabled:\n  schema: '{{ required | format \"${boolean}\" }}'\n");
        }
        return sb.toString();
    }

    private static String readString(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
