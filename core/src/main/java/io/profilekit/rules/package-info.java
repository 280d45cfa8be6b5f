/**
 * The rule SPI and report types shared by every module that checks profiles: {@link
 * io.profilekit.rules.ProfileRule}, {@link io.profilekit.rules.Violation}, {@link
 * io.profilekit.rules.ViolationCode} and {@link io.profilekit.rules.ValidationReport}. The
 * validator itself lives in {@code profilekit-validation}.
 */
package io.profilekit.rules;
