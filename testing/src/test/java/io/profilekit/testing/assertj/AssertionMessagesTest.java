package io.profilekit.testing.assertj;

import io.profilekit.ClusterProfile;
import io.profilekit.InfrastructureProfile;
import io.profilekit.LayerType;
import io.profilekit.ProfileKind;
import io.profilekit.resolve.ProfileResolver;
import io.profilekit.resolve.ResolvedProfile;
import io.profilekit.rules.Severity;
import io.profilekit.rules.ValidationReport;
import io.profilekit.rules.ViolationCode;
import io.profilekit.testing.Fixtures;
import io.profilekit.validation.ProfileValidator;
import io.profilekit.yaml.ProfileDocuments;
import org.junit.jupiter.api.Test;

import static io.profilekit.testing.assertj.ProfileKitAssertions.assertThat;
import static io.profilekit.testing.assertj.ProfileKitAssertions.assertThatDocument;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each assertion passes where it should, and its failure message, looked at here in full, says
 * what was expected and shows what was there.
 */
class AssertionMessagesTest {
    private static final String NL = System.lineSeparator();
    private static final ProfileValidator VALIDATOR = ProfileValidator.of(Fixtures.registry());

    /** kubernetes 1.99.x does not exist in the fixture registry; the tag key aws:x is reserved on AWS. */
    private static ValidationReport broken() {
        return VALIDATOR.validate(Fixtures.profileBuilder().kubernetes("kubernetes", "1.99.x")
                .tag(io.profilekit.Tag.of("aws:x", "1")).build());
    }

    /** The report as the failure messages print it (its literal text is checked once, below). */
    private static String reportText() {
        return String.join(NL, broken().textLines("report").stream().map(l -> "  " + l).toList());
    }

    @Test
    void reportAssertionsPassOnWhatIsThere() {
        assertThat(VALIDATOR.validate(Fixtures.profile())).hasNoErrors().hasNoViolations()
                .doesNotHaveViolation(ViolationCode.PACK_NOT_FOUND).hasExactlyViolations();
        assertThat(broken()).hasExactlyViolations(ViolationCode.TAG_KEY_RESERVED, ViolationCode.PACK_VERSION_NOT_FOUND)
                .hasViolation(ViolationCode.PACK_VERSION_NOT_FOUND).at("layers[1].pack.version")
                .withSeverity(Severity.ERROR).withHintContaining("1.33.6").withMessageContaining("1.99.x");
    }

    @Test
    void theReportIsPrintedAsTheCommandLinePrintsIt() {
        assertThatThrownBy(() -> assertThat(broken()).hasNoViolations()).hasMessage("Expecting no violations, but the report has 2:" + NL
                + "  report: profile 'aws-prod-base' 1.2.0: INVALID (2 errors, 0 warnings)" + NL
                + "    ERROR  layers[1].pack.version  PACK_VERSION_NOT_FOUND  no version of 'kubernetes' matches '1.99.x'"
                + " — nearest versions: 1.34.0-rc.1, 1.33.6, 1.33.5" + NL
                + "    ERROR  tags[2]  TAG_KEY_RESERVED  tag key 'aws:x' uses a reserved prefix under AWS tag rules (prefix"
                + " aws: is reserved) — choose a key that does not start with aws:");
    }

    @Test
    void hasNoErrorsPrintsTheWholeReportAsTheCommandLineDoes() {
        assertThatThrownBy(() -> assertThat(broken()).hasNoErrors()).isInstanceOf(AssertionError.class)
                .hasMessage("Expecting no errors, but the report has 2:" + NL + reportText());
    }

    @Test
    void aMissingCodeNamesTheCodesThere() {
        assertThatThrownBy(() -> assertThat(broken()).hasViolation(ViolationCode.LAYER_MISSING))
                .hasMessage("Expecting a violation LAYER_MISSING, but the report has only [PACK_VERSION_NOT_FOUND,"
                        + " TAG_KEY_RESERVED]:" + NL + reportText());
    }

    @Test
    void aWrongPathNamesThePathsWhereTheCodeWasFound() {
        assertThatThrownBy(() -> assertThat(broken()).hasViolation(ViolationCode.PACK_VERSION_NOT_FOUND)
                .at("layers[2].pack.version"))
                .hasMessage("Expecting a violation PACK_VERSION_NOT_FOUND at layers[2].pack.version, but found at"
                        + " [layers[1].pack.version]:" + NL + reportText());
    }

    @Test
    void narrowingSaysEverythingLookedFor() {
        assertThatThrownBy(() -> assertThat(broken()).hasViolation(ViolationCode.PACK_VERSION_NOT_FOUND)
                .at("layers[1].pack.version").withSeverity(Severity.WARNING))
                .hasMessage("Expecting a violation PACK_VERSION_NOT_FOUND at layers[1].pack.version with severity WARNING,"
                        + " but found with [ERROR]:" + NL + reportText());
        assertThatThrownBy(() -> assertThat(broken()).hasViolation("TAG_KEY_RESERVED").withHintContaining("prefix"))
                .hasMessageStartingWith("Expecting a violation TAG_KEY_RESERVED with a hint containing \"prefix\", but the"
                        + " hints are [\"");
    }

    @Test
    void hasExactlyViolationsSaysWhatIsMissingAndWhatIsNotExpected() {
        assertThatThrownBy(() -> assertThat(broken()).hasExactlyViolations(ViolationCode.PACK_VERSION_NOT_FOUND,
                ViolationCode.LAYER_MISSING))
                .hasMessage("Expecting exactly the violations [PACK_VERSION_NOT_FOUND, LAYER_MISSING], but these are"
                        + " missing: [LAYER_MISSING]; and these are unexpected: [TAG_KEY_RESERVED]:" + NL + reportText());
    }

