package io.profilekit.yaml;

import io.profilekit.ClusterProfile;
import io.profilekit.InfrastructureProfile;
import io.profilekit.Layer;
import io.profilekit.LayerType;
import io.profilekit.Manifest;
import io.profilekit.PackType;
import io.profilekit.Tag;
import io.profilekit.VersionSelector;
import io.profilekit.resolve.ResolvedProfile;
import io.profilekit.testing.ProfileGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Property-style round trips over 1,000 seeded generated profiles per format: what is written
 * reads back equal, and writing what was read is stable after one normalisation. A failure names
 * its seed; {@code new ProfileGenerator(seed).profile()} repeats it.
 */
class RoundTripTest {
    private static final ProfileFormat YAML = ProfileDocuments.yaml();
    private static final ProfileFormat API = ProfileDocuments.paletteApiJson();
    private static final ProfileFormat EXPORT = ProfileDocuments.paletteExportJson();
    private static final YAMLMapper OTHER_YAML = YAMLMapper.builder().build();
    private static final JsonMapper OTHER_JSON = JsonMapper.builder().build();

    static LongStream seeds() {
        return Fixtures.seeds();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void yamlReadsBackWhatItWrote(long seed) {
        InfrastructureProfile p = new ProfileGenerator(seed).profile();
        String text = YAML.write(p);
        assertThat(YAML.read(text)).as("seed %d, document:%n%s", seed, text).isEqualTo(p);
        assertThat(YAML.write(YAML.read(text))).as("seed %d", seed).isEqualTo(text);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void yamlWrittenByAnotherToolNormalisesOnce(long seed) {
        InfrastructureProfile p = new ProfileGenerator(seed).profile();
        String canonical = YAML.write(p);
        // Jackson's own YAML writer chooses other quoting and block styles for the same content.
        String other = OTHER_YAML.writeValueAsString(OTHER_YAML.readTree(canonical));
        ClusterProfile read = YAML.read(other);
        assertThat(read).as("seed %d, document:%n%s", seed, other).isEqualTo(p);
        String normalised = YAML.write(read);
        assertThat(normalised).as("seed %d", seed).isEqualTo(canonical);
        assertThat(YAML.write(YAML.read(normalised))).as("seed %d", seed).isEqualTo(normalised);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void yamlKeepsHostileTextExactly(long seed) {
        ProfileGenerator gen = new ProfileGenerator(seed);
        InfrastructureProfile base = gen.profile();
        List<Layer> layers = new ArrayList<>();
        for (Layer l : base.layers()) {
            layers.add(l.toBuilder().values(gen.hostileText() + "\n" + gen.hostileText())
                    .manifests(List.of(new Manifest(gen.hostileText(), gen.hostileText()))).build());
        }
        String key = gen.hostileText().replace(":", "");
        InfrastructureProfile p = base.toBuilder().name(gen.hostileText()).description(gen.hostileText())
                .tags(io.profilekit.Tags.copyOf(List.of(Tag.of(key.isEmpty() ? "k" : key, gen.hostileText()))))
                .layers(layers).buildLenient();
        String text = YAML.write(p);
        assertThat(YAML.read(text)).as("seed %d, document:%n%s", seed, text).isEqualTo(p);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void exportJsonReadsBackWhatItWrote(long seed) {
        InfrastructureProfile p = new ProfileGenerator(seed).profile();
        String json = EXPORT.write(p);
        ReadResult back = EXPORT.readWithWarnings(json);
        assertThat(back.profile()).as("seed %d, document:%n%s", seed, json).isEqualTo(p);
        assertThat(back.warnings()).as("seed %d", seed).isEmpty();
        assertThat(EXPORT.write(back.profile())).as("seed %d", seed).isEqualTo(json);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void exportJsonWrittenCompactNormalisesOnce(long seed) {
        InfrastructureProfile p = new ProfileGenerator(seed).profile();
        String canonical = EXPORT.write(p);
        JsonNode tree = OTHER_JSON.readTree(canonical);
        String compact = OTHER_JSON.writeValueAsString(tree);
        assertThat(EXPORT.write(EXPORT.read(compact))).as("seed %d", seed).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void apiJsonReadsBackResolvedProfiles(long seed) {
        InfrastructureProfile p = new ProfileGenerator(seed).profile();
        ResolvedProfile resolved = Fixtures.resolve(p);
        String json = API.write(resolved);
        ReadResult back = API.readWithWarnings(json);
        assertThat(back.profile()).as("seed %d, document:%n%s", seed, json)
                .isEqualTo(Fixtures.apiView(resolved.profile()));
        assertThat(back.warnings()).as("seed %d", seed).isEmpty();
        for (Layer l : back.profile().layers()) {
            assertThat(l.pack().version().kind()).as("seed %d: %s", seed, l).isEqualTo(
                    io.profilekit.VersionSelector.Kind.EXACT);
        }
        assertThat(API.write(back.profile())).as("seed %d", seed).isEqualTo(json);
        String compact = OTHER_JSON.writeValueAsString(OTHER_JSON.readTree(json));
        assertThat(API.write(API.read(compact))).as("seed %d", seed).isEqualTo(json);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void apiJsonTakesExactVersionsOnlyAndKeepsWhatTheEntityCarries(long seed) {
        InfrastructureProfile p = new ProfileGenerator(seed).profile();
        List<String> notExact = new ArrayList<>();
        List<Layer> pinned = new ArrayList<>();
        for (int i = 0; i < p.layers().size(); i++) {
            Layer l = p.layers().get(i);
            VersionSelector v = l.pack().version();
            if (v.kind() == VersionSelector.Kind.EXACT || l.pack().type() == PackType.MANIFEST) {
                pinned.add(l);
            } else {
                notExact.add("layers[" + i + "] (");
                pinned.add(l.toBuilder().pack(l.pack().withVersion(VersionSelector.parse(Fixtures.versionFor(v)))).build());
            }
        }
        InfrastructureProfile exact = p.toBuilder().layers(pinned).buildLenient();

        if (notExact.isEmpty()) {
            assertThat(API.read(API.write(p))).as("seed %d", seed).isEqualTo(Fixtures.apiView(p));
        } else {
            assertThatThrownBy(() -> API.write(p)).as("seed %d", seed).isInstanceOfSatisfying(
                    IllegalArgumentException.class, e -> {
                        assertThat(e.getMessage()).as("seed %d", seed).contains(notExact).contains("ProfileResolver");
                        assertThat(e.getMessage().split("layers\\[").length - 1).as("seed %d", seed)
                                .isEqualTo(notExact.size());
                    });
        }
        assertThat(API.read(API.write(exact))).as("seed %d", seed).isEqualTo(Fixtures.apiView(exact));
        assertThat(p.layers()).extracting(Layer::type).containsExactly(LayerType.OS, LayerType.KUBERNETES,
                LayerType.NETWORK, LayerType.STORAGE);
    }
}
