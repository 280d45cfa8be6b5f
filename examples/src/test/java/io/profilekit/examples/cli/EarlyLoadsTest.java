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
 * asks for it (as {@link ProfileKitCli#run(PrintWriter, PrintWriter, String...)} does: only
 * {@code main} reads early).
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
        List<Arguments> out = new ArrayList<>();
        out.add(Arguments.of(List.of("--registry", CALICO, "packs")));
        out.add(Arguments.of(List.of("--registry=" + CALICO, "packs", "--layer", "cni")));
        out.add(Arguments.of(List.of("packs", "--registry", "Calico Hold@calico-1=" + CALICO)));
        out.add(Arguments.of(List.of("--registry", CALICO, "--registry", CALICO, "packs")));
        out.add(Arguments.of(List.of("--registry", malformed, "packs")));
        out.add(Arguments.of(List.of("--registry", CALICO, "--registry", unclosed, "packs")));
        out.add(Arguments.of(List.of("--registry", quirks.toString(), "packs")));
        out.add(Arguments.of(List.of("--verbose", "--registry", quirks.toString(), "packs")));
        out.add(Arguments.of(List.of("--registry", notAFolder.toString(), "packs")));
        out.add(Arguments.of(List.of("--registry", "Named=", "packs")));
        out.add(Arguments.of(List.of("--registry", dir.resolve("missing").toString(), "packs")));
        out.add(Arguments.of(List.of("--registry", CALICO, "--builtin", "validate", "profiles/aws-prod-base.yaml")));
        out.add(Arguments.of(List.of("--registry", malformed, "validate", "profiles/aws-prod-base.yaml")));
        out.add(Arguments.of(List.of("--helm-index", index.toString(), "packs")));
        out.add(Arguments.of(List.of("--helm-index", "Charts=" + index, "--registry", CALICO, "packs")));
        out.add(Arguments.of(List.of("--registry", CALICO, "packs", "--layer", "nope")));
        out.add(Arguments.of(List.of("--registry", CALICO, "--help")));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandLines")
    void printsAndReturnsWhatARunReadingEachRegistryInItsTurnDoes(List<String> args) {
        String[] direct = args.toArray(new String[0]);

        ProfileKitCli command = new ProfileKitCli();
        command.early = EarlyLoads.start(direct);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ProfileKitCli.run(command, new PrintWriter(out), new PrintWriter(err), direct);
        ProfileKitCliTest.Run withEarlyLoads = new ProfileKitCliTest.Run(code, out.toString(), err.toString());
        ProfileKitCliTest.Run inTurn = ProfileKitCliTest.run(direct);

        assertThat(withEarlyLoads).isEqualTo(inTurn);
        assertThat(withEarlyLoads.out() + withEarlyLoads.err()).isNotBlank();
    }

    @Test
    void everyLoadNotTakenIsCancelledAtTheEndOfARun() {
        ProfileKitCli command = new ProfileKitCli();
        command.early = EarlyLoads.start("--registry", CALICO, "--help");
        assertThat(command.early.started(CALICO)).isTrue();

        ProfileKitCli.run(command, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "--help");

        // cancelled: taken after the run, it is read again in its turn (or was done already)
        assertThat(command.early.started(CALICO)).isTrue();
        assertThat(command.early.folder(CALICO)).satisfiesAnyOf(
                read -> assertThat(read).isEmpty(),
                read -> assertThat(read.orElseThrow().size()).isEqualTo(2));
    }

    @Test
    void readsEachFolderOrIndexTheArgumentsName() throws IOException {
        Path index = Files.writeString(dir.resolve("started-index.yaml"), "apiVersion: v1\nentries: {}\n");
        EarlyLoads early = EarlyLoads.start("--registry", CALICO, "packs", "--registry=Named=" + CALICO,
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
    void aFailedLoadThrowsWhatTheLoadThrew() throws IOException {
        String malformed = folderWithValues("thrown", "a: [\n").toString();
        EarlyLoads early = EarlyLoads.start("--registry", malformed, "packs");

        PackRegistryException inTurn = org.junit.jupiter.api.Assertions.assertThrows(PackRegistryException.class,
                () -> ProfileKitCli.readFolder(ProfileKitCli.RegistryOption.tryParse(malformed).orElseThrow()));
        assertThatThrownBy(() -> early.folder(malformed))
                .isInstanceOf(PackRegistryException.class)
                .hasMessage(inTurn.getMessage());
    }

    @Test
    void readsNothingTheCommandLineMayNotMean() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        // after --, every argument is a parameter
        assertThat(EarlyLoads.start("validate", "--", "--registry", CALICO).started(CALICO)).isFalse();
        // an argument file may add or change options
        assertThat(EarlyLoads.start("@args", "--registry", CALICO).started(CALICO)).isFalse();
        // stack traces show the command's own thread
        assertThat(EarlyLoads.start("--registry", CALICO, "--verbose", "packs").started(CALICO)).isFalse();
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
