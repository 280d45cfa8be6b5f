package io.profilekit.benchmarks;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The cold-start baseline: a JVM that only parses one YAML file with Jackson (a {@code YAMLMapper}
 * reading a tree) and prints how many top-level fields it has. {@code benchmarks/run} times it
 * beside {@code profilekit validate} of the same file.
 */
public final class JacksonParseMain {
    private JacksonParseMain() {
    }

    /**
     * Parses the file.
     *
     * @param args the file
     * @throws Exception if it cannot be read or parsed
     */
    public static void main(String[] args) throws Exception {
        JsonNode tree = new YAMLMapper().readTree(Files.readString(Path.of(args[0])));
        System.out.println(args[0] + ": " + tree.size() + " fields");
    }
}
