package io.profilekit.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * The field checks of a {@link io.profilekit.ClusterProfile}, as a class-level constraint: the
 * name ({@link ValidProfileName}), the version ({@link ValidProfileVersion}), the tags
 * ({@link ValidTag}, with the tag rules of the profile's own cloud, and duplicate and
 * too-many-tags checks) and each layer's pack version selector ({@link ValidPackVersion}). Each
 * problem is reported at its own property path: {@code name}, {@code version}, {@code tags[2]},
 * {@code layers[1].pack.version}.
 *
 * <p>{@link io.profilekit.InfrastructureProfile} carries this annotation, so a profile validated by
 * any Hibernate Validator (for example a {@code @Valid} request body) gets these checks. The model's
 * accessors have no {@code get} prefix, so property-level annotations on the model would not be
 * seen; that is why the check is class-level. It checks fields only: layer structure, registry
 * lookups and pack constraints need {@code ProfileValidator} in {@code profilekit-validation}.
 *
 * <pre>{@code
 * Set<ConstraintViolation<InfrastructureProfile>> problems = ProfileKitValidation.validator().validate(profile);
 * }</pre>
 */
@Documented
@Constraint(validatedBy = {})
@Target({TYPE, METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidClusterProfile {
    /**
     * The message template; by default the detailed problem and a hint.
     *
     * @return the template
     */
    String message() default "{profilekit.problem}";

    /**
     * The validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};

    /**
     * Whether tags must also be valid Kubernetes label syntax (off by default, as in
     * {@code ProfileValidator}'s default tag policy).
     *
     * @return true to check label syntax
     */
    boolean kubernetesLabels() default false;
}
