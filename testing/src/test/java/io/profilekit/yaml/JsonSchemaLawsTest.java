package io.profilekit.yaml;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.profilekit.testing.ProfileGenerator;
import io.profilekit.yaml.ProfileDocuments;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON Schema shipped for editors accepts whatever the writer produces, for generated profiles
 * of every kind (the schema's other claims are tested in profilekit-yaml).
 */
class JsonSchemaLawsTest {
    private static final Schema SCHEMA = load();

    /** YAML 1.2 core schema, as editors read it: null, ~ and an empty value are all null. */
    private static final YAMLMapper CORE_YAML = YAMLMapper.builder(YAMLFactory.builder()
            .loadSettings(LoadSettings.builder().setSchema(new CoreSchema()).build()).build()).build();

    private static Schema load() {
        try (InputStream in = ProfileDocuments.class.getResourceAsStream(ProfileDocuments.yamlSchemaResource())) {
            assertThat(in).as("schema resource").isNotNull();
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> errors(String yaml) {
        String json = CORE_YAML.readTree(yaml).toString();
        return SCHEMA.validate(json, InputFormat.JSON).stream().map(Error::toString).collect(Collectors.toList());
    }

    @Test
    void whatTheWriterProducesValidates() {
        LongStream.range(0, 200).forEach(seed -> {
            String text = ProfileDocuments.yaml().write(new ProfileGenerator(seed).profile());
            assertThat(errors(text)).as("seed %d:%n%s", seed, text).isEmpty();
        });
    }

    @Test
    void whatTheWriterProducesOfEveryKindValidates() {
        java.util.Set<io.profilekit.ProfileKind> kinds = java.util.EnumSet.noneOf(io.profilekit.ProfileKind.class);
        Fixtures.seeds().limit(300).forEach(seed -> {
            io.profilekit.ClusterProfile p = EveryKind.profile(seed);
            kinds.add(p.kind());
            String text = ProfileDocuments.yaml().write(p);
            assertThat(errors(text)).as("seed %d:%n%s", seed, text).isEmpty();
        });
        assertThat(kinds).containsExactlyInAnyOrder(io.profilekit.ProfileKind.values());
    }
}