    @Test
    void profileAssertions() {
        InfrastructureProfile p = Fixtures.profile();
        assertThat(p).hasKind(ProfileKind.INFRASTRUCTURE).hasTag("env", "prod").hasTag("owner")
                .hasLayer(LayerType.KUBERNETES).withPack("kubernetes").withSelector("1.33.x").withValuesContaining("podCIDR");

        assertThatThrownBy(() -> assertThat(p).hasLayer(LayerType.KUBERNETES).withSelector("1.34.x"))
                .hasMessage("Expecting 'aws-prod-base 1.2.0' to have a k8s layer with the selector '1.34.x', but its"
                        + " layers are [os ubuntu-aws 22.04, k8s kubernetes 1.33.x, cni cni-calico 3.31.2,"
                        + " csi csi-aws-ebs 1.46.0]");
        assertThatThrownBy(() -> assertThat(p).hasLayer(LayerType.ADDON))
                .hasMessage("Expecting 'aws-prod-base 1.2.0' to have a addon layer, but its layers are [os ubuntu-aws"
                        + " 22.04, k8s kubernetes 1.33.x, cni cni-calico 3.31.2, csi csi-aws-ebs 1.46.0]");
        assertThatThrownBy(() -> assertThat(p).hasTag("env", "dev"))
                .hasMessage("Expecting 'aws-prod-base 1.2.0' to have the tag 'env:dev', but its tags are"
                        + " [owner:platform, env:prod]");
        assertThatThrownBy(() -> assertThat(p).hasKind(ProfileKind.ADD_ON))
                .hasMessage("Expecting 'aws-prod-base 1.2.0' to be of kind ADD_ON, but it is of kind INFRASTRUCTURE");
    }

    @Test
    void semanticEqualityIgnoresCommentsFormattingAndCoreLayerOrder() {
        InfrastructureProfile p = Fixtures.profile();
        ClusterProfile same = Fixtures.profileBuilder()
                .kubernetes("kubernetes", "1.33.x", k -> k.values("pack: {podCIDR: \"192.168.0.0/16\","
                        + " serviceClusterIpRange: 10.96.0.0/12}  # flow style\n"))
                .build();
        java.util.List<io.profilekit.Layer> reordered = new java.util.ArrayList<>(p.layers());
        java.util.Collections.reverse(reordered);

        assertThat(same).isSemanticallyEqualTo(p);
        assertThat(p.toBuilder().layers(reordered).build()).isSemanticallyEqualTo(p);
        ClusterProfile changed = Fixtures.profileBuilder().network("cni-calico", "3.30.1")
                .kubernetes("kubernetes", "1.33.x", k -> k.values("pack:\n  podCIDR: \"10.0.0.0/16\"\n"
                        + "  serviceClusterIpRange: \"10.96.0.0/12\"\n"))
                .build();
        assertThatThrownBy(() -> assertThat(changed).isSemanticallyEqualTo(p))
                .hasMessage("Expecting 'aws-prod-base 1.2.0' to be semantically equal to the expected profile, but:" + NL
                        + "  layers[k8s].values.pack.podCIDR: expected '192.168.0.0/16' but was '10.0.0.0/16'" + NL
                        + "  layers[cni].pack.version: expected '3.31.2' but was '3.30.1'");
    }

    @Test
    void resolvedProfilesPin() {
        ResolvedProfile locked = ProfileResolver.of(Fixtures.registry()).resolve(Fixtures.profile());
        assertThat(locked).pins("kubernetes", "1.33.6").pins("cni-calico", "v3.31.2");

        assertThatThrownBy(() -> assertThat(locked).pins("kubernetes", "1.33.5"))
                .hasMessage("Expecting 'kubernetes' to be pinned to 1.33.5, but the pins are [ubuntu-aws 22.04,"
                        + " kubernetes 1.33.6, cni-calico 3.31.2, csi-aws-ebs 1.46.0]");
        assertThatThrownBy(() -> assertThat(locked).pins("cilium", "1.0.0"))
                .hasMessageStartingWith("Expecting 'cilium' to be pinned to 1.0.0, but the profile has no such pack");
    }

    @Test
    void documentsAreEquivalentAcrossFormattingAndFormats() {
        InfrastructureProfile p = Fixtures.profile();
        String yaml = ProfileDocuments.yaml().write(p);
        String reformatted = yaml.replace("name: aws-prod-base", "name: 'aws-prod-base'  # quoted");
        String export = ProfileDocuments.paletteExportJson().write(p);

        assertThatDocument(reformatted).isEquivalentTo(yaml);
        assertThatDocument(export).isEquivalentTo(yaml);
        assertThatThrownBy(() -> assertThatDocument(yaml.replace("3.31.2", "3.30.1")).isEquivalentTo(yaml))
                .hasMessage("Expecting the document to be equivalent to the expected one, but profile 1"
                        + " ('aws-prod-base') differs:" + NL
                        + "  layers[cni].pack.version: expected '3.31.2' but was '3.30.1'");
        assertThatThrownBy(() -> assertThatDocument("apiVersion: profilekit.io/v1\nkind: [").isEquivalentTo(yaml))
                .hasMessageStartingWith("Expecting the actual document to read as ProfileKit YAML, but: ");
    }
}
