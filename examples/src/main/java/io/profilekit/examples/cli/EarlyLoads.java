package io.profilekit.examples.cli;

import io.profilekit.yaml.registry.FileRegistry;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The pack folders and Helm indexes named on the command line ({@code --registry},
 * {@code --helm-index}), read on a background thread from the start of a run, while the option
 * parser sets itself up (about 150 ms of a start). A command that asks for its registry takes what
 * was read for the exact option text — the same registry and warnings a load in its place gives —
 * or, if that load has not started yet, reads it at once itself. A load that failed is read again
 * by the command, so that the failure, its message and its stack trace come from the command's
 * own thread, as without early loads.
 *
 * <p>Only what the command line names for certain is read early: arguments are looked at up to
 * {@code --} (after which nothing is an option); nothing is read early when an argument file
 * ({@code @FILE}) could add options; an option whose text the command's own parsing would refuse
 * ({@code NAME=} without a path), or whose path is not a folder (a file, for an index), is left to
 * that parsing and its error. Nothing is written. Only {@link ProfileKitCli#main} reads early: a
 * load no command takes ends with the process.
 */
final class EarlyLoads {

    private final Map<String, FutureTask<FileRegistry>> folders;
    private final Map<String, FutureTask<FileRegistry>> indexes;

    private EarlyLoads(Map<String, FutureTask<FileRegistry>> folders, Map<String, FutureTask<FileRegistry>> indexes) {
        this.folders = folders;
        this.indexes = indexes;
    }

    /** @return no load: each registry is read when the command asks for it */
    static EarlyLoads none() {
        return new EarlyLoads(new LinkedHashMap<>(), new LinkedHashMap<>());
    }

    /**
     * Starts reading the registries the arguments name, one after the other, on a daemon thread.
     *
     * @param args the command line's arguments
     * @return the loads (none if the arguments name no registry, or might name them through an argument file)
     */
    static EarlyLoads start(String... args) {
        List<String> folderTexts = new ArrayList<>();
        List<String> indexTexts = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a == null || a.equals("--")) {
                break;
            }
            if (a.startsWith("@")) {
                return none();
            }
            if (a.equals("--registry") || a.equals("--helm-index")) {
                if (i + 1 < args.length && args[i + 1] != null) {
                    (a.equals("--registry") ? folderTexts : indexTexts).add(args[i + 1]);
                    i++;
                }
            } else if (a.startsWith("--registry=")) {
                folderTexts.add(a.substring("--registry=".length()));
            } else if (a.startsWith("--helm-index=")) {
                indexTexts.add(a.substring("--helm-index=".length()));
            }
        }
        Map<String, FutureTask<FileRegistry>> folders = new LinkedHashMap<>();
        Map<String, FutureTask<FileRegistry>> indexes = new LinkedHashMap<>();
        for (String text : folderTexts) {
            ProfileKitCli.RegistryOption.tryParse(text)
                    .filter(r -> Files.isDirectory(r.path))
                    .ifPresent(r -> folders.putIfAbsent(text, new FutureTask<>(
                            () -> ProfileKitCli.readFolder(r))));
        }
        for (String text : indexTexts) {
            ProfileKitCli.RegistryOption.tryParse(text)
                    .filter(r -> Files.isRegularFile(r.path))
                    .ifPresent(r -> indexes.putIfAbsent(text, new FutureTask<>(
                            () -> ProfileKitCli.readIndex(r))));
        }
        if (folders.isEmpty() && indexes.isEmpty()) {
            return none();
        }
        List<FutureTask<FileRegistry>> inOrder = new ArrayList<>(folders.values());
        inOrder.addAll(indexes.values());
        Thread loader = new Thread(() -> inOrder.forEach(FutureTask::run), "profilekit-early-registry-load");
        loader.setDaemon(true);
        loader.start();
        return new EarlyLoads(folders, indexes);
    }

    /**
     * The pack folder read early for an option: read now if its load has not started, waited for
     * if it is running.
     *
     * @param text the option's text, as given
     * @return the registry, or empty if it was not read early or its load failed (read it in turn)
     */
    Optional<FileRegistry> folder(String text) {
        return take(folders.remove(text));
    }

    /**
     * The Helm index read early for an option: read now if its load has not started, waited for
     * if it is running.
     *
     * @param text the option's text, as given
     * @return the registry, or empty if it was not read early or its load failed (read it in turn)
     */
    Optional<FileRegistry> index(String text) {
        return take(indexes.remove(text));
    }

    /**
     * Whether a load was started for an option's text and not taken yet.
     *
     * @param text the option's text
     * @return true if {@link #folder} or {@link #index} will give what is read early, unless it fails
     */
    boolean started(String text) {
        return folders.containsKey(text) || indexes.containsKey(text);
    }

    private static Optional<FileRegistry> take(FutureTask<FileRegistry> task) {
        if (task == null) {
            return Optional.empty();
        }
        // Does nothing if the loading thread has started it: another load may come first there.
        task.run();
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return Optional.of(task.get());
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    return Optional.empty();
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
