package io.profilekit.validation.internal;

import io.profilekit.ProfileVersion;
import io.profilekit.constraints.ValidProfileVersion;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Validates {@link ValidProfileVersion} on a {@link ProfileVersion}. Internal: not part of
 * ProfileKit's API.
 */
public final class ProfileVersionValidator implements ConstraintValidator<ValidProfileVersion, ProfileVersion> {
    /** Creates the validator (Hibernate Validator does). */
    public ProfileVersionValidator() {
    }

    @Override
    public boolean isValid(ProfileVersion value, ConstraintValidatorContext context) {
        return value == null || ConstraintReporting.report(context, ProfileFieldChecks.version(value.text(), ""), false);
    }
}
