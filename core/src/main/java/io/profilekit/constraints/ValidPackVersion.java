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
 * The annotated value must be a pack version selector (Palette's pack {@code tag}): an exact
 * version ({@code 1.30.4}, {@code 22.04}, {@code 1.31.2-rev2}), a train ({@code 1.30.x}), a
 * group-prefixed version ({@code LTS__20.04}) or a SemVer range ({@code >=1.29 <1.31}); see
 * {@link io.profilekit.VersionSelector}. With {@link #exact()} only an exact pack version is
 * accepted. Whether a registry has that version is not checked here (that needs a registry: use
 * the profile validator). {@code null} is valid.
 *
 * <p>Applies to {@link CharSequence} and {@link io.profilekit.VersionSelector}. The validators are
 * in {@code profilekit-validation}.
 *
 * <pre>{@code
 * record PinRequest(@ValidPackVersion(exact = true) String version) { }
 * }</pre>
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidPackVersion.List.class)
public @interface ValidPackVersion {
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
     * Whether only an exact pack version (no train, range or group prefix) is accepted.
     *
     * @return true to require an exact version; false (default) accepts any selector
     */
    boolean exact() default false;

    /** Several {@link ValidPackVersion} annotations on one element. */
    @Documented
    @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
    @Retention(RUNTIME)
    @interface List {
        /**
         * The annotations.
         *
         * @return the annotations
         */
        ValidPackVersion[] value();
    }
}
