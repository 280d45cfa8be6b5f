package io.profilekit.compat.neighbour;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.profilekit.CloudType;
import io.profilekit.InfrastructureProfile;
import io.profilekit.registry.PackRegistries;
import io.profilekit.registry.PackRegistry;
import io.profilekit.resolve.ProfileResolver;
import io.profilekit.resolve.ResolvedProfile;
import io.profilekit.rules.ValidationReport;
import io.profilekit.validation.ProfileValidator;
import io.profilekit.yaml.ProfileDocuments;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An application's cluster inventory, kept in YAML and read with SnakeYAML, reported as JSON written
 * with Jackson 2: each cluster becomes a ProfileKit profile, validated against the built-in pack
 * catalog and, when valid, resolved and written as Palette API JSON.
 *
 * <pre>
 * clusters:
 *   - name: payments
 *     kubernetes: 1.33.x
 *     tags: [owner:payments, env:prod]
 * </pre>
 */
public final class InventoryReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private InventoryReport() {
    }

    /**
     * One cluster's entry in the report.
     *
     * @param name the cluster
     * @param valid whether its profile is valid against the catalog
     * @param problems each violation, as ProfileKit prints it
     * @param versions the exact pack versions it resolves to, by pack
     * @param paletteApiJson its Palette API JSON, when valid
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record ClusterReport(@JsonProperty("cluster") String name, boolean valid, List<String> problems,
                                Map<String, String> versions, String paletteApiJson) {
    }

    /**
     * The profiles of an inventory: Ubuntu on AWS with Calico and the EBS driver, Kubernetes and tags
     * as the inventory says.
     *
     * @param inventoryYaml the inventory
     * @return one profile per cluster
     */
    public static List<InfrastructureProfile> profiles(String inventoryYaml) {
        Map<String, Object> inventory = new Yaml(new SafeConstructor(new LoaderOptions())).load(inventoryYaml);
        List<InfrastructureProfile> profiles = new ArrayList<>();
        for (Object entry : (List<?>) inventory.get("clusters")) {
            Map<?, ?> cluster = (Map<?, ?>) entry;
            InfrastructureProfile.Builder b = InfrastructureProfile.builder()
                    .name(String.valueOf(cluster.get("name")))
                    .cloud(CloudType.AWS)
                    .os("ubuntu-aws", "22.04")
                    .kubernetes("kubernetes", String.valueOf(cluster.get("kubernetes")))
                    .network("cni-calico", "3.31.2")
                    .storage("csi-aws-ebs", "1.46.0");
            Object tags = cluster.get("tags");
            if (tags != null) {
                ((List<?>) tags).forEach(t -> b.tag(String.valueOf(t)));
            }
            profiles.add(b.build());
        }
        return profiles;
    }

    /**
     * The report of an inventory, as JSON.
     *
     * @param inventoryYaml the inventory
     * @return the report
     * @throws JsonProcessingException if Jackson cannot write it
     */
    public static String report(String inventoryYaml) throws JsonProcessingException {
        PackRegistry registry = PackRegistries.builtIn();
        ProfileValidator validator = ProfileValidator.of(registry);
        ProfileResolver resolver = ProfileResolver.of(registry);
        List<ClusterReport> entries = new ArrayList<>();
        for (InfrastructureProfile profile : profiles(inventoryYaml)) {
            ValidationReport report = validator.validate(profile);
            if (!report.isValid()) {
                List<String> problems = new ArrayList<>();
                report.violations().forEach(v -> problems.add(v.toString()));
                entries.add(new ClusterReport(profile.name(), false, problems, Map.of(), null));
                continue;
            }
            ResolvedProfile locked = resolver.resolve(profile);
            Map<String, String> versions = new LinkedHashMap<>();
            locked.layers().forEach(l -> versions.put(l.layer().pack().name(), l.version().orElseThrow().toString()));
            entries.add(new ClusterReport(profile.name(), true, List.of(), versions,
                    ProfileDocuments.paletteApiJson().write(locked)));
        }
        return JSON.writeValueAsString(Map.of("clusters", entries));
    }

    /**
     * Prints the report of an inventory file.
     *
     * @param args the inventory file
     * @throws IOException if it cannot be read
     */
    public static void main(String[] args) throws IOException {
        System.out.println(report(Files.readString(Path.of(args[0]))));
    }
}
