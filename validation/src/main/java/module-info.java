/**
 * ProfileKit validation: the profile validator, its built-in rules, and the Jakarta constraint
 * validators for the annotations of {@code io.profilekit.constraints}.
 */
module io.profilekit.validation {
    requires transitive io.profilekit.core;
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    requires org.snakeyaml.engine;

    exports io.profilekit.validation;
    exports io.profilekit.validation.upgrade;

    // Hibernate Validator instantiates the constraint validators reflectively.
    opens io.profilekit.validation.internal to org.hibernate.validator;

    uses io.profilekit.rules.ProfileRule;

    provides jakarta.validation.ConstraintValidator with
            io.profilekit.validation.internal.ProfileNameValidator,
            io.profilekit.validation.internal.ProfileVersionTextValidator,
            io.profilekit.validation.internal.ProfileVersionValidator,
            io.profilekit.validation.internal.PackVersionTextValidator,
            io.profilekit.validation.internal.VersionSelectorValidator,
            io.profilekit.validation.internal.TagTextValidator,
            io.profilekit.validation.internal.TagValidator,
            io.profilekit.validation.internal.ClusterProfileValidator;
}
