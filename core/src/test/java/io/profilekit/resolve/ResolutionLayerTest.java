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
        assertBehavesLikeAListCopy(resolution.resolved(), resolved);
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

    @org.junit.jupiter.api.Test
    void anEmptyOrOneLayerResolutionListsAsListCopyOfDoes() {
        List<ResolvedLayer> none = new Resolution(PROFILE, List.of(), List.of()).resolved();
        assertBehavesLikeAListCopy(none, List.of());
        assertEquals(List.of(), assertDoesNotThrowSerializing(none));
        List<ResolvedLayer> one = List.of(new ResolvedLayer(0, PROFILE.layers().get(0), null, "r", "R", null));
        assertBehavesLikeAListCopy(new Resolution(PROFILE, one, List.of()).resolved(), one);
    }

    /** What {@code List.copyOf(given)} does: every mutator throws, even a no-op; null is refused. */
    private static void assertBehavesLikeAListCopy(List<ResolvedLayer> actual, List<ResolvedLayer> given) {
        List<ResolvedLayer> copy = List.copyOf(given);
        assertEquals(copy, actual);
        assertEquals(copy.hashCode(), actual.hashCode());
        assertEquals(copy.toString(), actual.toString());
        List<org.junit.jupiter.api.function.Executable> mutators = List.of(
                () -> actual.add(null), () -> actual.add(0, null), () -> actual.addAll(List.of()),
                () -> actual.addAll(0, List.of()), () -> actual.set(0, null), () -> actual.remove(0),
                () -> actual.remove(null), () -> actual.removeAll(List.of()), () -> actual.retainAll(List.of()),
                () -> actual.removeIf(r -> false), () -> actual.replaceAll(r -> r), () -> actual.sort(null),
                () -> actual.clear(), () -> actual.subList(0, 0).clear(), () -> actual.iterator().remove(),
                () -> actual.listIterator().add(null));
        for (int i = 0; i < mutators.size(); i++) {
            assertThrows(UnsupportedOperationException.class, mutators.get(i), "mutator " + i);
        }
        assertThrows(NullPointerException.class, () -> actual.contains(null));
        assertThrows(NullPointerException.class, () -> actual.indexOf(null));
        assertThrows(NullPointerException.class, () -> actual.lastIndexOf(null));
    }

    private static Object assertDoesNotThrowSerializing(Object o) {
        return org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
                out.writeObject(o);
            }
            try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                    new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
                return in.readObject();
            }
        });
    }
}
