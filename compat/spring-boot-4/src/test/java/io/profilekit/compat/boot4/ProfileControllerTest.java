package io.profilekit.compat.boot4;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.profilekit.ClusterProfile;
import io.profilekit.InfrastructureProfile;
import io.profilekit.registry.PackRegistries;
import io.profilekit.resolve.ProfileResolver;
import io.profilekit.validation.ProfileKitValidation;
import io.profilekit.yaml.ProfileDocuments;
import io.profilekit.yaml.ProfileKitModule;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The web application as a client sees it: a profile in ProfileKit's document format as JSON,
 * through Boot's own JsonMapper (ProfileKitModule found by ServiceLoader) and Boot's validator
 * (Hibernate Validator with Expression Language, Boot's message interpolation).
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProfileControllerTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper mapper;

    @Test
    void theVersionsThatRanAreBootsOwn() {
        String jackson = tools.jackson.databind.cfg.PackageVersion.VERSION.toString();
        String annotations = Profiles.versionOf(JsonProperty.class);
        String hibernateValidator = Profiles.versionOf(HibernateValidator.class);
        System.out.printf("Spring Boot %s: Jackson %s (jackson-annotations %s), Hibernate Validator %s%n",
                SpringBootVersion.getVersion(), jackson, annotations, hibernateValidator);

        assertThat(SpringBootVersion.getVersion()).startsWith("4.0.");
        assertThat(jackson).startsWith("3.1.");
        assertThat(hibernateValidator).startsWith("9.0.");
    }

    @Test
    void bootsJsonMapperFoundProfileKitModule() {
        assertThat(mapper.registeredModules()).extracting(JacksonModule::getModuleName).contains(ProfileKitModule.NAME);
    }

    @Test
    void aValidProfileIsResolvedAndAnswered() throws Exception {
        InfrastructureProfile profile = Profiles.design();
        String body = mapper.writeValueAsString(profile);
        assertThat(mapper.readValue(body, ClusterProfile.class)).isEqualTo(profile);

        MvcResult result = mvc.perform(post("/profiles/check").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andReturn();

        Map<?, ?> answer = mapper.readValue(result.getResponse().getContentAsString(), Map.class);
        assertThat(answer.get("name")).isEqualTo("aws-prod-base");
        assertThat(answer.get("versions")).isEqualTo(Map.of(
                "ubuntu-aws", "22.04", "kubernetes", "1.33.6", "cni-calico", "3.31.2", "csi-aws-ebs", "1.46.0"));
        assertThat(answer.get("paletteApiJson"))
                .isEqualTo(ProfileDocuments.paletteApiJson().write(ProfileResolver.of(PackRegistries.builtIn()).resolve(profile)));
    }

    @Test
    void aProfileWithFieldProblemsIs400WithEveryMessageExactAndUserTextLiteral() throws Exception {
        InfrastructureProfile broken = Profiles.broken();

        MvcResult result = mvc.perform(post("/profiles/check").contentType(MediaType.APPLICATION_JSON)
                        .content(mapper.writeValueAsString(broken)))
                .andExpect(status().isBadRequest()).andReturn();

        List<?> violations = (List<?>) mapper.readValue(result.getResponse().getContentAsString(), Map.class)
                .get("violations");
        Map<String, String> messages = new TreeMap<>();
        Map<String, String> codes = new TreeMap<>();
        for (Object o : violations) {
            Map<?, ?> v = (Map<?, ?>) o;
            messages.put((String) v.get("path"), (String) v.get("message"));
            codes.put((String) v.get("path"), (String) v.get("code"));
        }
        assertThat(codes).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "name", "PROFILE_NAME_WHITESPACE", "tags[1]", "TAG_VALUE_INVALID", "tags[2]", "TAG_KEY_INVALID")));
        assertThat(messages.get("name")).contains("'" + Profiles.HOSTILE_NAME + "'")
                .doesNotContain(System.getProperty("java.version"));
        assertThat(messages.get("tags[1]")).contains("'" + Profiles.HOSTILE_TAG_VALUE + "'").doesNotContain("'2'");
        // Boot's validator (with Expression Language) says exactly what ProfileKit's own says.
        Map<String, String> expected = new TreeMap<>();
        ProfileKitValidation.validator().validate(broken)
                .forEach(v -> expected.put(v.getPropertyPath().toString(), v.getMessage()));
        assertThat(messages).isEqualTo(expected);
    }

    @Test
    void aProfileThatOnlyTheCatalogRefusesIs422() throws Exception {
        InfrastructureProfile unknownVersion = Profiles.design().toBuilder().kubernetes("kubernetes", "1.40.x").build();

        MvcResult result = mvc.perform(post("/profiles/check").contentType(MediaType.APPLICATION_JSON)
                        .content(mapper.writeValueAsString(unknownVersion)))
                .andExpect(status().is(422)).andReturn();

        assertThat(result.getResponse().getContentAsString()).contains("PACK_VERSION_NOT_FOUND", "1.40.x");
    }
}
