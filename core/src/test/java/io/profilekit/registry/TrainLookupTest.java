package io.profilekit.registry;

import io.profilekit.CloudType;
import io.profilekit.LayerType;
import io.profilekit.PackVersion;
import io.profilekit.VersionSelector;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A train takes the newest release whose numbers start with the train's, at every number boundary;
 * and among many versions (searched in blocks) the same as a scan of every version.
 */
class TrainLookupTest {
    private static final List<String> VERSIONS = List.of("1.8.7", "1.9.0", "1.9.3", "1.9.4-rc.1", "1.10.0", "1.99.2",
            "1.100.0", "9.0.1", "9.9.9", "10.0.0", "99.1", "100.0", "1.2097151.4", "1.2097152.1", "1.2097152.7",
            "1.2097153.0", "1.999999999999.3", "1.1000000000000.0", "0.9.1", "0.10.0");

    private static InMemoryPackRegistry registry() {
        InMemoryPackRegistry.Builder b = InMemoryPackRegistry.builder("trains");
        for (String v : VERSIONS) {
            b.add(PackDescriptor.builder("p", v, LayerType.ADDON).cloudTypes(CloudType.ALL).build());
        }
        return b.build();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "1.9.x, 1.9.3",
        "1.09.x, 1.9.3",
        "1.8.x, 1.8.7",
        "1.99.x, 1.99.2",
        "1.100.x, 1.100.0",
        "9.x, 9.9.9",
        "9.9.x, 9.9.9",
        "99.x, 99.1",
        "0.9.x, 0.9.1",
        "0.x, 0.10.0",
        "1.x, 1.1000000000000.0",
        "1.2097152.x, 1.2097152.7",
        "1.2097151.x, 1.2097151.4",
        "1.999999999999.x, 1.999999999999.3",
        "00000001.x, 1.1000000000000.0",
        "1.00000099.x, 1.99.2",
        "0001.0000009.x, 1.9.3",
        "1.1.x, NONE",
        "999.x, NONE"})
    void theNewestReleaseOfTheTrainIsTaken(String train, String expected) {
        InMemoryPackRegistry registry = registry();
        VersionSelector selector = VersionSelector.parse(train);
        String got = registry.newest("p", selector).map(p -> p.version().toString()).orElse("NONE");
        assertThat(got).isEqualTo(expected);
        // The same answer as a scan of every version.
        String scanned = registry.packs("p").stream().map(PackDescriptor::version)
                .filter(selector::matches).max(PackVersion::compareTo).map(PackVersion::toString).orElse("NONE");
        assertThat(got).isEqualTo(scanned);
    }

    @ParameterizedTest(name = "{0} versions, seed {1}")
    @CsvSource({"100, 1", "127, 2", "128, 3", "129, 4", "191, 5", "192, 6", "1000, 7", "4000, 8", "4000, 9"})
    void amongManyVersionsEveryTrainTakesWhatAScanTakes(int count, long seed) {
        Random random = new Random(seed);
        Set<String> versions = new LinkedHashSet<>();
        while (versions.size() < count) {
            StringBuilder v = new StringBuilder().append(random.nextInt(4)).append('.').append(random.nextInt(60))
                    .append('.').append(random.nextInt(10) == 0 ? 2_097_150 + random.nextInt(4) : random.nextInt(30));
            if (random.nextInt(5) == 0) {
                v.append("-rc.").append(random.nextInt(3));
            }
            versions.add(v.toString());
        }
        InMemoryPackRegistry.Builder b = InMemoryPackRegistry.builder("many");
        for (String v : versions) {
            b.add(PackDescriptor.builder("p", v, LayerType.ADDON).cloudTypes(CloudType.ALL).build());
        }
        InMemoryPackRegistry registry = b.build();
        List<String> trains = new ArrayList<>();
        for (int major = 0; major <= 4; major++) {
            trains.add(major + ".x");
            for (int minor = 0; minor <= 61; minor++) {
                trains.add(major + "." + minor + ".x");
            }
        }
        for (String v : versions) {
            String[] parts = v.split("[.-]");
            trains.add(parts[0] + "." + parts[1] + "." + parts[2] + ".x");
        }
        for (String train : trains) {
            VersionSelector selector = VersionSelector.parse(train);
            assertThat(registry.newest("p", selector)).as("%s among %d versions", train, count)
                    .isEqualTo(BruteForce.newest(registry, "p", selector));
        }
    }
}
