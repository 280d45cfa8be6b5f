package io.profilekit.benchmarks;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.profilekit.registry.PackRegistries;
import io.profilekit.rules.ValidationReport;
import io.profilekit.validation.ProfileValidator;
import io.profilekit.yaml.ProfileDocuments;
import io.profilekit.yaml.ProfileFormat;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Reading and fully validating a ProfileKit YAML document (syntax, model, registry, tags, values),
 * against the baseline of syntax only: Jackson parsing the same text into a tree and the JSON
 * Schema shipped with ProfileKit validating it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReadValidateBenchmark {
    private String text;
    private String[] variants;
    private int next;
    private ProfileFormat yaml;
    private ProfileValidator validator;
    private YAMLMapper mapper;
    private Schema schema;

    /** Builds the reader, validator, mapper and schema once, and checks both sides accept the document. */
    @Setup
    public void setUp() {
        text = Documents.designYaml();
        variants = new String[Documents.VARIANTS];
        for (int i = 0; i < variants.length; i++) {
            variants[i] = ProfileDocuments.yaml().write(Documents.designProfile(i));
        }
        yaml = ProfileDocuments.yaml();
        validator = ProfileValidator.of(PackRegistries.builtIn());
        mapper = new YAMLMapper();
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(Documents.schemaText());
        ValidationReport report = profileKit();
        if (!report.violations().isEmpty()) {
            throw new IllegalStateException("the benchmark document should be valid: " + report);
        }
        List<Error> errors = jacksonSchema();
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the benchmark document should match the schema: " + errors);
        }
    }

    /**
     * ProfileKit: read the document and validate the profile against the built-in catalog.
     *
     * @return the report
     */
    @Benchmark
    public ValidationReport profileKit() {
        return validator.validate(yaml.read(text));
    }

    /**
     * ProfileKit on documents whose values it has not seen before (a different comment starts the
     * values each time), so the values YAML is parsed on every call.
     *
     * @return the report
     */
    @Benchmark
    public ValidationReport profileKitNewValues() {
        String doc = variants[next];
        next = (next + 1) % variants.length;
        return validator.validate(yaml.read(doc));
    }

    /**
     * Baseline: Jackson reads the text as a tree, networknt validates it against the schema.
     *
     * @return the schema errors
     */
    @Benchmark
    public List<Error> jacksonSchema() {
        return schema.validate(mapper.readTree(text));
    }
}
