package io.profilekit;

import io.profilekit.testing.ProfileGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link VersionSelector#isPastTrain(PackVersion)} splits the version order in two: no release of
 * the train is past it, and every version above a past one is past too (what binary search needs).
 */
class TrainEndTest {
    @ParameterizedTest(name = "{0} past {1}: {2}")
    @CsvSource({
        "1.31.x, 1.31.9, false",
        "1.31.x, 1.31.999999999999, false",
        "1.31.x, 1.32.0-rc.1, true",
        "1.31.x, 1.32~, true",
        "1.31.x, 1.32, true",
        "1.31.x, 1.30.99, false",
        "1.9.x, 1.10.0, true",
        "1.09.x, 1.9.4, false",
        "9.x, 10.0.0-alpha, true",
        "1.2.3.x, 1.2.3.9, false",
        "1.2.3.x, 1.2.4, true",
        "1.31.2, 9.0.0, false",
        ">=1.0, 9.0.0, false"})
    void aVersionIsPastTheTrainAtTheFloorOfTheNext(String selector, String version, boolean past) {
        assertThat(VersionSelector.parse(selector).isPastTrain(PackVersion.parse(version))).isEqualTo(past);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 20_260_116})
    void noReleaseOfTheTrainIsPastItAndPastIsUpwardClosed(long seed) {
        ProfileGenerator gen = new ProfileGenerator(seed);
        List<PackVersion> versions = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            versions.add(gen.packVersion());
        }
        versions.sort(PackVersion::compareTo);
        for (int t = 0; t < 40; t++) {
            PackVersion anchor = versions.get(gen.random().nextInt(versions.size()));
            List<String> numbers = anchor.releaseNumbers().isEmpty() ? List.of("0") : anchor.releaseNumbers();
            int parts = 1 + gen.random().nextInt(Math.min(3, numbers.size()));
            VersionSelector train = VersionSelector.parse(String.join(".", numbers.subList(0, parts)) + ".x");
            boolean pastSeen = false;
            for (PackVersion v : versions) {
                boolean past = train.isPastTrain(v);
                assertThat(past || !pastSeen).as("seed %d: %s after a past version, for %s", seed, v, train).isTrue();
                pastSeen |= past;
                if (train.matches(v)) {
                    assertThat(past).as("seed %d: %s is a release of %s", seed, v, train).isFalse();
                }
            }
        }
    }
}
