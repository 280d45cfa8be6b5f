package io.profilekit.resolve;

import io.profilekit.CloudType;
import io.profilekit.InfrastructureProfile;
import io.profilekit.Layer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * {@link Resolution#layer(int)} finds a layer by its index, whatever order and gaps the resolved
 * list has: the first entry of that index, as a scan from the start would find.
 */
class ResolutionLayerTest {
    private static final InfrastructureProfile PROFILE = InfrastructureProfile.builder().name("lookup")
            .cloud(CloudType.AWS).os("ubuntu-aws", "22.04").kubernetes("kubernetes", "1.33.6")
            .network("cni-calico", "3.31.2").storage("csi-aws-ebs", "1.46.0").build();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void findsTheFirstEntryOfAnIndexInAnyOrder(long seed) {
        Random random = new Random(seed);
        List<Layer> layers = PROFILE.layers();
        List<ResolvedLayer> resolved = new ArrayList<>();
        int count = 1 + random.nextInt(12);
        for (int i = 0; i < count; i++) {
            int index = random.nextInt(8);   // gaps, duplicates, and indexes of no layer
            resolved.add(new ResolvedLayer(index, layers.get(index % layers.size()), null, "r" + i, "R", null));
        }
        if (seed % 3 == 0) {
            resolved.sort((a, b) -> Integer.compare(a.index(), b.index()));   // the resolver's order
        } else if (seed % 3 == 1) {
            Collections.shuffle(resolved, random);
        }
        Resolution resolution = new Resolution(PROFILE, resolved, List.of());
        assertEquals(resolved, resolution.resolved());
        assertThrows(UnsupportedOperationException.class, () -> resolution.resolved().add(resolved.get(0)));
        assertThrows(UnsupportedOperationException.class, () -> resolution.resolved().set(0, null));
        for (int index = -1; index < 9; index++) {
            Optional<ResolvedLayer> expected = Optional.empty();
            for (ResolvedLayer r : resolved) {
                if (r.index() == index) {
                    expected = Optional.of(r);
                    break;
                }
            }
            assertEquals(expected, resolution.layer(index), "index " + index + " in " + describe(resolved));
        }
    }

    private static String describe(List<ResolvedLayer> resolved) {
        List<String> out = new ArrayList<>();
        resolved.forEach(r -> out.add(r.index() + "/" + r.registryId().orElse("")));
        return out.toString();
    }
}
