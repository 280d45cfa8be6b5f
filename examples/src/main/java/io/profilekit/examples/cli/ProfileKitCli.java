package io.profilekit.examples.cli;

import io.profilekit.ClusterProfile;
import io.profilekit.oci.OciPackRegistry;
import io.profilekit.ClusterStack;
import io.profilekit.CloudType;
import io.profilekit.Layer;
import io.profilekit.LayerType;
import io.profilekit.registry.PackDescriptor;
import io.profilekit.registry.PackQuery;
import io.profilekit.registry.PackRegistries;
import io.profilekit.registry.PackRegistry;
import io.profilekit.resolve.ProfileResolutionException;
import io.profilekit.resolve.ProfileResolver;
import io.profilekit.resolve.ResolvedProfile;
import io.profilekit.rules.SafeText;
import io.profilekit.rules.ValidationReport;
import io.profilekit.rules.Violation;
import io.profilekit.validation.ProfileValidator;
import io.profilekit.yaml.EffectiveValues;
import io.profilekit.yaml.ProfileDocuments;
import io.profilekit.yaml.ProfileParseException;
import io.profilekit.yaml.ReadResult;
import io.profilekit.yaml.ReadWarning;
import io.profilekit.yaml.registry.FileRegistry;
import io.profilekit.yaml.registry.HelmIndexRegistry;
import io.profilekit.yaml.registry.PackDirectoryRegistry;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The {@code profilekit} command line: validate, resolve and convert profile documents, and list
 * the packs of a catalog.
 *
 * <pre>
 * profilekit validate examples/profiles/aws-prod-base.yaml
 * profilekit resolve profile.yaml
 * profilekit convert profile.yaml --to palette-api
 * profilekit packs --layer k8s --cloud aws
 * profilekit diff old.yaml new.yaml
 * profilekit upgrade profile.yaml --policy minor --write
 * </pre>
 *
 * <p>Exit codes: 0 valid (or done), 1 violations found, 2 bad usage or unreadable/invalid documents.
 */
@Command(name = "profilekit", mixinStandardHelpOptions = true, versionProvider = ProfileKitCli.Version.class,
        description = "Build, validate and convert Spectro Cloud Palette cluster profiles.",
        subcommands = {ProfileKitCli.Validate.class, ProfileKitCli.Resolve.class, ProfileKitCli.Convert.class,
            ProfileKitCli.Packs.class, ProfileKitCli.Schema.class, DiffCommand.class, UpgradeCommand.class,
            CommandLine.HelpCommand.class,
            AutoComplete.GenerateCompletion.class},
        footer = {"", "Exit codes: 0 valid, 1 violations found, 2 bad usage or unreadable documents."})
