package io.profilekit.testing.assertj;

import io.profilekit.ClusterProfile;
import io.profilekit.resolve.ResolvedProfile;
import io.profilekit.rules.ValidationReport;

/**
 * The one entry point of ProfileKit's AssertJ assertions, for validation reports, profiles of
 * every kind, resolved profiles and document texts. Import it statically beside AssertJ's own
 * {@code assertThat}; the more specific overloads here win.
 *
 * <pre>{@code
 * import static io.profilekit.testing.assertj.ProfileKitAssertions.assertThat;
 * import static io.profilekit.testing.assertj.ProfileKitAssertions.assertThatDocument;
 *
 * assertThat(ProfileValidator.of(registry).validate(profile)).hasNoErrors();
 * assertThat(report).hasViolation(ViolationCode.PACK_VERSION_NOT_FOUND).at("layers[1].pack.version");
 * assertThat(profile).hasLayer(LayerType.KUBERNETES).withPack("kubernetes").withSelector("1.33.x");
 * assertThat(ProfileResolver.of(registry).resolve(profile)).pins("kubernetes", "1.33.6");
 * assertThatDocument(yaml).isEquivalentTo(expectedYaml);
 * }</pre>
 */
public final class ProfileKitAssertions {
    private ProfileKitAssertions() {
    }

    /**
     * Assertions on a validation report.
     *
     * @param actual the report
     * @return the assertion
     */
    public static ValidationReportAssert assertThat(ValidationReport actual) {
        return new ValidationReportAssert(actual);
    }

    /**
     * Assertions on a profile of any kind.
     *
     * @param actual the profile
     * @return the assertion
     */
    public static ProfileAssert assertThat(ClusterProfile actual) {
        return new ProfileAssert(actual);
    }

    /**
     * Assertions on a resolved profile.
     *
     * @param actual the resolved profile
     * @return the assertion
     */
    public static ResolvedProfileAssert assertThat(ResolvedProfile actual) {
        return new ResolvedProfileAssert(actual);
    }

    /**
     * Assertions on a document's text (ProfileKit YAML or Palette JSON).
     *
     * @param text the document
     * @return the assertion
     */
    public static DocumentAssert assertThatDocument(String text) {
        return new DocumentAssert(text);
    }
}
