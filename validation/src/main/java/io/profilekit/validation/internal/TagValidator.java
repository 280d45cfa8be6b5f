package io.profilekit.validation.internal;

import io.profilekit.CloudType;
import io.profilekit.Tag;
import io.profilekit.constraints.ValidTag;
import io.profilekit.validation.TagRules;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.util.EnumSet;
import java.util.Set;

/**
 * Validates {@link ValidTag} on a {@link Tag}. Internal: not part of ProfileKit's API.
 */
public final class TagValidator implements ConstraintValidator<ValidTag, Tag> {
    private Set<TagRules> rules = Set.of();

    /** Creates the validator (Hibernate Validator does). */
    public TagValidator() {
    }

    @Override
    public void initialize(ValidTag annotation) {
        this.rules = rulesOf(annotation);
    }

    @Override
    public boolean isValid(Tag value, ConstraintValidatorContext context) {
        return value == null || ConstraintReporting.report(context, ProfileFieldChecks.tag(value, rules, ""), false);
    }

    /** The rules an annotation asks for: its cloud's, plus Kubernetes label syntax if switched on. */
    static Set<TagRules> rulesOf(ValidTag annotation) {
        EnumSet<TagRules> set = EnumSet.noneOf(TagRules.class);
        if (!annotation.cloud().isBlank()) {
            TagRules.forCloud(CloudType.of(annotation.cloud().strip())).ifPresent(set::add);
        }
        if (annotation.kubernetesLabels()) {
            set.add(TagRules.KUBERNETES_LABELS);
        }
        return Set.copyOf(set);
    }
}
