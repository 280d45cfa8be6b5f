package io.profilekit.registry;

import io.profilekit.CloudType;
import io.profilekit.InfrastructureProfile;
import io.profilekit.LayerType;
import io.profilekit.VersionSelector;
import io.profilekit.resolve.ProfileResolver;
import io.profilekit.testing.Fixtures;
import io.profilekit.testing.RegistryGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Registries and the resolver are shared between threads: 8 threads get the answers one thread gets. */
class ConcurrentLookupTest {
    private static final int THREADS = 8;

    /** One lookup, answered as text so that answers compare easily. */
    private interface Lookup {
        String ask(PackRegistry registry);
    }

    private static List<Lookup> lookups(long seed, PackRegistry shape) {
        RegistryGenerator gen = new RegistryGenerator(seed * 31 + 7);
        Random random = gen.profiles().random();
        List<Lookup> out = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String name = gen.packName(shape);
            VersionSelector selector = gen.selectorFor(shape, name);
            LayerType layer = LayerType.values()[random.nextInt(LayerType.values().length)];
            CloudType cloud = gen.profiles().cloud();
            InfrastructureProfile profile = gen.profileFor(shape);
            switch (i % 6) {
                case 0:
                    out.add(r -> String.valueOf(r.newest(name, selector)));
                    break;
                case 1:
                    out.add(r -> String.valueOf(r.find(PackQuery.all().layer(layer).cloud(cloud))));
                    break;
                case 2:
                    out.add(r -> String.valueOf(r.versions(name)));
                    break;
                case 3:
                    out.add(r -> String.valueOf(r.find(PackQuery.all().nameContains(name.substring(0, 3)))));
                    break;
                case 4:
                    out.add(r -> String.valueOf(ProfileResolver.of(r).attempt(profile).failures())
                            + ProfileResolver.of(r).attempt(profile).resolved());
                    break;
                default:
                    out.add(r -> String.valueOf(r.pack(name, r.versions(name).get(0))) + r.contains(name));
                    break;
            }
        }
        return out;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void eightThreadsGetTheAnswersOfOneThread(long seed) throws Exception {
        // Two equal registries: one answers on one thread, the other, fresh (nothing cached yet),
        // answers on eight threads at once.
        PackRegistry single = PackRegistries.compose(new RegistryGenerator(seed).registry("g"), Fixtures.registry());
        PackRegistry shared = PackRegistries.compose(new RegistryGenerator(seed).registry("g"), Fixtures.registry());
        List<Lookup> lookups = lookups(seed, single);
        List<String> expected = new ArrayList<>();
        for (Lookup l : lookups) {
            expected.add(l.ask(single));
        }

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < lookups.size(); i++) {
                    order.add(i);
                }
                Collections.shuffle(order, new Random(seed * 100 + t));
                Callable<List<String>> task = () -> {
                    start.await();
                    String[] answers = new String[lookups.size()];
                    for (int i : order) {
                        answers[i] = lookups.get(i).ask(shared);
                    }
                    return List.of(answers);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            for (int t = 0; t < THREADS; t++) {
                assertThat(futures.get(t).get()).as("seed %d, thread %d", seed, t).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
