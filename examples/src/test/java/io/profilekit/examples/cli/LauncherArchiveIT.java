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
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The launcher and the class-data archive as the build leaves them in {@code target/} (run by
 * failsafe after {@code package}): the launcher gives the JVM that made the archive the archive,
 * the JVM maps it (picocli's classes among those it holds) and prints nothing of it; a copy of the
 * folder elsewhere runs without it and keeps the JDK's own archive. {@link LauncherTest} covers
 * each choice of the launcher with a stand-in {@code java}.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherArchiveIT {
    private static final Path TARGET = Path.of("target").toAbsolutePath();

    @Test
    void theBuildTrainedOnEveryCommandAndKeptAnArchiveForThisJarAndJdk() throws IOException {
        String log = Files.readString(TARGET.resolve("profilekit.jsa.log"));
        assertThat(log).contains("profilekit: ran 11 commands for the class-data archive")
                .doesNotContain("unexpected exit code").doesNotContain("no training pack folder");
        assertThat(TARGET.resolve("profilekit.jsa")).as(log).isRegularFile();
        List<String> size = Files.readAllLines(TARGET.resolve("profilekit.jsa.size"));
        assertThat(size).hasSize(5);
        assertThat(Long.parseLong(size.get(4))).isEqualTo(Files.size(TARGET.resolve("profilekit.jar")));
        assertThat(Long.parseLong(size.get(0))).isEqualTo(Files.size(TARGET.resolve("profilekit.jsa")));
        assertThat(Files.isSameFile(Path.of(size.get(1)), TARGET.resolve("profilekit.jar"))).isTrue();
        Path jdk = madeBy(size);
        assertThat(Files.readAllLines(jdk.resolve("release"))).contains(size.get(3));
        assertThat(size.get(3)).startsWith("JAVA_RUNTIME_VERSION=");
        assertThat(Files.getLastModifiedTime(TARGET.resolve("profilekit.jsa")))
                .isEqualTo(Files.getLastModifiedTime(TARGET.resolve("profilekit.jar")));
        try (Stream<Path> left = Files.list(TARGET.resolve("archive-training"))) {
            assertThat(left).as("what the training left").isEmpty();
        }
    }

    @Test
    void theLauncherRunsWithTheArchive() throws IOException, InterruptedException {
        List<String> out = run(TARGET.resolve("profilekit"));

        assertThat(printed(out)).singleElement().asString().matches("profilekit \\S+");
        assertThat(out).contains("picocli.CommandLine source: shared objects file");
    }

    @Test
    void aCopyElsewhereRunsWithoutItAndKeepsTheJdksOwn(@TempDir Path tmp) throws IOException, InterruptedException {
        Path copy = Files.createDirectories(tmp.resolve("copy"));
        for (String name : List.of("profilekit", "profilekit.jar", "profilekit.jsa", "profilekit.jsa.size")) {
            Files.copy(TARGET.resolve(name), copy.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
        }

        List<String> out = run(copy.resolve("profilekit"));

        assertThat(printed(out)).singleElement().asString().matches("profilekit \\S+");
        assertThat(out).anyMatch(line -> line.startsWith("picocli.CommandLine source: file:"));
        Path jdk = madeBy(Files.readAllLines(TARGET.resolve("profilekit.jsa.size")));
        assumeTrue(Files.isRegularFile(jdk.resolve("lib/server/classes.jsa")), "the JDK has no default archive");
        assertThat(out).contains("java.lang.Object source: shared objects file");
    }

    /** The JDK whose java made the archive, as the launcher finds it: the folder above {@code bin/java}. */
    private static Path madeBy(List<String> size) {
        Path java = Path.of(size.get(2));
        assertThat(java.endsWith(Path.of("bin", "java"))).as(java.toString()).isTrue();
        return java.getParent().getParent();
    }

    /** The lines that are not the class-load log's. */
    private static List<String> printed(List<String> out) {
        return out.stream().filter(line -> !line.contains(" source: ")).toList();
    }

    /**
     * Runs {@code profilekit --version} with the JDK that made the archive, the class-load log on
     * standard output, each line as {@code NAME source: WHERE}.
     */
    private static List<String> run(Path launcher) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("sh", launcher.toString(), "--version");
        Map<String, String> env = pb.environment();
        for (String name : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS", "PROFILEKIT_CDS")) {
            env.remove(name);
        }
        env.put("JAVA_HOME", madeBy(Files.readAllLines(TARGET.resolve("profilekit.jsa.size"))).toString());
        env.put("JAVA_OPTS", "-Xlog:class+load=info:stdout:none");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out.lines().toList();
    }
}
