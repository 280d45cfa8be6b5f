/**
 * AssertJ assertions for ProfileKit: start from
 * {@link io.profilekit.testing.assertj.ProfileKitAssertions}. Every failure message says what was
 * looked for and shows what was there (a report as the command line prints it, a profile's layers
 * or tags, the differences between two profiles), escaped for terminals and logs.
 */
package io.profilekit.testing.assertj;
