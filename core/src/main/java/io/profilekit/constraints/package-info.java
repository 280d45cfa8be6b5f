/**
 * Jakarta Validation constraint annotations for cluster-profile fields, usable on your own beans
 * as well as on ProfileKit's model.
 *
 * <p>The annotations live in core so that the model can carry them ({@link
 * io.profilekit.InfrastructureProfile} is annotated {@link io.profilekit.constraints.ValidClusterProfile});
 * their validators live in {@code profilekit-validation}, which registers them with Hibernate
 * Validator through {@code META-INF/services/jakarta.validation.ConstraintValidator}. With
 * {@code profilekit-validation} on the class path, any Hibernate Validator instance finds them:
 *
 * <pre>{@code
 * record CreateProfileRequest(@ValidProfileName String name,
 *                             @ValidProfileVersion String version,
 *                             List<@ValidTag(cloud = "aws") String> tags,
 *                             @Valid ClusterProfile profile) { }
 *
 * Set<ConstraintViolation<CreateProfileRequest>> problems =
 *     ProfileKitValidation.validator().validate(request);
 * }</pre>
 *
 * <p>Like Jakarta's own constraints, every annotation here treats {@code null} as valid; combine
 * with {@code @NotNull} where a value is required. Messages name the offending text literally;
 * it is passed to the message interpolator as an escaped parameter and never evaluated.
 */
package io.profilekit.constraints;
