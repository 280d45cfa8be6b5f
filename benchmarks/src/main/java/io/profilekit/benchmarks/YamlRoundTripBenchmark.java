package io.profilekit.benchmarks;

import io.profilekit.yaml.ProfileDocuments;
import io.profilekit.yaml.ProfileFormat;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.util.concurrent.TimeUnit;

/**
 * Reading a four-layer profile from ProfileKit YAML and writing it back, against Jackson reading
 * the same text into a {@code JsonNode} tree and writing the tree as YAML.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class YamlRoundTripBenchmark {
    private String text;
    private ProfileFormat yaml;
    private YAMLMapper mapper;

    /** Writes the document once, and checks that ProfileKit's round trip gives it back unchanged. */
    @Setup
    public void setUp() {
        yaml = ProfileDocuments.yaml();
        text = Documents.designYaml();
        mapper = new YAMLMapper();
        if (!profileKit().equals(text)) {
            throw new IllegalStateException("the round trip should give the document back");
        }
    }

    /**
     * ProfileKit: read the profile, write it.
     *
     * @return the written text
     */
    @Benchmark
    public String profileKit() {
        return yaml.write(yaml.read(text));
    }

    /**
     * Baseline: Jackson reads a tree and writes it.
     *
     * @return the written text
     */
    @Benchmark
    public String jacksonTree() {
        JsonNode tree = mapper.readTree(text);
        return mapper.writeValueAsString(tree);
    }
}
