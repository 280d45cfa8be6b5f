package io.profilekit.validation.internal;

import io.profilekit.VersionSelector;
import io.profilekit.constraints.ValidPackVersion;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Validates {@link ValidPackVersion} on a {@link VersionSelector}. Internal: not part of
 * ProfileKit's API.
 */
public final class VersionSelectorValidator implements ConstraintValidator<ValidPackVersion, VersionSelector> {
    private boolean exact;

    /** Creates the validator (Hibernate Validator does). */
    public VersionSelectorValidator() {
    }

    @Override
    public void initialize(ValidPackVersion annotation) {
        this.exact = annotation.exact();
    }

    @Override
    public boolean isValid(VersionSelector value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        return ConstraintReporting.report(context, exact ? ProfileFieldChecks.exactPackVersion(value.toString(), "")
                : ProfileFieldChecks.selector(value, ""), false);
    }
}
