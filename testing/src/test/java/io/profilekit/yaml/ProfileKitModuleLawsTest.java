package io.profilekit.yaml;
import io.profilekit.CloudType;
import io.profilekit.ClusterProfile;
import io.profilekit.InfrastructureProfile;
import io.profilekit.LayerType;
import io.profilekit.testing.ProfileGenerator;
import io.profilekit.yaml.ProfileDocuments;
import io.profilekit.yaml.ProfileKitModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Users' own Jackson mappers read and write generated profiles of every kind through
 * {@link ProfileKitModule} (the module's other claims are tested in profilekit-yaml).
 */
class ProfileKitModuleLawsTest {
    private static final JsonMapper JSON = JsonMapper.builder().addModule(new ProfileKitModule()).build();
    private static final YAMLMapper YAML = YAMLMapper.builder().findAndAddModules().build();

    public record Inventory(String team, ClusterProfile profile, List<LayerType> layers, CloudType cloud) {
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("io.profilekit.yaml.Fixtures#seeds")
    void profilesRoundTripThroughUsersMappers(long seed) {
        InfrastructureProfile p = new ProfileGenerator(seed).profile();

        String json = JSON.writeValueAsString(p);
        String yaml = YAML.writeValueAsString(p);

        assertThat(JSON.readValue(json, ClusterProfile.class)).as("seed %d: %s", seed, json).isEqualTo(p);
        assertThat(JSON.readValue(json, InfrastructureProfile.class)).as("seed %d", seed).isEqualTo(p);
        assertThat(YAML.readValue(yaml, ClusterProfile.class)).as("seed %d: %s", seed, yaml).isEqualTo(p);
        // The module writes the ProfileKit format: ProfileDocuments reads what a user's mapper wrote.
        assertThat(ProfileDocuments.yaml().read(yaml)).as("seed %d", seed).isEqualTo(p);
    }

    @Test
    void modelValuesInsideUsersOwnTypes() {
        ClusterProfile p = new ProfileGenerator(7).profile();
        Inventory inventory = new Inventory("platform", p, List.of(LayerType.OS, LayerType.STORAGE), CloudType.AWS);

        String json = JSON.writeValueAsString(inventory);

        assertThat(json).contains("\"layers\":[\"os\",\"csi\"]", "\"cloud\":\"aws\"", "\"apiVersion\":\"profilekit.io/v1\"");
        assertThat(JSON.readValue(json, Inventory.class)).isEqualTo(inventory);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("io.profilekit.yaml.Fixtures#seeds")
    void everyKindWritesAsTheDocumentFormatAndReadsBackAsItsOwnType(long seed) throws Exception {
        ClusterProfile p = EveryKind.profile(seed);

        String json = JSON.writeValueAsString(p);
        String yaml = YAML.writeValueAsString(p);

        assertThat(JSON.readValue(json, ClusterProfile.class)).as("seed %d: %s", seed, json).isEqualTo(p);
        assertThat(YAML.readValue(yaml, ClusterProfile.class)).as("seed %d: %s", seed, yaml).isEqualTo(p);
        assertThat(JSON.readValue(json, p.getClass())).as("seed %d", seed).isEqualTo(p);
        assertThat(ProfileDocuments.yaml().read(yaml)).as("seed %d", seed).isEqualTo(p);
        for (io.profilekit.ProfileVariable v : p.variables()) {
            assertThat(JSON.readValue(JSON.writeValueAsString(v), io.profilekit.ProfileVariable.class)).isEqualTo(v);
        }
    }
}
