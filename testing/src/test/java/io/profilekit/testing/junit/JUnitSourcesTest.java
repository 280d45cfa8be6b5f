package io.profilekit.testing.junit;

import io.profilekit.AddOnProfile;
import io.profilekit.ClusterProfile;
import io.profilekit.ProfileKind;
import io.profilekit.registry.PackRegistry;
import io.profilekit.testing.Fixtures;
import io.profilekit.testing.GeneratedProfile;
import io.profilekit.testing.ProfileGenerator;
import io.profilekit.validation.ProfileValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static io.profilekit.testing.assertj.ProfileKitAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

/**
 * The JUnit sources as JUnit runs them: the sample classes below are run through the JUnit
 * Platform launcher, and what it reports (each test's display name and result) is checked.
 */
class JUnitSourcesTest {
    /** One line per test run: its display name, then OK or the failure's message. */
    private static List<String> run(Class<?> type, String method) {
        List<String> lines = new ArrayList<>();
        Launcher launcher = LauncherFactory.create();
        java.lang.reflect.Method m = java.util.Arrays.stream(type.getDeclaredMethods())
                .filter(x -> x.getName().equals(method)).findFirst().orElseThrow();
        launcher.execute(request().selectors(selectMethod(type, m))
                .filters(EngineFilter.includeEngines("junit-jupiter")).build(), new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                boolean invocation = id.isTest();
                boolean container = id.getUniqueId().contains("test-template:");
                if (invocation || (container && result.getStatus() != TestExecutionResult.Status.SUCCESSFUL)) {
                    lines.add(id.getDisplayName() + " -> " + (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL ? "OK"
                            : result.getThrowable().map(Throwable::getMessage).orElse(result.getStatus().toString())));
                }
            }
        });
        return lines;
    }

    static final class FileSamples {
        @ParameterizedTest
        @ProfileFiles("profilekit-testing/profiles/**.yaml")
        void yamlProfiles(ClusterProfile profile) {
            assertThat(ProfileValidator.of(io.profilekit.registry.PackRegistries.builtIn()).validate(profile)).hasNoErrors();
        }

        @ParameterizedTest
        @ProfileFiles({"profilekit-testing/profiles/*.json", "profilekit-testing/profiles/*.yaml"})
        void files(ProfileFile file) {
            assertThat(file.profile().name()).isNotBlank();
        }

        @ParameterizedTest
        @ProfileFiles(folder = "src/test/resources/profilekit-testing", value = "profiles/nested/*.yaml")
        void addOnsInAFolder(AddOnProfile profile) {
            assertThat(profile).hasKind(ProfileKind.ADD_ON);
        }

        @ParameterizedTest
        @ProfileFiles("profilekit-testing/no-such-folder/*.yaml")
        void nothingMatches(String text) {
            assertThat(text).isNotNull();
        }
    }

    @Test
    void profileFilesRunsOnePerFileNamedByItsPath() {
        assertThat(run(FileSamples.class, "yamlProfiles")).containsExactly(
                "[1] profilekit-testing/profiles/aws-prod-base.yaml -> OK",
                "[2] profilekit-testing/profiles/nested/web-addon.yaml -> OK");
        assertThat(run(FileSamples.class, "files")).containsExactly(
                "[1] profilekit-testing/profiles/aws-prod-base.yaml -> OK",
                "[2] profilekit-testing/profiles/palette-export.json -> OK");
        assertThat(run(FileSamples.class, "addOnsInAFolder")).containsExactly("[1] profiles/nested/web-addon.yaml -> OK");
    }

    @Test
    void aFileOfSeveralProfilesReadAsOneNamesTheFile() {
        String yaml = io.profilekit.yaml.ProfileDocuments.yaml().write(Fixtures.profile());
        ProfileFile two = new ProfileFile("profiles/two.yaml", yaml + "---\n" + yaml);

        assertThat(two.profiles()).hasSize(2);
        org.assertj.core.api.Assertions.assertThatThrownBy(two::profile)
                .isInstanceOf(io.profilekit.yaml.ProfileParseException.class)
                .hasMessageStartingWith("profiles/two.yaml")
                .hasMessageContaining("the file holds 2 profiles, not one");
    }

    @Test
    void aPatternThatMatchesNothingFailsSayingWhere() {
        assertThat(run(FileSamples.class, "nothingMatches")).singleElement().asString()
                .isEqualTo("nothingMatches(String) -> @ProfileFiles: no file matches 'profilekit-testing/no-such-folder/*.yaml'"
                        + " on the test class path");
    }

    public static final class FixtureRegistry implements Supplier<PackRegistry> {
        @Override
        public PackRegistry get() {
            return Fixtures.registry();
        }
    }

    static final class GeneratedSamples {
        @ParameterizedTest
        @GeneratedProfiles(count = 3, seed = 40)
        void any(ClusterProfile profile) {
            assertThat(profile.name()).isNotBlank();
        }

        @ParameterizedTest
        @GeneratedProfiles(count = 25, seed = 7, validFor = FixtureRegistry.class, kinds = ProfileKind.ADD_ON)
        void validAddOns(GeneratedProfile generated) {
            assertThat(generated.profile()).hasKind(ProfileKind.ADD_ON);
            assertThat(ProfileValidator.of(Fixtures.registry()).validate(generated.profile())).hasNoErrors();
        }

        @ParameterizedTest
        @GeneratedProfiles(count = 30, seed = 1)
        void addOnsByParameter(AddOnProfile profile) {
            assertThat(profile).hasKind(ProfileKind.ADD_ON);
        }

        @ParameterizedTest
        @GeneratedProfiles(count = 30, seed = 1, validFor = FixtureRegistry.class)
        void validSystemProfilesByParameter(io.profilekit.SystemProfile profile) {
            assertThat(profile).hasKind(ProfileKind.SYSTEM);
        }

        @ParameterizedTest
        @GeneratedProfiles(count = 1, kinds = ProfileKind.SYSTEM)
        void kindsTheParameterCannotTake(AddOnProfile profile) {
            assertThat(profile).isNotNull();
        }

        @ParameterizedTest
        @GeneratedProfiles(count = 2, seed = 100)
        void failing(ClusterProfile profile) {
            assertThat(profile.name()).isEqualTo("never");
        }
    }

    @Test
    void generatedProfilesAreNamedBySeedAndRepeatable() {
        ProfileGenerator gen = new ProfileGenerator(40);
        List<String> lines = run(GeneratedSamples.class, "any");

        assertThat(lines).hasSize(3).allMatch(l -> l.endsWith(" -> OK"));
        assertThat(lines.get(0)).startsWith("[1] seed 40: ");
        assertThat(lines.get(2)).startsWith("[3] seed 42: ");
        assertThat(run(GeneratedSamples.class, "any")).isEqualTo(lines);
        assertThat(gen.seed()).isEqualTo(40);
    }

    @Test
    void validForGivesProfilesThatValidate() {
        List<String> lines = run(GeneratedSamples.class, "validAddOns");

        assertThat(lines).hasSize(25).allMatch(l -> l.endsWith("(AddOnProfile) -> OK"), "ends with (AddOnProfile) -> OK");
    }

    @Test
    void aParameterOfOneKindGetsProfilesOfThatKindOnly() {
        assertThat(run(GeneratedSamples.class, "addOnsByParameter")).hasSize(30)
                .allMatch(l -> l.endsWith("(AddOnProfile) -> OK"), "ends with (AddOnProfile) -> OK");
        assertThat(run(GeneratedSamples.class, "validSystemProfilesByParameter")).hasSize(30)
                .allMatch(l -> l.endsWith("(SystemProfile) -> OK"), "ends with (SystemProfile) -> OK");
        assertThat(run(GeneratedSamples.class, "kindsTheParameterCannotTake")).singleElement().asString()
                .isEqualTo("kindsTheParameterCannotTake(AddOnProfile) -> @GeneratedProfiles: kindsTheParameterCannotTake"
                        + " takes AddOnProfile, but kinds = [SYSTEM] gives none; leave kinds out or name the"
                        + " parameter's kind");
    }

    @Test
    void aFailureNamesTheSeedToRepeatItWith() {
        List<String> lines = run(GeneratedSamples.class, "failing");

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("[1] seed 100: ").contains("expected: \"never\"");
    }
}
