package io.profilekit.validation.internal;

import io.profilekit.ClusterProfile;
import io.profilekit.constraints.ValidClusterProfile;
import io.profilekit.validation.TagPolicy;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Validates {@link ValidClusterProfile}: the field checks of a profile, each problem reported at
 * its own property path ({@code name}, {@code version}, {@code tags[2]},
 * {@code layers[1].pack.version}). Internal: not part of ProfileKit's API.
 */
public final class ClusterProfileValidator implements ConstraintValidator<ValidClusterProfile, ClusterProfile> {
    private TagPolicy policy = TagPolicy.cloudDefault();

    /** Creates the validator (Hibernate Validator does). */
    public ClusterProfileValidator() {
    }

    @Override
    public void initialize(ValidClusterProfile annotation) {
        this.policy = TagPolicy.cloudDefault().withKubernetesLabels(annotation.kubernetesLabels());
    }

    @Override
    public boolean isValid(ClusterProfile value, ConstraintValidatorContext context) {
        return value == null || ConstraintReporting.report(context,
                ProfileFieldChecks.profileFields(value, policy.rulesFor(value.cloud())), true);
    }
}
