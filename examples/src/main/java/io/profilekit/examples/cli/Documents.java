package io.profilekit.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The documents the command line was given: files as they are, {@code -} for standard input, and
 * the profile documents found in a folder and its subfolders ({@code *.yaml} and {@code *.yml}
 * files that name ProfileKit's {@code apiVersion}, {@code *.json} files with Palette's
 * {@code metadata} or {@code spec}), in name order. Links that lead out of the folder are not
 * followed; hidden folders such as {@code .git} are skipped.
 */
final class Documents {
    private static final int SNIFF_CHARS = 64 * 1024;

    private Documents() {
    }

    static List<Path> expand(List<Path> given, ProfileKitCli root) {
        List<Path> out = new ArrayList<>();
        for (Path p : given) {
            if (!ProfileKitCli.isStdin(p) && Files.isDirectory(p)) {
                List<Path> found = walk(p, root);
                if (found.isEmpty()) {
                    throw new IllegalArgumentException(p + ": no profile documents in this folder (ProfileKit YAML"
                            + " naming apiVersion profilekit.io/v1, or Palette JSON)");
                }
                out.addAll(found);
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static List<Path> walk(Path dir, ProfileKitCli root) {
        List<Path> found = new ArrayList<>();
        Path top;
        try {
            top = dir.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    String name = d.getFileName() == null ? "" : d.getFileName().toString();
                    return !d.equals(dir) && name.startsWith(".") ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                    if (!(name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"))) {
                        return FileVisitResult.CONTINUE;
                    }
                    try {
                        if (Files.isSymbolicLink(file) && !file.toRealPath().startsWith(top)) {
                            root.note(file + ": skipped: a link out of " + dir);
                            return FileVisitResult.CONTINUE;
                        }
                        if (!Files.isRegularFile(file)) {
                            return FileVisitResult.CONTINUE;
                        }
                        if (looksLikeAProfile(file, name.endsWith(".json"))) {
                            found.add(file);
                        } else {
                            root.verboseNote(file + ": skipped: not a profile document");
                        }
                    } catch (IOException e) {
                        // A broken link or an unreadable file: read, so that it is reported as unreadable.
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    root.note(file + ": skipped: cannot read it (" + e.getClass().getSimpleName() + ")");
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.sort(null);
        return found;
    }

    /**
     * ProfileKit YAML names its apiVersion near its start; Palette JSON (an object or an array of
     * them) has {@code metadata} or {@code spec} near its start (64 KiB are looked at, so a long
     * description does not hide one).
     */
    private static boolean looksLikeAProfile(Path file, boolean json) throws IOException {
        byte[] head;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_CHARS);
        }
        String text = new String(head, java.nio.charset.StandardCharsets.UTF_8);
        if (json) {
            String start = text.stripLeading();
            return (start.startsWith("{") || start.startsWith("[")) && (text.contains("\"metadata\"")
                    || text.contains("\"spec\""));
        }
        return text.contains("profilekit.io/");
    }
}
