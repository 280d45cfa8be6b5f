package io.profilekit.compat.neighbour;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.profilekit.ClusterProfile;
import io.profilekit.yaml.ProfileDocuments;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/** The application's own work, with Jackson 2.17 and SnakeYAML 2 on the class path beside ProfileKit. */
class InventoryReportTest {
    static final String INVENTORY = """
            clusters:
              - name: payments
                kubernetes: 1.33.x
                tags: [owner:payments, env:prod]
              - name: " {java.version} "
                kubernetes: 1.40.x
                tags: ["team:${1+1}"]
            """;

    @Test
    void theVersionsThatRanAreTheApplicationsOwn() {
        String jackson2 = com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString();
        String annotations = Profiles.versionOf(JsonProperty.class);
        String snakeYaml = Profiles.versionOf(Yaml.class);
        String jackson3 = tools.jackson.core.json.PackageVersion.VERSION.toString();
        String hibernateValidator = Profiles.versionOf(HibernateValidator.class);
        System.out.printf("Jackson %s, jackson-annotations %s, SnakeYAML %s; ProfileKit's Jackson %s,"
                + " Hibernate Validator %s%n", jackson2, annotations, snakeYaml, jackson3, hibernateValidator);

        assertThat(jackson2).isEqualTo("2.17.2");
        assertThat(annotations).isEqualTo("2.17.2");
        assertThat(snakeYaml).startsWith("2.");
        assertThat(jackson3).startsWith("3.");
    }

    @Test
    void theInventoryIsReadWithSnakeYamlAndReportedWithJackson2() throws Exception {
        JsonNode report = new ObjectMapper().readTree(InventoryReport.report(INVENTORY));

        JsonNode payments = report.get("clusters").get(0);
        assertThat(payments.get("cluster").asText()).isEqualTo("payments");
        assertThat(payments.get("valid").asBoolean()).isTrue();
        assertThat(payments.get("versions").get("kubernetes").asText()).isEqualTo("1.33.6");
        assertThat(payments.has("problems")).isFalse();
        ClusterProfile fromApi = ProfileDocuments.paletteApiJson().read(payments.get("paletteApiJson").asText());
        assertThat(fromApi.name()).isEqualTo("payments");
        assertThat(fromApi.tags().asList()).hasSize(2);

        JsonNode hostile = report.get("clusters").get(1);
        assertThat(hostile.get("cluster").asText()).isEqualTo(" {java.version} ");
        assertThat(hostile.get("valid").asBoolean()).isFalse();
        assertThat(hostile.get("problems").toString()).contains("PROFILE_NAME_WHITESPACE", "TAG_VALUE_INVALID",
                "PACK_VERSION_NOT_FOUND", "'${1+1}'", "' {java.version} '");
    }
}
