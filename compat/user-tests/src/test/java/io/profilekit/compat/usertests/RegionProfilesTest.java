package io.profilekit.compat.usertests;

import io.profilekit.ClusterProfile;
import io.profilekit.InfrastructureProfile;
import io.profilekit.LayerType;
import io.profilekit.registry.PackRegistries;
import io.profilekit.registry.PackRegistry;
import io.profilekit.resolve.ProfileResolver;
import io.profilekit.rules.Severity;
import io.profilekit.rules.ViolationCode;
import io.profilekit.testing.GeneratedProfile;
import io.profilekit.testing.ProfileGenerator;
import io.profilekit.testing.junit.GeneratedProfiles;
import io.profilekit.testing.junit.Golden;
import io.profilekit.testing.junit.ProfileFiles;
import io.profilekit.validation.ProfileValidator;
import io.profilekit.yaml.ProfileDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.function.Supplier;

import static io.profilekit.testing.assertj.ProfileKitAssertions.assertThat;
import static io.profilekit.testing.assertj.ProfileKitAssertions.assertThatDocument;
import static org.assertj.core.api.Assertions.assertThat;

/** The team's tests, one line per check, as the README's "Testing with ProfileKit" shows them. */
class RegionProfilesTest {
    private static final PackRegistry CATALOG = PackRegistries.builtIn();
    private static final ProfileValidator VALIDATOR = ProfileValidator.of(CATALOG);

    /** The registry the generated profiles must be valid for. */
    public static final class Catalog implements Supplier<PackRegistry> {
        @Override
        public PackRegistry get() {
            return CATALOG;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"eu-west-1", "us-east-1", "ap-south-1"})
    void everyRegionGetsAValidProfile(String region) {
        InfrastructureProfile profile = RegionProfiles.forRegion(region, "1.33.x");

        assertThat(VALIDATOR.validate(profile)).hasNoErrors();
        assertThat(profile).hasTag("region", region)
                .hasLayer(LayerType.KUBERNETES).withPack("kubernetes").withSelector("1.33.x");
        assertThat(ProfileResolver.of(CATALOG).resolve(profile)).pins("kubernetes", "1.33.6");
    }

    @Test
    void aTrainTheCatalogLacksIsReportedWhereItIs() {
        InfrastructureProfile profile = RegionProfiles.forRegion("eu-west-1", "1.99.x");

        assertThat(VALIDATOR.validate(profile)).hasExactlyViolations(ViolationCode.PACK_VERSION_NOT_FOUND)
                .hasViolation(ViolationCode.PACK_VERSION_NOT_FOUND)
                .at("layers[1].pack.version").withSeverity(Severity.ERROR).withHintContaining("1.33.6");
    }

    @Test
    void theDocumentStaysAsReviewed() {
        String yaml = ProfileDocuments.yaml().write(RegionProfiles.forRegion("eu-west-1", "1.33.x"));

        Golden.assertMatches(Path.of("src/test/resources/golden/base-eu-west-1.yaml"), yaml);
    }

    @Test
    void theExportHoldsTheSameProfileAsTheYaml() {
        InfrastructureProfile profile = RegionProfiles.forRegion("us-east-1", "1.33.x");

        assertThatDocument(ProfileDocuments.paletteExportJson().write(profile))
                .isEquivalentTo(ProfileDocuments.yaml().write(profile));
    }

    @ParameterizedTest
    @ProfileFiles("profiles/*.yaml")
    void everyProfileWeKeepIsValid(ClusterProfile profile) {
        assertThat(VALIDATOR.validate(profile)).hasNoErrors();
    }

    @ParameterizedTest
    @GeneratedProfiles(count = 100, seed = 1, validFor = Catalog.class)
    void theGatePassesEveryValidProfile(ClusterProfile profile) {
        assertThat(new ProfileGate(CATALOG).check(profile)).isEmpty();
    }

    @Test
    void theGateStopsEveryProfileWithAMissingVersion() {
        ProfileGenerator.breaking(CATALOG, ViolationCode.PACK_VERSION_NOT_FOUND).samples(1, 50)
                .forEach((GeneratedProfile g) -> assertThat(new ProfileGate(CATALOG).check(g.profile())).as(g.toString())
                        .singleElement().asString().contains("PACK_VERSION_NOT_FOUND"));
    }
}
