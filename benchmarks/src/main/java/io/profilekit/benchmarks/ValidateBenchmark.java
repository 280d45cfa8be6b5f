package io.profilekit.benchmarks;

import io.profilekit.InfrastructureProfile;
import io.profilekit.registry.PackRegistries;
import io.profilekit.rules.ValidationReport;
import io.profilekit.validation.ProfileValidator;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Validating the DESIGN.md profile with ProfileKit's validator against the built-in catalog (every
 * rule: fields, layers, packs and versions in the registry, constraints, presets, manifests, tags,
 * values YAML), against Hibernate Validator checking an equivalent annotated bean
 * ({@link ProfileBean}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ValidateBenchmark {
    private InfrastructureProfile profile;
    private InfrastructureProfile[] variants;
    private int next;
    private ProfileValidator validator;
    private ProfileBean bean;
    private ValidatorFactory factory;
    private Validator beanValidator;

    /** Builds both validators once, and checks that both find the profile valid. */
    @Setup
    public void setUp() {
        profile = Documents.designProfile();
        validator = ProfileValidator.of(PackRegistries.builtIn());
        bean = ProfileBean.of(profile);
        variants = new InfrastructureProfile[Documents.VARIANTS];
        for (int i = 0; i < variants.length; i++) {
            variants[i] = Documents.designProfile(i);
        }
        factory = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        beanValidator = factory.getValidator();
        ValidationReport report = profileKit();
        if (!report.violations().isEmpty()) {
            throw new IllegalStateException("the DESIGN.md profile should be valid: " + report);
        }
        Set<ConstraintViolation<ProfileBean>> violations = hibernateValidator();
        if (!violations.isEmpty()) {
            throw new IllegalStateException("the bean should be valid: " + violations);
        }
    }

    /** Closes the validator factory. */
    @TearDown
    public void tearDown() {
        factory.close();
    }

    /**
     * ProfileKit: every rule, against the built-in catalog.
     *
     * @return the report
     */
    @Benchmark
    public ValidationReport profileKit() {
        return validator.validate(profile);
    }

    /**
     * ProfileKit on values it has not seen before: the same profile, with a different comment
     * starting its values each time, so the values YAML is parsed on every call.
     *
     * @return the report
     */
    @Benchmark
    public ValidationReport profileKitNewValues() {
        InfrastructureProfile p = variants[next];
        next = (next + 1) % variants.length;
        return validator.validate(p);
    }

    /**
     * Baseline: Hibernate Validator on the equivalent bean.
     *
     * @return the violations
     */
    @Benchmark
    public Set<ConstraintViolation<ProfileBean>> hibernateValidator() {
        return beanValidator.validate(bean);
    }
}
