package io.profilekit.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs the common commands once on the example profiles, output discarded, so that a JVM started
 * with {@code -XX:DumpLoadedClassList} lists the classes they load. The build of
 * {@code profilekit-examples} runs it, then writes a static class-data sharing archive of the
 * listed classes ({@code -Xshare:dump}) to {@code target/profilekit.jsa}, which the
 * {@code profilekit} launcher uses when it is there and fits the JVM (a JVM loads archived classes
 * already parsed and verified, which shortens every start).
 *
 * <pre>
 * java -XX:DumpLoadedClassList=target/profilekit.classlist -cp target/profilekit.jar \
 *     io.profilekit.examples.cli.ArchiveTraining profiles
 * java -Xshare:dump -XX:SharedClassListFile=target/profilekit.classlist \
 *     -XX:SharedArchiveFile=target/profilekit.jsa -cp target/profilekit.jar
 * </pre>
 *
 * <p>Besides the example profiles and registry, it reads a pack folder it writes to a temporary
 * folder (and deletes): one pack with presets, value schemas and values long enough to be checked
 * beside the reading, as real pack folders have.
 */
public final class ArchiveTraining {
    private ArchiveTraining() {
    }

    /**
     * Runs the commands.
     *
     * @param args the folder of the example profiles ({@code examples/profiles})
     * @throws IOException if the temporary pack folder cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path profiles = Path.of(args.length > 0 ? args[0] : "profiles");
        String valid = profiles.resolve("aws-prod-base.yaml").toString();
        String broken = profiles.resolve("broken-aws.yaml").toString();
        String folder = profiles.resolveSibling("registries").resolve("calico-hold").toString();
        Path packs = Files.createTempDirectory("profilekit-training");
        try {
            writePackFolder(packs.resolve("training-pack-1.0.0"));
            List<List<String>> commands = List.of(
                    List.of("validate", valid),
                    List.of("validate", broken),
                    List.of("validate", "--output", "json", valid),
                    List.of("resolve", valid),
                    List.of("convert", valid, "--to", "palette-api"),
                    List.of("packs"),
                    List.of("packs", "--layer", "k8s", "--cloud", "aws"),
                    List.of("--registry", folder, "packs"),
                    List.of("--registry", packs.toString(), "packs"),
                    List.of("--help"));
            int ran = 0;
            for (List<String> command : commands) {
                if (command.size() > 1 && command.get(command.size() - 1).endsWith(".yaml")
                        && !Files.isRegularFile(Path.of(command.get(command.size() - 1)))
                        || command.contains(folder) && !Files.isDirectory(Path.of(folder))) {
                    continue;
                }
                PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
                // as main() runs a command: the registries named are read from the start
                String[] line = command.toArray(new String[0]);
                ProfileKitCli cli = new ProfileKitCli();
                cli.early = EarlyLoads.start(line);
                ProfileKitCli.run(cli, nowhere, nowhere, line);
                ran++;
            }
            System.out.println("profilekit: ran " + ran + " commands for the class-data archive");
        } finally {
            delete(packs);
        }
    }

    /** One pack folder with every kind of file a pack folder may hold. */
    private static void writePackFolder(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("pack.json"), """
                {
                  "name": "training-pack",
                  "displayName": "Training pack",
                  "version": "1.0.0",
                  "layer": "addon",
                  "cloudTypes": ["all"]
                }
                """);
        StringBuilder values = new StringBuilder("charts:\n  training-pack:\n");
        for (int i = 0; values.length() < 8_192; i++) {
            values.append("    section").append(i).append(": &s").append(i).append("\n")
                    .append("      # the settings of section ").append(i).append("\n")
                    .append("      replicaCount: ").append(i).append("\n")
                    .append("      image: {repository: \"registry.example.com/training\", tag: 'v1'}\n")
                    .append("      args: [--verbose, \"--level=").append(i).append("\"]\n")
                    .append("      copy: *s").append(i).append("\n");
        }
        Files.writeString(folder.resolve("values.yaml"), values);
        Files.writeString(folder.resolve("presets.yaml"), """
                presets:
                  - name: "replicas"
                    displayName: "More replicas"
                    group: "Scale"
                    remove: []
                    add: |
                      charts:
                        training-pack:
                          section0:
                            replicaCount: 3
                """);
        Files.writeString(folder.resolve("schema.yaml"), """
                charts.training-pack.section0.replicaCount:
                  schema: '{{ required | format "${number}" | hints "Enter the number of replicas."}}'
                charts.training-pack.section1.image.repository:
                  schema: '{{ format "${string}" | hints "Enter the image." }}'
                """);
    }

    private static void delete(Path root) {
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(paths::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path p : paths) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
