package io.profilekit.yaml;

import io.profilekit.yaml.internal.Engine;
import io.profilekit.yaml.internal.PaletteApiCodec;
import io.profilekit.yaml.internal.PaletteExportCodec;
import io.profilekit.yaml.internal.ProfileKitCodec;

import java.util.Objects;

/**
 * The entry point to ProfileKit's document formats. All three read and write profiles of every
 * {@linkplain io.profilekit.ProfileKind kind} — infrastructure, Full, add-on and system — with packs
 * of every type (spectro, helm, oci, manifest), profile variables and uids; a profile's kind comes
 * from the document ({@code kind:} in ProfileKit YAML, the profile {@code type} in Palette's JSON;
 * a Palette document without a type is an infrastructure profile when a pack is in a core layer,
 * else an add-on profile).
 * <ul>
 *   <li>{@link #yaml()} — ProfileKit's own YAML format for profiles kept in Git
 *       ({@code apiVersion: profilekit.io/v1}, {@code kind: InfrastructureProfile}, {@code AddOnProfile}
 *       or {@code SystemProfile}); it holds every field of the model. Strict, and
 *       in agreement with its {@linkplain #yamlSchemaResource() JSON Schema}: unknown fields (with
 *       a "did you mean" hint), wrong types, duplicate keys, enum values in another case
 *       ({@code layer: OS} for {@code os}), a required field without a value and a pack without a
 *       version (only manifest packs go without one) are errors. As in YAML 1.2, {@code null},
 *       {@code ~} and an empty value all mean no value; quote them for the text.
 *       Values and manifests are written as literal block scalars and read back byte for byte,
 *       comments, blank lines and trailing line breaks included (text a block scalar cannot carry
 *       exactly — tabs, trailing spaces, control characters — is written double-quoted).
 *       Versions are text everywhere: {@code version: 1.10} reads as {@code "1.10"}.</li>
 *   <li>{@link #paletteApiJson()} — the JSON Palette's API takes to create a profile
 *       ({@code POST /v1/clusterprofiles}): tags as {@code metadata.labels} (a bare key as
 *       {@code "spectro__tag"}), each pack with {@code tag} and {@code registryUid}. The
 *       {@code tag} is the exact version Palette deploys, so write a
 *       {@link io.profilekit.resolve.ResolvedProfile}; writing a profile whose selectors are not
 *       all exact versions (a train {@code 1.33.x}, a range) fails, naming those layers, unless the
 *       pack carries the exact version it was resolved to. A pack without {@code layer} (the
 *       Terraform provider sends none) reads as a layer not yet known and is written without one.
 *       This entity has no place for a registry's name or metadata: a layer's registry is written
 *       as its uid only (and not at all when the registry is known by name only), so reading gives
 *       registries by uid; nor for a resolved version beside the tag.</li>
 *   <li>{@link #paletteExportJson()} — Palette's export/import JSON: packs keyed by registry
 *       metadata ({@code uid}, {@code name}, {@code kind}, {@code providerType}, {@code isPrivate},
 *       kept as read and never invented), {@code tag} the selector and {@code version} the resolved
 *       version (written only when known, never a train). The import entity has no place for the
 *       profile's or a pack's uid: those are not written.</li>
 * </ul>
 * Both Palette formats record a layer's presets as Palette does, in the values' first line
 * {@code # spectrocloud.com/enabled-presets: Group:name,…}, and read that line back into the
 * presets, keeping each preset's group as read ({@link io.profilekit.Layer#presetGroup(String)}).
 * A group is written as read; for a preset without one, the group the pack's {@code presets.yaml}
 * declares is written when a {@link io.profilekit.resolve.ResolvedProfile} is written; otherwise
 * the bare name is. ProfileKit records which presets are chosen; it does not apply
 * their {@code add} and {@code remove} to the values, which are sent as written. Reading
 * them is tolerant: what the model has no place for — fields Palette adds, such as a status or a
 * registry's {@code isSyncSupported} — is reported as {@link ReadWarning}s naming the field, never
 * dropped silently.
 *
 * <p>Every format object is immutable, thread-safe and cheap to reuse; the default ones are
 * shared.
 *
 * <pre>{@code
 * ClusterProfile profile = ProfileDocuments.yaml().read(Path.of("aws-prod-base.yaml"));
 * ResolvedProfile locked = ProfileResolver.of(PackRegistries.builtIn()).resolve(profile);
 * String body = ProfileDocuments.paletteApiJson().write(locked);      // POST /v1/clusterprofiles
 *
 * ReadResult exported = ProfileDocuments.paletteExportJson().readWithWarnings(Path.of("export.json"));
 * exported.warnings();   // e.g. status: field 'status' has no place in ProfileKit's model; ignored
 * }</pre>
 */
