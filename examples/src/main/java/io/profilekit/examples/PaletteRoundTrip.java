package io.profilekit.examples;

import io.profilekit.ClusterProfile;
import io.profilekit.Layer;
import io.profilekit.LayerType;
import io.profilekit.PackVersion;
import io.profilekit.VersionSelector;
import io.profilekit.registry.PackRegistries;
import io.profilekit.registry.PackRegistry;
import io.profilekit.rules.ValidationReport;
import io.profilekit.validation.ProfileValidator;
import io.profilekit.yaml.ProfileDocuments;
import io.profilekit.yaml.ReadException;
import io.profilekit.yaml.ReadResult;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Palette round trip: read a profile exported from Palette, move Kubernetes to the newest patch of
 * its minor, validate it, and write it back in Palette's export format.
 *
 * <pre>
 * java -cp examples/target/profilekit.jar io.profilekit.examples.PaletteRoundTrip examples/profiles/palette-export.json
 * </pre>
 */
public final class PaletteRoundTrip {
    private PaletteRoundTrip() {
    }

    /**
     * The profile with its Kubernetes layer moved to the newest patch of the same minor.
     *
     * @param profile the profile as exported
     * @param registry where to look for patches
     * @return the upgraded profile
     */
    public static ClusterProfile upgradeKubernetesPatch(ClusterProfile profile, PackRegistry registry) {
        List<Layer> layers = new ArrayList<>();
        for (Layer layer : profile.layers()) {
            if (layer.type() == LayerType.KUBERNETES && layer.pack().version().exactVersion().isPresent()) {
                PackVersion current = layer.pack().version().exactVersion().get();
                List<String> release = current.releaseNumbers();
                String minor = release.get(0) + "." + (release.size() > 1 ? release.get(1) : "0");
                PackVersion newest = registry.newest(layer.pack().name(), VersionSelector.parse(minor + ".x"))
                        .map(p -> p.version()).orElse(current);
                // The export records the version a tag was resolved to: the new exact version.
                layer = layer.toBuilder().pack(layer.pack().withVersion(VersionSelector.exact(newest))
                        .withResolvedVersion(newest.toString())).build();
            }
            layers.add(layer);
        }
        return profile.toBuilder().layers(layers).buildLenient();
    }

    /**
     * The profile with every pack looked up in the registries in use, as Palette's import lets you
     * map each pack to a registry.
     *
     * @param profile the profile
     * @return the profile with no registry named
     */
    public static ClusterProfile mapToRegistriesInUse(ClusterProfile profile) {
        List<Layer> layers = new ArrayList<>();
        for (Layer layer : profile.layers()) {
            layers.add(layer.toBuilder().pack(layer.pack().withoutRegistry()).build());
        }
        return profile.toBuilder().layers(layers).buildLenient();
    }

    /**
     * Reads, upgrades, validates and writes back an export.
     *
     * @param export the exported JSON file
     * @param out where to print
     * @return the JSON written
     */
    public static String run(Path export, PrintStream out) {
        if (!Files.isRegularFile(export)) {
            throw new IllegalArgumentException(export + ": " + (Files.isDirectory(export) ? "a folder; give the"
                    + " exported JSON file" : "no such file") + ", e.g. examples/profiles/palette-export.json");
        }
        PackRegistry registry = PackRegistries.builtIn();
        ReadResult read = ProfileDocuments.paletteExportJson().readWithWarnings(export);
        read.warnings().forEach(w -> out.println("note: " + w));
        ClusterProfile exported = read.profile();
        ClusterProfile upgraded = upgradeKubernetesPatch(exported, registry);
        out.println("kubernetes: " + exported.layer(LayerType.KUBERNETES).map(l -> l.pack().version().toString())
                .orElse("-") + " -> " + upgraded.layer(LayerType.KUBERNETES)
                .map(l -> l.pack().version().toString()).orElse("-"));
        // The sample catalog stands in for the export's registries while checking.
        ValidationReport report = ProfileValidator.of(registry).validate(mapToRegistriesInUse(upgraded));
        out.println(report);
        report.throwIfInvalid();
        // Written back with the export's own registry references; only the Kubernetes version changed.
        String json = ProfileDocuments.paletteExportJson().write(upgraded);
        out.println(json);
        return json;
    }

    /**
     * Runs the round trip.
     *
     * @param args the exported JSON file (default {@code examples/profiles/palette-export.json})
     */
    public static void main(String[] args) {
        try {
            run(Path.of(args.length > 0 ? args[0] : "examples/profiles/palette-export.json"), System.out);
        } catch (ReadException | io.profilekit.rules.ProfileValidationException | IllegalArgumentException
                 | java.io.UncheckedIOException e) {
            System.err.println("PaletteRoundTrip: " + io.profilekit.rules.SafeText.escape(String.valueOf(e.getMessage())));
            System.exit(2);
        }
    }
}
