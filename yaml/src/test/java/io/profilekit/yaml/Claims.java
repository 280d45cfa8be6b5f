package io.profilekit.yaml;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Checks shared by the tests that back immutability and thread-safety claims. */
public final class Claims {
    private Claims() {
    }

    /**
     * Asserts that the class is final and every instance field is final.
     *
     * @param type the class
     */
    public static void finalWithFinalFields(Class<?> type) {
        assertThat(Modifier.isFinal(type.getModifiers())).as("%s is final", type.getSimpleName()).isTrue();
        for (Field f : type.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                assertThat(Modifier.isFinal(f.getModifiers())).as("%s.%s is final", type.getSimpleName(), f.getName())
                        .isTrue();
            }
        }
    }

    /**
     * Asserts that no collection or map the object's public no-argument methods return can be changed.
     *
     * @param sample the object
     */
    public static void returnsOnlyUnmodifiableCollections(Object sample) {
        for (Method m : sample.getClass().getMethods()) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers())) {
                continue;
            }
            Class<?> r = m.getReturnType();
            if (!Collection.class.isAssignableFrom(r) && !Map.class.isAssignableFrom(r)) {
                continue;
            }
            try {
                unmodifiable(m.invoke(sample), sample.getClass().getSimpleName() + "." + m.getName() + "()");
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            } catch (InvocationTargetException e) {
                throw new AssertionError(m + " threw", e.getCause());
            }
        }
    }

    /**
     * Asserts that a collection or map cannot be changed.
     *
     * @param value the collection or map
     * @param where what it is, for messages
     */
    public static void unmodifiable(Object value, String where) {
        if (value instanceof Collection) {
            Collection<?> c = (Collection<?>) value;
            assertThatThrownBy(c::clear).as(where).isInstanceOf(UnsupportedOperationException.class);
            Iterator<?> it = c.iterator();
            if (it.hasNext()) {
                it.next();
                assertThatThrownBy(it::remove).as(where + ".iterator().remove()")
                        .isInstanceOf(UnsupportedOperationException.class);
            }
        } else if (value instanceof Map) {
            Map<?, ?> m = (Map<?, ?>) value;
            assertThatThrownBy(m::clear).as(where).isInstanceOf(UnsupportedOperationException.class);
            unmodifiable(m.keySet(), where + ".keySet()");
            unmodifiable(m.values(), where + ".values()");
        }
    }

    /**
     * Runs the task over every input on 8 threads at once (each from another starting point).
     *
     * @param inputs the inputs
     * @param task what each thread computes for an input
     * @param <T> the input type
     * @param <R> the answer type
     * @return each thread's answers, in input order
     * @throws Exception if a task threw
     */
    public static <T, R> List<List<R>> onEightThreads(List<T> inputs, Function<T, R> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<R>>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t * 17;
                Callable<List<R>> c = () -> {
                    start.await();
                    List<R> out = new ArrayList<>(inputs.size());
                    for (int i = 0; i < inputs.size(); i++) {
                        out.add(null);
                    }
                    for (int k = 0; k < inputs.size(); k++) {
                        int i = (k + offset) % inputs.size();
                        out.set(i, task.apply(inputs.get(i)));
                    }
                    return out;
                };
                futures.add(pool.submit(c));
            }
            start.countDown();
            List<List<R>> all = new ArrayList<>();
            for (Future<List<R>> f : futures) {
                all.add(f.get());
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }
}
