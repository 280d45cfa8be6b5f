package io.profilekit.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs the common commands once on the example profiles, output discarded, so that a JVM started
 * with {@code -XX:DumpLoadedClassList} lists the classes they load. The build of
 * {@code profilekit-examples} runs it, then writes a static class-data sharing archive of the
 * listed classes ({@code -Xshare:dump}) to {@code target/profilekit.jsa}, which the
 * {@code profilekit} launcher uses when it is there and was made for the jar beside it and the JVM
 * that runs it. The build's {@code launchers} step in {@code examples/pom.xml} makes the archive:
 * this class lists the classes, the JDK's own list ({@code lib/classlist}) is added to that list,
 * a JVM writes the archive, another checks that it maps, and {@code profilekit.jsa.size} records
 * what the launcher compares. The first step by hand, from {@code examples/}:
 *
 * <pre>
 * java -XX:DumpLoadedClassList=target/profilekit.classlist -cp "$PWD/target/profilekit.jar" \
 *     io.profilekit.examples.cli.ArchiveTraining profiles target/archive-training
 * </pre>
 *
 * <p>Besides the example profiles and registry, it reads a pack folder it writes into a new folder
 * inside the second argument's folder (and deletes after): one pack with presets, value schemas and
 * values long enough to be checked beside the reading, as real pack folders have. Each command's exit code is
 * compared with the one expected; a difference is printed (the build keeps the output in
 * {@code target/profilekit.jsa.log}) and the training goes on.
 */
public final class ArchiveTraining {
    private ArchiveTraining() {
    }

    /**
     * Runs the commands.
     *
     * @param args the folder of the example profiles ({@code examples/profiles}), then a folder to
     *     write the training pack folder in (in a new folder inside it; the system's temporary
     *     folder if not given)
     */
    public static void main(String[] args) {
        Path profiles = Path.of(args.length > 0 ? args[0] : "profiles");
        String valid = profiles.resolve("aws-prod-base.yaml").toString();
        String broken = profiles.resolve("broken-aws.yaml").toString();
        String folder = profiles.resolveSibling("registries").resolve("calico-hold").toString();
        Optional<Path> training = trainingFolder(args.length > 1 ? Optional.of(Path.of(args[1])) : Optional.empty());
        Optional<Path> packs = training.map(t -> t.resolve("packs"));
        // each command with the exit code it ends with on these inputs
        Map<List<String>, Integer> commands = new LinkedHashMap<>();
        commands.put(List.of("validate", valid), 0);
        commands.put(List.of("validate", broken), 1);
        commands.put(List.of("validate", "--output", "json", valid), 0);
        commands.put(List.of("resolve", valid), 0);
        commands.put(List.of("convert", valid, "--to", "palette-api"), 0);
        commands.put(List.of("packs"), 0);
        commands.put(List.of("packs", "--layer", "k8s", "--cloud", "aws"), 0);
        commands.put(List.of("--registry", folder, "packs"), 0);
        packs.ifPresent(p -> commands.put(List.of("--registry", p.toString(), "packs"), 0));
        // again: what the first run kept in the pack-file cache is read back
        packs.ifPresent(p -> commands.put(List.of("--registry", p.toString(), "packs", "--cloud", "aws"), 0));
        commands.put(List.of("--help"), 0);
        // the pack-file cache in the training folder (deleted with it), else none
        Map<String, String> environment = new java.util.HashMap<>(System.getenv());
        environment.put(ProfileKitCli.PACK_CACHE, training.map(t -> t.resolve("pack-cache").toString()).orElse("off"));
        int ran = 0;
        int unexpected = 0;
        try {
            for (Map.Entry<List<String>, Integer> c : commands.entrySet()) {
                List<String> command = c.getKey();
                if (command.size() > 1 && command.get(command.size() - 1).endsWith(".yaml")
                        && !Files.isRegularFile(Path.of(command.get(command.size() - 1)))
                        || command.contains(folder) && !Files.isDirectory(Path.of(folder))) {
                    continue;
                }
                PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
                // as main() runs a command: the registries named are read from the start
                String[] line = command.toArray(new String[0]);
                ProfileKitCli cli = new ProfileKitCli();
                cli.environment = environment;
                cli.early = EarlyLoads.start(environment, line);
                int exit = ProfileKitCli.run(cli, nowhere, nowhere, line);
                ran++;
                if (exit != c.getValue()) {
                    unexpected++;
                    System.out.println("profilekit: training command " + String.join(" ", command) + " exited "
                            + exit + ", expected " + c.getValue());
                }
            }
        } finally {
            training.ifPresent(ArchiveTraining::deleteQuietly);
        }
        System.out.println("profilekit: ran " + ran + " commands for the class-data archive"
                + (unexpected == 0 ? "" : ", " + unexpected + " with an unexpected exit code"));
    }

    /**
     * A new folder (inside the folder given, or the system's temporary folder), holding the training
     * registry in {@code packs/}; empty if it cannot be written. Only this new folder is deleted after.
     */
    private static Optional<Path> trainingFolder(Optional<Path> given) {
        Path root = null;
        try {
            root = given.isPresent()
                    ? Files.createTempDirectory(Files.createDirectories(given.get()), "training")
                    : Files.createTempDirectory("profilekit-training");
            writePackFolder(root.resolve("packs").resolve("training-pack-1.0.0"));
            return Optional.of(root);
        } catch (IOException | RuntimeException e) {
            System.out.println("profilekit: no training pack folder (" + e + "); its command is left out");
            if (root != null) {
                deleteQuietly(root);
            }
            return Optional.empty();
        }
    }

    /**
     * Writes one pack folder with every kind of file a pack folder may hold: {@code pack.json}, a
     * {@code values.yaml} of more than 8 KB with anchors and aliases, {@code presets.yaml} and
     * {@code schema.yaml}.
     *
     * @param folder the pack folder to write (created)
     * @throws IOException if it cannot be written
     */
    static void writePackFolder(Path folder) throws IOException {
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
                    .append("      args: [--verbose, \"--level=").append(i).append("\"]\n");
            if (i > 0) {
                // an alias to the section before, complete by now
                values.append("      previous: *s").append(i - 1).append("\n");
            }
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

    /** Deletes a folder and what it holds, as far as it can: what is left is reported, never thrown. */
    private static void deleteQuietly(Path root) {
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(paths::add);
        } catch (IOException | UncheckedIOException e) {
            System.out.println("profilekit: could not list " + root + " to delete it: " + e);
            return;
        }
        for (Path p : paths) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                System.out.println("profilekit: could not delete " + p + ": " + e);
            }
        }
    }
}
