package io.profilekit.examples;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.List;
import java.util.Optional;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module rules of the design, held over the main classes of every module (the examples module
 * sees them all): core imports no Jackson and no Hibernate Validator; only the Jackson module uses
 * Jackson's data binding; yaml and validation never import each other; nothing imports examples;
 * no class uses another module's internal packages.
 *
 * <p>Modules are told apart by package: {@code io.profilekit.yaml..}, {@code io.profilekit.validation..},
 * {@code io.profilekit.oci..}, {@code io.profilekit.testing..},
 * {@code io.profilekit.examples..}, {@code io.profilekit.benchmarks..}, and core for the rest of
 * {@code io.profilekit..}.
 */
@AnalyzeClasses(packages = "io.profilekit", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleRulesTest {

    private static final List<String> OTHER_MODULES = List.of("yaml", "validation", "oci", "testing", "examples",
            "benchmarks");

    /** The module a class belongs to, by package; empty outside ProfileKit. */
    static Optional<String> module(JavaClass c) {
        String pkg = c.getPackageName();
        if (!(pkg.equals("io.profilekit") || pkg.startsWith("io.profilekit."))) {
            return Optional.empty();
        }
        for (String m : OTHER_MODULES) {
            String root = "io.profilekit." + m;
            if (pkg.equals(root) || pkg.startsWith(root + ".")) {
                return Optional.of(m);
            }
        }
        return Optional.of("core");
    }

    static boolean isInternal(JavaClass c) {
        return ("." + c.getPackageName() + ".").contains(".internal.");
    }

    private static final DescribedPredicate<JavaClass> CORE = DescribedPredicate.describe("are in core",
            c -> module(c).equals(Optional.of("core")));

    @ArchTest
    static final ArchRule coreImportsNoJacksonAndNoHibernate = noClasses().that(CORE)
            .should().dependOnClassesThat(resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..",
                    "org.hibernate.."))
            .because("core must stay free of Jackson and Hibernate Validator (DESIGN.md, modules)");

    /**
     * Applications that also use Jackson 2 resolve jackson-annotations to their own 2.x version, which
     * Jackson 3's data binding cannot run with. Documents and registries are therefore read and
     * written with jackson-core's streaming API and snakeyaml-engine only; data binding is for
     * users' own Jackson 3 mappers, through ProfileKitModule.
     */
    @ArchTest
    static final ArchRule onlyTheJacksonModuleUsesDataBinding = noClasses()
            .that().resideInAnyPackage("io.profilekit.yaml..", "io.profilekit.oci..")
            .and().doNotHaveFullyQualifiedName("io.profilekit.yaml.ProfileKitModule")
            .and().doNotHaveFullyQualifiedName("io.profilekit.yaml.internal.ModelSerializers")
            .and().doNotHaveFullyQualifiedName("io.profilekit.yaml.internal.ModelSerializers$Ser")
            .and().doNotHaveFullyQualifiedName("io.profilekit.yaml.internal.ModelSerializers$De")
            .should().dependOnClassesThat(resideInAnyPackage("tools.jackson.databind..", "com.fasterxml.jackson.annotation.."))
            .because("documents and registries must work beside a Jackson 2 application's jackson-annotations");

    /** Only the public, exported API of snakeyaml-engine: the same in 2.10 (Jackson 3.0) and 3.0.x. */
    @ArchTest
    static final ArchRule snakeyamlEngineOnlyThroughItsExportedApi = noClasses()
            .that().resideInAPackage("io.profilekit..")
            .should().dependOnClassesThat(resideInAnyPackage("org.snakeyaml.engine.v2.api.lowlevel..",
                    "org.snakeyaml.engine.v2.constructor..", "org.snakeyaml.engine.v2.composer..",
                    "org.snakeyaml.engine.v2.representer..", "org.snakeyaml.engine.v2.serializer.."))
            .because("snakeyaml-engine 3.0 does not export api.lowlevel on the module path; ProfileKit reads"
                    + " events and writes them, and constructs nothing from YAML");

    @ArchTest
    static final ArchRule yamlDoesNotImportValidation = noClasses().that().resideInAPackage("io.profilekit.yaml..")
            .should().dependOnClassesThat().resideInAPackage("io.profilekit.validation..")
            .because("yaml and validation are independent modules")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule validationDoesNotImportYaml = noClasses().that()
            .resideInAPackage("io.profilekit.validation..")
            .should().dependOnClassesThat().resideInAPackage("io.profilekit.yaml..")
            .because("yaml and validation are independent modules")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule onlyTestsAndToolsUseTheTestingModule = noClasses()
            .that().resideInAPackage("io.profilekit..")
            .and().resideOutsideOfPackages("io.profilekit.testing..", "io.profilekit.benchmarks..")
            .should().dependOnClassesThat().resideInAPackage("io.profilekit.testing..")
            .because("profilekit-testing is for test scope: no published module and no program of the command line"
                    + " may need it at run time");

    @ArchTest
    static final ArchRule nothingImportsExamples = noClasses().that().resideOutsideOfPackage("io.profilekit.examples..")
            .should().dependOnClassesThat().resideInAPackage("io.profilekit.examples..")
            .because("examples are programs, not a library");

    @ArchTest
    static final ArchRule noClassUsesAnotherModulesInternals = classes().that(resideInAPackage("io.profilekit.."))
            .should(notDependOnAnotherModulesInternals());

    private static ArchCondition<JavaClass> notDependOnAnotherModulesInternals() {
        return new ArchCondition<>("not depend on another module's ..internal.. classes") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                Optional<String> own = module(item);
                for (Dependency d : item.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass();
                    Optional<String> theirs = module(target);
                    if (isInternal(target) && theirs.isPresent() && !theirs.equals(own)) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription() + " (module "
                                + own.orElse("?") + " uses an internal class of module " + theirs.get() + ")"));
                    }
                }
            }
        };
    }

    /** The rules above would pass vacuously if the classes were not there: check that they are. */
    @ArchTest
    static void everyModulesClassesAreAnalyzed(JavaClasses classes) {
        assertThat(classes.contain("io.profilekit.InfrastructureProfile")).isTrue();
        assertThat(classes.contain("io.profilekit.internal.CompositePackRegistry")).isTrue();
        assertThat(classes.contain("io.profilekit.examples.QuickStart")).isTrue();
        assertThat(classes.contain("io.profilekit.oci.OciPackRegistry")).isTrue();
        assertThat(classes.contain("io.profilekit.testing.ProfileGenerator")).isTrue();
        assertThat(classes.contain(ModuleRulesTest.class)).as("test classes are left out").isFalse();
        assertThat(classes.that(CORE).size()).isGreaterThan(40);
    }

    @ArchTest
    static void theModuleOfAClassFollowsItsPackage(JavaClasses classes) {
        assertThat(module(classes.get("io.profilekit.InfrastructureProfile"))).contains("core");
        assertThat(module(classes.get("io.profilekit.registry.PackRegistry"))).contains("core");
        assertThat(module(classes.get("io.profilekit.examples.QuickStart"))).contains("examples");
        assertThat(isInternal(classes.get("io.profilekit.internal.Checks"))).isTrue();
        assertThat(isInternal(classes.get("io.profilekit.registry.PackRegistry"))).isFalse();
    }
}
