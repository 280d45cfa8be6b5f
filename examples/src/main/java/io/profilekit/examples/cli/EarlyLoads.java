package io.profilekit.examples.cli;

import io.profilekit.yaml.registry.FileRegistry;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The pack folders and Helm indexes named on the command line ({@code --registry},
 * {@code --helm-index}), read on a background thread from the start of a run, while the option
 * parser sets itself up (about 150 ms of a start). A command that asks for its registry takes what
 * was read for the exact option text — the same registry and warnings a load in its place gives —
 * waiting for it if it is being read; a load the background thread has not started yet is left to
 * the command, which reads it at once itself. A load that failed is read again by the command, so
 * that the failure, its message and its stack trace come from the command's own thread, as
 * without early loads.
 *
 * <p>Only what the command line names for certain is read early: arguments are looked at up to
 * {@code --} (after which nothing is an option); nothing is read early when an argument file
 * ({@code @FILE}) could add options; an option whose text the command's own parsing would refuse
 * ({@code NAME=} without a path), or whose path is not a folder (a file, for an index), is left to
 * that parsing and its error. Nothing is written but the pack-file cache, as the command's own load
 * would write it ({@link ProfileKitCli#packCache}). {@link ProfileKitCli#main} starts early loads
 * (and the class-data archive's training run, whose commands take theirs); a load no command
 * takes goes on, on its daemon thread, until it ends or the process does. The public
 * {@code ProfileKitCli.run} reads each registry in its turn.
 */
final class EarlyLoads {
    private final Map<String, Load> folders;
    private final Map<String, Load> indexes;

    private EarlyLoads(Map<String, Load> folders, Map<String, Load> indexes) {
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
        return start(System.getenv(), args);
    }

    /**
     * Starts reading the registries the arguments name, one after the other, on a daemon thread,
     * with the pack-file cache an environment names ({@link ProfileKitCli#packCache}).
     *
     * @param environment the environment the command reads too
     * @param args the command line's arguments
     * @return the loads (none if the arguments name no registry, or might name them through an argument file)
     */
    static EarlyLoads start(Map<String, String> environment, String... args) {
        return start(loads -> {
            Thread loader = new Thread(loads, "profilekit-early-registry-load");
            loader.setDaemon(true);
            loader.start();
        }, environment, args);
    }

    /**
     * Starts reading the registries the arguments name, one after the other, with the given starter.
     *
     * @param starter runs the loads (on another thread)
     * @param args the command line's arguments
     * @return the loads
     */
    static EarlyLoads start(Executor starter, String... args) {
        return start(starter, System.getenv(), args);
    }

    /**
     * Starts reading the registries the arguments name, one after the other, with the given starter
     * and the pack-file cache an environment names.
     *
     * @param starter runs the loads (on another thread)
     * @param environment the environment the command reads too
     * @param args the command line's arguments
     * @return the loads
     */
    static EarlyLoads start(Executor starter, Map<String, String> environment, String... args) {
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
        Map<String, Load> folders = new LinkedHashMap<>();
        Map<String, Load> indexes = new LinkedHashMap<>();
        for (String text : folderTexts) {
            ProfileKitCli.RegistryOption.tryParse(text)
                    .filter(r -> Files.isDirectory(r.path))
                    .ifPresent(r -> folders.putIfAbsent(text, new Load(() -> ProfileKitCli.readFolder(r, environment))));
        }
        for (String text : indexTexts) {
            ProfileKitCli.RegistryOption.tryParse(text)
                    .filter(r -> Files.isRegularFile(r.path))
                    .ifPresent(r -> indexes.putIfAbsent(text, new Load(() -> ProfileKitCli.readIndex(r))));
        }
        if (folders.isEmpty() && indexes.isEmpty()) {
            return none();
        }
        List<Load> inOrder = new ArrayList<>(folders.values());
        inOrder.addAll(indexes.values());
        starter.execute(() -> inOrder.forEach(Load::runIfUnclaimed));
        return new EarlyLoads(folders, indexes);
    }

    /**
     * The pack folder read early for an option, waited for if it is being read.
     *
     * @param text the option's text, as given
     * @return the registry, or empty if it was not read early, not started yet, or failed: read it in turn
     */
    Optional<FileRegistry> folder(String text) {
        return take(folders.remove(text));
    }

    /**
     * The Helm index read early for an option, waited for if it is being read.
     *
     * @param text the option's text, as given
     * @return the registry, or empty if it was not read early, not started yet, or failed: read it in turn
     */
    Optional<FileRegistry> index(String text) {
        return take(indexes.remove(text));
    }

    /**
     * Whether a load was started for an option's text and not taken yet.
     *
     * @param text the option's text
     * @return true if {@link #folder} or {@link #index} has not been asked for it
     */
    boolean started(String text) {
        return folders.containsKey(text) || indexes.containsKey(text);
    }

    private static Optional<FileRegistry> take(Load load) {
        if (load == null || load.claim()) {
            // not read early, or not started yet: the command reads it itself, now
            return Optional.empty();
        }
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return Optional.of(load.task.get());
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

    /** One load, run by the background thread unless the command claimed it first. */
    private static final class Load {
        private final AtomicBoolean claimed = new AtomicBoolean();
        private final FutureTask<FileRegistry> task;

        Load(Callable<FileRegistry> read) {
            this.task = new FutureTask<>(read);
        }

        /** @return true if this call claimed the load (no thread had) */
        boolean claim() {
            return claimed.compareAndSet(false, true);
        }

        void runIfUnclaimed() {
            if (claim()) {
                task.run();
            }
        }
    }
}
