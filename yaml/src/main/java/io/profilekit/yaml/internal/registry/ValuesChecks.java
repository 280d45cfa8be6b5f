package io.profilekit.yaml.internal.registry;

import io.profilekit.yaml.ProfileParseException;
import io.profilekit.yaml.internal.Located;
import io.profilekit.yaml.internal.ValuesYaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The {@code values.yaml} checks of one registry load ({@link ValuesYaml#problem}, a pure function
 * of the text and most of a load's time), run beside the reading of the next pack folders on the
 * common pool, while the loading thread reads on: the loading thread runs every check no other
 * thread has started. A load fails as if every check had run in its place, in reading order: the
 * first malformed values file, unless something read before it failed first; see
 * {@link #failure(RuntimeException)}. One instance per load; used by the loading thread only.
 * Internal.
 */
final class ValuesChecks {
    /** Values shorter than this are checked at once: handing them over costs more than checking them. */
    static final int INLINE_CHARS = 4_096;

    private final Executor executor;
    private final ParseCache cache;
    private final List<Check> checks = new ArrayList<>();

    /**
     * Checks on the common pool (on the loading thread alone when the pool has no parallelism).
     *
     * @param cache texts found well-formed before, which are not checked again; what is found
     *     well-formed now is recorded there
     */
    ValuesChecks(ParseCache cache) {
        this.cache = cache;
        this.executor = ForkJoinPool.getCommonPoolParallelism() > 1 || Runtime.getRuntime().availableProcessors() > 1
                ? ForkJoinPool.commonPool() : null;
    }

    /**
     * Checks a values text: at once if it is short or no other thread can help, else later.
     *
     * @param values the text
     * @param documentName its name in messages
     * @throws io.profilekit.yaml.registry.PackRegistryException at once, if a check run at once fails
     *     or one started earlier has failed
     */
    void check(String values, String documentName) {
        if (executor == null || values.length() < INLINE_CHARS) {
            // Checks queued before this one come first, as they would have failed first.
            for (Check c : checks) {
                if (c.isDone()) {
                    c.throwProblem();
                }
            }
            Optional<ProfileParseException> problem = problem(cache, values, documentName);
            if (problem.isPresent()) {
                throw failure(Located.registryError(problem.get()));
            }
            return;
        }
        Check c = new Check(cache, values, documentName);
        checks.add(c);
        try {
            executor.execute(c);
        } catch (RejectedExecutionException e) {
            // Run by the loading thread in finish().
        }
    }

    /**
     * Waits for every check (running those no other thread has started), and throws the first
     * problem in reading order.
     *
     * @throws io.profilekit.yaml.registry.PackRegistryException if a values file is malformed
     */
    void finish() {
        for (Check c : checks) {
            c.await();
            c.throwProblem();
        }
        checks.clear();
    }

    /**
     * What a load that failed after these checks were queued fails with: the first malformed values
     * file among them, which a load checking one file at a time would have reported first, else
     * {@code later}. Checks after the first problem are dropped if not started yet.
     *
     * @param later the failure met after the checks were queued
     * @return the failure to throw
     */
    RuntimeException failure(RuntimeException later) {
        try {
            for (Check c : checks) {
                // Every check queued came before the failure: run those not started yet.
                c.await();
                c.throwProblem();
            }
        } catch (RuntimeException first) {
            cancelAll();
            return first;
        }
        checks.clear();
        return later;
    }

    private void cancelAll() {
        for (Check c : checks) {
            c.cancel();
        }
        checks.clear();
    }

    /** The check of one text, unless the cache has it; a text found well-formed is recorded there. */
    private static Optional<ProfileParseException> problem(ParseCache cache, String values, String documentName) {
        ParseCache.Text key = cache.text(ParseCache.Kind.VALUES, values).orElse(null);
        if (key != null && cache.wellFormed(key)) {
            return Optional.empty();
        }
        Optional<ProfileParseException> problem = ValuesYaml.problem(values, documentName);
        if (key != null && problem.isEmpty()) {
            cache.wellFormedNow(key);
        }
        return problem;
    }

    /** One check, run by whichever thread claims it first. */
    private static final class Check implements Runnable {
        private static final int NEW = 0;
        private static final int RUNNING = 1;
        private static final int DONE = 2;
        private static final int CANCELLED = 3;

        private final ParseCache cache;
        private final String values;
        private final String documentName;
        private final AtomicInteger state = new AtomicInteger(NEW);
        /** Written before the state becomes DONE, read after. */
        private Optional<ProfileParseException> problem = Optional.empty();
        private RuntimeException thrown;
        private Error error;

        Check(ParseCache cache, String values, String documentName) {
            this.cache = cache;
            this.values = values;
            this.documentName = documentName;
        }

        @Override
        public void run() {
            if (state.compareAndSet(NEW, RUNNING)) {
                compute();
            }
        }

        private void compute() {
            try {
                problem = problem(cache, values, documentName);
            } catch (RuntimeException e) {
                thrown = e;
            } catch (Error e) {
                error = e;
            } finally {
                synchronized (this) {
                    state.set(DONE);
                    notifyAll();
                }
            }
        }

        boolean isDone() {
            return state.get() == DONE;
        }

        /** Claims the check if no thread has started it; true if it will never run. */
        boolean cancel() {
            return state.compareAndSet(NEW, CANCELLED) || state.get() == CANCELLED;
        }

        void await() {
            if (state.compareAndSet(NEW, RUNNING)) {
                compute();
                return;
            }
            boolean interrupted = false;
            synchronized (this) {
                while (state.get() != DONE) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        void throwProblem() {
            if (error != null) {
                throw error;
            }
            if (thrown != null) {
                throw thrown;
            }
            if (problem.isPresent()) {
                throw Located.registryError(problem.get());
            }
        }
    }
}
