package io.profilekit.yaml.registry;

import io.profilekit.CloudType;
import io.profilekit.LayerType;
import io.profilekit.registry.PackQuery;
import io.profilekit.registry.PackRegistry;
import io.profilekit.resolve.ProfileResolver;
import io.profilekit.testing.ProfileGenerator;
import io.profilekit.testing.RegistryGenerator;
import io.profilekit.yaml.Claims;
import io.profilekit.yaml.internal.registry.BuiltInCatalogProvider;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Backs the claims of the file-based registries: {@link PackDirectoryRegistry} ("immutable,
 * thread-safe and answers from indexes" once read) and {@link HelmIndexRegistry} ("immutable and
 * thread-safe once read").
 */
class RegistryClaimsTest {

    private static PackDirectoryRegistry catalog() {
        return PackDirectoryRegistry.builder().id("catalog").name("Catalog")
                .loadResources(PackDirectoryRegistry.class.getClassLoader(), BuiltInCatalogProvider.ROOT);
    }

    @Test
    void registriesReadFromFilesAreImmutable() {
        Claims.finalWithFinalFields(PackDirectoryRegistry.class);
        Claims.finalWithFinalFields(HelmIndexRegistry.class);
        PackDirectoryRegistry catalog = catalog();
        HelmIndexRegistry helm = HelmIndexRegistry.parse(HelmIndexRegistryTest.INDEX);
        for (PackRegistry r : List.of(catalog, helm)) {
            Claims.returnsOnlyUnmodifiableCollections(r);
            String name = r.packNames().iterator().next();
            Claims.unmodifiable(r.packs(name), r.id() + ".packs()");
            Claims.unmodifiable(r.find(PackQuery.all()), r.id() + ".find()");
            Claims.unmodifiable(r.find(PackQuery.all().cloud(CloudType.AWS).layer(LayerType.KUBERNETES)), r.id() + ".find()");
        }
        assertThat(catalog.size()).isGreaterThan(40);
    }

    @Test
    void aBuilderUsedAgainDoesNotChangeWhatItLoaded() {
        HelmIndexRegistry.Builder b = HelmIndexRegistry.builder().id("first").name("First");
        HelmIndexRegistry first = b.parse(HelmIndexRegistryTest.INDEX);
        HelmIndexRegistry second = b.id("second").name("Second").parse("apiVersion: v1\nentries: {}\n");

        assertThat(first.id()).isEqualTo("first");
        assertThat(first.name()).isEqualTo("First");
        assertThat(first.packNames()).contains("nginx", "redis");
        assertThat(second.packNames()).isEmpty();
    }

    /** Lookups of every kind, answered as text. */
    private static List<Function<PackRegistry, String>> lookups(PackRegistry shape, long seed) {
        RegistryGenerator gen = new RegistryGenerator(seed);
        ProfileGenerator profiles = gen.profiles();
        List<Function<PackRegistry, String>> out = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String name = gen.packName(shape);
            var selector = gen.selectorFor(shape, name);
            CloudType cloud = profiles.cloud();
            LayerType layer = LayerType.values()[i % LayerType.values().length];
            var profile = gen.profileFor(shape);
            switch (i % 5) {
                case 0 -> out.add(r -> String.valueOf(r.newest(name, selector)));
                case 1 -> out.add(r -> String.valueOf(r.find(PackQuery.all().layer(layer).cloud(cloud))));
                case 2 -> out.add(r -> r.packs(name) + " " + r.contains(name) + r.versions(name));
                case 3 -> out.add(r -> String.valueOf(r.find(PackQuery.all().nameContains(name.substring(0, 2)))));
                default -> out.add(r -> String.valueOf(ProfileResolver.of(r).attempt(profile)));
            }
        }
        return out;
    }

    @Test
    void freshRegistriesSharedByEightThreadsAnswerAsOneThreadDoes() throws Exception {
        List<PackRegistry[]> pairs = List.of(new PackRegistry[] {catalog(), catalog()},
                new PackRegistry[] {HelmIndexRegistry.parse(HelmIndexRegistryTest.INDEX),
                    HelmIndexRegistry.parse(HelmIndexRegistryTest.INDEX)});
        for (PackRegistry[] pair : pairs) {
            List<Function<PackRegistry, String>> lookups = lookups(pair[0], 3);
            List<String> expected = new ArrayList<>();
            for (Function<PackRegistry, String> l : lookups) {
                expected.add(l.apply(pair[0]));
            }
            PackRegistry shared = pair[1];
            for (List<String> answers : Claims.onEightThreads(lookups, l -> l.apply(shared))) {
                assertThat(answers).as(shared.id()).isEqualTo(expected);
            }
        }
    }
}
