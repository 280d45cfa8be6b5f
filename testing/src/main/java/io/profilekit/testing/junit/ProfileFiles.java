package io.profilekit.testing.junit;

import io.profilekit.testing.internal.ProfileFilesProvider;
import org.junit.jupiter.params.provider.ArgumentsSource;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a {@code @ParameterizedTest} once per profile document matching the patterns, each test
 * named by the file's path. The files are looked up on the test class path (as resources, in
 * folders or jars), or under {@link #folder()} on disk; links that lead out of the folder are not
 * followed. A pattern that matches no file fails the test with what was looked at.
 *
 * <p>The test method's first parameter decides what it gets: a {@link ProfileFile} (name, text,
 * and reading on demand), a {@link io.profilekit.ClusterProfile} (the file read in the format its
 * content shows; a file that does not read fails with its located error), or a {@code String}
 * (the text).
 *
 * <pre>{@code
 * @ParameterizedTest
 * @ProfileFiles("profiles/*.yaml")            // src/test/resources/profiles/*.yaml
 * void everyProfileWeShipIsValid(ClusterProfile profile) {
 *     assertThat(ProfileValidator.of(PackRegistries.builtIn()).validate(profile)).hasNoErrors();
 * }
 *
 * @ParameterizedTest
 * @ProfileFiles(folder = "../deploy", value = "**.yaml")
 * void deployProfilesRead(ProfileFile file) { ... }
 * }</pre>
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(ProfileFilesProvider.class)
public @interface ProfileFiles {
    /**
     * Glob patterns of the files, with {@code /} between folders: {@code *} matches within a
     * folder, {@code **} across folders, e.g. {@code "profiles/*.yaml"} or {@code "**.json"}.
     *
     * @return the patterns, relative to the class path's roots or to {@link #folder()}
     */
    String[] value();

    /**
     * A folder on disk to look in instead of the class path, relative to the working directory
     * (the module's folder under Maven); empty for the class path.
     *
     * @return the folder
     */
    String folder() default "";
}
