package io.profilekit.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * The annotated value must be a cluster-profile version as Palette requires: strict SemVer
 * {@code major.minor.patch}, optionally with a pre-release ({@code 1.2.3-rc.1}); {@code v1.2} and
 * {@code 2.2.2.develop} are rejected. {@code null} is valid.
 *
 * <p>Applies to {@link CharSequence} and {@link io.profilekit.ProfileVersion}. The validators are
 * in {@code profilekit-validation}.
 *
 * <pre>{@code
 * record Request(@ValidProfileVersion String version) { }
 * }</pre>
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidProfileVersion.List.class)
public @interface ValidProfileVersion {
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

    /** Several {@link ValidProfileVersion} annotations on one element. */
    @Documented
    @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
    @Retention(RUNTIME)
    @interface List {
        /**
         * The annotations.
         *
         * @return the annotations
         */
        ValidProfileVersion[] value();
    }
}
