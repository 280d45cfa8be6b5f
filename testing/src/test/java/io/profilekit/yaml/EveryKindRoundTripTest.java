package io.profilekit.yaml;

import io.profilekit.ClusterProfile;
import io.profilekit.testing.ProfileGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The laws of every format over 1,000 seeded profiles of every kind ({@link EveryKind}):
 * infrastructure, Full, add-on and system profiles with packs of every type (spectro, helm, oci,
 * manifest), variables, uids, registry metadata, resolved versions, preset groups and layers not
 * yet known. A failure names its seed; {@code EveryKind.profile(seed)} repeats it.
 *
 * <ul>
 *   <li>ProfileKit YAML holds every field: {@code read(write(p)).equals(p)}.</li>
 *   <li>Palette export JSON holds every field but the uids, which {@code V1ClusterProfileImportEntity}
 *       has no place for: {@code read(write(p)).equals(exportView(p))}, with no warning; export, read,
 *       export gives the same bytes.</li>
 *   <li>Palette API JSON holds what {@code V1ClusterProfileEntity} can: not a registry's name, kind,
 *       providerType or isPrivate (only its uid), and no resolved version beside the exact tag.</li>
 *   <li>Every Palette JSON written passes Palette's OpenAPI definitions in strict mode.</li>
 * </ul>
 */
class EveryKindRoundTripTest {
    private static final ProfileFormat YAML = ProfileDocuments.yaml();
    private static final ProfileFormat API = ProfileDocuments.paletteApiJson();
    private static final ProfileFormat EXPORT = ProfileDocuments.paletteExportJson();

    static LongStream seeds() {
        return Fixtures.seeds();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void yamlReadsBackEveryField(long seed) {
        ClusterProfile p = EveryKind.profile(seed);
        String text = YAML.write(p);

        ReadResult back = YAML.readWithWarnings(text);

        assertThat(back.profile()).as("seed %d, document:%n%s", seed, text).isEqualTo(p);
        assertThat(back.profile().kind()).as("seed %d", seed).isEqualTo(p.kind());
        assertThat(back.warnings()).as("seed %d", seed).isEmpty();
        assertThat(YAML.write(back.profile())).as("seed %d", seed).isEqualTo(text);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void exportReadsBackEveryFieldItCarriesAndWritesTheSameBytes(long seed) {
        ClusterProfile p = EveryKind.profile(seed);
        String json = EXPORT.write(p);

        ReadResult back = EXPORT.readWithWarnings(json);

        assertThat(back.profile()).as("seed %d, document:%n%s", seed, json).isEqualTo(EveryKind.exportView(p));
        assertThat(back.profile().kind()).as("seed %d", seed).isEqualTo(p.kind());
        assertThat(back.warnings()).as("seed %d", seed).isEmpty();
        assertThat(EXPORT.write(back.profile())).as("seed %d", seed).isEqualTo(json);
        assertThat(PaletteOpenApi.importErrors(json)).as("seed %d, document:%n%s", seed, json).isEmpty();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void exportThroughYamlAndBackIsTheSameExport(long seed) {
        String export = EXPORT.write(EveryKind.profile(seed));

        String again = EXPORT.write(YAML.read(YAML.write(EXPORT.read(export))));

        assertThat(again).as("seed %d", seed).isEqualTo(export);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void apiReadsBackWhatTheCreateEntityCarries(long seed) {
        ClusterProfile p = EveryKind.pinned(EveryKind.profile(seed));
        String json = API.write(p);

        ReadResult back = API.readWithWarnings(json);

        assertThat(back.profile()).as("seed %d, document:%n%s", seed, json).isEqualTo(EveryKind.apiView(p));
        assertThat(back.profile().kind()).as("seed %d", seed).isEqualTo(p.kind());
        assertThat(back.warnings()).as("seed %d", seed).isEmpty();
        assertThat(API.write(back.profile())).as("seed %d", seed).isEqualTo(json);
        assertThat(PaletteOpenApi.createErrors(json)).as("seed %d, document:%n%s", seed, json).isEmpty();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void generatedProfilesOfEveryKindWriteStrictPaletteJson(long seed) {
        ClusterProfile p = new ProfileGenerator(seed).anyProfile();
        String api = API.write(EveryKind.pinned(p));
        String export = EXPORT.write(p);

        assertThat(PaletteOpenApi.createErrors(api)).as("seed %d, document:%n%s", seed, api).isEmpty();
        assertThat(PaletteOpenApi.importErrors(export)).as("seed %d, document:%n%s", seed, export).isEmpty();
    }
}
