package io.profilekit.yaml;

import io.profilekit.ClusterProfile;
import io.profilekit.resolve.ResolvedProfile;
import io.profilekit.yaml.internal.Engine;
import io.profilekit.yaml.internal.Input;

import java.io.Reader;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One document format — ProfileKit YAML, Palette's API create JSON or Palette's export JSON —
 * with its {@linkplain ReadLimits read limits}. Get one from {@link ProfileDocuments}.
 *
 * <p>Immutable, thread-safe and cheap to keep: the Jackson parser factories behind it are built
 * on first use and then reused, so hold a format in a field rather than creating one per call.
 *
 * <p>Reading: {@code read} takes exactly one profile; {@code readAll} takes every profile of the
 * input (YAML: each document of a {@code ---} stream, empty documents skipped; JSON: one profile
 * object, or an array of them). Every failure is a {@link ProfileParseException} naming the
 * document, line, column and property path; an I/O failure is an
 * {@link java.io.UncheckedIOException}. Palette's formats are tolerant: content the model has no
 * place for does not fail the read but becomes a {@link ReadWarning} — returned by
 * {@link #readWithWarnings(String)}, and logged at {@code WARNING} through
 * {@link System.Logger} {@code io.profilekit.yaml} by {@code read}/{@code readAll}.
 *
 * <pre>{@code
 * ProfileFormat yaml = ProfileDocuments.yaml();
 * ClusterProfile profile = yaml.read(Path.of("aws-prod-base.yaml"));
 * String text = yaml.write(profile);
 * List<ClusterProfile> all = yaml.readAll("---\n" + text + "---\n" + text);
 * }</pre>
 */
public final class ProfileFormat {
    private static final System.Logger LOG = System.getLogger("io.profilekit.yaml");
    private static final String STRING = "<string>";
    private static final String READER = "<reader>";

    private final Engine engine;

    ProfileFormat(Engine engine) {
        this.engine = engine;
    }

    /**
     * The format's name.
     *
     * @return e.g. {@code "ProfileKit YAML"}
     */
    public String name() {
        return engine.codec().name();
    }

    /**
     * The limits this format reads with.
     *
     * @return the limits
     */
    public ReadLimits limits() {
        return engine.limits();
    }

    /**
     * The same format with other read limits.
     *
     * @param limits the limits
     * @return a new format
     */
    public ProfileFormat withLimits(ReadLimits limits) {
        Objects.requireNonNull(limits, "limits must not be null");
        return limits.equals(limits()) ? this : new ProfileFormat(new Engine(engine.codec(), limits));
    }

    /**
     * Reads the one profile of a text.
     *
     * @param text the document
     * @return the profile
     * @throws ProfileParseException if the text is not one profile in this format, named {@code <string>}
     */
    public ClusterProfile read(String text) {
        Objects.requireNonNull(text, "text must not be null");
        return one(text, STRING);
    }

    /**
     * Reads the one profile of a reader, to its end. The reader is not closed.
     *
     * @param reader the document
     * @return the profile
     * @throws ProfileParseException if the input is not one profile in this format, named {@code <reader>}
     * @throws java.io.UncheckedIOException if reading fails
     */
    public ClusterProfile read(Reader reader) {
        Objects.requireNonNull(reader, "reader must not be null");
        return one(Input.read(reader, READER, limits()), READER);
    }

    /**
     * Reads the one profile of a UTF-8 file.
     *
     * @param path the file
     * @return the profile
     * @throws ProfileParseException if the file is not one profile in this format, named by its path
     * @throws java.io.UncheckedIOException if reading fails (e.g. the file does not exist)
     */
    public ClusterProfile read(Path path) {
        Objects.requireNonNull(path, "path must not be null");
        return one(Input.read(path, limits()), path.toString());
    }

    /**
     * Reads every profile of a text.
     *
     * @param text the documents
     * @return the profiles in order, possibly none
     * @throws ProfileParseException if any document is not a profile in this format
     */
    public List<ClusterProfile> readAll(String text) {
        Objects.requireNonNull(text, "text must not be null");
        return all(text, STRING);
    }

    /**
     * Reads every profile of a reader, to its end. The reader is not closed.
     *
     * @param reader the documents
     * @return the profiles in order, possibly none
     * @throws ProfileParseException if any document is not a profile in this format
     * @throws java.io.UncheckedIOException if reading fails
     */
    public List<ClusterProfile> readAll(Reader reader) {
        Objects.requireNonNull(reader, "reader must not be null");
        return all(Input.read(reader, READER, limits()), READER);
    }

    /**
     * Reads every profile of a UTF-8 file.
     *
     * @param path the file
     * @return the profiles in order, possibly none
     * @throws ProfileParseException if any document is not a profile in this format
     * @throws java.io.UncheckedIOException if reading fails
     */
    public List<ClusterProfile> readAll(Path path) {
        Objects.requireNonNull(path, "path must not be null");
        return all(Input.read(path, limits()), path.toString());
    }

    /**
     * Reads every profile of a text, and returns what was read but not kept instead of logging it.
     *
     * @param text the documents
     * @return the profiles and the warnings
     * @throws ProfileParseException if any document is not a profile in this format
     */
    public ReadResult readWithWarnings(String text) {
        Objects.requireNonNull(text, "text must not be null");
        return result(text, STRING);
    }

    /**
     * Reads every profile of a reader, and returns what was read but not kept. The reader is not closed.
     *
     * @param reader the documents
     * @return the profiles and the warnings
     * @throws ProfileParseException if any document is not a profile in this format
     * @throws java.io.UncheckedIOException if reading fails
     */
    public ReadResult readWithWarnings(Reader reader) {
        Objects.requireNonNull(reader, "reader must not be null");
        return result(Input.read(reader, READER, limits()), READER);
    }

    /**
     * Reads every profile of a reader under a name of the caller's choice — the name that messages
     * and locations give, e.g. {@code <stdin>} — and returns what was read but not kept. The reader
     * is not closed.
     *
     * <pre>{@code
     * ReadResult r = ProfileDocuments.yaml().readWithWarnings(new InputStreamReader(System.in, UTF_8), "<stdin>");
     * }</pre>
     *
     * @param reader the documents
     * @param documentName what to call them in messages
     * @return the profiles and the warnings
     * @throws ProfileParseException if any document is not a profile in this format
     * @throws java.io.UncheckedIOException if reading fails
     */
    public ReadResult readWithWarnings(Reader reader, String documentName) {
        Objects.requireNonNull(reader, "reader must not be null");
        Objects.requireNonNull(documentName, "documentName must not be null");
        return result(Input.read(reader, documentName, limits()), documentName);
    }

    /**
     * Reads every profile of a UTF-8 file, and returns what was read but not kept.
     *
     * @param path the file
     * @return the profiles and the warnings
     * @throws ProfileParseException if any document is not a profile in this format
     * @throws java.io.UncheckedIOException if reading fails
     */
    public ReadResult readWithWarnings(Path path) {
        Objects.requireNonNull(path, "path must not be null");
        return result(Input.read(path, limits()), path.toString());
    }

    /**
     * Writes one profile.
     *
     * @param profile the profile
     * @return the document, ending with a line break
     * @throws IllegalArgumentException if the format cannot carry part of the profile: Palette's API
     *     JSON takes exact versions only, so every layer whose selector is not an exact version
     *     (a train such as {@code 1.33.x}, a range, invalid text; manifest packs aside) is named —
     *     resolve the profile and {@linkplain #write(ResolvedProfile) write the resolved profile};
     *     Palette's JSON records presets in a values comment, so a preset name there cannot hold
     *     {@code ','} or {@code ':'}; ProfileKit YAML writes a tag as {@code key:value}, so a tag key
     *     there cannot hold {@code ':'}
     */
    public String write(ClusterProfile profile) {
        Objects.requireNonNull(profile, "profile must not be null");
        return engine.write(List.of(profile), false);
    }

    /**
     * Writes a resolved profile: each layer pinned to the exact version it resolved to, and named
     * by the registry it was found in ({@link ResolvedProfile#profile()}). This is what Palette's
     * API takes. In Palette's JSON formats, each chosen preset is recorded as Palette records it,
     * {@code Group:name}, with the group the resolved pack's {@code presets.yaml} gives it (the bare
     * name when the pack declares no such preset or no group).
     *
     * @param resolved the resolved profile
     * @return the document, ending with a line break
     * @throws IllegalArgumentException if a preset name cannot be carried by Palette's JSON
     */
    public String write(ResolvedProfile resolved) {
        Objects.requireNonNull(resolved, "resolved must not be null");
        return engine.write(resolved);
    }

    /**
     * Writes several profiles: YAML documents separated by {@code ---}; for JSON, an array.
     *
     * @param profiles the profiles
     * @return the text, ending with a line break
     */
    public String writeAll(List<? extends ClusterProfile> profiles) {
        Objects.requireNonNull(profiles, "profiles must not be null");
        return engine.write(profiles, true);
    }

    private ClusterProfile one(String text, String name) {
        List<ReadWarning> warnings = new ArrayList<>();
        ClusterProfile p = engine.readOne(text, name, warnings);
        log(warnings);
        return p;
    }

    private List<ClusterProfile> all(String text, String name) {
        List<ReadWarning> warnings = new ArrayList<>();
        List<ClusterProfile> out = List.copyOf(engine.read(text, name, warnings));
        log(warnings);
        return out;
    }

    private ReadResult result(String text, String name) {
        List<ReadWarning> warnings = new ArrayList<>();
        List<ClusterProfile> out = new ArrayList<>();
        List<SourceMap> maps = new ArrayList<>();
        for (Engine.Bound b : engine.readBound(text, name, warnings)) {
            out.add(b.profile());
            maps.add(SourceMap.of(name, b.node(), engine::documentPath));
        }
        return new ReadResult(out, warnings, maps);
    }

    private static void log(List<ReadWarning> warnings) {
        for (ReadWarning w : warnings) {
            LOG.log(Level.WARNING, "not kept: {0}", w);
        }
    }

    @Override
    public String toString() {
        return "ProfileFormat[" + name() + ", " + limits() + "]";
    }
}
