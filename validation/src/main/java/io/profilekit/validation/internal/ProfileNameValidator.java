package io.profilekit.validation.internal;

import io.profilekit.constraints.ValidProfileName;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Validates {@link ValidProfileName} on text. Internal: not part of ProfileKit's API; registered
 * with Hibernate Validator through {@code META-INF/services/jakarta.validation.ConstraintValidator}.
 */
public final class ProfileNameValidator implements ConstraintValidator<ValidProfileName, CharSequence> {
    /** Creates the validator (Hibernate Validator does). */
    public ProfileNameValidator() {
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null
                || ConstraintReporting.report(context, ProfileFieldChecks.name(value.toString(), ""), false);
    }
}
