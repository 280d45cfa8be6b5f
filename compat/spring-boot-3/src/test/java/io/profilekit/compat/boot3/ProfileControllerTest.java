package io.profilekit.compat.boot3;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.profilekit.InfrastructureProfile;
import io.profilekit.registry.PackRegistries;
import io.profilekit.resolve.ProfileResolver;
import io.profilekit.validation.ProfileKitValidation;
import io.profilekit.yaml.ProfileDocuments;
import jakarta.validation.Validation;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The web application as a client sees it: a ProfileKit YAML document as text, Boot's validator
 * (Hibernate Validator 8 with Expression Language, Boot's message interpolation), and answers
 * written by Boot's Jackson 2 ObjectMapper.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProfileControllerTest {
    static final MediaType YAML = MediaType.parseMediaType(ProfileController.YAML);

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper mapper;

    @Test
    void theVersionsThatRanAreBootsOwn() {
        String jackson2 = com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString();
        String jackson3 = tools.jackson.databind.cfg.PackageVersion.VERSION.toString();
        String annotations = Profiles.versionOf(JsonProperty.class);
        String hibernateValidator = Profiles.versionOf(HibernateValidator.class);
        String validationApi = Profiles.versionOf(Validation.class);
        System.out.printf("Spring Boot %s: Jackson %s, jackson-annotations %s, ProfileKit's Jackson %s,"
                        + " Hibernate Validator %s, jakarta.validation-api %s%n", SpringBootVersion.getVersion(), jackson2,
                annotations, jackson3, hibernateValidator, validationApi);

        assertThat(SpringBootVersion.getVersion()).startsWith("3.5.");
        assertThat(jackson2).startsWith("2.19.");
        assertThat(annotations).startsWith("2.19.");
        assertThat(hibernateValidator).startsWith("8.0.");
        assertThat(validationApi).startsWith("3.0.");
    }

    @Test
    void aValidProfileIsResolvedAndAnswered() throws Exception {
        InfrastructureProfile profile = Profiles.design();

        MvcResult result = mvc.perform(post("/profiles/check").contentType(YAML)
                        .content(ProfileDocuments.yaml().write(profile)))
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

        MvcResult result = mvc.perform(post("/profiles/check").contentType(YAML)
                        .content(ProfileDocuments.yaml().write(broken)))
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

        MvcResult result = mvc.perform(post("/profiles/check").contentType(YAML)
                        .content(ProfileDocuments.yaml().write(unknownVersion)))
                .andExpect(status().is(422)).andReturn();

        assertThat(result.getResponse().getContentAsString()).contains("PACK_VERSION_NOT_FOUND", "1.40.x");
    }

    @Test
    void aMalformedDocumentIs400NamingLineAndColumn() throws Exception {
        MvcResult result = mvc.perform(post("/profiles/check").contentType(YAML).content("apiVersion: [\n"))
                .andExpect(status().isBadRequest()).andReturn();

        assertThat(mapper.readValue(result.getResponse().getContentAsString(), Map.class).get("error"))
                .asString().contains(":1:");
    }
}
