package io.profilekit.examples.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every {@code profilekit} line of the README's command-line section as the README writes it
 * (from the repository's root), so that no documented example is a usage error.
 */
class ReadmeCommandLineTest {
    private static List<String> readmeCommands() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        String section = readme.substring(readme.indexOf("## Command line"), readme.indexOf("## Examples"));
        List<String> commands = new ArrayList<>();
        boolean inBash = false;
        for (String line : section.split("\n")) {
            if (line.startsWith("```")) {
                inBash = line.equals("```bash");
                continue;
            }
            String command = line.replaceAll("\\s+#.*$", "").trim();
            if (inBash && (command.startsWith("profilekit ") || command.contains("| profilekit "))) {
                commands.add(command);
            }
        }
        return commands;
    }

    /** A README path is relative to the repository's root; the tests run in examples/. */
    private static String fromRoot(String arg) {
        return arg.contains("/") && Files.exists(Path.of("..", arg)) ? Path.of("..", arg).toString() : arg;
    }

    @Test
    void everyDocumentedCommandRunsWithoutAUsageError() throws Exception {
        List<String> commands = readmeCommands();
        assertThat(commands).hasSizeGreaterThanOrEqualTo(6);
        for (String command : commands) {
            ProfileKitCli cli = new ProfileKitCli();
            String invocation = command;
            if (command.startsWith("cat ")) {
                String file = command.substring(4, command.indexOf('|')).trim();
                cli.stdin = new ByteArrayInputStream(Files.readAllBytes(Path.of(fromRoot(file))));
                invocation = command.substring(command.indexOf("| ") + 2);
            }
            String[] args = Arrays.stream(invocation.substring("profilekit ".length()).split("\\s+"))
                    .map(ReadmeCommandLineTest::fromRoot).toArray(String[]::new);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = ProfileKitCli.run(cli, new PrintWriter(out), new PrintWriter(err), args);
            // Exit 2 is also an unreadable document (the samples hold one on purpose), never a usage error.
            assertThat(code).as("%s%n%s%s", command, out, err).isIn(0, 1, 2);
            assertThat(err.toString()).as(command).doesNotContain("see 'profilekit").doesNotContain("Unknown option");
            assertThat(out.toString()).as(command).isNotEmpty();
        }
    }
}
