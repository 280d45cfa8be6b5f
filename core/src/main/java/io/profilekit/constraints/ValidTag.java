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
 * The annotated value must be a usable profile tag, written {@code key:value} or {@code key}: the
 * key must not be empty, and, when {@link #cloud()} names a cloud, the tag must follow that
 * cloud's own tag rules, because Palette copies profile tags onto the cloud's VMs:
 * <ul>
 *   <li>{@code aws} or {@code eks}: AWS tag rules (key 1–128 characters, value up to 256; letters,
 *       digits, spaces and {@code + - = . _ : / @}; {@code aws:} reserved);</li>
 *   <li>{@code azure} or {@code aks}: Azure tag rules (key 1–512 characters without
 *       {@code < > % & \ ? /}, value up to 256; {@code azure}, {@code microsoft}, {@code windows}
 *       reserved);</li>
 *   <li>{@code gcp} or {@code gke}: GCP label rules (1–63 lowercase letters, digits, {@code _} and
 *       {@code -}; keys start with a lowercase letter);</li>
 *   <li>any other cloud, or {@code ""} (the default): no cloud rules.</li>
 * </ul>
 * With {@link #kubernetesLabels()} the tag must also be valid Kubernetes label syntax (Palette
 * stores tags as {@code metadata.labels}). {@code null} is valid.
 *
 * <p>Applies to {@link CharSequence} (parsed like {@link io.profilekit.Tag#parse(String)}) and
 * {@link io.profilekit.Tag}. The validators are in {@code profilekit-validation}.
 *
 * <pre>{@code
 * record Request(List<@ValidTag(cloud = "azure") String> tags) { }
 * }</pre>
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidTag.List.class)
public @interface ValidTag {
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
     * The cloud whose tag rules apply, by Palette wire name ({@code aws}, {@code eks},
     * {@code azure}, {@code aks}, {@code gcp}, {@code gke}).
     *
     * @return the cloud; empty (default) for no cloud rules
     */
    String cloud() default "";

    /**
     * Whether the tag must also be valid Kubernetes label syntax.
     *
     * @return true to check label syntax; false by default
     */
    boolean kubernetesLabels() default false;

    /** Several {@link ValidTag} annotations on one element. */
    @Documented
    @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
    @Retention(RUNTIME)
    @interface List {
        /**
         * The annotations.
         *
         * @return the annotations
         */
        ValidTag[] value();
    }
}
