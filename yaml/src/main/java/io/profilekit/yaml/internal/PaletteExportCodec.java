package io.profilekit.yaml.internal;

import io.profilekit.ClusterProfile;
import io.profilekit.Layer;
import io.profilekit.LayerType;
import io.profilekit.PackRef;
import io.profilekit.PackVersion;
import io.profilekit.ProfileType;
import io.profilekit.ProfileVariable;
import io.profilekit.ProfileVersion;
import io.profilekit.RegistryRef;
import io.profilekit.Tags;
import io.profilekit.VersionSelector;
import io.profilekit.resolve.ResolvedProfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Palette's export/import JSON ({@code V1ClusterProfileImportEntity}): every kind of profile, from
 * its {@code type} ({@link io.profilekit.ProfileKind#of}); packs of every type keyed by registry
 * metadata; variables. A pack's {@code tag} is its selector and {@code version} the version it was
 * resolved to ({@link PackRef#resolvedVersion()}), written only when known; a registry's metadata
 * ({@code uid}, {@code name}, {@code kind}, {@code providerType}, {@code isPrivate}) is kept as read
 * and never invented. Tolerant: content the model has no place for is reported as warnings, never
 * silently dropped.
 *
 * <p>The import entity has no place for the profile's uid nor a pack's uid: they are read when a
 * document carries them, and not written.
 */
public final class PaletteExportCodec implements Codec {
    /** The one instance. */
    public static final PaletteExportCodec INSTANCE = new PaletteExportCodec();

    private static final List<String> ROOT = List.of("metadata", "spec");
    private static final List<String> METADATA = List.of("name", "uid", "description", "labels");
    private static final List<String> SPEC = List.of("version", "template", "variables");
    private static final List<String> TEMPLATE = List.of("type", "cloudType", "packs");
    private static final List<String> PACK = List.of("name", "type", "layer", "version", "tag", "uid", "values",
            "manifests", "registry");
    private static final List<String> REGISTRY_METADATA = List.of("uid", "name", "kind", "isPrivate", "providerType");

    private PaletteExportCodec() {
    }

    @Override
    public String documentPath(String modelPath) {
        return DocumentPaths.paletteExport(modelPath);
    }

    @Override
    public String name() {
        return "Palette export JSON";
    }

    @Override
    public boolean isYaml() {
        return false;
    }

    @Override
    public boolean isStrict() {
        return false;
    }

    @Override
    public ClusterProfile bind(Node root, Ctx ctx, String path) {
        Obj doc = Obj.of(ctx, root, path, "metadata and spec");
        Obj meta = doc.requiredObj("metadata", "name, description and labels");
        String name = meta.requiredText("name");
        Optional<String> uid = meta.text("uid").filter(u -> !u.isEmpty());
        Optional<String> description = meta.text("description");
        Optional<Tags> tags = meta.obj("labels", "tag keys and values").map(PaletteSupport::labels);
        meta.finish(METADATA);
        Obj spec = doc.requiredObj("spec", "version, template and variables");
        String version = spec.text("version").orElse(ProfileVersion.DEFAULT.text());
        Obj template = spec.requiredObj("template", "type, cloudType and packs");
        Optional<ProfileType> type = template.text("type").map(t -> ProfileKitCodec.profileType(ctx,
                template.require("type"), template.path("type"), t));
        Optional<String> cloud = template.text("cloudType").filter(c -> !c.isBlank());
        List<Node> packs = template.list("packs");
        List<Layer> layers = new ArrayList<>(packs.size());
        for (int i = 0; i < packs.size(); i++) {
            Obj pack = Obj.of(ctx, packs.get(i), template.path("packs") + "[" + i + "]", String.join(", ", PACK));
            layers.add(layer(pack));
        }
        template.finish(TEMPLATE);
        List<ProfileVariable> variables = Variables.read(spec);
        spec.finish(SPEC);
        doc.finish(ROOT);
        ClusterProfile.Builder b = PaletteSupport.builder(type, layers).name(name).version(version)
                .variables(variables);
        uid.ifPresent(b::uid);
        description.ifPresent(b::description);
        tags.ifPresent(b::tags);
        cloud.ifPresent(b::cloud);
        return b.buildLenient();
    }

    private static Layer layer(Obj pack) {
        String name = pack.requiredText("name");
        LayerType type = PaletteSupport.layer(pack);
        Optional<String> tag = pack.text("tag");
        Optional<String> version = pack.text("version");
        PackRef ref = PackRef.of(name, tag.orElse(version.orElse("")));
        if (tag.isPresent() && version.isPresent()) {
            Optional<String> problem = notResolved(version.get());
            if (problem.isEmpty()) {
                ref = ref.withResolvedVersion(version.get());
            } else if (!version.get().equals(tag.get())) {
                // Equal to the tag, the text loses nothing; different, it is reported.
                Node at = pack.require("version");
                pack.ctx().warn(at, pack.path("version"), "version '" + version.get() + "' is not kept: "
                        + problem.get() + ", not the version the tag '" + tag.get() + "' was resolved to");
            }
        }
        Optional<String> packType = pack.text("type");
        if (packType.isPresent()) {
            ref = ref.withType(ProfileKitCodec.packType(pack.ctx(), pack.require("type"), pack.path("type"),
                    packType.get()));
        }
        Optional<String> packUid = pack.text("uid").filter(u -> !u.isEmpty());
        if (packUid.isPresent()) {
            ref = ref.withUid(packUid.get());
        }
        Optional<Obj> registry = pack.obj("registry", "metadata");
        if (registry.isPresent()) {
            Optional<RegistryRef> r = registry(registry.get());
            if (r.isPresent()) {
                ref = ref.withRegistry(r.get());
            }
        }
        Layer.Builder lb = Layer.builder(type, ref);
        PaletteSupport.presetsFromValues(pack.text("values").orElse(""), lb);
        lb.manifests(PaletteSupport.manifests(pack));
        pack.finish(PACK);
        return lb.build();
    }

    /**
     * Why a text is not a version a tag was resolved to: a release train, a range, a group
     * selector ({@code LTS__20.04}) or no version at all.
     *
     * @return the reason, or empty for an exact version
     */
    static Optional<String> notResolved(String version) {
        VersionSelector v = VersionSelector.parse(version);
        switch (v.kind()) {
            case EXACT:
                return v.group().isPresent() ? Optional.of("it is a group selector") : Optional.empty();
            case TRAIN:
                return Optional.of("it is a release train");
            case RANGE:
                return Optional.of("it is a version range");
            default:
                return Optional.of("it is not a version");
        }
    }

    private static Optional<RegistryRef> registry(Obj registry) {
        Optional<Obj> metadata = registry.obj("metadata", String.join(", ", REGISTRY_METADATA));
        registry.finish(List.of("metadata"));
        if (metadata.isEmpty()) {
            return Optional.empty();
        }
        Obj m = metadata.get();
        Optional<String> uid = m.text("uid").filter(s -> !s.isEmpty());
        Optional<String> name = m.text("name").filter(s -> !s.isEmpty());
        Optional<String> kind = m.text("kind");
        Optional<String> providerType = m.text("providerType");
        Optional<Boolean> isPrivate = m.bool("isPrivate");
        Node.Entry sync = m.node().entries().get("isSyncSupported");
        if (sync != null && m.get("isSyncSupported").isPresent()) {
            m.ctx().warn(sync.line(), sync.column(), m.path("isSyncSupported"), "registry isSyncSupported is not kept (the model holds a"
                    + " registry's uid, name, kind, providerType and isPrivate); it is not written back");
        }
        m.finish(REGISTRY_METADATA);
        RegistryRef ref;
        if (uid.isPresent() && name.isPresent()) {
            ref = RegistryRef.of(uid.get(), name.get());
        } else if (uid.isPresent()) {
            ref = RegistryRef.byUid(uid.get());
        } else if (name.isPresent()) {
            ref = RegistryRef.byName(name.get());
        } else {
            Node at = m.node();
            m.ctx().warn(at.line(), at.column(), m.path(), "registry metadata names no registry (no uid, no name); the"
                    + " pack is read without a registry, and its registry kind, providerType and isPrivate are"
                    + " not kept");
            return Optional.empty();
        }
        if (kind.isPresent()) {
            ref = ref.withKind(kind.get());
        }
        if (providerType.isPresent()) {
            ref = ref.withProviderType(providerType.get());
        }
        if (isPrivate.isPresent()) {
            ref = ref.withPrivate(isPrivate.get());
        }
        return Optional.of(ref);
    }

    @Override
    public Out.OMap write(ClusterProfile p) {
        return write(p, PaletteSupport.PresetGroups.NONE);
    }

    /**
     * The export document of a resolved profile: each pack's {@code tag} is the selector as the
     * profile gives it and {@code version} the exact version chosen; presets are written with their
     * groups.
     */
    @Override
    public Out.OMap write(ResolvedProfile resolved) {
        List<Layer> layers = new ArrayList<>();
        for (int i = 0; i < resolved.profile().layers().size(); i++) {
            Layer pinned = resolved.profile().layers().get(i);
            Layer source = resolved.source().layers().get(i);
            Optional<PackVersion> chosen = resolved.layers().get(i).version();
            layers.add(chosen.isEmpty() ? pinned : pinned.toBuilder().pack(pinned.pack()
                    .withVersion(source.pack().version()).withResolvedVersion(chosen.get().toString())).build());
        }
        return write(resolved.profile().toBuilder().layers(layers).buildLenient(),
                PaletteSupport.PresetGroups.of(resolved));
    }

    private static Out.OMap write(ClusterProfile p, PaletteSupport.PresetGroups groups) {
        Out.OMap meta = new Out.OMap().text("name", p.name()).text("description", p.description())
                .put("labels", PaletteSupport.labels(p.tags()));
        Out.OList packs = new Out.OList();
        for (int i = 0; i < p.layers().size(); i++) {
            Layer l = p.layers().get(i);
            String tag = l.pack().version().toString();
            Out.OMap pack = new Out.OMap().text("name", l.pack().name()).text("type", l.pack().type().wireName());
            if (l.type() != LayerType.UNSPECIFIED) {
                pack.text("layer", l.type().wireName());
            }
            Optional<String> resolvedVersion = l.pack().resolvedVersion();
            if (resolvedVersion.isPresent()) {
                Optional<String> problem = notResolved(resolvedVersion.get());
                if (problem.isPresent()) {
                    throw new IllegalArgumentException("layers[" + i + "].pack.resolvedVersion '"
                            + resolvedVersion.get() + "' cannot be written to Palette export JSON as the pack's"
                            + " version: " + problem.get() + "; a resolved version is exact (1.33.6)");
                }
                pack.text("version", resolvedVersion.get());
            }
            if (!tag.isEmpty()) {
                pack.text("tag", tag);
            }
            pack.text("values", PaletteSupport.valuesWithPresets(l, i, groups));
            if (!l.manifests().isEmpty()) {
                pack.put("manifests", PaletteSupport.manifests(l.manifests()));
            }
            Optional<RegistryRef> registry = l.pack().registry();
            if (registry.isPresent()) {
                RegistryRef r = registry.get();
                Out.OMap metadata = new Out.OMap();
                r.uid().ifPresent(u -> metadata.text("uid", u));
                r.name().ifPresent(n -> metadata.text("name", n));
                r.kind().ifPresent(k -> metadata.text("kind", k));
                r.isPrivate().ifPresent(x -> metadata.put("isPrivate", new Out.OBool(x)));
                r.providerType().ifPresent(t -> metadata.text("providerType", t));
                pack.put("registry", new Out.OMap().put("metadata", metadata));
            }
            packs.add(pack);
        }
        Out.OMap template = new Out.OMap().text("type", p.type().wireName());
        if (p.cloudGiven()) {
            template.text("cloudType", p.cloud().wireName());
        }
        template.put("packs", packs);
        Out.OMap spec = new Out.OMap().text("version", p.version().text()).put("template", template);
        if (!p.variables().isEmpty()) {
            spec.put("variables", Variables.write(p.variables()));
        }
        return new Out.OMap().put("metadata", meta).put("spec", spec);
    }
}
