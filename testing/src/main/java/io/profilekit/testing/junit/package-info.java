/**
 * JUnit 5 and 6 support: {@link io.profilekit.testing.junit.ProfileFiles} and
 * {@link io.profilekit.testing.junit.GeneratedProfiles} as argument sources of parameterized tests,
 * and {@link io.profilekit.testing.junit.Golden} files.
 */
package io.profilekit.testing.junit;
