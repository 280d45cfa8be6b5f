package io.profilekit.examples;

import io.profilekit.ClusterProfile;
import io.profilekit.CloudType;
import io.profilekit.InfrastructureProfile;
import io.profilekit.registry.PackRegistries;
import io.profilekit.registry.PackRegistry;
import io.profilekit.resolve.ProfileResolver;
import io.profilekit.resolve.ResolvedProfile;
import io.profilekit.rules.ValidationReport;
import io.profilekit.validation.ProfileValidator;
import io.profilekit.yaml.ProfileDocuments;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeps the README's builder example compiling and working: the block below must equal the README's. */
class ReadmeExampleTest {

    @Test
    void theReadmeExampleRunsAsDocumented() {
        String kubeValuesYaml = "pack:\n  podCIDR: \"192.168.0.0/16\"\n";
        // readme:start
        InfrastructureProfile profile = InfrastructureProfile.builder()
            .name("aws-prod-base")
            .version("1.2.0")                      // default 1.0.0
            .description("Production base for AWS")
            .cloud(CloudType.AWS)
            .tag("owner:platform").tag("env:prod")
            .os("ubuntu-aws", "22.04")
            .kubernetes("kubernetes", "1.33.x", k -> k.values(kubeValuesYaml))
            .network("cni-calico", "3.31.2")
            .storage("csi-aws-ebs", "1.46.0")
            .build();                              // structural checks only: a name and the four layers

        PackRegistry registry = PackRegistries.builtIn();   // the embedded sample catalog
        ValidationReport report = ProfileValidator.of(registry).validate(profile);
        report.violations();                                // [] — or every problem, with path, code and hint

        ResolvedProfile locked = ProfileResolver.of(registry).resolve(profile);  // "1.33.x" -> "1.33.6"
        String yaml = ProfileDocuments.yaml().write(profile);
        ClusterProfile back = ProfileDocuments.yaml().read(yaml);
        String apiJson = ProfileDocuments.paletteApiJson().write(locked);
        // readme:end

        assertThat(report.violations()).isEmpty();
        assertThat(locked.layers().get(1).version().orElseThrow()).hasToString("1.33.6");
        assertThat(back).isEqualTo(profile);
        assertThat(apiJson).contains("\"tag\" : \"1.33.6\"");
    }

    @Test
    void theReadmeShowsExactlyThisExample() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        String block = readme.substring(readme.indexOf("<!-- builder:start -->"), readme.indexOf("<!-- builder:end -->"));
        List<String> documented = block.lines().dropWhile(l -> !l.startsWith("```java")).skip(1)
                .takeWhile(l -> !l.startsWith("```")).map(String::strip).collect(Collectors.toList());
        String source = Files.readString(Path.of("src/test/java/io/profilekit/examples/ReadmeExampleTest.java"));
        List<String> tested = source.substring(source.indexOf("// readme:start") + "// readme:start".length(),
                        source.indexOf("// readme:end")).lines().map(String::strip).filter(l -> true)
                .collect(Collectors.toList());
        tested = tested.subList(1, tested.size() - 1);   // the marker lines' remainders
        assertThat(documented).as("README.md's builder block, line by line").isEqualTo(tested);
    }
}
