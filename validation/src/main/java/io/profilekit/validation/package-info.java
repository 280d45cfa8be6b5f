/**
 * Validating cluster profiles: {@link io.profilekit.validation.ProfileValidator} checks a profile
 * against a pack registry and reports every problem at once; {@link
 * io.profilekit.validation.TagPolicy} chooses which cloud tag rules apply; {@link
 * io.profilekit.validation.ProfileKitValidation} gives a Jakarta validator for the constraints of
 * {@code io.profilekit.constraints}. Rules and reports are in {@code io.profilekit.rules} (core), so
 * other modules can contribute rules without depending on this one.
 *
 * <pre>{@code
 * ValidationReport report = ProfileValidator.of(PackRegistries.builtIn()).validate(profile);
 * report.throwIfInvalid();
 * }</pre>
 */
package io.profilekit.validation;
