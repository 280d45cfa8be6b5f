package io.profilekit.yaml.internal;

import io.profilekit.ClusterProfile;
import io.profilekit.Layer;
import io.profilekit.LayerType;
import io.profilekit.Manifest;
import io.profilekit.ProfileKind;
import io.profilekit.ProfileType;
import io.profilekit.Tag;
import io.profilekit.Tags;
import io.profilekit.registry.PackDescriptor;
import io.profilekit.registry.PackPreset;
import io.profilekit.resolve.ResolvedLayer;
import io.profilekit.resolve.ResolvedProfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What Palette's two JSON formats share: labels, the enabled-presets comment, layers, kinds, manifests. */
final class PaletteSupport {
    /** The value Palette stores for a tag without a value. */
    static final String BARE_TAG = "spectro__tag";
    /** The values comment in which Palette records a pack's enabled presets. */
    static final String PRESETS_MARKER = "# spectrocloud.com/enabled-presets:";

    private PaletteSupport() {
    }

    static Out.OMap labels(Tags tags) {
        if (tags.hasDuplicateKeys()) {
            throw new IllegalArgumentException("Palette keeps tags as labels, each key once, and this profile gives a"
                    + " tag key twice (" + tags + "); remove or rename one");
        }
        Out.OMap labels = new Out.OMap();
        for (Tag t : tags) {
            labels.text(t.key(), t.value().orElse(BARE_TAG));
        }
        return labels;
    }

    static Tags labels(Obj labels) {
        List<Tag> tags = new ArrayList<>();
        for (Map.Entry<String, Node.Entry> e : labels.node().entries().entrySet()) {
            Optional<String> value = labels.text(e.getKey());
            tags.add(value.isEmpty() || value.get().equals(BARE_TAG) ? Tag.of(e.getKey()) : Tag.of(e.getKey(), value.get()));
        }
        return Tags.copyOf(tags);
    }

    /**
     * The group of each chosen preset, when known: Palette writes a preset as {@code Group:name}.
     * Known only from a resolved profile, whose layers carry the registry's {@link PackDescriptor}.
     */
    @FunctionalInterface
    interface PresetGroups {
        /** No group known: presets are written by name. */
        PresetGroups NONE = (layer, preset) -> Optional.empty();

        /**
         * @param layer the layer's index
         * @param preset the preset's name
         * @return its group, or empty when unknown
         */
        Optional<String> groupOf(int layer, String preset);

        /**
         * The groups the resolved packs declare in their presets.yaml.
         *
         * @param resolved the resolved profile
         * @return the groups
         */
        static PresetGroups of(ResolvedProfile resolved) {
            List<ResolvedLayer> layers = resolved.layers();
            return (layer, preset) -> layers.get(layer).pack().flatMap(d -> d.preset(preset)).map(PackPreset::group)
                    .filter(PaletteSupport::writableGroup);
        }
    }

    /** A group Palette's comment can carry: {@code Group:name,...} splits on ',' and ':'. */
    private static boolean writableGroup(String group) {
        return !group.isEmpty() && group.strip().equals(group) && group.chars().noneMatch(c -> c == ',' || c == ':'
                || c == '\n' || c == '\r');
    }

    /**
     * The values to send: Palette records enabled presets as a first values line
     * {@code # spectrocloud.com/enabled-presets: Group:a,b}: {@code Group:name} when the preset's
     * group is known (the group the layer holds, as read from Palette, or else the group the
     * resolved pack declares), the bare name otherwise. The line is written when there are presets,
     * or when the values already start with such a line (so that reading strips only the line
     * ProfileKit added and the values come back byte for byte).
     */
    static String valuesWithPresets(Layer l, int index, PresetGroups groups) {
        List<String> presets = l.presets();
        List<String> entries = new ArrayList<>(presets.size());
        for (int i = 0; i < presets.size(); i++) {
            String p = presets.get(i);
            if (p.isEmpty() || !p.strip().equals(p) || p.contains(",") || p.contains(":") || p.contains("\n")
                    || p.contains("\r")) {
                throw new IllegalArgumentException("layers[" + index + "].presets[" + i + "] '" + p + "' cannot be"
                        + " written to Palette JSON: Palette records presets in a values comment, so a preset name"
                        + " must be non-empty and free of ',', ':', line breaks and surrounding whitespace");
            }
            Optional<String> held = l.presetGroup(p);
            if (held.isPresent() && !heldGroupWritable(held.get())) {
                throw new IllegalArgumentException("layers[" + index + "].presets[" + i + "] '" + p + "': its group '"
                        + held.get() + "' cannot be written to Palette JSON: Palette records presets in a values"
                        + " comment, so a group must be non-empty and free of ',', line breaks and surrounding"
                        + " whitespace");
            }
            Optional<String> group = held.isPresent() ? held : groups.groupOf(index, p);
            entries.add(group.map(g -> g + ":" + p).orElse(p));
        }
        if (presets.isEmpty() && !l.values().startsWith(PRESETS_MARKER)) {
            return l.values();
        }
        return PRESETS_MARKER + " " + String.join(",", entries) + "\n" + l.values();
    }

