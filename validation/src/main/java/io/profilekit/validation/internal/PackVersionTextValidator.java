package io.profilekit.validation.internal;

import io.profilekit.VersionSelector;
import io.profilekit.constraints.ValidPackVersion;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Validates {@link ValidPackVersion} on text. Internal: not part of ProfileKit's API.
 */
public final class PackVersionTextValidator implements ConstraintValidator<ValidPackVersion, CharSequence> {
    private boolean exact;

    /** Creates the validator (Hibernate Validator does). */
    public PackVersionTextValidator() {
    }

    @Override
    public void initialize(ValidPackVersion annotation) {
        this.exact = annotation.exact();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        String text = value.toString();
        return ConstraintReporting.report(context, exact ? ProfileFieldChecks.exactPackVersion(text, "")
                : ProfileFieldChecks.selector(VersionSelector.parse(text), ""), false);
    }
}
