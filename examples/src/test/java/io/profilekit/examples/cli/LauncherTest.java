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
import java.nio.file.attribute.FileTime;
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
 * without a class-data archive beside it. And the archive itself: given to the JVM only when it is
 * complete, was made for the jar beside it by the java that runs it, the jar has not changed since,
 * and no option the JVM reads would make it refuse the archive (and then run with none at all).
 * {@link LauncherArchiveIT} runs the real launcher with the archive the build made.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherTest {
    @TempDir
    static Path dir;

    @ParameterizedTest(name = "[{0}] [{1}] [{2}] [{3}] -> collector {4}, heap {5}, archive {6}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "-                                   | -                             | -                      | -              | true  | true  | true ",
        "-Xmx512m                            | -                             | -                      | -              | true  | false | true ",
        "-XX:+UseG1GC                        | -                             | -                      | -              | false | true  | true ",
        "-XX:+UseZGC -Xms1g                  | -                             | -                      | -              | false | false | false",
        "-XX:-UseSerialGC                    | -                             | -                      | -              | false | true  | true ",
        "-                                   | -XX:+UseParallelGC            | -                      | -              | false | true  | true ",
        "-                                   | -                             | -XX:MaxRAMPercentage=5 | -              | true  | false | false",
        "-                                   | -                             | -XX:MaxHeapSize=20m    | -              | true  | false | true ",
        "-                                   | -                             | -                      | -XX:+UseG1GC   | false | true  | true ",
        "-                                   | -                             | -                      | -Xmx16m        | true  | false | true ",
        "@options.txt                        | -                             | -                      | -              | false | false | false",
        "-XX:VMOptionsFile=options.txt       | -                             | -                      | -              | false | false | false",
        "-Xmn64m                             | -                             | -                      | -              | false | false | true ",
        "-XX:NewSize=48m                     | -                             | -                      | -              | false | false | true ",
        "-Xmx64m -XX:OldSize=64m             | -                             | -                      | -              | false | false | true ",
        "-XX:+AggressiveHeap                 | -                             | -                      | -              | false | false | false",
        "-                                   | '\"-XX:+UseG1GC\"'             | -                      | -              | false | false | false",
        "-                                   | -                             | -                      | '\"-Xmx16m\"'    | false | false | false",
        "-XX:ProfiledCodeHeapSize=10m        | -                             | -                      | -              | true  | true  | true ",
        "-                                   | -XX:+UseStringDeduplication   | -                      | -              | false | true  | true ",
        "-XX:G1HeapRegionSize=4m             | -                             | -                      | -              | false | true  | true ",
        "-XX:MaxGCPauseMillis=50             | -                             | -                      | -              | false | true  | true ",
        "-XX:+UseGCOverheadLimit             | -                             | -                      | -              | true  | true  | true ",
        "-XX:+UseNUMA -XX:ParallelGCThreads=2 | -                            | -                      | -              | true  | true  | true ",
        "-Dprofilekit.x=1                    | -Dother=2                     | -                      | -              | true  | true  | true ",
        "-Xmx32g                             | -                             | -                      | -              | true  | false | false",
        "-                                   | -                             | -XX:MaxHeapSize=40000m | -              | true  | false | false",
        "-Xms64g -Xmx64g                     | -                             | -                      | -              | true  | false | false",
        "-XX:-UseCompressedOops              | -                             | -                      | -              | true  | true  | false",
        "-                                   | -XX:ObjectAlignmentInBytes=16 | -                      | -              | true  | true  | false",
        "-Xmx30g                             | -                             | -                      | -              | true  | false | true ",
        "-XX:MinHeapSize=40g                 | -                             | -                      | -              | true  | false | false",
        "-Xmx0x800000000                     | -                             | -                      | -              | true  | false | false",
        "-XX:MaxRAM=256g                     | -                             | -                      | -              | true  | false | false",
        "-XX:+UseCompactObjectHeaders        | -                             | -                      | -              | true  | true  | false",
        "-Xbootclasspath/a:extra.jar         | -                             | -                      | -              | true  | true  | false",
        "-                                   | -javaagent:agent.jar          | -                      | -              | true  | true  | false",
        "-                                   | -                             | -Xshare:off            | -              | true  | true  | false",
        "-                                   | -XX:SharedArchiveFile=my.jsa  | -                      | -              | true  | true  | false",
        "-XX:MaxRAMPercentage=75 -Xmx512m    | -                             | -                      | -              | true  | false | true ",
        "-Xmx512m                            | -                             | -                      | -XX:MaxRAM=1t  | true  | false | true ",
        "-Xrunjdwp:transport=dt_socket       | -                             | -                      | -              | true  | true  | false",
        "-XX:+DumpSharedSpaces               | -                             | -                      | -              | true  | true  | false",
        "-XXaltjvm=zero                      | -                             | -                      | -              | true  | true  | false",
    })
    void addsTheCollectorFirstHeapAndArchiveUnlessTheOptionsChooseOrForbidThem(String javaOpts, String toolOptions,
                                                                String jdkOptions, String underscoreOptions,
                                                                boolean collector, boolean heap, boolean share)
            throws IOException, InterruptedException {
        for (Archive archive : new Archive[] {Archive.NONE, Archive.MADE_FOR_THIS_JAR}) {
            List<String> args = launch(archive, javaOpts, toolOptions, jdkOptions, underscoreOptions);

            assertThat(args.contains("-XX:+UseSerialGC")).as("%s", args).isEqualTo(collector);
            assertThat(args.contains("-Xms32m")).as("%s", args).isEqualTo(heap);
            assertThat(args).contains("-XX:TieredStopAtLevel=1");
            assertThat(args.stream().anyMatch(a -> a.startsWith("-XX:SharedArchiveFile=")))
                    .as("%s", args).isEqualTo(archive == Archive.MADE_FOR_THIS_JAR && share);
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

    @ParameterizedTest(name = "[{0}] then a carriage return -> collector {1}, heap {2}, archive {3}")
    @CsvSource({"-XX:+UseG1GC, false, true, true", "-Xmx16m, true, false, true", "-Xmx40g, true, false, false"})
    void understandsAnOptionFollowedByACarriageReturn(String option, boolean collector, boolean heap, boolean share)
            throws IOException, InterruptedException {
        // a variable read from a file with Windows line ends
        List<String> args = launch(Archive.MADE_FOR_THIS_JAR, null, option + "\r", null, null);

        assertThat(args.contains("-XX:+UseSerialGC")).as("%s", args).isEqualTo(collector);
        assertThat(args.contains("-Xms32m")).as("%s", args).isEqualTo(heap);
        assertThat(args.stream().anyMatch(a -> a.startsWith("-XX:SharedArchiveFile="))).as("%s", args)
                .isEqualTo(share);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Archive.class)
    void usesTheArchiveOnlyWhenCompleteAndMadeForTheJarAndJavaBesideIt(Archive archive)
            throws IOException, InterruptedException {
        List<String> args = launch(archive, null, null, null, null);

        assertUsesArchive(args, archive, archive.used);
    }

    @ParameterizedTest(name = "{0}, java found on PATH")
    @EnumSource(value = Archive.class, names = {"MADE_FOR_THIS_JAR", "MADE_BY_ANOTHER_JAVA"})
    void findsTheJavaOnThePathAsTheLauncherRunsIt(Archive archive) throws IOException, InterruptedException {
        List<String> args = launch(archive, null, null, null, null, false);

        assertUsesArchive(args, archive, archive.used);
    }

    @org.junit.jupiter.api.Test
    void passesTheOptionsAsWordsNeverMatchedAgainstFileNames() throws IOException, InterruptedException {
        // the launcher runs in its folder: a file there that -Dlist=* would match as a glob
        Path folder = dir.resolve(Archive.MADE_FOR_THIS_JAR.name());
        launch(Archive.MADE_FOR_THIS_JAR, null, null, null, null);
        Files.writeString(folder.resolve("-Dlist=globbed"), "");

        List<String> args = launch(Archive.MADE_FOR_THIS_JAR, "-Dlist=*", null, null, null);

        assertThat(args).contains("-Dlist=*").doesNotContain("-Dlist=globbed");
    }

    @org.junit.jupiter.api.Test
    void leavesTheArchiveOutWhenAskedTo() throws IOException, InterruptedException {
        List<String> args = launch(Archive.MADE_FOR_THIS_JAR, null, null, null, null, true, "off");

        assertUsesArchive(args, Archive.MADE_FOR_THIS_JAR, false);
    }

    private static void assertUsesArchive(List<String> args, Archive archive, boolean used) throws IOException {
        Path folder = dir.toRealPath().resolve(archive.name());
        List<String> given = args.stream().filter(a -> a.startsWith("-XX:SharedArchiveFile=")).toList();
        if (used) {
            assertThat(given).containsExactly("-XX:SharedArchiveFile=" + folder.resolve("profilekit.jsa"));
            assertThat(args).contains("-Xshare:auto", "-Xlog:cds*=off");
        } else {
            assertThat(given).as("%s", args).isEmpty();
            assertThat(args).doesNotContain("-Xshare:auto");
        }
        // with or without it, the same jar and command
        int jar = args.indexOf("-jar");
        assertThat(args.get(jar + 1)).isEqualTo(folder.resolve("profilekit.jar").toString());
        assertThat(args.subList(jar + 2, args.size())).containsExactly("--version");
    }

    /** What lies beside the launcher, and whether the launcher should give the JVM the archive. */
    enum Archive {
        /** No archive. */
        NONE(false),
        /** A complete archive made for the jar beside it by the java that runs it, as the build leaves it. */
        MADE_FOR_THIS_JAR(true),
        /** The same, the jar's folder and the JDK written by paths through links: the same files. */
        MADE_FOR_THIS_JAR_THROUGH_LINKS(true),
        /** A complete archive made for a jar elsewhere (the folder was copied). */
        MADE_FOR_ANOTHER_JAR(false),
        /** A complete archive made by another java than the one that runs it. */
        MADE_BY_ANOTHER_JAVA(false),
        /** A jar changed after the archive was made. */
        JAR_NEWER(false),
        /** An older copy of the jar put in its place. */
        JAR_OLDER(false),
        /** Another jar with the same modification time (copied with its time): its size differs. */
        JAR_REPLACED_SAME_TIME(false),
        /** The JDK that made it updated in place since (the same java file, another version). */
        JDK_UPDATED(false),
        /** An archive shorter than the size written beside it (cut short). */
        CUT_SHORT(false),
        /** A size file of an older build: the size alone. */
        SIZE_ONLY(false),
        /** An archive without its size file. */
        NO_SIZE(false);

        final boolean used;

        Archive(boolean used) {
            this.used = used;
        }
    }

    private static List<String> launch(Archive archive, String javaOpts, String toolOptions, String jdkOptions,
                                       String underscoreOptions) throws IOException, InterruptedException {
        return launch(archive, javaOpts, toolOptions, jdkOptions, underscoreOptions, true);
    }

    private static List<String> launch(Archive archive, String javaOpts, String toolOptions, String jdkOptions,
                                       String underscoreOptions, boolean javaHome)
            throws IOException, InterruptedException {
        return launch(archive, javaOpts, toolOptions, jdkOptions, underscoreOptions, javaHome, null);
    }

    private static synchronized List<String> launch(Archive archive, String javaOpts, String toolOptions,
                                                    String jdkOptions, String underscoreOptions, boolean useJavaHome,
                                                    String cds) throws IOException, InterruptedException {
        Path javaHome = standInJava("jdk");
        Path otherJava = standInJava("other-jdk");
        // the launcher as built, and beside it the jar and what the case puts there
        Path folder = dir.resolve(archive.name());
        Path launcher = folder.resolve("profilekit");
        if (!Files.exists(launcher)) {
            Files.createDirectories(folder);
            Files.copy(Path.of("src/launcher/profilekit"), launcher);
            Path jar = folder.resolve("profilekit.jar");
            Files.writeString(jar, "jar");
            Path elsewhere = dir.resolve("elsewhere");
            Files.createDirectories(elsewhere);
            Files.writeString(elsewhere.resolve("profilekit.jar"), "jar");
            String java = javaHome.resolve("bin/java").toString();
            String madeFor = jar.toString();
            if (archive == Archive.MADE_FOR_THIS_JAR_THROUGH_LINKS) {
                Path links = dir.resolve("links");
                Files.createDirectories(links);
                madeFor = Files.createSymbolicLink(links.resolve("folder"), folder).resolve("profilekit.jar").toString();
                // a JDK reached through a link, as JAVA_HOME=/opt/java -> /opt/jdk-17 gives it
                java = Files.createSymbolicLink(links.resolve("jdk"), javaHome).resolve("bin/java").toString();
            }
            if (archive != Archive.NONE) {
                Files.writeString(folder.resolve("profilekit.jsa"), archive == Archive.CUT_SHORT ? "arch" : "archive");
            }
            switch (archive) {
                case MADE_FOR_THIS_JAR, MADE_FOR_THIS_JAR_THROUGH_LINKS, CUT_SHORT, JAR_NEWER, JAR_OLDER,
                     JAR_REPLACED_SAME_TIME ->
                        sizeFile(folder, "7\n" + madeFor + "\n" + java + "\n" + VERSION + "\n3\n");
                case MADE_FOR_ANOTHER_JAR -> sizeFile(folder, "7\n" + elsewhere.resolve("profilekit.jar") + "\n"
                        + java + "\n" + VERSION + "\n3\n");
                case MADE_BY_ANOTHER_JAVA -> sizeFile(folder, "7\n" + madeFor + "\n"
                        + otherJava.resolve("bin/java") + "\n" + VERSION + "\n3\n");
                case JDK_UPDATED -> sizeFile(folder, "7\n" + madeFor + "\n" + java + "\n"
                        + "JAVA_RUNTIME_VERSION=\"17.0.14+7\"\n3\n");
                case SIZE_ONLY -> sizeFile(folder, "7");
                default -> {
                }
            }
            // the build gives the archive the jar's modification time; or the jar was replaced since
            FileTime made = Files.getLastModifiedTime(jar);
            if (Files.exists(folder.resolve("profilekit.jsa"))) {
                Files.setLastModifiedTime(folder.resolve("profilekit.jsa"), made);
            }
            if (archive == Archive.JAR_REPLACED_SAME_TIME) {
                Files.writeString(jar, "jar2");
                Files.setLastModifiedTime(jar, made);
            }
            if (archive == Archive.JAR_NEWER || archive == Archive.JAR_OLDER) {
                Files.setLastModifiedTime(jar, FileTime.fromMillis(made.toMillis()
                        + (archive == Archive.JAR_NEWER ? 10_000 : -10_000)));
            }
        }
        ProcessBuilder pb = new ProcessBuilder("sh", launcher.toString(), "--version");
        // run in the launcher's folder: files there that a glob would match (profilekit, profilekit.jar, ...)
        pb.directory(folder.toFile());
        Map<String, String> env = pb.environment();
        for (String name : List.of("JAVA_HOME", "JAVA_OPTS", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS",
                "PROFILEKIT_CDS")) {
            env.remove(name);
        }
        if (useJavaHome) {
            env.put("JAVA_HOME", javaHome.toString());
        } else {
            // the stand-in first on PATH, the launcher's own tools after it
            env.put("PATH", javaHome.resolve("bin") + java.io.File.pathSeparator + env.getOrDefault("PATH", ""));
        }
        putIfGiven(env, "PROFILEKIT_CDS", cds);
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

    /** The version line of the stand-in JDKs' release files. */
    private static final String VERSION = "JAVA_RUNTIME_VERSION=\"17.0.15+6\"";

    /** A stand-in JDK: a {@code java} that prints the arguments it was given, one a line, and a release file. */
    private static Path standInJava(String name) throws IOException {
        Path home = dir.resolve(name);
        Path java = home.resolve("bin/java");
        if (!Files.exists(java)) {
            Files.createDirectories(java.getParent());
            Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
            Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Stand-in\"\nJAVA_VERSION=\"17.0.15\"\n"
                    + VERSION + "\nMODULES=\"java.base\"\n");
        }
        return home;
    }

    private static void sizeFile(Path folder, String text) throws IOException {
        Files.writeString(folder.resolve("profilekit.jsa.size"), text);
    }

    private static void putIfGiven(Map<String, String> env, String name, String value) {
        if (value != null) {
            env.put(name, value);
        }
    }
}
