package io.profilekit.yaml;

import io.profilekit.ClusterProfile;
import io.profilekit.Layer;
import io.profilekit.VersionSelector;
import io.profilekit.resolve.ResolvedProfile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A profile travels YAML → model → Palette JSON → model → YAML. */
class FullChainTest {
    private static final ProfileFormat YAML = ProfileDocuments.yaml();
    private static final ProfileFormat API = ProfileDocuments.paletteApiJson();
    private static final ProfileFormat EXPORT = ProfileDocuments.paletteExportJson();

    @Test
    void yamlToApiJsonAndBackIsLossless() {
        String original = Fixtures.resource("examples/full-chain.yaml");

        ClusterProfile model = YAML.read(original);
        String json = API.write(model);
        ReadResult back = API.readWithWarnings(json);

        assertThat(back.warnings()).isEmpty();
        assertThat(back.profile()).isEqualTo(model);
        assertThat(YAML.write(back.profile())).isEqualTo(original);
    }

    @Test
    void yamlToExportJsonAndBackIsLossless() {
        for (String name : new String[] {"examples/full-chain.yaml", "examples/edge-selectors.yaml",
            "golden/aws-prod-base.yaml"}) {
            String original = Fixtures.resource(name);

            ReadResult back = EXPORT.readWithWarnings(EXPORT.write(YAML.read(original)));

            assertThat(back.warnings()).as(name).isEmpty();
            assertThat(YAML.write(back.profile())).as(name).isEqualTo(original);
        }
    }

    @Test
    void aResolvedProfileTravelsWithExactVersionsAndNothingElseChanges() {
        ClusterProfile source = YAML.read(Fixtures.resource("examples/edge-selectors.yaml"));
        ResolvedProfile resolved = Fixtures.resolve(source);

        String json = API.write(resolved);
        ClusterProfile back = API.read(json);

        assertThat(back).isEqualTo(Fixtures.apiView(resolved.profile()));
        assertThat(back.layers()).allSatisfy(l -> {
            assertThat(l.pack().version().kind()).isEqualTo(VersionSelector.Kind.EXACT);
            assertThat(l.pack().registry().flatMap(r -> r.uid())).isPresent();
        });
        assertThat(back.layers()).extracting(l -> l.pack().version().toString())
                .containsExactly("1.0.7", "1.32.0", "3.31.7", "4.13.2");
        for (int i = 0; i < back.layers().size(); i++) {
            Layer was = source.layers().get(i);
            Layer is = back.layers().get(i);
            assertThat(is.values()).isEqualTo(was.values());
            assertThat(is.presets()).isEqualTo(was.presets());
            assertThat(is.manifests()).isEqualTo(was.manifests());
            assertThat(is.pack().name()).isEqualTo(was.pack().name());
        }
        assertThat(back.tags()).isEqualTo(source.tags());
        assertThat(YAML.read(YAML.write(back))).isEqualTo(back);
    }
}
