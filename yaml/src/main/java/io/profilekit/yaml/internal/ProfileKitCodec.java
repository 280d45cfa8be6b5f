package io.profilekit.yaml.internal;

import io.profilekit.ClusterProfile;
import io.profilekit.CloudType;
import io.profilekit.Layer;
import io.profilekit.LayerType;
import io.profilekit.Manifest;
import io.profilekit.PackRef;
import io.profilekit.PackType;
import io.profilekit.ProfileKind;
import io.profilekit.ProfileVariable;
import io.profilekit.ProfileType;
import io.profilekit.RegistryRef;
import io.profilekit.Tag;
import io.profilekit.Tags;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * ProfileKit's own YAML format ({@code apiVersion: profilekit.io/v1}), for profiles of every kind
 * ({@code kind:} is {@link ProfileKind#documentKind()}) and every field the model holds: uids,
 * variables (with Palette's field names), resolved versions, registry metadata and preset groups.
 * Strict, and in agreement
 * with its JSON Schema ({@code profilekit-v1.schema.json}): unknown fields, wrong types, structure
 * the model cannot hold, enum values not written exactly as the schema lists them ({@code OS} for
 * {@code os}), a required field without a value ({@code null}, {@code ~} and an empty value all
 * mean none) and a pack without a version (only manifest packs go without one) are parse errors;
 * semantic problems (blank names, bad versions, layers out of order) are kept for the validator.
 */
public final class ProfileKitCodec implements Codec {
    /** The format's apiVersion. */
    public static final String API_VERSION = "profilekit.io/v1";
    /** The kind of an infrastructure profile. */
    public static final String KIND_INFRASTRUCTURE = ProfileKind.INFRASTRUCTURE.documentKind();

    static final List<String> ROOT_FIELDS = List.of("apiVersion", "kind", "metadata", "spec");
    static final List<String> METADATA_FIELDS = List.of("name", "uid", "version", "description", "tags");
    static final List<String> SPEC_FIELDS = List.of("cloud", "type", "variables", "layers");
    static final List<String> LAYER_FIELDS = List.of("layer", "pack", "values", "presets", "manifests");
    static final List<String> PACK_FIELDS = List.of("name", "version", "resolvedVersion", "type", "uid", "registry");
    static final List<String> REGISTRY_FIELDS = List.of("name", "uid", "kind", "providerType", "isPrivate");
    // The fields above as messages list them, joined once rather than for every mapping read.
    private static final String METADATA_EXPECTED = String.join(", ", METADATA_FIELDS);
    private static final String SPEC_EXPECTED = String.join(", ", SPEC_FIELDS);
    private static final String LAYER_EXPECTED = String.join(", ", LAYER_FIELDS);
    private static final String PACK_EXPECTED = String.join(", ", PACK_FIELDS);
    private static final String REGISTRY_EXPECTED = String.join(", ", REGISTRY_FIELDS);
    static final List<String> PRESET_FIELDS = List.of("name", "group");
    static final List<String> MANIFEST_FIELDS = List.of("name", "content");

    /** The one instance. */
    public static final ProfileKitCodec INSTANCE = new ProfileKitCodec();

    private ProfileKitCodec() {
    }

    @Override
    public String name() {
        return "ProfileKit YAML";
    }

    @Override
    public boolean isYaml() {
        return true;
    }

    @Override
    public boolean isStrict() {
        return true;
    }

    // ---------------------------------------------------------------- reading

    @Override
    public ClusterProfile bind(Node root, Ctx ctx, String path) {
        Obj doc = Obj.of(ctx, root, path, "apiVersion, kind, metadata and spec");
        String apiVersion = doc.requiredText("apiVersion");
        if (!API_VERSION.equals(apiVersion)) {
            throw ctx.fail(doc.require("apiVersion"), doc.path("apiVersion"), "unsupported apiVersion '" + apiVersion
                    + "'", "ProfileKit reads apiVersion: " + API_VERSION);
        }
        String kindText = doc.requiredText("kind");
        List<String> kinds = Arrays.stream(ProfileKind.values()).map(ProfileKind::documentKind)
                .collect(Collectors.toList());
        ProfileKind kind = ProfileKind.fromDocumentKind(kindText).orElseThrow(() -> ctx.fail(doc.require("kind"),
                doc.path("kind"), "unsupported kind '" + kindText + "'", Ctx.closest(kindText, kinds)
                        .map(c -> "did you mean '" + c + "'?").orElse("ProfileKit reads kind: "
                                + String.join(", ", kinds))));
        ClusterProfile.Builder b = kind.builder();
        Obj meta = doc.requiredObj("metadata", METADATA_EXPECTED);
        metadata(meta, b);
        Obj spec = doc.requiredObj("spec", SPEC_EXPECTED);
        spec.text("cloud").ifPresent(c -> b.cloud(cloud(spec, c)));
        spec.text("type").ifPresent(t -> b.type(profileType(ctx, spec.require("type"), spec.path("type"), t)));
        b.variables(Variables.read(spec));
        Node layersNode = spec.require("layers");
        List<Node> layers = ctx.list(layersNode, spec.path("layers"));
        for (int i = 0; i < layers.size(); i++) {
            String lp = spec.path("layers") + "[" + i + "]";
            b.layer(layer(Obj.of(ctx, layers.get(i), lp, LAYER_EXPECTED)));
        }
        spec.finish(SPEC_FIELDS);
        doc.finish(ROOT_FIELDS);
        return b.buildLenient();
    }

    private static void metadata(Obj meta, ClusterProfile.Builder b) {
        b.name(meta.requiredText("name"));
        meta.text("uid").ifPresent(b::uid);
        meta.text("version").ifPresent(b::version);
        meta.text("description").ifPresent(b::description);
        b.tags(tags(meta, "tags"));
        meta.finish(METADATA_FIELDS);
    }

    /**
     * Reads a list of tags, rejecting a key given twice (the model holds each key once).
     *
     * @param o the mapping holding the list
     * @param key the list's field
     * @return the tags
     */
    static Tags tags(Obj o, String key) {
        return o.get(key).map(n -> tags(o.ctx(), n, o.path(key), false)).orElse(Tags.empty());
    }

    /**
     * Reads a list of tags. In a document a key given twice is kept (the validator reports it as
     * {@code TAG_KEY_DUPLICATE}, with its line, beside every other problem); a standalone list of
     * tags refuses it, as the model does.
     *
     * @param ctx the context
     * @param list the list node
     * @param path its path
     * @param strict whether a key given twice is an error
     * @return the tags
     */
    public static Tags tags(Ctx ctx, Node list, String path, boolean strict) {
        List<Node> items = ctx.list(list, path);
        List<Tag> tags = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String p = path + "[" + i + "]";
            Tag t = Tag.parse(ctx.text(items.get(i), p));
            Integer earlier = seen.putIfAbsent(t.key(), i);
            if (earlier != null && strict) {
                throw ctx.fail(items.get(i), p, "duplicate tag key '" + t.key() + "' (also at " + path
                        + "[" + earlier + "])", "each tag key may appear once; remove or rename one");
            }
            tags.add(t);
        }
        return Tags.copyOfAll(tags);
    }

    private static CloudType cloud(Obj spec, String text) {
        if (text.isBlank()) {
            throw spec.ctx().fail(spec.require("cloud"), spec.path("cloud"), "cloud is blank",
                    "name a cloud such as aws, azure, vsphere or a custom cloud registered in Palette");
        }
        return CloudType.of(text);
    }

    /**
     * Reads a profile type: in a strict format exactly as written in the schema (lower case), in
     * a tolerant one in any case.
     *
     * @param ctx the context
     * @param at the node
     * @param path its path
     * @param text the text
     * @return the type
     */
    public static ProfileType profileType(Ctx ctx, Node at, String path, String text) {
        return wireEnum(ctx, at, path, text, ProfileType.fromWireName(text), ProfileType.values(), "profile type",
                "types");
    }

    /**
     * Reads a pack type: in a strict format exactly as written in the schema (lower case), in a
     * tolerant one in any case.
     *
     * @param ctx the context
     * @param at the node
     * @param path its path
     * @param text the text
     * @return the type
     */
    public static PackType packType(Ctx ctx, Node at, String path, String text) {
        return wireEnum(ctx, at, path, text, PackType.fromWireName(text), PackType.values(), "pack type", "types");
    }

    /**
     * Reads a layer type: in a strict format exactly as written in the schema (lower case), in a
     * tolerant one in any case.
     *
     * @param ctx the context
     * @param at the node
     * @param path its path
     * @param text the text
     * @return the type
     */
    public static LayerType layerType(Ctx ctx, Node at, String path, String text) {
        return wireEnum(ctx, at, path, text, LayerType.fromWireName(text), LayerType.values(), "layer", "layers");
    }

    /**
     * An enum constant by its wire name ({@code toString()}). The model's lookups ignore case; a
     * strict format does not, so that it accepts exactly what its JSON Schema does.
     */
    private static <E extends Enum<E>> E wireEnum(Ctx ctx, Node at, String path, String text, Optional<E> found,
                                                  E[] values, String what, String plural) {
        if (found.isEmpty()) {
            List<String> valid = wireNames(values);
            throw ctx.fail(at, path, "unknown " + what + " '" + text + "'", Ctx.closest(text, valid)
                    .map(c -> "did you mean '" + c + "'? ").orElse("") + "valid " + plural + ": "
                    + String.join(", ", valid));
        }
        String wire = found.get().toString();
        if (ctx.strict() && !wire.equals(text)) {
            throw ctx.fail(at, path, what + " '" + text + "' is not written as the format defines it",
                    "write '" + wire + "' (lower case); valid " + plural + ": "
                            + String.join(", ", wireNames(values)));
        }
        return found.get();
    }

    /**
     * The wire names of enum constants (their {@code toString()}).
     *
     * @param values the constants
     * @return their names
     */
    public static List<String> wireNames(Enum<?>[] values) {
        return Arrays.stream(values).map(Object::toString).collect(Collectors.toList());
    }

    /**
     * Reads a layer entry.
     *
     * @param l the entry
     * @return the layer
     */
    public static Layer layer(Obj l) {
        Ctx ctx = l.ctx();
        // No 'layer': not yet known (as Palette's packs sent without one); the validator reports it.
        Optional<String> typeText = l.text("layer");
        LayerType type = typeText.isPresent() ? layerType(ctx, l.require("layer"), l.path("layer"), typeText.get())
                : LayerType.UNSPECIFIED;
        PackRef pack = pack(l.requiredObj("pack", PACK_EXPECTED));
        Layer.Builder b = Layer.builder(type, pack);
        l.text("values").ifPresent(b::values);
        List<Node> presets = l.list("presets");
        for (int i = 0; i < presets.size(); i++) {
            String pp = l.path("presets") + "[" + i + "]";
            Node n = presets.get(i);
            if (n instanceof Node.MapNode) {
                Obj o = Obj.of(ctx, n, pp, "name and group");
                String name = o.requiredText("name");
                Optional<String> group = o.text("group");
                o.finish(PRESET_FIELDS);
                if (group.isPresent()) {
                    b.preset(name, group.get());
                } else {
                    b.preset(name);
                }
            } else {
                b.preset(ctx.text(n, pp));
            }
        }
        List<Node> manifests = l.list("manifests");
        List<Manifest> out = new ArrayList<>();
        for (int i = 0; i < manifests.size(); i++) {
            out.add(manifest(Obj.of(ctx, manifests.get(i), l.path("manifests") + "[" + i + "]", "name and content")));
        }
        b.manifests(out);
        l.finish(LAYER_FIELDS);
        return b.build();
    }

    /**
     * Reads a manifest entry.
     *
     * @param m the entry
     * @return the manifest
     */
    public static Manifest manifest(Obj m) {
        Manifest manifest = new Manifest(m.requiredText("name"), m.requiredText("content"));
        m.finish(MANIFEST_FIELDS);
        return manifest;
    }

    /**
     * Reads a pack entry.
     *
     * @param p the entry
     * @return the pack reference
     */
    public static PackRef pack(Obj p) {
        String name = p.requiredText("name");
        Optional<String> type = p.text("type");
        PackType packType = type.isPresent() ? packType(p.ctx(), p.require("type"), p.path("type"), type.get())
                : PackType.SPECTRO;
        Optional<String> version = p.text("version");
        Optional<String> resolvedVersion = p.text("resolvedVersion");
        Optional<String> uid = p.text("uid");
        Optional<RegistryRef> registry = p.obj("registry", REGISTRY_EXPECTED)
                .map(ProfileKitCodec::registry);
        // Unknown fields first: a misspelt 'verison' explains a missing version better.
        p.finish(PACK_FIELDS);
        if (packType != PackType.MANIFEST && version.isEmpty()) {
            Node.Entry at = p.node().entries().get("version");
            String problem = "pack '" + name + "' has no version";
            String hint = "add 'version:' with an exact version (1.33.6), a train (1.33.x), a group-prefixed"
                    + " version (LTS__20.04) or a range (>=1.29 <1.31); only manifest packs (type: manifest) have none";
            throw at == null ? p.ctx().fail(p.node(), p.path(), problem, hint)
                    : p.ctx().fail(at, p.path("version"), problem, hint);
        }
        PackRef ref = PackRef.of(name, version.orElse("")).withType(packType);
        if (resolvedVersion.isPresent()) {
            ref = ref.withResolvedVersion(resolvedVersion.get());
        }
        if (uid.isPresent()) {
            ref = ref.withUid(uid.get());
        }
        return registry.isPresent() ? ref.withRegistry(registry.get()) : ref;
    }

    /**
     * Reads a registry entry.
     *
     * @param r the entry
     * @return the registry reference
     */
    public static RegistryRef registry(Obj r) {
        Optional<String> name = r.text("name");
        Optional<String> uid = r.text("uid");
        Optional<String> kind = r.text("kind");
        Optional<String> providerType = r.text("providerType");
        Optional<Boolean> isPrivate = r.bool("isPrivate");
        r.finish(REGISTRY_FIELDS);
        RegistryRef ref;
        if (name.isPresent() && uid.isPresent()) {
            ref = RegistryRef.of(uid.get(), name.get());
        } else if (name.isPresent()) {
            ref = RegistryRef.byName(name.get());
        } else if (uid.isPresent()) {
            ref = RegistryRef.byUid(uid.get());
        } else {
            throw r.ctx().fail(r.node(), r.path(), "a registry needs a name or a uid", "add 'name:' or 'uid:'");
        }
        if (kind.isPresent()) {
            ref = ref.withKind(kind.get());
        }
        if (providerType.isPresent()) {
            ref = ref.withProviderType(providerType.get());
        }
        return isPrivate.isPresent() ? ref.withPrivate(isPrivate.get()) : ref;
    }

    // ---------------------------------------------------------------- writing

    @Override
    public Out.OMap write(ClusterProfile p) {
        Out.OMap doc = new Out.OMap().text("apiVersion", API_VERSION).text("kind", p.kind().documentKind());
        Out.OMap meta = new Out.OMap().text("name", p.name());
        p.uid().ifPresent(u -> meta.text("uid", u));
        meta.text("version", p.version().text());
        if (!p.description().isEmpty()) {
            meta.put("description", new Out.OText(p.description(), p.description().contains("\n")));
        }
        if (!p.tags().isEmpty()) {
            meta.put("tags", tags(p.tags()));
        }
        doc.put("metadata", meta);
        Out.OList layers = new Out.OList();
        for (Layer l : p.layers()) {
            layers.add(layer(l));
        }
        Out.OMap spec = new Out.OMap();
        if (p.cloudGiven()) {
            spec.text("cloud", p.cloud().wireName());
        }
        spec.text("type", p.type().wireName());
        if (!p.variables().isEmpty()) {
            spec.put("variables", Variables.write(p.variables()));
        }
        doc.put("spec", spec.put("layers", layers));
        return doc;
    }

    /**
     * A profile variable entry.
     *
     * @param v the variable
     * @return the entry
     */
    public static Out.OMap variable(ProfileVariable v) {
        return (Out.OMap) Variables.write(List.of(v)).items().get(0);
    }

    /**
     * Reads a profile variable entry.
     *
     * @param v the entry
     * @return the variable
     */
    public static ProfileVariable variable(Obj v) {
        return Variables.variable(v);
    }

    /**
     * Tags as a list of {@code key:value} / {@code key} texts.
     *
     * @param tags the tags
     * @return the list
     * @throws IllegalArgumentException if a tag's key holds a colon (see {@link #tagText(Tag, String)})
     */
    public static Out.OList tags(Tags tags) {
        Out.OList list = new Out.OList();
        int i = 0;
        for (Tag t : tags) {
            list.add(new Out.OText(tagText(t, "metadata.tags[" + i++ + "]"), false));
        }
        return list;
    }

    /**
     * A tag as text. A key holding a colon (which Palette's labels can carry) cannot be written this
     * way: the text is read back split at the first colon, as another tag, so it is refused rather
     * than changed silently.
     *
     * @param t the tag
     * @param path where the tag is, for the message
     * @return {@code key:value} or {@code key}
     * @throws IllegalArgumentException if the key holds a colon
     */
    public static String tagText(Tag t, String path) {
        if (t.key().indexOf(':') >= 0) {
            throw new IllegalArgumentException(path + ": the tag key '" + t.key() + "' holds ':', which ProfileKit"
                    + " YAML cannot write: a tag is written as key:value and read back split at the first ':'."
                    + " Rename the key, or keep the profile in Palette's JSON, where labels are key-value pairs");
        }
        return t.toString();
    }

    /**
     * A layer entry.
     *
     * @param l the layer
     * @return the entry
     */
    public static Out.OMap layer(Layer l) {
        Out.OMap m = new Out.OMap();
        if (l.type() != LayerType.UNSPECIFIED) {
            m.text("layer", l.type().wireName());
        }
        m.put("pack", pack(l.pack()));
        if (!l.values().isEmpty()) {
            m.block("values", l.values());
        }
        if (!l.presets().isEmpty()) {
            Out.OList presets = new Out.OList();
            for (String s : l.presets()) {
                Optional<String> group = l.presetGroup(s);
                presets.add(group.isPresent() ? new Out.OMap().text("name", s).text("group", group.get())
                        : new Out.OText(s, false));
            }
            m.put("presets", presets);
        }
        if (!l.manifests().isEmpty()) {
            Out.OList manifests = new Out.OList();
            l.manifests().forEach(x -> manifests.add(manifest(x)));
            m.put("manifests", manifests);
        }
        return m;
    }

    /**
     * A manifest entry.
     *
     * @param x the manifest
     * @return the entry
     */
    public static Out.OMap manifest(Manifest x) {
        return new Out.OMap().text("name", x.name()).block("content", x.content());
    }

    /**
     * A pack entry.
     *
     * @param p the pack
     * @return the entry
     */
    public static Out.OMap pack(PackRef p) {
        Out.OMap m = new Out.OMap().text("name", p.name());
        // An empty selector is written as "" (the reader refuses a missing version on a registry
        // pack, but keeps what was written, so the validator can report it); manifest packs omit it.
        if (!p.version().toString().isEmpty() || p.type() != PackType.MANIFEST) {
            m.text("version", p.version().toString());
        }
        p.resolvedVersion().ifPresent(v -> m.text("resolvedVersion", v));
        if (p.type() != PackType.SPECTRO) {
            m.text("type", p.type().wireName());
        }
        p.uid().ifPresent(u -> m.text("uid", u));
        p.registry().ifPresent(r -> m.put("registry", registry(r)));
        return m;
    }

    /**
     * A registry entry.
     *
     * @param r the registry
     * @return the entry
     */
    public static Out.OMap registry(RegistryRef r) {
        Out.OMap m = new Out.OMap();
        r.name().ifPresent(n -> m.text("name", n));
        r.uid().ifPresent(u -> m.text("uid", u));
        r.kind().ifPresent(k -> m.text("kind", k));
        r.providerType().ifPresent(t -> m.text("providerType", t));
        r.isPrivate().ifPresent(x -> m.put("isPrivate", new Out.OBool(x)));
        return m;
    }
}
