package io.profilekit.yaml.registry;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.LongStream;

import static io.profilekit.yaml.registry.PackFolders.packJson;
import static io.profilekit.yaml.registry.PackFolders.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Large values files are checked beside the reading of the next folders; a load still fails with
 * the first problem in reading order (folders by name; in a folder pack.json, values.yaml, then
 * presets.yaml), as when every file is checked in its turn, and loads what it loaded before.
 */
class PackFolderFailureOrderTest {
    private static final int FOLDERS = 24;

    @TempDir
    Path root;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 40);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theFirstProblemInReadingOrderIsReported(long seed) throws Exception {
        Random random = new Random(seed);
        int faults = random.nextInt(4);
        int[] faultAt = new int[FOLDERS];
        for (int f = 0; f < faults; f++) {
            faultAt[random.nextInt(FOLDERS)] = 1 + random.nextInt(4);
        }
        String expected = null;
        for (int i = 0; i < FOLDERS; i++) {
            String folder = String.format("p%02d-1.0.%d", i, i);
            boolean large = random.nextBoolean();
            int fault = faultAt[i];
            write(root, folder + "/pack.json", fault == 1 ? "{\"name\": \"p" + i + "\", \"version\": 1.0}"
                    : packJson("p" + i, "1.0." + i, "addon"));
            String values = values(large ? 300 : 3) + (fault == 2 ? "broken: [unclosed\n" : fault == 3
                    ? "section0:\n  again: true\n" : "");
            write(root, folder + "/values.yaml", values);
            write(root, folder + "/presets.yaml", fault == 4 ? "presets: [\n" : "presets: []\n");
            if (expected == null && fault != 0) {
                expected = folder + "/" + (fault == 1 ? "pack.json" : fault == 4 ? "presets.yaml" : "values.yaml");
            }
        }
        assertThat(Files.list(root).count()).isEqualTo(FOLDERS);
        if (expected == null) {
            assertThat(PackDirectoryRegistry.load(root).size()).as("seed %d", seed).isEqualTo(FOLDERS);
            return;
        }
        PackRegistryException e = catchThrowableOfType(() -> PackDirectoryRegistry.load(root),
                PackRegistryException.class);
        assertThat(e).as("seed %d: a failure at %s", seed, expected).isNotNull();
        assertThat(e.documentName()).as("seed %d: %s", seed, e.getMessage()).isEqualTo(expected);
    }

    private static String values(int sections) {
        StringBuilder sb = new StringBuilder();
        for (int s = 0; s < sections; s++) {
            sb.append("# section ").append(s).append(" -- what it sets\nsection").append(s)
                    .append(":\n  enabled: true\n  image: registry.example/app\n");
        }
        return sb.toString();
    }
}