    /** A group read from Palette's comment: split on ',' first, then at the last ':'. */
    private static boolean heldGroupWritable(String group) {
        return !group.isEmpty() && group.strip().equals(group) && group.chars().noneMatch(c -> c == ','
                || c == '\n' || c == '\r');
    }

    /**
     * Splits the enabled-presets line off values read from Palette, keeping each preset's group
     * ({@code Group:name}) as {@link Layer#presetGroup(String)}.
     */
    static void presetsFromValues(String values, Layer.Builder b) {
        if (!values.startsWith(PRESETS_MARKER)) {
            b.values(values);
            return;
        }
        int nl = values.indexOf('\n');
        String line = nl < 0 ? values : values.substring(0, nl);
        b.values(nl < 0 ? "" : values.substring(nl + 1));
        for (String entry : line.substring(PRESETS_MARKER.length()).split(",")) {
            String e = entry.strip();
            if (e.isEmpty()) {
                continue;
            }
            int colon = e.lastIndexOf(':');
            String name = colon < 0 ? e : e.substring(colon + 1).strip();
            String group = colon < 0 ? "" : e.substring(0, colon).strip();
            if (group.isEmpty()) {
                b.preset(name);
            } else {
                b.preset(name, group);
            }
        }
    }

    /**
     * The layer a Palette pack names in {@code layer}: unspecified when the pack names none (the
     * Terraform provider never sends one), or when it names a layer the model does not know, which
     * is reported.
     */
    static LayerType layer(Obj pack) {
        Optional<String> text = pack.text("layer").filter(t -> !t.isEmpty());
        if (text.isEmpty()) {
            return LayerType.UNSPECIFIED;
        }
        Optional<LayerType> type = LayerType.fromWireName(text.get());
        if (type.isEmpty()) {
            Node at = pack.require("layer");
            pack.ctx().warn(at, pack.path("layer"), "layer '" + text.get() + "' is not kept: the model knows the"
                    + " layers " + String.join(", ", ProfileKitCodec.wireNames(LayerType.declared().toArray(
                    new LayerType[0]))) + "; the pack is read with its layer unspecified");
            return LayerType.UNSPECIFIED;
        }
        return type.get();
    }

    /**
     * The kind of a profile read from Palette: the one its type belongs to ({@link ProfileKind#of});
     * with no type, an infrastructure profile when a pack is in a core layer, else an add-on
     * profile (the Terraform provider's default type).
     */
    static ClusterProfile.Builder builder(Optional<ProfileType> type, List<Layer> layers) {
        ProfileKind kind = type.map(ProfileKind::of).orElseGet(() -> layers.stream().anyMatch(l -> l.type().isCore())
                ? ProfileKind.INFRASTRUCTURE : ProfileKind.ADD_ON);
        ClusterProfile.Builder b = kind.builder();
        type.ifPresent(b::type);
        return b.layers(layers);
    }

    static List<Manifest> manifests(Obj pack) {
        List<Node> items = pack.list("manifests");
        List<Manifest> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Obj m = Obj.of(pack.ctx(), items.get(i), pack.path("manifests") + "[" + i + "]", "name and content");
            out.add(new Manifest(m.requiredText("name"), m.text("content").orElse("")));
            m.finish(List.of("name", "content"));
        }
        return out;
    }

    static Out.OList manifests(List<Manifest> manifests) {
        Out.OList list = new Out.OList();
        for (Manifest m : manifests) {
            list.add(new Out.OMap().text("name", m.name()).text("content", m.content()));
        }
        return list;
    }

    /** Warns when a pack carries a version other than its tag (the profile keeps the tag). */
    static void versionBesideTag(Obj pack, Optional<String> tag) {
        Optional<String> version = pack.text("version");
        if (version.isPresent() && tag.isPresent() && !version.get().equals(tag.get())) {
            Node at = pack.require("version");
            pack.ctx().warn(at.line(), at.column(), pack.path("version"), "version '" + version.get()
                    + "' differs from tag '" + tag.get() + "'; the profile keeps the tag");
        }
    }
}
