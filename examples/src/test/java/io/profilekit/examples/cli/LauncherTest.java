package io.profilekit.examples.cli;

import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JVM options the {@code profilekit} launcher ({@code src/launcher/profilekit}) adds: the serial
 * collector and a 32 MB first heap, each left out where the options the JVM reads already choose a
 * collector or size the heap (the JVM refuses two collectors, or a first heap above the largest).
 * The launcher runs with a stand-in {@code java} that prints the arguments it was given.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherTest {
    @TempDir
    static Path dir;

    @ParameterizedTest(name = "[{0}] [{1}] [{2}] -> collector {3}, heap {4}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "-                      | -                   | -                      | true  | true",
        "-Xmx512m               | -                   | -                      | true  | false",
        "-XX:+UseG1GC           | -                   | -                      | false | true",
        "-XX:+UseZGC -Xms1g     | -                   | -                      | false | false",
        "-XX:-UseSerialGC       | -                   | -                      | false | true",
        "-                      | -XX:+UseParallelGC  | -                      | false | true",
        "-                      | -                   | -XX:MaxRAMPercentage=5 | true  | false",
        "-                      | -                   | -XX:MaxHeapSize=20m    | true  | false",
        "-Dprofilekit.x=1       | -Dother=2           | -                      | true  | true",
    })
    void addsTheCollectorAndFirstHeapUnlessTheOptionsChooseThem(String javaOpts, String toolOptions,
                                                                String jdkOptions, boolean collector, boolean heap)
            throws IOException, InterruptedException {
        List<String> args = launch(javaOpts, toolOptions, jdkOptions);

        assertThat(args.contains("-XX:+UseSerialGC")).isEqualTo(collector);
        assertThat(args.contains("-Xms32m")).isEqualTo(heap);
        assertThat(args).contains("-XX:TieredStopAtLevel=1");
        // the user's options come after the launcher's, and the command's arguments last
        int jar = args.indexOf("-jar");
        assertThat(args.subList(jar + 2, args.size())).containsExactly("--version");
        if (javaOpts != null) {
            int own = Math.max(args.indexOf("-XX:+UseSerialGC"), args.indexOf("-Xms32m"));
            assertThat(args.indexOf(javaOpts.split(" ")[0])).isGreaterThan(own).isLessThan(jar);
        }
    }

    private static List<String> launch(String javaOpts, String toolOptions, String jdkOptions)
            throws IOException, InterruptedException {
        Path javaHome = dir.resolve("jdk");
        Path java = javaHome.resolve("bin/java");
        if (!Files.exists(java)) {
            Files.createDirectories(java.getParent());
            Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
            Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        ProcessBuilder pb = new ProcessBuilder("sh", Path.of("src/launcher/profilekit").toString(), "--version");
        Map<String, String> env = pb.environment();
        env.put("JAVA_HOME", javaHome.toString());
        env.remove("JAVA_OPTS");
        env.remove("JAVA_TOOL_OPTIONS");
        env.remove("JDK_JAVA_OPTIONS");
        if (javaOpts != null) {
            env.put("JAVA_OPTS", javaOpts);
        }
        if (toolOptions != null) {
            env.put("JAVA_TOOL_OPTIONS", toolOptions);
        }
        if (jdkOptions != null) {
            env.put("JDK_JAVA_OPTIONS", jdkOptions);
        }
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out.lines().toList();
    }
}