public final class ProfileKitCli implements Callable<Integer> {
    /** Exit code: the profiles are valid, or the command did its job. */
    public static final int OK = 0;
    /** Exit code: violations were found. */
    public static final int VIOLATIONS = 1;
    /** Exit code: bad usage, or a document could not be read. */
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--registry", scope = CommandLine.ScopeType.INHERIT, paramLabel = "[NAME[@UID]=]DIR", description = "A folder of packs in Palette's"
            + " pack format (repeatable), named as documents name it, e.g. \"In-house=packs\". What reading its YAML"
            + " files found is kept by their content for later runs (in $" + PACK_CACHE + ", else"
            + " $XDG_CACHE_HOME/profilekit/packs, else ~/.cache/profilekit/packs; " + PACK_CACHE + "=off: none).")
    List<String> registries = new ArrayList<>();

    @Option(names = "--helm-index", scope = CommandLine.ScopeType.INHERIT, paramLabel = "[NAME[@UID]=]FILE", description = "A Helm repository index.yaml"
            + " (repeatable), named as documents name it, e.g. \"Bitnami=index.yaml\".")
    List<String> helmIndexes = new ArrayList<>();

    @Option(names = "--oci-registry", scope = CommandLine.ScopeType.INHERIT, paramLabel = "[NAME[@UID]=]URL", description = "An OCI registry holding packs"
            + " as Palette lays them out (URL[/BASEPATH]/spectro-packs/archive/PACK:VERSION; repeatable), named as documents"
            + " name it, e.g. \"My Packs=https://registry.example.com/packs\". Credentials come from the environment"
            + " variables " + OCI_USERNAME + " and " + OCI_PASSWORD + " (basic authentication, or the token service's"
            + " login when the registry asks for a bearer token); without them access is anonymous.")
    List<String> ociRegistries = new ArrayList<>();

    @Option(names = "--oci-cache", scope = CommandLine.ScopeType.INHERIT, paramLabel = "DIR", description = "Where OCI registries' blobs are"
            + " kept by digest, so a later run downloads none it has (default: $" + OCI_CACHE + ", else"
            + " $XDG_CACHE_HOME/profilekit/oci, else ~/.cache/profilekit/oci).")
    Path ociCache;

    @Option(names = "--oci-pack-names", scope = CommandLine.ScopeType.INHERIT, paramLabel = "PACK[,PACK...]",
            description = "The packs to read from the OCI registries, for registries that do not list their repositories"
            + " (/v2/_catalog); with it, the catalog is not asked.")
    List<String> ociPackNames = new ArrayList<>();

    @Option(names = "--no-oci-cache", scope = CommandLine.ScopeType.INHERIT, description = "Read OCI registries without the blob cache.")
    boolean noOciCache;

    @Option(names = "--builtin", scope = CommandLine.ScopeType.INHERIT, description = "Also use the built-in sample catalog, after the registries given"
            + " (it is used on its own when no --registry, --helm-index or --oci-registry is given).")
    boolean builtin;

    @Option(names = "--any-registry", scope = CommandLine.ScopeType.INHERIT, description = "Ignore the registry each pack names and look every pack"
            + " up in the registries in use (as Palette's import lets you map packs to registries).")
    boolean anyRegistry;

    @Option(names = "--from", scope = CommandLine.ScopeType.INHERIT, paramLabel = "FORMAT", defaultValue = "auto", description = "The input format:"
            + " auto (default: by content), yaml, palette-api or palette-export.")
    String from;

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT, description = "Print every warning of the registries read, and stack traces of"
            + " unexpected errors.")
    boolean verbose;

    /** The environment variable with the user name for OCI registries. */
    static final String OCI_USERNAME = "PROFILEKIT_OCI_USERNAME";
    /** The environment variable with the password or access token for OCI registries. */
    static final String OCI_PASSWORD = "PROFILEKIT_OCI_PASSWORD";
    /** The environment variable naming the OCI blob cache's folder. */
    static final String OCI_CACHE = "PROFILEKIT_OCI_CACHE";
    /** The environment variable naming the folder where what reading pack folders found is kept, or {@code off}. */
    static final String PACK_CACHE = "PROFILEKIT_PACK_CACHE";

    /** The registries the arguments name, read from the start of the run (by {@link #main}; see {@link EarlyLoads}). */
    EarlyLoads early = EarlyLoads.none();

    /** The registry in use, read once per run. */
    private PackRegistry registry;

    /** Standard output and error of the run, set by {@link #run(ProfileKitCli, PrintWriter, PrintWriter, String...)}. */
    private PrintWriter out;
    private PrintWriter err;

    /** The environment the credentials and cache folder are read from (replaced in tests). */
    Map<String, String> environment = System.getenv();

    /**
     * Runs the command line.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        ProfileKitCli command = new ProfileKitCli();
        // The registries named are read while the option parser sets itself up; what the command
        // does not take dies with the process.
        command.early = EarlyLoads.start(args);
        System.exit(run(command, standard(FileDescriptor.out), standard(FileDescriptor.err), args));
    }

    /**
     * A writer on a standard stream that, unlike {@link System#out}, records a failed write (a full
     * disk, a closed pipe) so that {@link PrintWriter#checkError()} reports it.
     */
    private static PrintWriter standard(FileDescriptor fd) {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8), true);
    }

    /**
     * Runs the command line with the given output streams (for embedding and tests).
     *
     * @param out standard output
     * @param err standard error
     * @param args the arguments
     * @return the exit code
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(new ProfileKitCli(), out, err, args);
    }

    static int run(ProfileKitCli command, PrintWriter out, PrintWriter err, String... args) {
        command.out = out;
        command.err = err;
        Optional<Validate> plain = Validate.plain(command, args);
        if (plain.isPresent()) {
            return finish(out, err, runPlain(plain.get(), err));
        }
        CommandLine cli = new CommandLine(command);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, arguments) -> {
            CommandLine commandLine = e.getCommandLine();
            Terminal.line(commandLine.getErr(), "profilekit: " + e.getMessage() + " (see 'profilekit "
                    + commandLine.getCommandSpec().qualifiedName(" ").replaceFirst("^profilekit ?", "")
                    + (commandLine.getCommandSpec().parent() == null ? "" : " ") + "--help')");
            return USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            ProfileKitCli root = commandLine.getCommandSpec().root().commandLine().getCommand();
            Terminal.line(commandLine.getErr(), "profilekit: " + oneLine(e));
            if (root.verbose) {
                e.printStackTrace(commandLine.getErr());
            }
            return USAGE;
        });
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            code = tooLarge(err, e);
        }
        return finish(out, err, code);
    }

    /**
     * Runs {@code validate FILE...} without options directly, as the command line would run it:
     * the same command object, output and exit code, the same one-line message for an unexpected
     * failure. Setting up the option parser for every command takes more time than validating a
     * profile (about 150 ms of a start measured at 430 ms), and this is the command CI runs.
     */
    private static int runPlain(Validate validate, PrintWriter err) {
        try {
            return validate.call();
        } catch (OutOfMemoryError | StackOverflowError e) {
            return tooLarge(err, e);
        } catch (CommandLine.ParameterException e) {
            Terminal.line(err, "profilekit: " + e.getMessage() + " (see 'profilekit validate --help')");
            return USAGE;
        } catch (RuntimeException e) {
            Terminal.line(err, "profilekit: " + oneLine(e));
            return USAGE;
        }
    }

    private static int tooLarge(PrintWriter err, Throwable e) {
        err.println("profilekit: the input is too large to process (" + e.getClass().getSimpleName() + ")");
        return USAGE;
    }

    private static int finish(PrintWriter out, PrintWriter err, int code) {
        if (out.checkError()) {
            err.println("profilekit: cannot write to standard output; the output is incomplete");
            code = USAGE;
        }
        err.flush();
        return code;
    }

    /** @return standard output of the run */
    PrintWriter out() {
        return out != null ? out : spec.commandLine().getOut();
    }

    /** @return standard error of the run */
    PrintWriter err() {
        return err != null ? err : spec.commandLine().getErr();
    }

    static String oneLine(Throwable e) {
        // Unwrap only a wrapper without a message of its own (new UncheckedIOException(cause)): a
        // message such as "cannot write FILE: ..." says what failed, which the cause alone does not.
        if (e instanceof UncheckedIOException && e.getCause() != null
                && (e.getMessage() == null || e.getMessage().equals(e.getCause().toString()))) {
            e = e.getCause();
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file: " + message;
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "cannot read (access denied): " + message;
        }
        return message;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(err());
        return USAGE;
    }

    /** A usage error of the given command, pointing at that command's help. */
    static CommandLine.ParameterException usage(CommandLine.Model.CommandSpec command, String message) {
        return new CommandLine.ParameterException(command.commandLine(), message);
    }

    /**
     * The registry the options name, read once: the pack folders, then the Helm indexes, in the
     * order given, then the built-in catalog — which is used on its own when no registry is given,
     * and last when {@code --builtin} is set. The first registry that has a pack answers for it; a
     * layer naming a registry is looked up there only. What a reader tolerated is printed on
     * standard error: every warning with {@code --verbose}, else how many.
     */
    PackRegistry registry() {
        if (registry != null) {
            return registry;
        }
        List<PackRegistry> all = new ArrayList<>();
        for (String option : registries) {
            RegistryOption r = RegistryOption.parse(spec, "--registry", option);
            if (!Files.isDirectory(r.path)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--registry " + r.path + ": not a folder");
            }
            all.add(loaded(early.folder(option).orElseGet(() -> readFolder(r, environment))));
        }
        for (String option : helmIndexes) {
            RegistryOption r = RegistryOption.parse(spec, "--helm-index", option);
            if (!Files.isRegularFile(r.path)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--helm-index " + r.path
                        + ": no such file");
            }
            all.add(loaded(early.index(option).orElseGet(() -> readIndex(r))));
        }
        for (String option : ociRegistries) {
            all.add(ociRegistry(option));
        }
        if (all.isEmpty() || builtin) {
            all.add(PackRegistries.builtIn());
        }
        registry = all.size() == 1 ? all.get(0) : PackRegistries.compose(all);
        return registry;
    }

    /** Reads the pack folder a {@code --registry} option names (also ahead of time, by {@link EarlyLoads}). */
    static FileRegistry readFolder(RegistryOption r) {
        return readFolder(r, System.getenv());
    }

    /**
     * Reads the pack folder a {@code --registry} option names, with the pack-file cache the
     * environment names ({@link #packCache(Map)}).
     *
     * @param r the option
     * @param environment the environment
     * @return the registry
     */
    static FileRegistry readFolder(RegistryOption r, Map<String, String> environment) {
        PackDirectoryRegistry.Builder b = r.apply(PackDirectoryRegistry.builder());
        packCache(environment).ifPresent(b::cacheIn);
        return b.load(r.path);
    }

    /**
     * Where what reading pack folders found is kept between runs
     * ({@link PackDirectoryRegistry.Builder#cacheIn(Path)}): {@code $PROFILEKIT_PACK_CACHE} (none if it
     * is {@code off}), else {@code $XDG_CACHE_HOME/profilekit/packs}, else
     * {@code ~/.cache/profilekit/packs}.
     *
     * @param environment the environment
     * @return the folder, or empty for none
     */
    static java.util.Optional<Path> packCache(Map<String, String> environment) {
        return "off".equals(environment.get(PACK_CACHE)) ? java.util.Optional.empty()
                : userCache(environment, PACK_CACHE, "packs");
    }

    /** Reads the Helm index a {@code --helm-index} option names (also ahead of time, by {@link EarlyLoads}). */
    static FileRegistry readIndex(RegistryOption r) {
        return r.apply(HelmIndexRegistry.builder()).load(r.path);
    }

    private FileRegistry loaded(FileRegistry r) {
        notes(r.source(), r.warnings());
        return r;
    }

    private void notes(String source, List<ReadWarning> warnings) {
        PrintWriter err = err();
        if (verbose) {
            warnings.forEach(w -> Terminal.line(err, "profilekit: note: " + source + ": " + w));
        } else if (!warnings.isEmpty()) {
            Terminal.line(err, "profilekit: note: " + source + ": " + warnings.size()
                    + (warnings.size() == 1 ? " warning" : " warnings") + " reading the registry (--verbose lists them)");
        }
    }

    /**
     * An OCI registry named by {@code --oci-registry}, with the credentials of the environment and
     * the blob cache. With {@code --verbose}, says how many blobs came from the network and the cache.
     */
    private OciPackRegistry ociRegistry(String option) {
        RegistryOption r = RegistryOption.parse(spec, "--oci-registry", option);
        OciPackRegistry.Builder b = OciPackRegistry.builder();
        try {
            b.url(r.text);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--oci-registry " + e.getMessage());
        }
        if (r.name != null) {
            b.id(r.name).name(r.name);
        }
        if (r.uid != null) {
            b.uid(r.uid);
        }
        String user = environment.getOrDefault(OCI_USERNAME, "");
        String password = environment.getOrDefault(OCI_PASSWORD, "");
        if (!user.isEmpty() || !password.isEmpty()) {
            b.credentials(user, password);
        }
        ociCacheFolder().ifPresent(b::cache);
        if (!ociPackNames.isEmpty()) {
            // Split here rather than by the option parser, which drops a value that is only commas.
            String[] names = ociPackNames.stream().flatMap(v -> java.util.Arrays.stream(v.split(",", -1)))
                    .map(String::trim).filter(n -> !n.isEmpty()).toArray(String[]::new);
            if (names.length == 0) {
                // Without names the registry's catalog would be asked, which --oci-pack-names is meant to avoid.
                throw new CommandLine.ParameterException(spec.commandLine(), "--oci-pack-names names no pack;"
                        + " give the packs to read, separated by commas, e.g. hello-universe,web-portal");
            }
            for (String n : names) {
                if (!OCI_REPOSITORY_NAME.matcher(n).matches()) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--oci-pack-names " + SafeText.quote(n)
                            + " is not an OCI repository name; write lowercase letters and digits, separated by"
                            + " '.', '_', '-' or '/', e.g. hello-universe");
                }
            }
            b.packNames(names);
        }
        OciPackRegistry oci = b.build();
        notes(oci.source(), oci.warnings());
        OciPackRegistry.Stats stats = oci.stats();
        verboseNote(oci.source() + ": " + stats.versions() + " pack versions in " + stats.repositories()
                + " repositories; blobs read: " + stats.blobsFromNetwork() + " from the network, " + stats.blobsFromCache()
                + " from the cache");
        return oci;
    }

    /** A repository name as the OCI distribution specification allows it (path components). */
    private static final java.util.regex.Pattern OCI_REPOSITORY_NAME =
            java.util.regex.Pattern.compile("[a-z0-9]+(?:(?:\\.|_|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:\\.|_|__|-+)[a-z0-9]+)*)*");

    /** The OCI blob cache's folder: --oci-cache, else the environment's, else the user's cache folder. */
    java.util.Optional<Path> ociCacheFolder() {
        if (noOciCache) {
            return java.util.Optional.empty();
        }
        if (ociCache != null) {
            return java.util.Optional.of(ociCache);
        }
        return userCache(environment, OCI_CACHE, "oci");
    }

    /**
     * A cache folder: the one an environment variable names, else {@code $XDG_CACHE_HOME/profilekit/SUB},
     * else {@code ~/.cache/profilekit/SUB}. A relative {@code XDG_CACHE_HOME} or home folder is
     * ignored (as the XDG specification asks; a user id without an entry of its own gets the home
     * folder {@code ?}).
     *
     * @param environment the environment
     * @param variable the variable naming the folder
     * @param sub the folder's name under the user's cache folder
     * @return the folder; empty if there is no absolute home folder either
     */
    static java.util.Optional<Path> userCache(Map<String, String> environment, String variable, String sub) {
        String fromEnvironment = environment.getOrDefault(variable, "");
        if (!fromEnvironment.isEmpty()) {
            return java.util.Optional.of(Path.of(fromEnvironment));
        }
        String xdg = environment.getOrDefault("XDG_CACHE_HOME", "");
        if (!xdg.isEmpty() && Path.of(xdg).isAbsolute()) {
            return java.util.Optional.of(Path.of(xdg, "profilekit", sub));
        }
        String home = System.getProperty("user.home", "");
        return home.isEmpty() || !Path.of(home).isAbsolute() ? java.util.Optional.empty()
                : java.util.Optional.of(Path.of(home, ".cache", "profilekit", sub));
    }

    /** {@code [NAME[@UID]=]PATH}: a registry file, folder or URL, and the name and uid documents know it by. */
    static final class RegistryOption {
        final String name;
        final String uid;
        final String text;
        final Path path;

        private RegistryOption(String name, String uid, String text) {
            this.name = name;
            this.uid = uid;
            this.text = text;
            this.path = option(text) ? Path.of(text) : Path.of("");
        }

        /** Whether a text can be a path (a URL may not be one on every platform). */
        private static boolean option(String text) {
            try {
                Path.of(text);
                return true;
            } catch (java.nio.file.InvalidPathException e) {
                return false;
            }
        }

        /** The option a text gives, or empty where {@link #parse} would refuse it. */
        static Optional<RegistryOption> tryParse(String text) {
            int eq = text.indexOf('=');
            if (eq < 0) {
                return Optional.of(new RegistryOption(null, null, text));
            }
            String label = text.substring(0, eq);
            String file = text.substring(eq + 1);
            int at = label.lastIndexOf('@');
            String name = at < 0 ? label : label.substring(0, at);
            String uid = at < 0 ? null : label.substring(at + 1);
            if (name.isBlank() || file.isBlank() || (uid != null && uid.isBlank())) {
                return Optional.empty();
            }
            return Optional.of(new RegistryOption(name, uid, file));
        }

        static RegistryOption parse(CommandLine.Model.CommandSpec spec, String option, String text) {
            return tryParse(text).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), option
                    + " '" + text + (option.equals("--oci-registry")
                            ? "': write NAME=URL or NAME@UID=URL, e.g. \"My Packs=https://registry.example.com/packs\""
                            : "': write NAME=PATH or NAME@UID=PATH, e.g. \"Bitnami=index.yaml\"")));
        }

        /** Names the registry (its id too) and gives it the uid, when the option did. */
        <B extends FileRegistry.Builder<B>> B apply(B builder) {
            if (name != null) {
                builder.id(name).name(name);
            }
            if (uid != null) {
                builder.uid(uid);
            }
            return builder;
        }
    }

    /** Document formats the command line reads and writes. */
    enum Format {
        YAML("yaml"), PALETTE_API("palette-api"), PALETTE_EXPORT("palette-export");

        final String option;

        Format(String option) {
            this.option = option;
        }

        io.profilekit.yaml.ProfileFormat documents() {
            switch (this) {
                case PALETTE_API:
                    return ProfileDocuments.paletteApiJson();
                case PALETTE_EXPORT:
                    return ProfileDocuments.paletteExportJson();
                default:
                    return ProfileDocuments.yaml();
            }
        }

        static Format fromOption(String text) {
            for (Format f : values()) {
                if (f.option.equals(text.toLowerCase(Locale.ROOT))) {
                    return f;
                }
            }
            throw new IllegalArgumentException("unknown format '" + text + "'; use yaml, palette-api or palette-export");
        }
    }

    /**
     * Reads a document ({@code -} for standard input), choosing the format by content (JSON with
     * registry metadata is a Palette export), and prints what the reader could not keep as notes on
     * standard error.
     */
    List<ClusterProfile> readDocument(Path file) {
        ReadResult result = readWithWarnings(file);
        for (ReadWarning warning : result.warnings()) {
            Terminal.line(err(), "profilekit: note: " + warning);
        }
        return result.profiles();
    }

    /** The tip {@code validate} gives, for a resolution that failed on a registry the document names. */
    void registryTip(ProfileResolutionException e) {
        boolean registry = e.failures().stream()
                .anyMatch(f -> f.reason() == io.profilekit.resolve.ResolutionFailure.Reason.UNKNOWN_REGISTRY);
        if (registry && !anyRegistry) {
            Terminal.line(err(),
                    "  (tip: --any-registry looks every pack up in the registries in use)");
        }
    }

    /** Prints a note on standard error. */
    void note(String text) {
        Terminal.line(err(), "profilekit: note: " + text);
    }

    /** Prints a note on standard error with {@code --verbose} only. */
    void verboseNote(String text) {
        if (verbose) {
            note(text);
        }
    }

    /**
     * The profile as packs are looked up: with {@code --any-registry}, no layer names a registry,
     * so every pack is looked up in the registries in use. Only lookups use it: what is written
     * keeps the registries the document named.
     */
    ClusterProfile lookup(ClusterProfile profile) {
        if (!anyRegistry) {
            return profile;
        }
        List<Layer> layers = new ArrayList<>();
        for (Layer layer : profile.layers()) {
            layers.add(layer.toBuilder().pack(layer.pack().withoutRegistry()).build());
        }
        return profile.toBuilder().layers(layers).buildLenient();
    }

    /**
     * The profile with every layer pinned to the exact version it resolves to; a layer that names a
     * registry keeps it (gaining the uid of the registry found, if it had none; with
     * {@code --any-registry}, exactly as written).
     *
     * @throws ProfileResolutionException if a layer does not resolve
     */
    ClusterProfile pinned(ClusterProfile profile) {
        ClusterProfile resolved = ProfileResolver.of(registry()).resolve(lookup(profile)).profile();
        if (!anyRegistry) {
            return resolved;
        }
        List<Layer> layers = new ArrayList<>();
        for (int i = 0; i < resolved.layers().size(); i++) {
            Layer pin = resolved.layers().get(i);
            java.util.Optional<io.profilekit.RegistryRef> named = profile.layers().get(i).pack().registry();
            layers.add(named.isPresent() ? pin.toBuilder().pack(pin.pack().withRegistry(named.get())).build() : pin);
        }
        return resolved.toBuilder().layers(layers).buildLenient();
    }

    /** How many characters of a file are looked at to tell its format. */
    private static final int SNIFF_CHARS = 64 * 1024;

    /**
     * Reads a document in the {@code --from} format, or, with {@code auto}, in the format its
     * beginning shows: ProfileKit's {@code apiVersion}, else Palette export JSON (packs with
     * {@code registry} metadata, or {@code metadata.description}), else Palette API JSON for any
     * other JSON, else ProfileKit YAML. Only the first 64 KiB are looked at; the reader applies its
     * own size limits to the whole file.
     */
    ReadResult readWithWarnings(Path file) {
        return readWithWarnings(file, null);
    }

    /**
     * Reads a document as {@link #readWithWarnings(Path)} does, from the given text instead of the
     * file when one is given (the text a command is about to write to the file).
     */
    ReadResult readWithWarnings(Path file, String content) {
        if (content != null) {
            Format format = from.equals("auto") ? sniff(content.substring(0, Math.min(content.length(), SNIFF_CHARS)))
                    : parseFormat(spec, "--from", from);
            return format.documents().readWithWarnings(new java.io.StringReader(content), name(file));
        }
        ReadResult result;
        if (isStdin(file)) {
            String text = stdin();
            Format format = from.equals("auto") ? sniff(text.substring(0, Math.min(text.length(), SNIFF_CHARS)))
                    : parseFormat(spec, "--from", from);
            result = format.documents().readWithWarnings(new java.io.StringReader(text), STDIN);
        } else {
            requireNotFolder(file);
            Format format = from.equals("auto") ? sniff(file) : parseFormat(spec, "--from", from);
            result = format.documents().readWithWarnings(file);
        }
        if (result.profiles().isEmpty()) {
            throw new IllegalArgumentException(name(file) + ": no profile in this document");
        }
        return result;
    }

    /** What messages call standard input. */
    static final String STDIN = "<stdin>";

    /** Where standard input is read from; tests replace it. */
    java.io.InputStream stdin = System.in;

    private String stdinText;

    static boolean isStdin(Path file) {
        return file.toString().equals("-");
    }

    static String name(Path file) {
        return isStdin(file) ? STDIN : file.toString();
    }

    /** Standard input, read once, as UTF-8, refused beyond the reader's document size limit. */
    private String stdin() {
        if (stdinText == null) {
            long limit = io.profilekit.yaml.ReadLimits.defaults().maxDocumentChars();
            try {
                long most = Math.min(Integer.MAX_VALUE - 9, 3 * limit);
                byte[] bytes = stdin.readNBytes((int) most + 1);
                if (bytes.length > most) {
                    // UTF-8 takes at most 3 bytes per character: more bytes are more characters than allowed.
                    throw new IllegalArgumentException(STDIN + ": the input is larger than the limit of " + limit
                            + " characters");
                }
                stdinText = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new IllegalArgumentException(STDIN + ": the input is not valid UTF-8 text");
            } catch (java.io.IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return stdinText;
    }

    static Format sniff(String text) {
        io.profilekit.yaml.ProfileFormat detected = ProfileDocuments.detect(text);
        for (Format f : Format.values()) {
            if (f.documents().name().equals(detected.name())) {
                return f;
            }
        }
        return Format.YAML;
    }

    /** Refuses a folder where a document is read, naming it (reading one fails with just "Is a directory"). */
    static void requireNotFolder(Path file) {
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException(name(file) + " is a folder; give a profile document (a .yaml or .json file)");
        }
    }

    static Format sniff(Path file) {
        requireNotFolder(file);
        char[] head = new char[SNIFF_CHARS];
        int n;
        try (java.io.Reader reader = new java.io.InputStreamReader(Files.newInputStream(file),
                java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE))) {
            n = reader.read(head);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        return sniff(n <= 0 ? "" : new String(head, 0, n));
    }

    /**
     * Writes profiles in a format: YAML and Palette export JSON as they are (selectors and registry
     * references kept); Palette API JSON, which takes exact versions only, after resolution.
     * Several profiles become a YAML stream or a JSON array.
     */
    String write(Format format, List<ClusterProfile> profiles) {
        List<ClusterProfile> out = profiles;
        if (format == Format.PALETTE_API) {
            out = new ArrayList<>();
            for (ClusterProfile profile : profiles) {
                out.add(pinned(profile));
            }
        }
        String text = out.size() == 1 ? format.documents().write(out.get(0)) : format.documents().writeAll(out);
        return format == Format.YAML ? text : Terminal.json(text);
    }

    /** {@code profilekit --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = ProfileKitCli.class.getPackage().getImplementationVersion();
            return new String[] {"profilekit " + (v == null ? "(development build)" : v)};
        }
    }

    /** {@code profilekit validate FILE|DIR|-…}. */
    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Validate profile documents against the catalog and print every violation at its line.")
    static final class Validate implements Callable<Integer> {
        @CommandLine.ParentCommand
        ProfileKitCli root;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "ProfileKit YAML or Palette JSON documents;"
                + " a folder is searched for them (*.yaml, *.yml, *.json); - reads standard input.")
        List<Path> files;

        @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "text",
                description = "text (default), json, github (GitHub Actions annotations) or sarif (SARIF 2.1.0, for"
                        + " code scanning).")
        String output;

        @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
                description = "error (default): exit 1 on errors only; warning: on warnings too.")
        String failOn;

        @Option(names = "--stack", description = "Validate the profiles as one cluster: the first document's"
                + " infrastructure or Full profile as the base, the add-on profiles of the others attached to it.")
        boolean stack;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec command;

        /** What {@code --output sarif} prints at the end. */
        private final SarifReport sarif = new SarifReport();

        /**
         * The command for {@code validate FILE...} with nothing else (no option, no standard input,
         * no {@code @file} of arguments), set up as the option parser would set it up, or empty if
         * the arguments need the parser.
         */
        static Optional<Validate> plain(ProfileKitCli root, String... args) {
            if (args.length < 2 || !args[0].equals("validate")) {
                return Optional.empty();
            }
            List<Path> files = new ArrayList<>();
            for (int i = 1; i < args.length; i++) {
                String a = args[i];
                if (a.isEmpty() || a.startsWith("-") || a.startsWith("@")) {
                    return Optional.empty();
                }
                try {
                    files.add(Path.of(a));
                } catch (java.nio.file.InvalidPathException e) {
                    return Optional.empty();
                }
            }
            root.from = "auto";
            Validate v = new Validate();
            v.root = root;
            v.files = files;
            v.output = "text";
            v.failOn = "error";
            return Optional.of(v);
        }

        /** One profile read, with where it stands in its document. */
        private record Read(Path file, ClusterProfile profile, io.profilekit.yaml.SourceMap sources) {
        }

        @Override
        public Integer call() {
            if (!List.of("text", "json", "github", "sarif").contains(output)) {
                throw usage(command, "--output must be text, json, github or sarif, not '" + output + "'");
            }
            if (!failOn.equals("error") && !failOn.equals("warning")) {
                throw usage(command, "--fail-on must be error or warning, not '" + failOn + "'");
            }
            PrintWriter out = root.out();
            PrintWriter err = root.err();
            ProfileValidator validator = ProfileValidator.of(root.registry());
            boolean unreadable = false;
            boolean failed = false;
            List<Map<String, Object>> json = new ArrayList<>();
            List<Read> all = new ArrayList<>();
            Map<Path, List<Map<String, Object>>> profilesJsonOf = new LinkedHashMap<>();
            for (Path file : Documents.expand(files, root)) {
                Map<String, Object> fileJson = new LinkedHashMap<>();
                fileJson.put("file", name(file));
                json.add(fileJson);
                ReadResult result;
                try {
                    result = root.readWithWarnings(file);
                } catch (ProfileParseException | UncheckedIOException | IllegalArgumentException e) {
                    unreadable = true;
                    if (output.equals("github")) {
                        Terminal.line(out, github("error", name(file), e instanceof ProfileParseException
                                ? ((ProfileParseException) e).line().orElse(0) : 0, e instanceof ProfileParseException
                                ? ((ProfileParseException) e).column().orElse(0) : 0, "unreadable", oneLine(e)));
                    } else if (output.equals("sarif")) {
                        sarif.unreadable(name(file), e, oneLine(e));
                    }
                    // A read error names the file and the place in it already.
                    String message = oneLine(e);
                    Terminal.line(err, "profilekit: " + (e instanceof ProfileParseException
                            || message.contains(name(file)) ? "" : name(file) + ": ") + message);
                    fileJson.put("readable", false);
                    fileJson.put("error", errorJson(e));
                    continue;
                }
                result.warnings().forEach(w -> root.note(w.toString()));
                fileJson.put("readable", true);
                List<Map<String, Object>> profilesJson = new ArrayList<>();
                fileJson.put("profiles", profilesJson);
                profilesJsonOf.put(file, profilesJson);
                for (int i = 0; i < result.profiles().size(); i++) {
                    all.add(new Read(file, result.profiles().get(i), result.sourceMap(i)));
                }
            }
            if (stack) {
                failed = validateStack(validator, all, out, json);
            } else {
                for (Read read : all) {
                    ValidationReport report = validator.validate(root.lookup(read.profile())).locate(read.sources()::locate);
                    failed |= fails(report);
                    profilesJsonOf.get(read.file()).add(toJson(read.profile(), report));
                    print(out, read.file(), report);
                }
            }
            if (output.equals("json")) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("schemaVersion", 1);
                doc.put("files", json);
                out.println(Terminal.json(JsonOutput.write(doc)));
            } else if (output.equals("sarif")) {
                out.println(Terminal.json(sarif.write()));
            }
            return unreadable ? USAGE : failed ? VIOLATIONS : OK;
        }

        private boolean validateStack(ProfileValidator validator, List<Read> all, PrintWriter out,
                                      List<Map<String, Object>> json) {
            if (all.isEmpty()) {
                return false;
            }
            ClusterStack clusterStack;
            try {
                clusterStack = ClusterStack.of(root.lookup(all.get(0).profile()),
                        all.subList(1, all.size()).stream().map(r -> root.lookup(r.profile())).toList());
            } catch (IllegalArgumentException e) {
                throw usage(command, "--stack: " + e.getMessage());
            }
            Map<String, Read> byLabel = new LinkedHashMap<>();
            for (int i = 0; i < all.size(); i++) {
                byLabel.put(clusterStack.label(i), all.get(i));
            }
            ValidationReport report = validator.validate(clusterStack).locate(path -> {
                for (Map.Entry<String, Read> labelled : byLabel.entrySet()) {
                    String label = labelled.getKey();
                    if (path.equals(label) || path.startsWith(label + ".")) {
                        return labelled.getValue().sources().locate(path.substring(Math.min(path.length(),
                                label.length() + 1)));
                    }
                }
                return all.get(0).sources().locate(path);
            });
            Map<String, Object> stackJson = toJson(all.get(0).profile(), report);
            stackJson.put("stack", all.stream().map(r -> name(r.file())).toList());
            json.add(Map.of("stack", stackJson));
            print(out, all.get(0).file(), report);
            return fails(report);
        }

        private boolean fails(ValidationReport report) {
            return !report.isValid() || (failOn.equals("warning") && !report.warnings().isEmpty());
        }

        private void print(PrintWriter out, Path file, ValidationReport report) {
            if (output.equals("text")) {
                printText(out, file, report);
                if (report.codes().contains("REGISTRY_NOT_FOUND") && !root.anyRegistry) {
                    Terminal.line(out, "  (tip: --any-registry looks every pack up in the registries in use)");
                }
            } else if (output.equals("github")) {
                for (Violation v : report.violations()) {
                    String level = v.severity() == io.profilekit.rules.Severity.ERROR ? "error"
                            : v.severity() == io.profilekit.rules.Severity.WARNING ? "warning" : "notice";
                    Terminal.line(out, github(level, v.location().map(l -> l.document()).orElse(name(file)),
                            v.location().map(l -> l.line()).orElse(0), v.location().map(l -> l.column()).orElse(0),
                            v.code(), (v.path().isEmpty() ? "" : v.path() + ": ") + v.message()
                                    + (v.hint().isEmpty() ? "" : " — " + v.hint())));
                }
            } else if (output.equals("sarif")) {
                sarif.add(name(file), report);
            }
        }

        /** A GitHub Actions workflow command, its properties and message escaped as the runner reads them. */
        static String github(String level, String file, int line, int column, String title, String message) {
            StringBuilder sb = new StringBuilder("::").append(level).append(" file=").append(githubProperty(file));
            if (line > 0) {
                sb.append(",line=").append(line);
                if (column > 0) {
                    sb.append(",col=").append(column);
                }
            }
            return sb.append(",title=").append(githubProperty(title)).append("::").append(githubData(message)).toString();
        }

        private static String githubData(String s) {
            return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
        }

        private static String githubProperty(String s) {
            return githubData(s).replace(":", "%3A").replace(",", "%2C");
        }

        private static void printText(PrintWriter out, Path file, ValidationReport report) {
            report.textLines(name(file)).forEach(line -> Terminal.line(out, line));
        }

        private static Map<String, Object> errorJson(RuntimeException e) {
            Map<String, Object> m = new LinkedHashMap<>();
            if (e instanceof ProfileParseException) {
                ProfileParseException p = (ProfileParseException) e;
                p.line().ifPresent(l -> m.put("line", l));
                p.column().ifPresent(c -> m.put("column", c));
                m.put("path", p.path());
                m.put("message", p.problem());
                m.put("hint", p.hint());
            } else {
                m.put("message", oneLine(e));
            }
            return m;
        }

        private static Map<String, Object> toJson(ClusterProfile profile, ValidationReport report) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("profile", profile.name());
            m.put("version", profile.version().text());
            m.put("kind", profile.kind().name());
            m.put("valid", report.isValid());
            m.put("errors", report.errors().size());
            m.put("warnings", report.warnings().size());
            List<Map<String, Object>> vs = new ArrayList<>();
            for (Violation v : report.violations()) {
                Map<String, Object> vm = new LinkedHashMap<>();
                vm.put("path", v.path());
                v.location().ifPresent(l -> {
                    vm.put("file", l.document());
                    vm.put("line", l.line());
                    vm.put("column", l.column());
                });
                vm.put("code", v.code());
                vm.put("severity", v.severity().name());
                vm.put("message", v.message());
                vm.put("hint", v.hint());
                vs.add(vm);
            }
            m.put("violations", vs);
            return m;
        }
    }

    /** {@code profilekit schema}. */
    @Command(name = "schema", mixinStandardHelpOptions = true,
            description = "Print the JSON Schema of ProfileKit's YAML format, for editors.")
    static final class Schema implements Callable<Integer> {
        @CommandLine.ParentCommand
        ProfileKitCli root;

        @Override
        public Integer call() {
            try (java.io.InputStream in = ProfileDocuments.class.getResourceAsStream(ProfileDocuments.yamlSchemaResource())) {
                if (in == null) {
                    throw new IllegalStateException("the JSON Schema is missing from profilekit-yaml");
                }
                root.out().print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new UncheckedIOException(e);
            }
            return OK;
        }
    }

    /** {@code profilekit resolve FILE}. */
    @Command(name = "resolve", mixinStandardHelpOptions = true,
            description = "Pin every version selector to an exact version and print the resolved document.")
    static final class Resolve implements Callable<Integer> {
        @CommandLine.ParentCommand
        ProfileKitCli root;

        @Parameters(paramLabel = "FILE", description = "A profile document.")
        Path file;

        @Option(names = "--to", paramLabel = "FORMAT", defaultValue = "yaml",
                description = "yaml (default), palette-api or palette-export.")
        String to;

        @Option(names = "--apply-presets", description = "Write each layer's values with its chosen presets applied,"
                + " as Palette installs the pack (untouched lines and comments kept).")
        boolean applyPresets;

        @Option(names = "--resources", description = "Print what the packs need at least (constraints.resources:"
                + " cpu millicores, memory MiB, disk GB) per schedule type, instead of the document.")
        boolean resources;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec command;

        @Override
        public Integer call() {
            Format format = parseFormat(command, "--to", to);
            List<ClusterProfile> pinned = new ArrayList<>();
            int code = OK;
            for (ClusterProfile profile : root.readDocument(file)) {
                try {
                    ClusterProfile pin = root.pinned(profile);
                    if (applyPresets || resources) {
                        ResolvedProfile resolved = ProfileResolver.of(root.registry()).resolve(root.lookup(profile));
                        if (resources) {
                            ResourceTable.print(root.out(), root.err(),
                                    pin.name(), EffectiveValues.resourceNeeds(resolved));
                            continue;
                        }
                        pin = ResourceTable.withValues(pin, EffectiveValues.applyPresets(resolved));
                    }
                    pinned.add(pin);
                } catch (ProfileResolutionException e) {
                    Terminal.failures(root.err(), "profilekit: " + name(file) + ": ", e);
                    root.registryTip(e);
                    code = VIOLATIONS;
                } catch (IllegalArgumentException e) {
                    Terminal.line(root.err(), "profilekit: " + name(file) + ": " + e.getMessage());
                    code = VIOLATIONS;
                }
            }
            if (!pinned.isEmpty()) {
                PrintWriter out = root.out();
                out.print(root.write(format, pinned));
                out.flush();
            }
            return code;
        }
    }

    /** {@code profilekit convert FILE --to FORMAT}. */
    @Command(name = "convert", mixinStandardHelpOptions = true,
            description = "Convert a profile document to another format (Palette formats need resolvable packs).")
    static final class Convert implements Callable<Integer> {
        @CommandLine.ParentCommand
        ProfileKitCli root;

        @Parameters(paramLabel = "FILE", description = "A profile document.")
        Path file;

        @Option(names = "--to", required = true, paramLabel = "FORMAT",
                description = "yaml, palette-api or palette-export.")
        String to;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec command;

        @Override
        public Integer call() {
            Format format = parseFormat(command, "--to", to);
            List<ClusterProfile> profiles = root.readDocument(file);
            try {
                PrintWriter out = root.out();
                out.print(root.write(format, profiles));
                out.flush();
                return OK;
            } catch (ProfileResolutionException e) {
                Terminal.failures(root.err(), "profilekit: " + name(file) + ": Palette API JSON takes"
                        + " exact versions, and resolving them failed. ", e);
                root.registryTip(e);
                return VIOLATIONS;
            }
        }
    }

    /** {@code profilekit packs}. */
    @Command(name = "packs", mixinStandardHelpOptions = true, description = "List the packs of the catalog.")
    static final class Packs implements Callable<Integer> {
        @CommandLine.ParentCommand
        ProfileKitCli root;

        @Option(names = "--layer", paramLabel = "LAYER", description = "os, k8s, cni, csi or addon.")
        String layer;

        @Option(names = "--cloud", paramLabel = "CLOUD", description = "A cloud type, e.g. aws.")
        String cloud;

        @Option(names = "--name", paramLabel = "TEXT", description = "Part of the pack name.")
        String name;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec command;

        @Override
        public Integer call() {
            PackQuery query = PackQuery.all();
            if (layer != null) {
                query = query.layer(LayerType.fromWireName(layer).orElseThrow(() -> usage(command,
                        "--layer must be one of os, k8s, cni, csi, addon, not '" + layer + "'")));
            }
            if (cloud != null) {
                if (cloud.isBlank()) {
                    throw usage(command, "--cloud must not be blank");
                }
                query = query.cloud(CloudType.of(cloud));
            }
            if (name != null) {
                query = query.nameContains(name);
            }
            PrintWriter out = root.out();
            List<PackDescriptor> packs = root.registry().find(query);
            List<String[]> rows = new ArrayList<>();
            for (PackDescriptor p : packs) {
                rows.add(new String[] {SafeText.escape(p.name()), SafeText.escape(p.version().toString()),
                        p.layer().toString(), SafeText.escape(String.join(",",
                                p.cloudTypes().stream().map(CloudType::wireName).toList()))});
            }
            int width = Math.max(4, rows.stream().mapToInt(r -> r[0].length()).max().orElse(4));
            int versionWidth = Math.max(7, rows.stream().mapToInt(r -> r[1].length()).max().orElse(7));
            String row = "%-" + width + "s  %-" + versionWidth + "s  %-5s  %s";
            Terminal.line(out, String.format(Locale.ROOT, row, "NAME", "VERSION", "LAYER", "CLOUDS"));
            for (String[] r : rows) {
                Terminal.line(out, String.format(Locale.ROOT, row, (Object[]) r));
            }
            out.println(packs.size() + (packs.size() == 1 ? " pack version" : " pack versions"));
            return OK;
        }
    }

    static Format parseFormat(CommandLine.Model.CommandSpec command, String option, String text) {
        try {
            return Format.fromOption(text);
        } catch (IllegalArgumentException e) {
            throw usage(command, option + ": " + e.getMessage());
        }
    }
}
