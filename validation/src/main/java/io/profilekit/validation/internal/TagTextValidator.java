package io.profilekit.validation.internal;

import io.profilekit.Tag;
import io.profilekit.constraints.ValidTag;
import io.profilekit.validation.TagRules;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.util.Set;

/**
 * Validates {@link ValidTag} on text, parsed like {@link Tag#parse(String)}. Internal: not part of
 * ProfileKit's API.
 */
public final class TagTextValidator implements ConstraintValidator<ValidTag, CharSequence> {
    private Set<TagRules> rules = Set.of();

    /** Creates the validator (Hibernate Validator does). */
    public TagTextValidator() {
    }

    @Override
    public void initialize(ValidTag annotation) {
        this.rules = TagValidator.rulesOf(annotation);
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null
                || ConstraintReporting.report(context, ProfileFieldChecks.tag(Tag.parse(value.toString()), rules, ""), false);
    }
}
