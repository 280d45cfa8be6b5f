package io.profilekit.yaml.internal;

import io.profilekit.ClusterProfile;
import io.profilekit.InfrastructureProfile;
import io.profilekit.Layer;
import io.profilekit.LayerType;
import io.profilekit.PackRef;
import io.profilekit.PackType;
import io.profilekit.ProfileVersion;
import io.profilekit.RegistryRef;
import io.profilekit.resolve.ResolvedProfile;

import java.util.List;
import java.util.Optional;

/**
 * Palette's export/import JSON ({@code V1ClusterProfileImportEntity}): packs keyed by registry
 * metadata, {@code tag} and {@code version} both present. Tolerant: content the model has no place
 * for is reported as warnings, never silently dropped.
 *
 * <p>The model keeps a registry's uid and name only. Its {@code kind}, {@code providerType} and
 * {@code isPrivate} are written as {@code oci}, {@code pack} ({@code helm} for Helm packs) and
 * {@code false}; read values that differ from those are reported as not kept.
 */
public final class PaletteExportCodec implements Codec {
    /** The one instance. */
    public static final PaletteExportCodec INSTANCE = new PaletteExportCodec();

    private static final List<String> ROOT = List.of("metadata", "spec");
    private static final List<String> METADATA = List.of("name", "description", "labels");
    private static final List<String> SPEC = List.of("version", "template", "variables");
    private static final List<String> TEMPLATE = List.of("type", "cloudType", "packs");
    private static final List<String> PACK = List.of("name", "type", "layer", "version", "tag", "values", "manifests",
            "registry");
    private static final List<String> REGISTRY_METADATA = List.of("uid", "name", "kind", "isPrivate", "providerType");

    private PaletteExportCodec() {
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
        InfrastructureProfile.Builder b = InfrastructureProfile.builder();
        Obj meta = doc.requiredObj("metadata", "name, description and labels");
        b.name(meta.requiredText("name"));
        meta.text("description").ifPresent(b::description);
        meta.obj("labels", "tag keys and values").ifPresent(l -> b.tags(PaletteSupport.labels(l)));
        meta.finish(METADATA);
        Obj spec = doc.requiredObj("spec", "version, template and variables");
        b.version(spec.text("version").orElse(ProfileVersion.DEFAULT.text()));
        Obj template = spec.requiredObj("template", "type, cloudType and packs");
        template.text("type").ifPresent(t -> b.type(ProfileKitCodec.profileType(ctx, template.require("type"),
                template.path("type"), t)));
        template.text("cloudType").filter(c -> !c.isBlank()).ifPresent(b::cloud);
        List<Node> packs = template.list("packs");
        for (int i = 0; i < packs.size(); i++) {
            Obj pack = Obj.of(ctx, packs.get(i), template.path("packs") + "[" + i + "]", String.join(", ", PACK));
            layer(pack).ifPresent(b::layer);
        }
        template.finish(TEMPLATE);
        PaletteSupport.variables(spec);
        spec.finish(SPEC);
        doc.finish(ROOT);
        return b.buildLenient();
    }

    private static Optional<Layer> layer(Obj pack) {
        String name = pack.requiredText("name");
        Optional<LayerType> type = PaletteSupport.coreLayer(pack, name);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> tag = pack.text("tag");
        PaletteSupport.versionBesideTag(pack, tag);
        PackRef ref = PackRef.of(name, tag.orElse(pack.text("version").orElse("")));
        Optional<String> packType = pack.text("type");
        if (packType.isPresent()) {
            ref = ref.withType(ProfileKitCodec.packType(pack.ctx(), pack.require("type"), pack.path("type"),
                    packType.get()));
        }
        Optional<Obj> registry = pack.obj("registry", "metadata");
        if (registry.isPresent()) {
            Optional<RegistryRef> r = registry(registry.get(), ref.type());
            if (r.isPresent()) {
                ref = ref.withRegistry(r.get());
            }
        }
        Layer.Builder lb = Layer.builder(type.get(), ref);
        PaletteSupport.presetsFromValues(pack.text("values").orElse(""), lb);
        lb.manifests(PaletteSupport.manifests(pack));
        pack.finish(PACK);
        return Optional.of(lb.build());
    }

