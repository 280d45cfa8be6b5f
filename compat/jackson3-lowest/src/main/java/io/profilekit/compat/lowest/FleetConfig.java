package io.profilekit.compat.lowest;

import io.profilekit.ClusterProfile;
import io.profilekit.registry.PackRegistries;
import io.profilekit.registry.PackRegistry;
import io.profilekit.resolve.ProfileResolver;
import io.profilekit.rules.ValidationReport;
import io.profilekit.validation.ProfileValidator;
import io.profilekit.yaml.ProfileDocuments;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An application's fleet configuration, read with its own Jackson 3 YAMLMapper: who owns the fleet
 * and the cluster profiles it runs, each in ProfileKit's document format (ProfileKitModule, found
 * by {@code findAndAddModules()}, reads them).
 *
 * @param owner the team that owns the fleet
 * @param profiles the fleet's cluster profiles
 */
public record FleetConfig(String owner, List<ClusterProfile> profiles) {
    /** The application's mapper, with every module on the class path. */
    public static final YAMLMapper MAPPER = YAMLMapper.builder().findAndAddModules().build();

    /**
     * Reads a fleet configuration.
     *
     * @param yaml the configuration
     * @return the fleet
     */
    public static FleetConfig read(String yaml) {
        return MAPPER.readValue(yaml, FleetConfig.class);
    }

    /**
     * Checks every profile against the built-in catalog: the Palette API JSON of each valid one
     * (resolved), the report of each invalid one.
     *
     * @return by profile name, its Palette API JSON or its report
     */
    public Map<String, String> check() {
        PackRegistry registry = PackRegistries.builtIn();
        Map<String, String> results = new LinkedHashMap<>();
        for (ClusterProfile profile : profiles) {
            ValidationReport report = ProfileValidator.of(registry).validate(profile);
            results.put(profile.name(), report.isValid()
                    ? ProfileDocuments.paletteApiJson().write(ProfileResolver.of(registry).resolve(profile))
                    : report.toString());
        }
        return results;
    }
}
