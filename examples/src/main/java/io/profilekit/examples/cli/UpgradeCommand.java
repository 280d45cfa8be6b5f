package io.profilekit.examples.cli;

import io.profilekit.ClusterProfile;
import io.profilekit.rules.SourceLocation;
import io.profilekit.validation.upgrade.UpgradePlan;
import io.profilekit.validation.upgrade.UpgradePlanner;
import io.profilekit.validation.upgrade.UpgradePolicy;
import io.profilekit.yaml.ReadResult;
import io.profilekit.yaml.ScalarEdits;
import io.profilekit.yaml.SourceMap;
import io.profilekit.yaml.diff.ProfileDiff;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code profilekit upgrade FILE [--policy patch|minor|latest] [--pre-releases] [--write]}: plans
 * the newest versions each profile of the document may move to under the policy with every pack
 * constraint met ({@link UpgradePlanner}), prints the plan as a diff with the versions not taken and
 * the constraints that block them, and with {@code --write} changes the version values in the file
 * in place — comments and formatting of everything else stay as they were. Exit 0 when a plan was
 * made (whether or not anything moves), 1 when the profile breaks pack constraints whatever the
 * versions, 2 on bad usage or an unreadable document.
 */
@Command(name = "upgrade", mixinStandardHelpOptions = true,
        description = "Plan the newest versions a profile may move to with every pack constraint met, print the plan"
                + " as a diff naming what blocks the rest, and with --write change the file in place.")
