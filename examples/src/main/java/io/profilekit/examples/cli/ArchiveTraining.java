package io.profilekit.examples.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs the common commands once on the example profiles, output discarded, so that a JVM started
 * with {@code -XX:ArchiveClassesAtExit} writes a class-data sharing archive holding the classes
 * they load. The build of {@code profilekit-examples} runs it to make {@code target/profilekit.jsa},
 * which the {@code profilekit} launcher uses when it is there and fits the JVM (a JVM loads
 * archived classes already parsed and verified, which shortens every start).
 *
 * <pre>
 * java -XX:ArchiveClassesAtExit=target/profilekit.jsa -cp target/profilekit.jar \
 *     io.profilekit.examples.cli.ArchiveTraining profiles
 * </pre>
 */
public final class ArchiveTraining {
    private ArchiveTraining() {
    }

    /**
     * Runs the commands.
     *
     * @param args the folder of the example profiles ({@code examples/profiles})
     */
    public static void main(String[] args) {
        Path profiles = Path.of(args.length > 0 ? args[0] : "profiles");
        String valid = profiles.resolve("aws-prod-base.yaml").toString();
        String broken = profiles.resolve("broken-aws.yaml").toString();
        String folder = profiles.resolveSibling("registries").resolve("calico-hold").toString();
        List<List<String>> commands = List.of(
                List.of("validate", valid),
                List.of("validate", broken),
                List.of("validate", "--output", "json", valid),
                List.of("resolve", valid),
                List.of("convert", valid, "--to", "palette-api"),
                List.of("packs"),
                List.of("packs", "--layer", "k8s", "--cloud", "aws"),
                List.of("--registry", folder, "packs"),
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
    }
}
