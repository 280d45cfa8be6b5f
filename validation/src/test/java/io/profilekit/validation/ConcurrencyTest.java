package io.profilekit.validation;

import io.profilekit.InfrastructureProfile;
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

class ConcurrencyTest {
    private static final int THREADS = 8;

    @Test
    void oneValidatorSharedByEightThreadsGivesTheSameReportsAsOneThread() throws Exception {
        ProfileValidator validator = TestRegistry.validator();
        List<InfrastructureProfile> profiles = new ArrayList<>();
        for (long seed = 0; seed < 300; seed++) {
            profiles.add(HostileProfiles.profile(seed));
        }
        profiles.addAll(Samples.valid());
        List<ValidationReport> expected = new ArrayList<>();
        for (InfrastructureProfile p : profiles) {
            expected.add(validator.validate(p));
        }

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<ValidationReport>>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t * 37;
                Callable<List<ValidationReport>> task = () -> {
                    start.await();
                    // Each thread walks the profiles from a different place, so they overlap differently.
                    ValidationReport[] out = new ValidationReport[profiles.size()];
                    for (int k = 0; k < profiles.size(); k++) {
                        int i = (k + offset) % profiles.size();
                        out[i] = validator.validate(profiles.get(i));
                    }
                    return List.of(out);
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            for (int t = 0; t < THREADS; t++) {
                assertThat(results.get(t).get()).as("thread %d", t).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