    private static Optional<RegistryRef> registry(Obj registry, PackType packType) {
        Optional<Obj> metadata = registry.obj("metadata", String.join(", ", REGISTRY_METADATA));
        registry.finish(List.of("metadata"));
        if (metadata.isEmpty()) {
            return Optional.empty();
        }
        Obj m = metadata.get();
        Optional<String> uid = m.text("uid").filter(s -> !s.isEmpty());
        Optional<String> name = m.text("name").filter(s -> !s.isEmpty());
        notKeptUnlessDefault(m, "kind", "oci");
        notKeptUnlessDefault(m, "providerType", providerType(packType));
        notKeptUnlessDefault(m, "isPrivate", "false");
        m.finish(REGISTRY_METADATA);
        if (uid.isPresent() && name.isPresent()) {
            return Optional.of(RegistryRef.of(uid.get(), name.get()));
        }
        if (uid.isPresent()) {
            return Optional.of(RegistryRef.byUid(uid.get()));
        }
        if (name.isPresent()) {
            return Optional.of(RegistryRef.byName(name.get()));
        }
        Node at = m.node();
        m.ctx().warn(at.line(), at.column(), m.path(), "registry metadata names no registry (no uid, no name); the pack"
                + " is read without a registry");
        return Optional.empty();
    }

    private static void notKeptUnlessDefault(Obj m, String key, String writtenAs) {
        Optional<String> value = m.text(key);
        if (value.isPresent() && !value.get().equals(writtenAs)) {
            Node at = m.require(key);
            m.ctx().warn(at.line(), at.column(), m.path(key), "registry " + key + " '" + value.get()
                    + "' is not kept (the model holds a registry's uid and name; ProfileKit writes " + key + " '"
                    + writtenAs + "')");
        }
    }

    private static String providerType(PackType type) {
        return type == PackType.HELM ? "helm" : "pack";
    }

    @Override
    public Out.OMap write(ClusterProfile p) {
        return write(p, PaletteSupport.PresetGroups.NONE);
    }

    /** The export document of a resolved profile: exact versions, presets written with their groups. */
    @Override
    public Out.OMap write(ResolvedProfile resolved) {
        return write(resolved.profile(), PaletteSupport.PresetGroups.of(resolved));
    }

    private static Out.OMap write(ClusterProfile p, PaletteSupport.PresetGroups groups) {
        Out.OMap meta = new Out.OMap().text("name", p.name()).text("description", p.description())
                .put("labels", PaletteSupport.labels(p.tags()));
        Out.OList packs = new Out.OList();
        for (int i = 0; i < p.layers().size(); i++) {
            Layer l = p.layers().get(i);
            String version = l.pack().version().toString();
            Out.OMap pack = new Out.OMap().text("name", l.pack().name()).text("type", l.pack().type().wireName())
                    .text("layer", l.type().wireName());
            if (!version.isEmpty()) {
                pack.text("version", version).text("tag", version);
            }
            pack.text("values", PaletteSupport.valuesWithPresets(l, i, groups));
            if (!l.manifests().isEmpty()) {
                pack.put("manifests", PaletteSupport.manifests(l.manifests()));
            }
            Optional<RegistryRef> registry = l.pack().registry();
            if (registry.isPresent()) {
                Out.OMap metadata = new Out.OMap();
                registry.get().uid().ifPresent(u -> metadata.text("uid", u));
                registry.get().name().ifPresent(n -> metadata.text("name", n));
                metadata.text("kind", "oci").put("isPrivate", new Out.OBool(false))
                        .text("providerType", providerType(l.pack().type()));
                pack.put("registry", new Out.OMap().put("metadata", metadata));
            }
            packs.add(pack);
        }
        Out.OMap template = new Out.OMap().text("type", p.type().wireName());
        if (p.cloudGiven()) {
            template.text("cloudType", p.cloud().wireName());
        }
        template.put("packs", packs);
        return new Out.OMap().put("metadata", meta)
                .put("spec", new Out.OMap().text("version", p.version().text()).put("template", template));
    }
}