final class UpgradeCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    ProfileKitCli root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec command;

    @Parameters(paramLabel = "FILE", description = "A profile document (ProfileKit YAML or Palette JSON).")
    Path file;

    @Option(names = "--policy", paramLabel = "POLICY", defaultValue = "minor",
            description = "patch: newer patches only; minor (default): newer minors of the same major; latest: any newer version.")
    String policy;

    @Option(names = "--pre-releases", description = "Also take pre-release versions (e.g. 1.34.0-rc.1).")
    boolean preReleases;

    @Option(names = "--write", description = "Write the upgraded versions into FILE, keeping its comments and formatting.")
    boolean write;

    @Override
    public Integer call() {
        UpgradePolicy chosen;
        try {
            chosen = UpgradePolicy.parse(policy);
        } catch (IllegalArgumentException e) {
            throw ProfileKitCli.usage(command, "--policy must be patch, minor or latest, not '" + policy + "'");
        }
        if (preReleases) {
            chosen = chosen.withPreReleases();
        }
        if (write && ProfileKitCli.isStdin(file)) {
            throw ProfileKitCli.usage(command, "--write needs a file, not standard input");
        }
        if (write && !root.from.equals("yaml") && !(root.from.equals("auto")
                && ProfileKitCli.sniff(file) == ProfileKitCli.Format.YAML)) {
            throw ProfileKitCli.usage(command, "--write edits ProfileKit YAML documents in place; " + file
                    + " is Palette JSON: convert it with 'profilekit convert " + file + " --to yaml' first, or print"
                    + " the plan without --write");
        }
        ReadResult read = root.readWithWarnings(file);
        read.warnings().forEach(w -> root.note(w.toString()));
        PrintWriter out = root.out();
        UpgradePlanner planner = UpgradePlanner.of(root.registry());
        List<UpgradePlan> plans = new ArrayList<>();
        boolean broken = false;
        for (ClusterProfile profile : read.profiles()) {
            UpgradePlan plan = planner.plan(root.lookup(profile), chosen);
            plans.add(plan);
            print(out, plan, chosen);
            broken |= !plan.problems().isEmpty();
        }
        if (write && plans.stream().anyMatch(UpgradePlan::changesAnything)) {
            write(read, plans);
            Terminal.line(out, "wrote " + file);
        }
        return broken ? ProfileKitCli.VIOLATIONS : ProfileKitCli.OK;
    }

    private void print(PrintWriter out, UpgradePlan plan, UpgradePolicy chosen) {
        ClusterProfile before = plan.before().get(0);
        ClusterProfile after = plan.profile();
        ProfileDiff diff = ProfileDiff.between(before, after);
        Terminal.line(out, "--- " + ProfileKitCli.name(file) + " (" + before.name() + " " + before.version() + ")");
        Terminal.line(out, "+++ upgraded, policy " + chosen + " (" + after.name() + " " + after.version() + ")");
        if (diff.isEmpty()) {
            Terminal.line(out, "(no upgrades)");
        }
        for (ProfileDiff.Change c : diff.changes()) {
            Terminal.line(out, c.describe());
        }
        for (UpgradePlan.Step s : plan.held()) {
            Terminal.line(out, "! " + s.path() + ": " + s.describe());
        }
        for (UpgradePlan.Step s : plan.steps()) {
            if (s.status() == UpgradePlan.Status.KEPT
                    || (s.status() == UpgradePlan.Status.UP_TO_DATE && (root.verbose || !s.reasons().isEmpty()))) {
                Terminal.line(out, "  " + s.path() + ": " + s.describe());
            }
        }
        for (String p : plan.problems()) {
            Terminal.line(out, "! " + p);
        }
    }

    /**
     * Replaces the version values of the moved layers and of each upgraded profile in the file's
     * text, then checks that the text reads back as the plan before writing it.
     */
    private void write(ReadResult read, List<UpgradePlan> plans) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ScalarEdits.Edit> edits = new ArrayList<>();
        // Profiles whose document gives no version keep theirs: only there may the version read
        // back differ from the plan's.
        java.util.Set<Integer> versionKept = new java.util.HashSet<>();
        for (int i = 0; i < plans.size(); i++) {
            UpgradePlan plan = plans.get(i);
            if (!plan.changesAnything()) {
                continue;
            }
            SourceMap sources = read.sourceMap(i);
            ClusterProfile before = read.profiles().get(i);
            for (UpgradePlan.Step s : plan.upgrades()) {
                String path = "layers[" + s.layerIndex() + "].pack.";
                io.profilekit.PackRef old = before.layers().get(s.layerIndex()).pack();
                edits.add(new ScalarEdits.Edit(at(sources, path + "version"), old.version().toString(), s.selector()));
                if (old.resolvedVersion().isPresent()) {
                    edits.add(new ScalarEdits.Edit(at(sources, path + "resolvedVersion"), old.resolvedVersion().get(),
                            s.to().orElseThrow().toString()));
                }
            }
            if (!plan.profile().version().equals(before.version())) {
                Optional<SourceLocation> at = sources.locateValue("version");
                if (at.isPresent()) {
                    edits.add(new ScalarEdits.Edit(at.get(), before.version().text(), plan.profile().version().text()));
                } else {
                    versionKept.add(i);
                    root.note(ProfileKitCli.name(file) + ": " + before.name() + " gives no version, so it stays "
                            + before.version() + "; add version: " + plan.profile().version() + " to publish the"
                            + " upgrade as a new version");
                }
            }
        }
        String edited = ScalarEdits.apply(text, edits);
        ReadResult back = root.readWithWarnings(file, edited);
        for (int i = 0; i < plans.size(); i++) {
            ClusterProfile expected = plans.get(i).profile();
            ClusterProfile got = root.lookup(back.profiles().get(i));
            boolean kept = versionKept.contains(i);
            if (!ProfileDiff.between(got, expected).significantChanges().stream()
                    .allMatch(c -> kept && c.path().equals("metadata.version"))) {
                throw new IllegalStateException(ProfileKitCli.name(file) + ": the edited document does not read back"
                        + " as the plan, so it was not written");
            }
        }
        try {
            replace(file, edited);
        } catch (IOException e) {
            String reason = e instanceof java.nio.file.AccessDeniedException ? "access denied"
                    : e instanceof java.nio.file.FileSystemException && ((java.nio.file.FileSystemException) e).getReason() != null
                    ? ((java.nio.file.FileSystemException) e).getReason() : e.getMessage();
            throw new UncheckedIOException("cannot write " + file + " (" + reason + ")", e);
        }
    }

    /**
     * Replaces a file's text without a moment in which it is cut short, where that keeps what the
     * file is: the text goes to a new file beside the file (through a link, beside its target),
     * which then takes the file's place in one step, with the file's permissions, owner and group.
     * Where a new file could not be the same file — a folder this user may not write, a file with
     * other hard links, an owner or group the new file cannot take, a file that cannot be moved
     * over (a mount) — the text is written into the file itself, as editors do. A file this user
     * may not write is refused either way.
     */
    static void replace(Path file, String text) throws IOException {
        Path target = file.toRealPath();
        if (!Files.isWritable(target)) {
            // Replacing it would succeed in a writable folder; a file that may not be written stays.
            throw new java.nio.file.AccessDeniedException(file.toString());
        }
        Path folder = target.toAbsolutePath().getParent();
        if (!Files.isWritable(folder) || links(target) > 1) {
            Files.writeString(target, text, StandardCharsets.UTF_8);
            return;
        }
        Path tmp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            if (!takeAttributes(target, tmp)) {
                Files.writeString(target, text, StandardCharsets.UTF_8);
                return;
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            } catch (java.nio.file.FileSystemException e) {
                // e.g. a file mounted on its own cannot be moved over: write it in place
                Files.writeString(target, text, StandardCharsets.UTF_8);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The file's number of hard links, 1 where the file system does not say. */
    private static int links(Path file) {
        try {
            Object n = Files.getAttribute(file, "unix:nlink");
            return n instanceof Integer ? (Integer) n : 1;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return 1;
        }
    }

    /**
     * Gives the new file the old one's permissions, owner and group; false if it cannot take them
     * (then the old file is written in place). Without POSIX attributes there is nothing to take.
     */
    private static boolean takeAttributes(Path from, Path to) {
        java.nio.file.attribute.PosixFileAttributeView old = Files.getFileAttributeView(from,
                java.nio.file.attribute.PosixFileAttributeView.class);
        java.nio.file.attribute.PosixFileAttributeView neu = Files.getFileAttributeView(to,
                java.nio.file.attribute.PosixFileAttributeView.class);
        if (old == null || neu == null) {
            return true;
        }
        try {
            java.nio.file.attribute.PosixFileAttributes a = old.readAttributes();
            java.nio.file.attribute.PosixFileAttributes b = neu.readAttributes();
            if (!a.owner().equals(b.owner())) {
                neu.setOwner(a.owner());
            }
            if (!a.group().equals(b.group())) {
                neu.setGroup(a.group());
            }
            neu.setPermissions(a.permissions());
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    private SourceLocation at(SourceMap sources, String path) {
        return sources.locateValue(path).orElseThrow(() -> new IllegalStateException(ProfileKitCli.name(file)
                + ": cannot find " + path + " in the document to change it in place"));
    }
}
