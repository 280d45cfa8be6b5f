package io.profilekit.validation;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The dependency rules of DESIGN.md, as far as this module is concerned. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.profilekit");
    }

    @Test
    void validationNeverImportsYamlJacksonOrExamples() {
        noClasses().that().resideInAPackage("io.profilekit.validation..")
                .should().dependOnClassesThat().resideInAnyPackage("io.profilekit.yaml..", "tools.jackson..",
                        "com.fasterxml.jackson..", "io.profilekit.examples..")
                .check(classes);
    }

    @Test
    void validationUsesNoInternalsOfCore() {
        noClasses().that().resideInAPackage("io.profilekit.validation..")
                .should().dependOnClassesThat().resideInAPackage("io.profilekit.internal..")
                .check(classes);
    }

    @Test
    void coreNeverImportsHibernateValidatorOrTheValidationModule() {
        noClasses().that().resideInAPackage("io.profilekit..")
                .and().resideOutsideOfPackage("io.profilekit.validation..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hibernate..", "io.profilekit.validation..")
                .check(classes);
    }

    @Test
    void thePublicValidationPackageDoesNotExposeHibernateTypesExceptInTheJakartaEntryPoint() {
        noClasses().that().resideInAPackage("io.profilekit.validation")
                .and().haveNameNotMatching("io\\.profilekit\\.validation\\.ProfileKitValidation.*")
                .should().dependOnClassesThat().resideInAPackage("org.hibernate..")
                .check(classes);
    }

    @Test
    void constraintValidatorsAreInternal() {
        classes().that().implement(jakarta.validation.ConstraintValidator.class)
                .should().resideInAPackage("io.profilekit.validation.internal")
                .check(classes);
    }
}
