package io.profilekit.yaml.internal;

import io.profilekit.ClusterProfile;
import io.profilekit.Layer;
import io.profilekit.LayerType;
import io.profilekit.PackRef;
import io.profilekit.PackType;
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
 * Palette's API create entity ({@code POST /v1/clusterprofiles}, {@code V1ClusterProfileEntity}).
 * Every kind of profile, from its {@code type} ({@link io.profilekit.ProfileKind#of}); packs of
 * every type, with their uid; a pack without {@code layer} (the Terraform provider sends none) is
 * read with its layer {@linkplain LayerType#UNSPECIFIED unspecified} and written without one.
 * Reading is tolerant: fields Palette adds are reported as warnings, never silently dropped.
 * Writing takes exact versions only (a resolved profile, a profile whose selectors are all exact,
 * or whose packs carry an exact resolved version), since the entity's {@code tag} is the version
 * Palette deploys. The entity has no place for a registry's name or metadata (only
 * {@code registryUid}) nor for a resolved version beside the tag: those are not written.
 */
public final class PaletteApiCodec implements Codec {
    /** The one instance. */
    public static final PaletteApiCodec INSTANCE = new PaletteApiCodec();

    private static final List<String> ROOT = List.of("metadata", "spec");
    private static final List<String> METADATA = List.of("name", "uid", "annotations", "labels");
    private static final List<String> SPEC = List.of("version", "template", "variables");
    private static final List<String> TEMPLATE = List.of("cloudType", "type", "packs");
    private static final List<String> PACK = List.of("name", "tag", "version", "type", "layer", "uid", "registryUid",
            "values", "manifests");

    private PaletteApiCodec() {
    }

    @Override
    public String documentPath(String modelPath) {
        return DocumentPaths.paletteApi(modelPath);
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
        Obj meta = doc.requiredObj("metadata", "name, uid, annotations and labels");
        String name = meta.requiredText("name");
        Optional<String> uid = meta.text("uid").filter(u -> !u.isEmpty());
        Optional<String> description = meta.obj("annotations", "description").flatMap(a -> {
            Optional<String> d = a.text("description");
            a.finish(List.of("description"));
            return d;
        });
        Optional<Tags> tags = meta.obj("labels", "tag keys and values").map(PaletteSupport::labels);
        meta.finish(METADATA);
        Obj spec = doc.requiredObj("spec", "version, template and variables");
        String version = spec.text("version").orElse(ProfileVersion.DEFAULT.text());
        List<ProfileVariable> variables = Variables.read(spec);
        Obj template = spec.requiredObj("template", "cloudType, type and packs");
        Optional<String> cloud = template.text("cloudType").filter(c -> !c.isBlank());
        Optional<ProfileType> type = template.text("type").map(t -> ProfileKitCodec.profileType(ctx,
                template.require("type"), template.path("type"), t));
        List<Node> packs = template.list("packs");
        List<Layer> layers = new ArrayList<>(packs.size());
        for (int i = 0; i < packs.size(); i++) {
            Obj pack = Obj.of(ctx, packs.get(i), template.path("packs") + "[" + i + "]", String.join(", ", PACK));
            layers.add(layer(pack));
        }
        template.finish(TEMPLATE);
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
        PaletteSupport.versionBesideTag(pack, tag);
        PackRef ref = PackRef.of(name, tag.orElse(pack.text("version").orElse("")));
        Optional<String> packType = pack.text("type");
        if (packType.isPresent()) {
            ref = ref.withType(ProfileKitCodec.packType(pack.ctx(), pack.require("type"), pack.path("type"),
                    packType.get()));
        }
        Optional<String> packUid = pack.text("uid").filter(u -> !u.isEmpty());
        if (packUid.isPresent()) {
            ref = ref.withUid(packUid.get());
        }
        Optional<String> registryUid = pack.text("registryUid").filter(u -> !u.isEmpty());
        if (registryUid.isPresent()) {
            ref = ref.withRegistry(RegistryRef.byUid(registryUid.get()));
        }
        Layer.Builder lb = Layer.builder(type, ref);
        PaletteSupport.presetsFromValues(pack.text("values").orElse(""), lb);
        lb.manifests(PaletteSupport.manifests(pack));
        pack.finish(PACK);
        return lb.build();
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
        p.uid().ifPresent(u -> meta.text("uid", u));
        if (!p.description().isEmpty()) {
            meta.put("annotations", new Out.OMap().text("description", p.description()));
        }
        meta.put("labels", PaletteSupport.labels(p.tags()));
        Out.OList packs = new Out.OList();
        for (int i = 0; i < p.layers().size(); i++) {
            Layer l = p.layers().get(i);
            Out.OMap pack = new Out.OMap().text("name", l.pack().name());
            String tag = tag(l.pack());
            if (!tag.isEmpty()) {
                pack.text("tag", tag);
            }
            pack.text("type", l.pack().type().wireName());
            if (l.type() != LayerType.UNSPECIFIED) {
                pack.text("layer", l.type().wireName());
            }
            l.pack().uid().ifPresent(u -> pack.text("uid", u));
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
        Out.OMap spec = new Out.OMap().text("version", p.version().text());
        if (!p.variables().isEmpty()) {
            spec.put("variables", Variables.write(p.variables()));
        }
        return new Out.OMap().put("metadata", meta).put("spec", spec.put("template", template));
    }

    /**
     * The tag Palette deploys: the selector when it is an exact version, else the version it was
     * resolved to when that is known and exact.
     */
    private static String tag(PackRef pack) {
        VersionSelector v = pack.version();
        if (v.kind() != VersionSelector.Kind.EXACT) {
            Optional<String> resolved = pack.resolvedVersion().filter(PaletteApiCodec::isExact);
            if (resolved.isPresent()) {
                return resolved.get();
            }
        }
        return v.toString();
    }

    private static boolean isExact(String version) {
        return VersionSelector.parse(version).kind() == VersionSelector.Kind.EXACT;
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
            if (l.pack().type() == PackType.MANIFEST || v.kind() == VersionSelector.Kind.EXACT
                    || l.pack().resolvedVersion().filter(PaletteApiCodec::isExact).isPresent()) {
                continue;
            }
            String layer = l.type() == LayerType.UNSPECIFIED ? "" : l.type().wireName() + " ";
            notExact.add("layers[" + i + "] (" + layer + "pack '" + l.pack().name() + "': " + describe(v) + ")");
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
