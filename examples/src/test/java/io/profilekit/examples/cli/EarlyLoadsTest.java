package io.profilekit.examples.cli;

import io.profilekit.yaml.registry.FileRegistry;
import io.profilekit.yaml.registry.PackRegistryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Registries named on the command line are read from the start of a run ({@link EarlyLoads}); a
 * run must print and return exactly what it did when each registry was read where the command
 * asks for it (as {@link ProfileKitCli#run(PrintWriter, PrintWriter, String...)} does, which reads
 * nothing early), whether the loads ran before the command or beside it.
 */
class EarlyLoadsTest {
    static final String CALICO = "registries/calico-hold";

    @TempDir
    static Path dir;

    /** A copy of the calico folder with one values.yaml replaced. */
    static Path folderWithValues(String name, String values) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        for (String pack : List.of("cni-calico-3.29.2", "cni-calico-3.30.1")) {
            Path to = Files.createDirectories(folder.resolve(pack));
            Files.copy(Path.of(CALICO, pack, "pack.json"), to.resolve("pack.json"));
            Files.copy(Path.of(CALICO, pack, "values.yaml"), to.resolve("values.yaml"));
        }
        Files.writeString(folder.resolve("cni-calico-3.30.1/values.yaml"), values);
        return folder;
    }

    static Stream<Arguments> commandLines() throws IOException {
        String malformed = folderWithValues("malformed", "calico:\n  a: 1\n  a: 2\n").toString();
        String unclosed = folderWithValues("unclosed", "calico: [1, 2\n").toString();
        Path quirks = folderWithValues("quirks", "calico: {}\n");
        Files.writeString(quirks.resolve("cni-calico-3.29.2/pack.json"), Files.readString(
                Path.of(CALICO, "cni-calico-3.29.2/pack.json")).replace("\"displayName\": \"Calico\",", ""));
        Path notAFolder = Files.writeString(dir.resolve("not-a-folder"), "x");
        Path index = Files.writeString(dir.resolve("index.yaml"), "apiVersion: v1\nentries:\n  nginx:\n"
                + "    - name: nginx\n      version: 1.2.3\n");
        String named = "Calico Hold@calico-1=" + CALICO;
        List<Arguments> out = new ArrayList<>();
        // the command line, an option text read early (null: none), and one no command takes (null: none)
        out.add(Arguments.of(List.of("--registry", CALICO, "packs"), CALICO, null));
        out.add(Arguments.of(List.of("--registry=" + CALICO, "packs", "--layer", "cni"), CALICO, null));
        out.add(Arguments.of(List.of("packs", "--registry", named), named, null));
        out.add(Arguments.of(List.of("--registry", CALICO, "--registry", CALICO, "packs"), CALICO, null));
        out.add(Arguments.of(List.of("--registry", malformed, "packs"), malformed, null));
        out.add(Arguments.of(List.of("--verbose", "--registry", malformed, "packs"), malformed, null));
        out.add(Arguments.of(List.of("--verbose=true", "--registry", unclosed, "packs"), unclosed, null));
        out.add(Arguments.of(List.of("--registry", CALICO, "--registry", unclosed, "packs"), unclosed, null));
        // given before and after the command, only the command's own value counts
        out.add(Arguments.of(List.of("--registry", malformed, "packs", "--registry", CALICO), CALICO, malformed));
        out.add(Arguments.of(List.of("--registry", quirks.toString(), "packs"), quirks.toString(), null));
        out.add(Arguments.of(List.of("--verbose", "--registry", quirks.toString(), "packs"), quirks.toString(), null));
        out.add(Arguments.of(List.of("--registry", notAFolder.toString(), "packs"), null, null));
        out.add(Arguments.of(List.of("--registry", "Named=", "packs"), null, null));
        out.add(Arguments.of(List.of("--registry", dir.resolve("missing").toString(), "packs"), null, null));
        out.add(Arguments.of(List.of("--registry", CALICO, "--builtin", "validate", "profiles/aws-prod-base.yaml"),
                CALICO, null));
        out.add(Arguments.of(List.of("--registry", malformed, "validate", "profiles/aws-prod-base.yaml"), malformed,
                null));
        out.add(Arguments.of(List.of("--helm-index", index.toString(), "packs"), index.toString(), null));
        out.add(Arguments.of(List.of("--helm-index", "Charts=" + index, "--registry", CALICO, "packs"), CALICO, null));
        // a usage error, or help, before the command asks for its registry
        out.add(Arguments.of(List.of("--registry", CALICO, "packs", "--layer", "nope"), CALICO, CALICO));
        out.add(Arguments.of(List.of("--registry", CALICO, "--help"), CALICO, CALICO));
        return out.stream();
    }

    /** How the loads run: all at once before the command starts (each then taken), or on their own thread. */
    enum Starter {
        BEFORE_THE_COMMAND, OWN_THREAD
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandLines")
    void printsAndReturnsWhatARunReadingEachRegistryInItsTurnDoes(List<String> args, String readEarly,
                                                                  String notTaken) {
        String[] direct = args.toArray(new String[0]);
        for (Starter starter : Starter.values()) {
            EarlyLoads early = starter == Starter.BEFORE_THE_COMMAND ? EarlyLoads.start(Runnable::run, direct)
                    : EarlyLoads.start(direct);
            if (readEarly != null) {
                assertThat(early.started(readEarly)).isTrue();
            } else {
                assertThat(args).noneMatch(early::started);
            }

            List<ProfileKitCliTest.Run> runs = new ArrayList<>();
            for (EarlyLoads loads : List.of(early, EarlyLoads.none())) {
                runs.add(run(loads, direct)); // one call site: stack traces compare equal
            }
            ProfileKitCliTest.Run withEarlyLoads = runs.get(0);
            ProfileKitCliTest.Run inTurn = runs.get(1);

            // stack traces (--verbose) included: a failed load is read again by the command
            assertThat(withEarlyLoads).as("%s", starter).isEqualTo(inTurn);
            assertThat(withEarlyLoads.out() + withEarlyLoads.err()).isNotBlank();
            // the command asked for what it uses, and only for that
            if (readEarly != null && !readEarly.equals(notTaken)) {
                assertThat(early.started(readEarly)).as("%s taken", readEarly).isFalse();
            }
            if (notTaken != null) {
                assertThat(early.started(notTaken)).as("%s not taken", notTaken).isTrue();
            }
        }
    }

    /** A run as main() makes it, with the loads given; output and exit code. */
    private static ProfileKitCliTest.Run run(EarlyLoads early, String... args) {
        ProfileKitCli command = new ProfileKitCli();
        command.early = early;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ProfileKitCli.run(command, new PrintWriter(out), new PrintWriter(err), args);
        return new ProfileKitCliTest.Run(code, out.toString(), err.toString());
    }

    @Test
    void readsEachFolderOrIndexTheArgumentsName() throws IOException {
        Path index = Files.writeString(dir.resolve("started-index.yaml"), "apiVersion: v1\nentries: {}\n");
        EarlyLoads early = EarlyLoads.start(Runnable::run, "--registry", CALICO, "packs", "--registry=Named=" + CALICO,
                "--helm-index", index.toString());

        assertThat(early.started(CALICO)).isTrue();
        assertThat(early.started("Named=" + CALICO)).isTrue();
        assertThat(early.started(index.toString())).isTrue();
        FileRegistry read = early.folder(CALICO).orElseThrow();
        FileRegistry inTurn = ProfileKitCli.readFolder(ProfileKitCli.RegistryOption.tryParse(CALICO).orElseThrow());
        assertThat(read.size()).isEqualTo(inTurn.size()).isEqualTo(2);
        assertThat(read.source()).isEqualTo(inTurn.source());
        assertThat(read.warnings()).isEqualTo(inTurn.warnings());
        assertThat(read.id()).isEqualTo(inTurn.id());
        assertThat(early.folder("Named=" + CALICO).orElseThrow().id()).isEqualTo("Named");
        assertThat(early.index(index.toString())).isPresent();
        // each load is taken once; a second ask reads again in its turn
        assertThat(early.started(CALICO)).isFalse();
        assertThat(early.folder(CALICO)).isEmpty();
    }

    @Test
    void aFailedLoadIsLeftToTheCommandToReadAgain() throws IOException {
        String malformed = folderWithValues("thrown", "a: [\n").toString();
        EarlyLoads early = EarlyLoads.start(Runnable::run, "--registry", malformed, "packs");

        assertThat(early.started(malformed)).isTrue();
        assertThat(early.folder(malformed)).isEmpty();
        assertThatThrownBy(() -> ProfileKitCli.readFolder(ProfileKitCli.RegistryOption.tryParse(malformed)
                .orElseThrow())).isInstanceOf(PackRegistryException.class).hasMessageContaining("values.yaml:2:1");
    }

    @Test
    void aLoadNotStartedYetIsLeftToTheCommandAndNotReadTwice() throws IOException {
        String first = folderWithValues("first", "calico: {}\n").toString();
        List<Runnable> background = new ArrayList<>();
        EarlyLoads early = EarlyLoads.start(background::add, "--registry", first, "--registry", CALICO);

        // the background thread has not begun: the command reads CALICO itself, at once
        assertThat(early.folder(CALICO)).isEmpty();
        assertThat(background).hasSize(1);
        // the background thread then reads only what no command claimed
        background.get(0).run();
        assertThat(early.folder(first).orElseThrow().size()).isEqualTo(2);
    }

    @Test
    void aLoadTheBackgroundThreadReadIsTaken() throws Exception {
        List<Runnable> background = new ArrayList<>();
        EarlyLoads early = EarlyLoads.start(background::add, "--registry", CALICO);
        Thread loader = new Thread(background.get(0));
        loader.start();
        loader.join();

        assertThat(early.folder(CALICO).orElseThrow().size()).isEqualTo(2);
    }

    @Test
    void readsNothingTheCommandLineMayNotMean() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        // after --, every argument is a parameter
        assertThat(EarlyLoads.start("validate", "--", "--registry", CALICO).started(CALICO)).isFalse();
        // an argument file may add or change options
        assertThat(EarlyLoads.start("@args", "--registry", CALICO).started(CALICO)).isFalse();
        // what the option's own parsing refuses, or a path that is not a folder (a file, for an index)
        assertThat(EarlyLoads.start("--registry", "Named=", "packs").started("Named=")).isFalse();
        assertThat(EarlyLoads.start("--registry", "@uid=" + CALICO).started("@uid=" + CALICO)).isFalse();
        assertThat(EarlyLoads.start("--registry", file.toString()).started(file.toString())).isFalse();
        assertThat(EarlyLoads.start("--helm-index", CALICO).started(CALICO)).isFalse();
        // an option without its value
        assertThat(EarlyLoads.start("packs", "--registry").started("packs")).isFalse();
        // a load not started is read in its turn
        assertThat(EarlyLoads.start("packs").folder(CALICO)).isEmpty();
    }
}
