package io.profilekit.yaml;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.profilekit.testing.ProfileGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON Schema shipped for editors accepts every ProfileKit document in the project (golden
 * files, examples, and what the writer produces) and rejects what the strict reader rejects.
 */
class JsonSchemaTest {
    private static final Schema SCHEMA = load();

    private static Schema load() {
        try (InputStream in = ProfileDocuments.class.getResourceAsStream(ProfileDocuments.yamlSchemaResource())) {
            assertThat(in).as("schema resource").isNotNull();
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> errors(String yaml) {
        return SCHEMA.validate(yaml, InputFormat.YAML).stream().map(Error::toString).collect(Collectors.toList());
    }

    /** Every ProfileKit YAML document among the test resources. */
    static Stream<Path> projectDocuments() throws IOException, URISyntaxException {
        Path root = Path.of(JsonSchemaTest.class.getResource("golden").toURI()).getParent();
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> docs = files.filter(f -> f.toString().endsWith(".yaml"))
                    .filter(f -> readString(f).contains("apiVersion: profilekit.io/v1")).collect(Collectors.toList());
            assertThat(docs).isNotEmpty();
            return docs.stream();
        }
    }

    private static String readString(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("projectDocuments")
    void everyProjectDocumentValidates(Path file) {
        String text = readString(file);

        assertThat(errors(text)).as(file.toString()).isEmpty();
        ProfileDocuments.yaml().readAll(text);
    }

    @Test
    void whatTheWriterProducesValidates() {
        LongStream.range(0, 200).forEach(seed -> {
            String text = ProfileDocuments.yaml().write(new ProfileGenerator(seed).profile());
            assertThat(errors(text)).as("seed %d:%n%s", seed, text).isEmpty();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "apiVersion: profilekit.io/v1\nkind: InfrastructureProfile\nmetadata: {name: p, verison: 1.0.0}\nspec: {layers: []}\n",
        "apiVersion: profilekit.io/v1\nmetadata: {name: p}\nspec: {layers: []}\n",
        "apiVersion: profilekit.io/v1\nkind: InfrastructureProfile\nmetadata: {name: p}\nspec: {layers: [{layer: kernel, pack: {name: x}}]}\n",
        "apiVersion: profilekit.io/v1\nkind: InfrastructureProfile\nmetadata: {name: p}\nspec: {layers: [{layer: os, pack: {name: x}, values: {a: 1}}]}\n",
        "apiVersion: profilekit.io/v1\nkind: InfrastructureProfile\nmetadata: {name: p}\nspec: {layers: [{layer: os, pack: {name: x, registry: {}}}]}\n",
    })
    void documentsTheReaderRejectsDoNotValidate(String yaml) {
        assertThat(errors(yaml)).isNotEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProfileDocuments.yaml().read(yaml))
                .isInstanceOf(ProfileParseException.class);
    }
}
