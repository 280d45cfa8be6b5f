package io.profilekit.examples.cli;

import io.profilekit.ClusterProfile;
import io.profilekit.yaml.diff.ProfileDiff;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code profilekit diff OLD NEW [--output text|json]}: what changed between two profile documents,
 * as {@link ProfileDiff} sees it. Exit 0 when they are the same, 1 when they differ (comment-only
 * and formatting-only changes of values included), 2 when a document cannot be read — as
 * {@code diff} does.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Show what changed between two profile documents: metadata, tags, variables, layers, versions"
                + " (major/minor/patch/pre-release) and values by key; exit 0 same, 1 different, 2 unreadable.")
final class DiffCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    ProfileKitCli root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec command;

    @Parameters(index = "0", paramLabel = "OLD", description = "The old profile document (- reads standard input).")
    Path before;

    @Parameters(index = "1", paramLabel = "NEW", description = "The new profile document.")
    Path after;

    @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default: one line per change) or json.")
    String output;

    @Override
    public Integer call() {
        if (!output.equals("text") && !output.equals("json")) {
            throw ProfileKitCli.usage(command, "--output must be text or json, not '" + output + "'");
        }
        if (ProfileKitCli.isStdin(before) && ProfileKitCli.isStdin(after)) {
            throw ProfileKitCli.usage(command, "only one of OLD and NEW can be standard input (-)");
        }
        List<ClusterProfile> a = root.readDocument(before);
        List<ClusterProfile> b = root.readDocument(after);
        if (a.size() != b.size()) {
            throw new IllegalArgumentException(ProfileKitCli.name(before) + " holds " + a.size() + " profile(s) and "
                    + ProfileKitCli.name(after) + " holds " + b.size() + "; diff compares the profiles of two documents"
                    + " one by one, so give documents with the same number of profiles");
        }
        List<ProfileDiff> diffs = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            diffs.add(ProfileDiff.between(a.get(i), b.get(i)));
        }
        PrintWriter out = root.out();
        if (output.equals("json")) {
            String json = diffs.size() == 1 ? diffs.get(0).toJson()
                    : "[" + String.join(",", diffs.stream().map(ProfileDiff::toJson).toList()) + "]\n";
            out.print(Terminal.json(json));
        } else {
            for (ProfileDiff diff : diffs) {
                print(out, diff);
            }
        }
        return diffs.stream().allMatch(ProfileDiff::isEmpty) ? ProfileKitCli.OK : ProfileKitCli.VIOLATIONS;
    }

    private void print(PrintWriter out, ProfileDiff diff) {
        Terminal.line(out, "--- " + ProfileKitCli.name(before) + " (" + diff.from().name() + " " + diff.from().version() + ")");
        Terminal.line(out, "+++ " + ProfileKitCli.name(after) + " (" + diff.to().name() + " " + diff.to().version() + ")");
        if (diff.isEmpty()) {
            Terminal.line(out, "(no changes)");
        }
        for (ProfileDiff.Change c : diff.changes()) {
            Terminal.line(out, c.describe());
        }
    }
}
