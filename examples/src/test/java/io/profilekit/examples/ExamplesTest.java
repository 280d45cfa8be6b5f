package io.profilekit.examples;

import io.profilekit.ClusterProfile;
import io.profilekit.CloudType;
import io.profilekit.LayerType;
import io.profilekit.registry.PackRegistries;
import io.profilekit.rules.ValidationReport;
import io.profilekit.validation.ProfileValidator;
import io.profilekit.yaml.ProfileDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs every example program and checks what it prints and writes. */
class ExamplesTest {

    private static String capture(Function<PrintStream, ?> program) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            program.apply(out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void quickStartBuildsValidatesResolvesAndWritesTheDesignProfile() {
        ValidationReport[] report = new ValidationReport[1];
        String out = capture(o -> report[0] = QuickStart.run(o));

        assertThat(report[0].violations()).isEmpty();
        assertThat(out).contains("profile 'aws-prod-base' 1.2.0: valid (0 errors, 0 warnings)")
                .contains("k8s  kubernetes  1.33.x -> 1.33.6")
                .contains("apiVersion: profilekit.io/v1")
                .contains("\"tag\" : \"1.33.6\"");
        // The YAML it prints reads back to the same profile.
        String yaml = out.substring(out.indexOf("apiVersion:"), out.indexOf("== Palette API JSON"));
        assertThat(ProfileDocuments.yaml().read(yaml)).isEqualTo(QuickStart.exampleProfile());
    }

    @Test
    void generationWritesAValidProfilePerCloudAndMinorInBothFormats(@TempDir Path folder) throws Exception {
        String out = capture(o -> GenerateProfiles.run(folder, o));

        assertThat(Files.list(folder)).hasSize(18);
        assertThat(out.lines()).hasSize(9).allMatch(l -> l.contains(": valid"));
        ProfileValidator validator = ProfileValidator.of(PackRegistries.builtIn());
        for (CloudType cloud : GenerateProfiles.CLOUDS) {
            for (String minor : GenerateProfiles.MINORS) {
                ClusterProfile expected = GenerateProfiles.profile(cloud, minor);
                ClusterProfile fromYaml = ProfileDocuments.yaml().read(folder.resolve(expected.name() + ".yaml"));
                ClusterProfile fromJson = ProfileDocuments.paletteApiJson()
                        .read(folder.resolve(expected.name() + ".palette.json"));
                assertThat(fromYaml).isEqualTo(expected);
                assertThat(validator.validate(fromJson).isValid()).isTrue();
                String pinned = fromJson.layer(LayerType.KUBERNETES).orElseThrow().pack().version().toString();
                assertThat(pinned).as("newest patch of %s", minor).startsWith(minor + ".").doesNotContain("x");
            }
        }
    }

    @Test
    void pluggedInRegistryAndRuleTakePartInValidation() {
        List<ValidationReport>[] reports = new List[1];
        capture(o -> reports[0] = PlugIn.run(o));

        ValidationReport owned = reports[0].get(0);
        ValidationReport orphan = reports[0].get(1);
        assertThat(owned.violations()).as("in-house packs resolve through the composed registry").isEmpty();
        assertThat(orphan.codes()).containsExactly(PlugIn.OwnerTagRule.CODE);
        assertThat(orphan.violations().get(0).path()).isEqualTo("tags");
    }

    @Test
    void clusterStacksValidateAnAddOnProfileOnItsBase() {
        List<ValidationReport>[] reports = new List[1];
        String out = capture(o -> reports[0] = ClusterStacks.run(o));

        assertThat(reports[0].get(0).violations()).as(out).isEmpty();
        assertThat(reports[0].get(1).codes()).containsExactly("STACK_CLOUD_MISMATCH");
        assertThat(reports[0].get(1).violations().get(0).path()).isEqualTo("[web].cloud");
        assertThat(out).contains("kind: AddOnProfile").contains("{{.spectro.var.replicas}}")
                .containsSubsequence("[aws-prod-base] ubuntu-aws", "[aws-prod-base] csi-aws-ebs", "[web] nginx",
                        "[web] hello-universe");
    }

    @Test
    void paletteRoundTripGivenAFolderSaysSo() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PaletteRoundTrip.run(Path.of("profiles"), System.out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a folder; give the exported JSON file");
    }

    @Test
    void paletteRoundTripMovesKubernetesToTheNewestPatchOfItsMinor() {
        Path export = Path.of("profiles/palette-export.json");
        String[] json = new String[1];
        String out = capture(o -> json[0] = PaletteRoundTrip.run(export, o));

        assertThat(out).contains("kubernetes: 1.33.1 -> 1.33.6")
                .contains("valid (0 errors, 0 warnings)")
                .doesNotContain("note: ");
        ClusterProfile back = ProfileDocuments.paletteExportJson().read(json[0]);
        assertThat(back.layer(LayerType.KUBERNETES).orElseThrow().pack().version().toString()).isEqualTo("1.33.6");
        assertThat(back.name()).isEqualTo("cluster-template-profile-aws");
        assertThat(back.layers()).extracting(l -> l.pack().registry().orElseThrow().name().orElseThrow())
                .containsExactly("Public Repo", "Public Repo", "Public Repo", "Public Repo", "Palette Community Registry");
        assertThat(back.layer(LayerType.KUBERNETES).orElseThrow().pack().resolvedVersion()).contains("1.33.6");
        assertThat(back.variables()).extracting(v -> v.name()).containsExactly("app_replicas");
        assertThat(json[0]).doesNotContain("ProfileKit sample catalog");
    }
}
