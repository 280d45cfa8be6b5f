/** ProfileKit validation: the profile validator and Jakarta constraints. */
module io.profilekit.validation {
    requires transitive io.profilekit.core;
    requires jakarta.validation;
    requires org.hibernate.validator;

}
