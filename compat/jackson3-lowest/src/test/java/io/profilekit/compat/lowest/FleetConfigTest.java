package io.profilekit.compat.lowest;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.profilekit.ClusterProfile;
import io.profilekit.InfrastructureProfile;
import io.profilekit.yaml.ProfileDocuments;
import io.profilekit.yaml.ProfileKitModule;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import tools.jackson.databind.JacksonModule;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The application's own Jackson 3.0 YAMLMapper reads and writes ProfileKit's model. */
class FleetConfigTest {
    @Test
    void theVersionsThatRanAreTheLowestClaimed() {
        String databind = tools.jackson.databind.cfg.PackageVersion.VERSION.toString();
        String core = tools.jackson.core.json.PackageVersion.VERSION.toString();
        String yaml = tools.jackson.dataformat.yaml.PackageVersion.VERSION.toString();
        String annotations = Profiles.versionOf(JsonProperty.class);
        String engine = Profiles.versionOf(Load.class);
        System.out.printf("Jackson databind %s, core %s, dataformat-yaml %s, jackson-annotations %s,"
                + " snakeyaml-engine %s%n", databind, core, yaml, annotations, engine);

        assertThat(databind).isEqualTo("3.0.0");
        assertThat(core).isEqualTo("3.0.0");
        assertThat(yaml).isEqualTo("3.0.0");
        assertThat(annotations).isEqualTo("2.20");
        assertThat(engine).isEqualTo("2.10");
    }

    @Test
    void theApplicationsMapperFoundProfileKitModule() {
        assertThat(FleetConfig.MAPPER.registeredModules()).extracting(JacksonModule::getModuleName)
                .contains(ProfileKitModule.NAME);
    }

    @Test
    void aFleetConfigurationWithProfilesReadsWritesAndChecks() {
        InfrastructureProfile design = Profiles.design();
        InfrastructureProfile broken = Profiles.broken();
        String yaml = FleetConfig.MAPPER.writeValueAsString(new FleetConfig("platform", List.of(design, broken)));

        FleetConfig fleet = FleetConfig.read(yaml);

        assertThat(fleet.owner()).isEqualTo("platform");
        assertThat(fleet.profiles()).containsExactly(design, broken);
        Map<String, String> results = fleet.check();
        ClusterProfile fromApi = ProfileDocuments.paletteApiJson().read(results.get("aws-prod-base"));
        assertThat(fromApi.layers()).extracting(l -> l.pack().version().toString()).contains("1.33.6");
        assertThat(results.get(Profiles.HOSTILE_NAME)).contains("PACK_VERSION_NOT_FOUND", "TAG_VALUE_INVALID",
                "'" + Profiles.HOSTILE_TAG_VALUE + "'");
    }
}
