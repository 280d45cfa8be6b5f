package io.profilekit.validation;

import io.profilekit.InfrastructureProfile;
import io.profilekit.registry.PackRegistry;
import io.profilekit.rules.ValidationReport;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One validator and one registry, shared by 8 threads that each run
 * {@value #DEFAULT_VALIDATIONS} validations (the system property
 * {@code profilekit.concurrency.validations} changes the count), give exactly the reports one
 * thread gives, and nothing throws.
 */
class ConcurrencyTest {
    private static final int THREADS = 8;
    private static final int[] STRIDES = {1, 7, 11, 13, 17, 19, 23, 29};
    /** Enough for every thread to meet every profile twice; raise it with -Dprofilekit.concurrency.validations. */
    private static final int DEFAULT_VALIDATIONS = 2_500;
    private static final int VALIDATIONS = Integer.getInteger("profilekit.concurrency.validations", DEFAULT_VALIDATIONS);

    /** Valid samples and 1,000 seeded hostile profiles (broken text, missing and shuffled layers, many tags). */
    private static List<InfrastructureProfile> profiles() {
        List<InfrastructureProfile> profiles = new ArrayList<>(Samples.valid());
        for (long seed = 0; seed < 1000; seed++) {
            profiles.add(HostileProfiles.profile(seed));
        }
        return profiles;
    }

    @Test
    void oneValidatorAndRegistrySharedByEightThreadsGiveTheReportsOfOneThread() throws Exception {
        List<InfrastructureProfile> profiles = profiles();
        for (int stride : STRIDES) {
            assertThat(profiles.size() % stride == 0 && stride > 1).as("stride %d divides the count", stride).isFalse();
        }
        ProfileValidator alone = TestRegistry.validator();
        List<ValidationReport> expected = new ArrayList<>();
        for (InfrastructureProfile p : profiles) {
            expected.add(alone.validate(p));
        }
        // The shared pair is new, so whatever they compute lazily is first computed under contention.
        PackRegistry registry = TestRegistry.fresh();
        ProfileValidator shared = ProfileValidator.builder().registry(registry).clock(TestRegistry.CLOCK).build();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                Callable<List<String>> task = () -> {
                    start.await();
                    List<String> mismatches = new ArrayList<>();
                    // Each thread walks the profiles from its own place and with its own stride (a prime
                    // that does not divide the count, so every thread meets every profile).
                    int stride = STRIDES[thread];
                    for (int k = 0; k < VALIDATIONS; k++) {
                        int i = (int) ((thread * 131L + (long) k * stride) % profiles.size());
                        ValidationReport report = shared.validate(profiles.get(i));
                        if (!report.equals(expected.get(i)) && mismatches.size() < 3) {
                            mismatches.add("profile " + i + ": " + report + " instead of " + expected.get(i));
                        }
                    }
                    return mismatches;
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            for (int t = 0; t < THREADS; t++) {
                // get() rethrows whatever a validation threw, failing the test.
                assertThat(results.get(t).get()).as("thread %d, %d validations", t, VALIDATIONS).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(shared.registry()).isSameAs(registry);
    }
}
