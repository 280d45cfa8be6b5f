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
 * The annotated text must be a usable cluster-profile name: not blank, and without leading or
 * trailing whitespace. Palette documents no further character or length rule for names (real
 * names hold capitals and spaces, such as {@code ML Ops}), so none is enforced. {@code null} is
 * valid.
 *
 * <p>Applies to {@link CharSequence}. The validator is in {@code profilekit-validation}.
 *
 * <pre>{@code
 * record Request(@NotNull @ValidProfileName String name) { }
 * }</pre>
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidProfileName.List.class)
public @interface ValidProfileName {
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

    /** Several {@link ValidProfileName} annotations on one element. */
    @Documented
    @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
    @Retention(RUNTIME)
    @interface List {
        /**
         * The annotations.
         *
         * @return the annotations
         */
        ValidProfileName[] value();
    }
}
