package io.profilekit.examples.cli;

import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

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
 * collector or a G1 setting, size the heap or the young generation, or come from a file (the JVM
 * would refuse two collectors or a first heap above the largest, or warn on standard output). The
 * launcher runs with a stand-in {@code java} that prints the arguments it was given, with and
 * without a class-data archive beside it. And the archive itself: used only when it is complete and
 * was made for the jar beside it.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherTest {
    @TempDir
    static Path dir;

    @ParameterizedTest(name = "[{0}] [{1}] [{2}] [{3}] -> collector {4}, heap {5}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "-                                   | -                             | -                      | -              | true  | true",
        "-Xmx512m                            | -                             | -                      | -              | true  | false",
        "-XX:+UseG1GC                        | -                             | -                      | -              | false | true",
        "-XX:+UseZGC -Xms1g                  | -                             | -                      | -              | false | false",
        "-XX:-UseSerialGC                    | -                             | -                      | -              | false | true",
        "-                                   | -XX:+UseParallelGC            | -                      | -              | false | true",
        "-                                   | -                             | -XX:MaxRAMPercentage=5 | -              | true  | false",
        "-                                   | -                             | -XX:MaxHeapSize=20m    | -              | true  | false",
        "-                                   | -                             | -                      | -XX:+UseG1GC   | false | true",
        "-                                   | -                             | -                      | -Xmx16m        | true  | false",
        "@options.txt                        | -                             | -                      | -              | false | false",
        "-XX:VMOptionsFile=options.txt       | -                             | -                      | -              | false | false",
        "-Xmn64m                             | -                             | -                      | -              | false | false",
        "-XX:NewSize=48m                     | -                             | -                      | -              | false | false",
        "-Xmx64m -XX:OldSize=64m             | -                             | -                      | -              | false | false",
        "-XX:+AggressiveHeap                 | -                             | -                      | -              | false | false",
        "-                                   | '\"-XX:+UseG1GC\"'             | -                      | -              | false | false",
        "-                                   | -                             | -                      | '\"-Xmx16m\"'    | false | false",
        "-XX:ProfiledCodeHeapSize=10m        | -                             | -                      | -              | true  | true",
        "-                                   | -XX:+UseStringDeduplication   | -                      | -              | false | true",
        "-XX:G1HeapRegionSize=4m             | -                             | -                      | -              | false | true",
        "-XX:MaxGCPauseMillis=50             | -                             | -                      | -              | false | true",
        "-XX:+UseGCOverheadLimit             | -                             | -                      | -              | true  | true",
        "-XX:+UseNUMA -XX:ParallelGCThreads=2 | -                            | -                      | -              | true  | true",
        "-Dprofilekit.x=1                    | -Dother=2                     | -                      | -              | true  | true",
    })
    void addsTheCollectorAndFirstHeapUnlessTheOptionsChooseThem(String javaOpts, String toolOptions,
                                                                String jdkOptions, String underscoreOptions,
                                                                boolean collector, boolean heap)
            throws IOException, InterruptedException {
        for (Archive archive : new Archive[] {Archive.NONE, Archive.MADE_FOR_THIS_JAR}) {
            List<String> args = launch(archive, javaOpts, toolOptions, jdkOptions, underscoreOptions);

            assertThat(args.contains("-XX:+UseSerialGC")).as("%s", args).isEqualTo(collector);
            assertThat(args.contains("-Xms32m")).as("%s", args).isEqualTo(heap);
            assertThat(args).contains("-XX:TieredStopAtLevel=1");
            assertThat(args.stream().anyMatch(a -> a.startsWith("-XX:SharedArchiveFile=")))
                    .isEqualTo(archive == Archive.MADE_FOR_THIS_JAR);
            // the user's options come after the launcher's, and the command's arguments last
            int jar = args.indexOf("-jar");
            assertThat(args.subList(jar + 2, args.size())).containsExactly("--version");
            if (javaOpts != null) {
                int own = Math.max(args.indexOf("-XX:TieredStopAtLevel=1"),
                        Math.max(args.indexOf("-XX:+UseSerialGC"), args.indexOf("-Xms32m")));
                assertThat(args.indexOf(javaOpts.split(" ")[0])).isGreaterThan(own).isLessThan(jar);
            }
        }
    }

    @ParameterizedTest(name = "[{0}] then a carriage return -> collector {1}, heap {2}")
    @CsvSource({"-XX:+UseG1GC, false, true", "-Xmx16m, true, false"})
    void understandsAnOptionFollowedByACarriageReturn(String option, boolean collector, boolean heap)
            throws IOException, InterruptedException {
        // a variable read from a file with Windows line ends
        List<String> args = launch(Archive.NONE, null, option + "\r", null, null);

        assertThat(args.contains("-XX:+UseSerialGC")).as("%s", args).isEqualTo(collector);
        assertThat(args.contains("-Xms32m")).as("%s", args).isEqualTo(heap);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Archive.class)
    void usesTheArchiveOnlyWhenCompleteAndMadeForTheJarBesideIt(Archive archive)
            throws IOException, InterruptedException {
        List<String> args = launch(archive, null, null, null, null);

        List<String> used = args.stream().filter(a -> a.startsWith("-XX:SharedArchiveFile=")).toList();
        if (archive == Archive.MADE_FOR_THIS_JAR) {
            assertThat(used).containsExactly("-XX:SharedArchiveFile="
                    + dir.toRealPath().resolve(archive.name()).resolve("profilekit.jsa"));
            assertThat(args).contains("-Xshare:auto", "-Xlog:cds=off");
        } else {
            assertThat(used).as("%s", args).isEmpty();
        }
        // with or without it, the same jar and command
        int jar = args.indexOf("-jar");
        assertThat(args.get(jar + 1)).isEqualTo(dir.toRealPath().resolve(archive.name()).resolve("profilekit.jar")
                .toString());
        assertThat(args.subList(jar + 2, args.size())).containsExactly("--version");
    }

    /** What lies beside the launcher. */
    enum Archive {
        /** No archive. */
        NONE,
        /** A complete archive made for the jar beside it, as the build leaves it. */
        MADE_FOR_THIS_JAR,
        /** A complete archive made for a jar elsewhere (the folder was copied). */
        MADE_FOR_ANOTHER_JAR,
        /** An archive shorter than the size written beside it (cut short). */
        CUT_SHORT,
        /** A size file of an older build: the size alone, no jar. */
        SIZE_ONLY,
        /** An archive without its size file. */
        NO_SIZE
    }

    private static List<String> launch(Archive archive, String javaOpts, String toolOptions, String jdkOptions,
                                       String underscoreOptions) throws IOException, InterruptedException {
        Path javaHome = dir.resolve("jdk");
        Path java = javaHome.resolve("bin/java");
        if (!Files.exists(java)) {
            Files.createDirectories(java.getParent());
            Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
            Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        // the launcher as built, and beside it what the case puts there
        Path folder = dir.resolve(archive.name());
        Path launcher = folder.resolve("profilekit");
        if (!Files.exists(launcher)) {
            Files.createDirectories(folder);
            Files.copy(Path.of("src/launcher/profilekit"), launcher);
            String jar = folder.toRealPath().resolve("profilekit.jar").toString();
            String elsewhere = dir.toRealPath().resolve("elsewhere").resolve("profilekit.jar").toString();
            if (archive != Archive.NONE) {
                Files.writeString(folder.resolve("profilekit.jsa"), archive == Archive.CUT_SHORT ? "arch" : "archive");
            }
            switch (archive) {
                case MADE_FOR_THIS_JAR, CUT_SHORT -> Files.writeString(folder.resolve("profilekit.jsa.size"),
                        "7\n" + jar + "\n");
                case MADE_FOR_ANOTHER_JAR -> Files.writeString(folder.resolve("profilekit.jsa.size"),
                        "7\n" + elsewhere + "\n");
                case SIZE_ONLY -> Files.writeString(folder.resolve("profilekit.jsa.size"), "7");
                default -> {
                }
            }
        }
        ProcessBuilder pb = new ProcessBuilder("sh", launcher.toString(), "--version");
        Map<String, String> env = pb.environment();
        env.put("JAVA_HOME", javaHome.toString());
        for (String name : List.of("JAVA_OPTS", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS",
                "PROFILEKIT_CDS")) {
            env.remove(name);
        }
        putIfGiven(env, "JAVA_OPTS", javaOpts);
        putIfGiven(env, "JAVA_TOOL_OPTIONS", toolOptions);
        putIfGiven(env, "JDK_JAVA_OPTIONS", jdkOptions);
        putIfGiven(env, "_JAVA_OPTIONS", underscoreOptions);
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out.lines().toList();
    }

    private static void putIfGiven(Map<String, String> env, String name, String value) {
        if (value != null) {
            env.put(name, value);
        }
    }
}
