package io.profilekit.validation.internal;

import io.profilekit.constraints.ValidProfileVersion;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Validates {@link ValidProfileVersion} on text. Internal: not part of ProfileKit's API.
 */
public final class ProfileVersionTextValidator implements ConstraintValidator<ValidProfileVersion, CharSequence> {
    /** Creates the validator (Hibernate Validator does). */
    public ProfileVersionTextValidator() {
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null
                || ConstraintReporting.report(context, ProfileFieldChecks.version(value.toString(), ""), false);
    }
}
