package io.profilekit.examples.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher and the class-data archive as the build leaves them in {@code target/} (run by
 * failsafe after {@code package}): the launcher gives the JVM the archive, the JVM maps it (picocli's
 * classes among those it holds) and prints nothing of it; a copy of the folder elsewhere runs
 * without it and keeps the JDK's own archive. {@link LauncherTest} covers each choice of the
 * launcher with a stand-in {@code java}.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherArchiveIT {
    private static final Path TARGET = Path.of("target").toAbsolutePath();

    @Test
    void theBuildTrainedOnEveryCommandAndKeptAnArchiveForThisJarAndJava() throws IOException {
        String log = Files.readString(TARGET.resolve("profilekit.jsa.log"));
        assertThat(log).contains("profilekit: ran 10 commands for the class-data archive")
                .doesNotContain("unexpected exit code").doesNotContain("no training pack folder");
        assertThat(TARGET.resolve("profilekit.jsa")).as(log).isRegularFile();
        List<String> size = Files.readAllLines(TARGET.resolve("profilekit.jsa.size"));
        assertThat(size).hasSize(3);
        assertThat(Long.parseLong(size.get(0))).isEqualTo(Files.size(TARGET.resolve("profilekit.jsa")));
        assertThat(Files.isSameFile(Path.of(size.get(1)), TARGET.resolve("profilekit.jar"))).isTrue();
        assertThat(Files.isSameFile(Path.of(size.get(2)), javaHome().resolve("bin/java"))).isTrue();
        assertThat(TARGET.resolve("archive-training")).doesNotExist();
    }

    @Test
    void theLauncherRunsWithTheArchive(@TempDir Path tmp) throws IOException, InterruptedException {
        Path classes = tmp.resolve("classes.txt");

        String out = run(TARGET.resolve("profilekit"), classes);

        assertThat(out).matches("profilekit \\S+\\R");
        assertThat(Files.readString(classes)).contains("picocli.CommandLine source: shared objects file");
    }

    @Test
    void aCopyElsewhereRunsWithoutItAndKeepsTheJdksOwn(@TempDir Path tmp) throws IOException, InterruptedException {
        Path copy = Files.createDirectories(tmp.resolve("copy"));
        for (String name : List.of("profilekit", "profilekit.jar", "profilekit.jsa", "profilekit.jsa.size")) {
            Files.copy(TARGET.resolve(name), copy.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
        }
        Path classes = tmp.resolve("classes.txt");

        String out = run(copy.resolve("profilekit"), classes);

        assertThat(out).matches("profilekit \\S+\\R");
        String loaded = Files.readString(classes);
        assertThat(loaded).contains("picocli.CommandLine source: file:")
                .contains("java.lang.Object source: shared objects file");
    }

    private static Path javaHome() {
        return Path.of(System.getProperty("java.home"));
    }

    /** Runs {@code profilekit --version} with the JVM running this test; the class-load log to a file. */
    private static String run(Path launcher, Path classLog) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("sh", launcher.toString(), "--version");
        Map<String, String> env = pb.environment();
        for (String name : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS", "PROFILEKIT_CDS")) {
            env.remove(name);
        }
        env.put("JAVA_HOME", javaHome().toString());
        env.put("JAVA_OPTS", "-Xlog:class+load=info:file=" + classLog);
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }
}
