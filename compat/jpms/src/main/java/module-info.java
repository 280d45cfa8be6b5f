/** An application module that uses ProfileKit on the module path. */
module io.profilekit.compat.jpms {
    requires io.profilekit.yaml;
    requires io.profilekit.validation;

    // Hibernate Validator reads the constrained record below reflectively.
    opens io.profilekit.compat.jpms to org.hibernate.validator;
}
