package io.profilekit.yaml.internal;

import io.profilekit.ClusterProfile;
import io.profilekit.InfrastructureProfile;
import io.profilekit.Layer;
import io.profilekit.LayerType;
import io.profilekit.PackRef;
import io.profilekit.PackType;
import io.profilekit.ProfileVersion;
import io.profilekit.RegistryRef;
import io.profilekit.VersionSelector;
import io.profilekit.resolve.ResolvedProfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Palette's API create entity ({@code POST /v1/clusterprofiles}, {@code V1ClusterProfileEntity}).
 * Reading is tolerant: fields Palette adds are reported as warnings, never silently dropped.
 * Writing takes exact versions only (a resolved profile, or a profile whose selectors are all
 * exact), since the entity's {@code tag} is the version Palette deploys.
 */
public final class PaletteApiCodec implements Codec {
    /** The one instance. */
    public static final PaletteApiCodec INSTANCE = new PaletteApiCodec();

    private static final List<String> ROOT = List.of("metadata", "spec");
    private static final List<String> METADATA = List.of("name", "annotations", "labels");
    private static final List<String> SPEC = List.of("version", "template", "variables");
    private static final List<String> TEMPLATE = List.of("cloudType", "type", "packs");
    private static final List<String> PACK = List.of("name", "tag", "version", "type", "layer", "registryUid", "values",
            "manifests");

    private PaletteApiCodec() {
    }

    @Override
    public String name() {
        return "Palette API JSON";
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
        Obj meta = doc.requiredObj("metadata", "name, annotations and labels");
        b.name(meta.requiredText("name"));
        meta.obj("annotations", "description").ifPresent(a -> {
            a.text("description").ifPresent(b::description);
            a.finish(List.of("description"));
        });
        meta.obj("labels", "tag keys and values").ifPresent(l -> b.tags(PaletteSupport.labels(l)));
        meta.finish(METADATA);
        Obj spec = doc.requiredObj("spec", "version, template and variables");
        b.version(spec.text("version").orElse(ProfileVersion.DEFAULT.text()));
        PaletteSupport.variables(spec);
        Obj template = spec.requiredObj("template", "cloudType, type and packs");
        template.text("cloudType").filter(c -> !c.isBlank()).ifPresent(b::cloud);
        template.text("type").ifPresent(t -> b.type(ProfileKitCodec.profileType(ctx, template.require("type"),
                template.path("type"), t)));
        List<Node> packs = template.list("packs");
        for (int i = 0; i < packs.size(); i++) {
            Obj pack = Obj.of(ctx, packs.get(i), template.path("packs") + "[" + i + "]", String.join(", ", PACK));
            layer(pack).ifPresent(b::layer);
        }
        template.finish(TEMPLATE);
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
        Optional<String> registryUid = pack.text("registryUid").filter(u -> !u.isEmpty());
        if (registryUid.isPresent()) {
            ref = ref.withRegistry(RegistryRef.byUid(registryUid.get()));
        }
        Layer.Builder lb = Layer.builder(type.get(), ref);
        PaletteSupport.presetsFromValues(pack.text("values").orElse(""), lb);
        lb.manifests(PaletteSupport.manifests(pack));
        pack.finish(PACK);
        return Optional.of(lb.build());
    }

    /**
     * The create body of a profile whose every selector is an exact version.
     *
     * @throws IllegalArgumentException naming every layer whose selector is not exact
     */
    @Override
    public Out.OMap write(ClusterProfile p) {
        return write(p, PaletteSupport.PresetGroups.NONE);
    }

    /** The create body of a resolved profile: exact versions, presets written with their groups. */
    @Override
    public Out.OMap write(ResolvedProfile resolved) {
        return write(resolved.profile(), PaletteSupport.PresetGroups.of(resolved));
    }

    private static Out.OMap write(ClusterProfile p, PaletteSupport.PresetGroups groups) {
        requireExactVersions(p);
        Out.OMap meta = new Out.OMap().text("name", p.name());
        if (!p.description().isEmpty()) {
            meta.put("annotations", new Out.OMap().text("description", p.description()));
        }
        meta.put("labels", PaletteSupport.labels(p.tags()));
        Out.OList packs = new Out.OList();
        for (int i = 0; i < p.layers().size(); i++) {
            Layer l = p.layers().get(i);
            Out.OMap pack = new Out.OMap().text("name", l.pack().name());
            if (!l.pack().version().toString().isEmpty()) {
                pack.text("tag", l.pack().version().toString());
            }
            pack.text("type", l.pack().type().wireName()).text("layer", l.type().wireName());
            l.pack().registry().flatMap(RegistryRef::uid).ifPresent(u -> pack.text("registryUid", u));
            pack.text("values", PaletteSupport.valuesWithPresets(l, i, groups));
            if (!l.manifests().isEmpty()) {
                pack.put("manifests", PaletteSupport.manifests(l.manifests()));
            }
            packs.add(pack);
        }
        Out.OMap template = new Out.OMap();
        if (p.cloudGiven()) {
            template.text("cloudType", p.cloud().wireName());
        }
        template.text("type", p.type().wireName()).put("packs", packs);
        return new Out.OMap().put("metadata", meta)
                .put("spec", new Out.OMap().text("version", p.version().text()).put("template", template));
    }

    /**
     * Palette's create entity takes a pack's exact version as its {@code tag}: a train, a range or
     * text that is no selector would be sent as a tag Palette cannot resolve the way ProfileKit
     * does. Manifest packs have no version.
     */
    private static void requireExactVersions(ClusterProfile p) {
        List<String> notExact = new ArrayList<>();
        for (int i = 0; i < p.layers().size(); i++) {
            Layer l = p.layers().get(i);
            VersionSelector v = l.pack().version();
            if (l.pack().type() == PackType.MANIFEST || v.kind() == VersionSelector.Kind.EXACT) {
                continue;
            }
            notExact.add("layers[" + i + "] (" + l.type().wireName() + " pack '" + l.pack().name() + "': "
                    + describe(v) + ")");
        }
        if (!notExact.isEmpty()) {
            throw new IllegalArgumentException("Palette API JSON takes exact pack versions; not exact in profile '"
                    + p.name() + "': " + String.join(", ", notExact) + ". Resolve the profile first,"
                    + " ProfileResolver.of(registry).resolve(profile), and write the ResolvedProfile"
                    + " (manifest packs need no version)");
        }
    }

    private static String describe(VersionSelector v) {
        String text = v.toString();
        switch (v.kind()) {
            case TRAIN:
                return "'" + text + "' is a release train";
            case RANGE:
                return "'" + text + "' is a version range";
            default:
                return text.isBlank() ? "no version" : "'" + text + "' is not a version";
        }
    }
}
