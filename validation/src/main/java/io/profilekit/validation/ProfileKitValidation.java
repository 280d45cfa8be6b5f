package io.profilekit.validation;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * A shared, cached Jakarta {@link ValidatorFactory} (Hibernate Validator) configured for
 * ProfileKit's constraints ({@code io.profilekit.constraints}): it interpolates messages with
 * {@link ParameterMessageInterpolator}, so no Expression Language implementation is needed and user
 * text in a message is never evaluated; it ignores {@code META-INF/validation.xml}, so it behaves
 * the same in every application. Built once, on first use (bootstrapping Hibernate Validator takes a
 * few hundred milliseconds), then reused; thread-safe.
 *
 * <pre>{@code
 * Set<ConstraintViolation<InfrastructureProfile>> problems = ProfileKitValidation.validator().validate(profile);
 * problems.forEach(v -> System.out.println(v.getPropertyPath() + ": " + v.getMessage()));
 * // tags[2]: tag key 'cost#center' breaks the AWS tag rules (contains '#') (hint: …)
 * }</pre>
 *
 * <p>Your own Hibernate Validator finds ProfileKit's constraint validators as well (they are
 * registered in {@code META-INF/services/jakarta.validation.ConstraintValidator}); configure it with
 * {@code ParameterMessageInterpolator} too if it has no Expression Language implementation.
 * Each violation's code ({@code ViolationCode} name) is its Hibernate dynamic payload:
 * {@code violation.unwrap(HibernateConstraintViolation.class).getDynamicPayload(String.class)}.
 */
public final class ProfileKitValidation {
    private ProfileKitValidation() {
    }

    private static final class Holder {
        static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
                .configure()
                .ignoreXmlConfiguration()
                .messageInterpolator(new ParameterMessageInterpolator())
                .externalClassLoader(ProfileKitValidation.class.getClassLoader())
                .buildValidatorFactory();
        static final Validator VALIDATOR = FACTORY.getValidator();
    }

    /**
     * The shared factory. Do not close it.
     *
     * @return the factory
     */
    public static ValidatorFactory factory() {
        return Holder.FACTORY;
    }

    /**
     * A shared validator from {@link #factory()}.
     *
     * @return the validator (thread-safe)
     */
    public static Validator validator() {
        return Holder.VALIDATOR;
    }
}
