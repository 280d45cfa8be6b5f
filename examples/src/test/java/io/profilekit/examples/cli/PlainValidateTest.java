package io.profilekit.examples.cli;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code profilekit validate FILE...} without options runs without the option parser; it must
 * print and return exactly what the parser's run does. The parser's run is forced by {@code --}
 * (end of options), which changes nothing else.
 */
class PlainValidateTest {
    @TempDir
    static Path dir;

    static Stream<Arguments> documents() throws IOException {
        Path unreadable = Files.writeString(dir.resolve("unreadable.yaml"), "apiVersion: [unclosed\n");
        Path folder = Files.createDirectories(dir.resolve("folder"));
        Files.copy(Path.of("profiles/aws-prod-base.yaml"), folder.resolve("a.yaml"));
        Files.copy(Path.of("profiles/broken-aws.yaml"), folder.resolve("b.yaml"));
        Path warnings = Files.writeString(dir.resolve("unknown-field.yaml"),
                Files.readString(Path.of("profiles/aws-prod-base.yaml")).replace("metadata:\n", "metadata:\n  colour: blue\n"));
        List<Arguments> out = new ArrayList<>();
        out.add(Arguments.of(List.of("profiles/aws-prod-base.yaml")));
        out.add(Arguments.of(List.of("profiles/broken-aws.yaml")));
        out.add(Arguments.of(List.of("profiles/typo-field.yaml")));
        out.add(Arguments.of(List.of("profiles/palette-export.json")));
        out.add(Arguments.of(List.of("profiles/web-addon.yaml", "profiles/azure-base.yaml")));
        out.add(Arguments.of(List.of("profiles")));
        out.add(Arguments.of(List.of(folder.toString(), unreadable.toString())));
        out.add(Arguments.of(List.of(dir.resolve("missing.yaml").toString())));
        out.add(Arguments.of(List.of(warnings.toString())));
        return out.stream();
    }

    @ParameterizedTest(name = "validate {0}")
    @MethodSource("documents")
    void printsAndReturnsWhatTheOptionParsersRunDoes(List<String> files) {
        List<String> plain = new ArrayList<>(List.of("validate"));
        plain.addAll(files);
        List<String> parsed = new ArrayList<>(List.of("validate", "--"));
        parsed.addAll(files);

        // the first run takes the direct way, the second the option parser
        assertThat(ProfileKitCli.Validate.plain(new ProfileKitCli(), plain.toArray(new String[0]))).isPresent();
        assertThat(ProfileKitCli.Validate.plain(new ProfileKitCli(), parsed.toArray(new String[0]))).isEmpty();
        ProfileKitCliTest.Run fast = ProfileKitCliTest.run(plain.toArray(new String[0]));
        ProfileKitCliTest.Run full = ProfileKitCliTest.run(parsed.toArray(new String[0]));

        assertThat(fast).isEqualTo(full);
        assertThat(fast.out() + fast.err()).isNotBlank();
    }
}
