package io.profilekit.registry;

import io.profilekit.LayerType;

/**
 * Providers registered in {@code src/test/resources/META-INF/services} for the discovery tests.
 * Every registry holds the pack {@code shared} in a version of its own, so an answer shows which
 * registry gave it. Core has no built-in catalog of its own (profilekit-yaml reads it), so a
 * stand-in with the built-in id plays that part here.
 */
public final class TestProviders {
    private TestProviders() {
    }

    static PackRegistry registry(String id, String sharedVersion, String ownPack) {
        return InMemoryPackRegistry.builder(id)
                .add(PackDescriptor.builder("shared", sharedVersion, LayerType.ADDON).build())
                .add(PackDescriptor.builder(ownPack, "1.0.0", LayerType.ADDON).build())
                .build();
    }

    /** Priority 10: asked first. */
    public static final class High implements PackRegistryProvider {
        @Override
        public String id() {
            return "test-high";
        }

        @Override
        public int priority() {
            return 10;
        }

        @Override
        public PackRegistry registry() {
            return TestProviders.registry("test-high", "1.0.0", "only-high");
        }
    }

    /** Default priority 0; comes before {@link ZeroB} by id. */
    public static final class ZeroA implements PackRegistryProvider {
        @Override
        public String id() {
            return "test-a";
        }

        @Override
        public PackRegistry registry() {
            return TestProviders.registry("test-a", "2.0.0", "only-a");
        }
    }

    /** Default priority 0. */
    public static final class ZeroB implements PackRegistryProvider {
        @Override
        public String id() {
            return "test-b";
        }

        @Override
        public PackRegistry registry() {
            return TestProviders.registry("test-b", "3.0.0", "only-b");
        }
    }

    /** Stands in for the built-in catalog, which has the lowest priority. */
    public static final class BuiltInStandIn implements PackRegistryProvider {
        @Override
        public String id() {
            return PackRegistries.BUILT_IN_ID;
        }

        @Override
        public int priority() {
            return Integer.MIN_VALUE;
        }

        @Override
        public PackRegistry registry() {
            return TestProviders.registry(PackRegistries.BUILT_IN_ID, "9.0.0", "only-builtin");
        }
    }
}
