package io.profilekit.testing.junit;

import io.profilekit.ProfileKind;
import io.profilekit.registry.PackRegistry;
import io.profilekit.testing.internal.GeneratedProfilesProvider;
import org.junit.jupiter.params.provider.ArgumentsSource;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.function.Supplier;

/**
 * Runs a {@code @ParameterizedTest} once per generated profile, for the seeds {@link #seed()},
 * {@code seed + 1}, … ({@link #count()} of them), each test named by its seed, e.g.
 * {@code "seed 42: aws-prod-base 1.2.0 (InfrastructureProfile)"}. To repeat a failing case, set
 * {@code seed} to its seed and {@code count} to 1.
 *
 * <p>Without {@link #validFor()} the profiles are random and structurally valid (as
 * {@link io.profilekit.testing.ProfileGenerator#anyProfile()}: packs need not exist anywhere); with
 * it they validate with no error against that registry
 * ({@link io.profilekit.testing.ProfileGenerator#validFor(PackRegistry)}). The test method's
 * first parameter is a {@link io.profilekit.ClusterProfile} or a
 * {@link io.profilekit.testing.GeneratedProfile} (the profile with its seed); a parameter of one
 * kind, such as {@link io.profilekit.AddOnProfile}, gets profiles of that kind only.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @GeneratedProfiles(count = 200, seed = 1, validFor = BuiltInCatalog.class)
 * void ourRendererTakesEveryValidProfile(ClusterProfile profile) {
 *     assertThat(renderer.render(profile)).isNotBlank();
 * }
 *
 * public static final class BuiltInCatalog implements Supplier<PackRegistry> {
 *     public PackRegistry get() { return PackRegistries.builtIn(); }
 * }
 * }</pre>
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(GeneratedProfilesProvider.class)
public @interface GeneratedProfiles {
    /**
     * How many profiles.
     *
     * @return the count, 1 or more
     */
    int count() default 100;

    /**
     * The first seed.
     *
     * @return the seed
     */
    long seed() default 1;

    /**
     * A class with a public no-argument constructor that supplies the registry the profiles must
     * be valid for; {@link AnyRegistry} (the default) for random profiles tied to no registry.
     *
     * @return the supplier's class
     */
    Class<? extends Supplier<? extends PackRegistry>> validFor() default AnyRegistry.class;

    /**
     * The kinds of profile to generate; all kinds when empty.
     *
     * @return the kinds
     */
    ProfileKind[] kinds() default {};

    /** The default of {@link #validFor()}: profiles tied to no registry. It supplies no registry. */
    final class AnyRegistry implements Supplier<PackRegistry> {
        /** Not meant to be created; it only marks the default. */
        private AnyRegistry() {
        }

        /**
         * Never called.
         *
         * @return nothing
         * @throws UnsupportedOperationException always
         */
        @Override
        public PackRegistry get() {
            throw new UnsupportedOperationException("AnyRegistry marks profiles tied to no registry");
        }
    }
}