public final class ProfileDocuments {
    private static final ProfileFormat YAML = new ProfileFormat(new Engine(ProfileKitCodec.INSTANCE, ReadLimits.defaults()));
    private static final ProfileFormat API = new ProfileFormat(new Engine(PaletteApiCodec.INSTANCE, ReadLimits.defaults()));
    private static final ProfileFormat EXPORT = new ProfileFormat(new Engine(PaletteExportCodec.INSTANCE,
            ReadLimits.defaults()));

    private static final java.util.regex.Pattern EXPORT_REGISTRY =
            java.util.regex.Pattern.compile("\"registry\"\\s*:\\s*\\{\\s*\"metadata\"");
    private static final java.util.regex.Pattern EXPORT_METADATA =
            java.util.regex.Pattern.compile("\"metadata\"\\s*:\\s*\\{[^{}]*\"description\"");

    private ProfileDocuments() {
    }

    /**
     * The format a document is most likely in, judged by its text (its first few kilobytes are
     * enough): ProfileKit YAML when it names {@code profilekit.io/}; for JSON, Palette's export when
     * a pack's registry carries metadata or the profile's metadata holds a description beside its
     * name, else Palette's API entity; YAML otherwise. Reading with the format chosen is what
     * checks the document.
     *
     * <pre>{@code
     * ProfileFormat format = ProfileDocuments.detect(text);   // e.g. paletteExportJson()
     * ClusterProfile profile = format.read(text);
     * }</pre>
     *
     * @param head the document's text, or its beginning
     * @return one of the shared formats, with the default limits
     */
    public static ProfileFormat detect(String head) {
        Objects.requireNonNull(head, "head must not be null");
        if (head.contains("profilekit.io/")) {
            return YAML;
        }
        String trimmed = head.stripLeading();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            boolean export = EXPORT_REGISTRY.matcher(head).find() || EXPORT_METADATA.matcher(head).find();
            return export ? EXPORT : API;
        }
        return YAML;
    }

    /**
     * ProfileKit's YAML format with the default limits.
     *
     * @return the shared format
     */
    public static ProfileFormat yaml() {
        return YAML;
    }

    /**
     * ProfileKit's YAML format with the given limits.
     *
     * @param limits the limits
     * @return a format
     */
    public static ProfileFormat yaml(ReadLimits limits) {
        return YAML.withLimits(Objects.requireNonNull(limits, "limits must not be null"));
    }

    /**
     * Palette's API create JSON with the default limits.
     *
     * @return the shared format
     */
    public static ProfileFormat paletteApiJson() {
        return API;
    }

    /**
     * Palette's API create JSON with the given limits.
     *
     * @param limits the limits
     * @return a format
     */
    public static ProfileFormat paletteApiJson(ReadLimits limits) {
        return API.withLimits(Objects.requireNonNull(limits, "limits must not be null"));
    }

    /**
     * Palette's export/import JSON with the default limits.
     *
     * @return the shared format
     */
    public static ProfileFormat paletteExportJson() {
        return EXPORT;
    }

    /**
     * Palette's export/import JSON with the given limits.
     *
     * @param limits the limits
     * @return a format
     */
    public static ProfileFormat paletteExportJson(ReadLimits limits) {
        return EXPORT.withLimits(Objects.requireNonNull(limits, "limits must not be null"));
    }

    /**
     * The classpath location of the JSON Schema (draft 2020-12) of ProfileKit's YAML format, for
     * editors and CI checks.
     *
     * @return {@code "/io/profilekit/yaml/profilekit-v1.schema.json"}
     */
    public static String yamlSchemaResource() {
        return "/io/profilekit/yaml/profilekit-v1.schema.json";
    }
}
