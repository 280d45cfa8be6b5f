package io.profilekit.yaml.diff;

import io.profilekit.ClusterProfile;
import io.profilekit.Layer;
import io.profilekit.LayerType;
import io.profilekit.Manifest;
import io.profilekit.PackType;
import io.profilekit.PackVersion;
import io.profilekit.ProfileVariable;
import io.profilekit.Tag;
import io.profilekit.VersionChange;
import io.profilekit.VersionSelector;
import io.profilekit.yaml.internal.Emit;
import io.profilekit.yaml.internal.ValuesDiff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What changed between two profiles of any kind: metadata (kind, name, version, description,
 * cloud, type, uid), tags, variables, and per layer — added, removed, moved, pack replaced, version
 * selector or resolved version changed (classified by {@link PackVersion#changeTo(PackVersion)}),
 * pack type, registry, presets, manifests, and values compared as YAML: each changed key by its
 * path with the old and new value. A values text whose values are all the same but whose comments
 * or formatting differ is reported as such ({@link Kind#VALUES_COMMENTS_CHANGED},
 * {@link Kind#VALUES_FORMATTING_CHANGED}), never as a value change.
 *
 * <p>Layers are matched by pack name (and {@code spectrocloud.com/display-name}, for a pack used
 * twice); a core layer (OS, Kubernetes, network, storage) whose pack is another one is a
 * {@link Kind#PACK_REPLACED}. A matched layer is {@link Kind#LAYER_MOVED} when it is out of the
 * longest run of matched layers that kept their order. Paths name layers by their index in the
 * profile they are in ({@code to} for all but removed layers). Immutable and thread-safe.
 *
 * <pre>{@code
 * ProfileDiff diff = ProfileDiff.between(before, after);
 * diff.isEmpty();                 // false
 * diff.changes().get(0);          // VERSION_CHANGED layers[1].pack.version 1.31.2 -> 1.32.9 (minor)
 * System.out.print(diff.toText());
 * String json = diff.toJson();    // {"schemaVersion": 1, "equal": false, "changes": [...]}
 * }</pre>
 */
public final class ProfileDiff {
    /** The version of the JSON output's shape. */
    public static final int SCHEMA_VERSION = 1;

    /** What kind of change. */
    public enum Kind {
        /** A profile field (kind, name, version, description, cloud, type, uid) changed. */
        FIELD_CHANGED,
        /** A tag key was added. */
        TAG_ADDED,
        /** A tag key was removed. */
        TAG_REMOVED,
        /** A tag's value changed. */
        TAG_CHANGED,
        /** A variable was added. */
        VARIABLE_ADDED,
        /** A variable was removed. */
        VARIABLE_REMOVED,
        /** A variable's definition changed. */
        VARIABLE_CHANGED,
        /** A layer was added. */
        LAYER_ADDED,
        /** A layer was removed. */
        LAYER_REMOVED,
        /** A layer moved relative to the others. */
        LAYER_MOVED,
        /** A core layer holds another pack. */
        PACK_REPLACED,
        /** A layer's type, pack type, registry or pack uid changed. */
        PACK_CHANGED,
        /** A layer's version selector changed. */
        VERSION_CHANGED,
        /** A layer's resolved version (as a resolved document records it) changed. */
        RESOLVED_VERSION_CHANGED,
        /** A layer's chosen presets changed. */
        PRESETS_CHANGED,
        /** A manifest was added to a layer. */
        MANIFEST_ADDED,
        /** A manifest was removed from a layer. */
        MANIFEST_REMOVED,
        /** A manifest's content changed. */
        MANIFEST_CHANGED,
        /** A key was added to a layer's values. */
        VALUE_ADDED,
        /** A key was removed from a layer's values. */
        VALUE_REMOVED,
        /** A value of a layer's values changed. */
        VALUE_CHANGED,
        /** A layer's values changed and one side is not well-formed YAML, so they differ as text. */
        VALUES_TEXT_CHANGED,
        /** Only comments (and perhaps formatting) of a layer's values changed; every value is the same. */
        VALUES_COMMENTS_CHANGED,
        /** Only the formatting of a layer's values changed; every value and comment is the same. */
        VALUES_FORMATTING_CHANGED;

        /** @return whether the change leaves every value as it was (comments or formatting only) */
        public boolean isCosmetic() {
            return this == VALUES_COMMENTS_CHANGED || this == VALUES_FORMATTING_CHANGED;
        }
    }

    /**
     * One change.
     *
     * @param kind what kind of change
     * @param path where, e.g. {@code metadata.version}, {@code tags.env}, {@code layers[1].pack.version},
     *     {@code layers[1].values.pack.podCIDR}
     * @param layer the pack name of the layer it is in, if it is in a layer
     * @param before the old value in one line; empty for an addition (and for some kinds)
     * @param after the new value in one line; empty for a removal (and for some kinds)
     * @param versionChange how much a pack version changed, for version changes that have versions on both sides
     */
    public record Change(Kind kind, String path, Optional<String> layer, Optional<String> before,
                         Optional<String> after, Optional<VersionChange> versionChange) {
        /**
         * Checks the components.
         *
         * @param kind what kind of change
         * @param path where
         * @param layer the pack name of the layer it is in
         * @param before the old value
         * @param after the new value
         * @param versionChange how much a pack version changed
         * @throws NullPointerException if a component is null
         */
        public Change {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(layer, "layer");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            Objects.requireNonNull(versionChange, "versionChange");
        }

        /**
         * The change as one line of {@link #toText()}: a sign ({@code +} added, {@code -} removed,
         * {@code ~} changed, {@code >} moved, {@code #} comments or formatting only), the path and
         * layer, then old and new value.
         *
         * @return the line, without a line break
         */
        public String describe() {
            String sign;
            switch (kind) {
                case TAG_ADDED: case VARIABLE_ADDED: case LAYER_ADDED: case MANIFEST_ADDED: case VALUE_ADDED:
                    sign = "+";
                    break;
                case TAG_REMOVED: case VARIABLE_REMOVED: case LAYER_REMOVED: case MANIFEST_REMOVED: case VALUE_REMOVED:
                    sign = "-";
                    break;
                case LAYER_MOVED:
                    sign = ">";
                    break;
                default:
                    sign = kind.isCosmetic() ? "#" : "~";
            }
            StringBuilder sb = new StringBuilder(sign).append(' ').append(path);
            layer.ifPresent(l -> sb.append(" (").append(l).append(')'));
            sb.append(": ");
            switch (kind) {
                case VALUES_COMMENTS_CHANGED:
                    return sb.append("comments changed, no value changed").toString();
                case VALUES_FORMATTING_CHANGED:
                    return sb.append("formatting changed, no value or comment changed").toString();
                case VALUES_TEXT_CHANGED:
                    return sb.append("values text changed (").append(after.orElse("")).append(')').toString();
                case LAYER_MOVED:
                    return sb.append("moved from ").append(before.orElse("?")).append(" to ").append(after.orElse("?"))
                            .toString();
                default:
                    break;
            }
            if (before.isPresent() && after.isPresent()) {
                sb.append(before.get()).append(" -> ").append(after.get());
            } else if (after.isPresent()) {
                sb.append(after.get());
            } else {
                sb.append(before.orElse(""));
            }
            versionChange.ifPresent(c -> sb.append(" (").append(c.word()).append(')'));
            return sb.toString();
        }

        @Override
        public String toString() {
            return kind + " " + describe();
        }
    }

    private final ClusterProfile from;
    private final ClusterProfile to;
    private final List<Change> changes;

    private ProfileDiff(ClusterProfile from, ClusterProfile to, List<Change> changes) {
        this.from = from;
        this.to = to;
        this.changes = List.copyOf(changes);
    }

    /**
     * The changes from one profile to another.
     *
     * <pre>{@code
     * ProfileDiff.between(profile, profile.toBuilder().version("1.1.0").build()).changes();
     * // [FIELD_CHANGED ~ metadata.version: 1.0.0 -> 1.1.0]
     * }</pre>
     *
     * @param from the old profile
     * @param to the new profile
     * @return the diff
     */
    public static ProfileDiff between(ClusterProfile from, ClusterProfile to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        List<Change> out = new ArrayList<>();
        metadata(from, to, out);
        tags(from, to, out);
        variables(from, to, out);
        layers(from, to, out);
        return new ProfileDiff(from, to, out);
    }

    /** @return the old profile */
    public ClusterProfile from() {
        return from;
    }

    /** @return the new profile */
    public ClusterProfile to() {
        return to;
    }

    /** @return every change, metadata first, then tags, variables and layers (in the new profile's order) */
    public List<Change> changes() {
        return changes;
    }

    /** @return whether the profiles are the same (no change at all, comments and formatting included) */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** @return the changes that change a value (all but comment-only and formatting-only changes of values) */
    public List<Change> significantChanges() {
        return changes.stream().filter(c -> !c.kind().isCosmetic()).toList();
    }

    /**
     * A unified, readable text: a {@code ---} line naming the old profile, a {@code +++} line naming
     * the new one, then one {@linkplain Change#describe() line per change} (or
     * {@code (no changes)}). Values from documents are printed as they are: print it to a terminal
     * through an escaping step such as {@code SafeText.escape}.
     *
     * @return the text, each line ending with a line break
     */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append("--- ").append(from.name()).append(' ').append(from.version()).append('\n');
        sb.append("+++ ").append(to.name()).append(' ').append(to.version()).append('\n');
        if (changes.isEmpty()) {
            sb.append("(no changes)\n");
        }
        for (Change c : changes) {
            sb.append(c.describe()).append('\n');
        }
        return sb.toString();
    }

    /**
     * The diff as JSON: {@code {"schemaVersion": 1, "equal": …, "from": {"name", "version"},
     * "to": {…}, "changes": [{"kind", "path", "layer"?, "before"?, "after"?, "versionChange"?,
     * "cosmetic"}]}}, absent optional parts left out.
     *
     * @return pretty-printed JSON, ending with a line break
     */
    public String toJson() {
        return Emit.json(gen -> {
            gen.writeStartObject();
            gen.writeNumberProperty("schemaVersion", SCHEMA_VERSION);
            gen.writeBooleanProperty("equal", changes.isEmpty());
            for (ClusterProfile p : List.of(from, to)) {
                gen.writeName(p == from ? "from" : "to");
                gen.writeStartObject();
                gen.writeStringProperty("name", p.name());
                gen.writeStringProperty("version", p.version().text());
                gen.writeStringProperty("kind", p.kind().documentKind());
                gen.writeEndObject();
            }
            gen.writeName("changes");
            gen.writeStartArray();
            for (Change c : changes) {
                gen.writeStartObject();
                gen.writeStringProperty("kind", c.kind().name());
                gen.writeStringProperty("path", c.path());
                c.layer().ifPresent(l -> gen.writeStringProperty("layer", l));
                c.before().ifPresent(v -> gen.writeStringProperty("before", v));
                c.after().ifPresent(v -> gen.writeStringProperty("after", v));
                c.versionChange().ifPresent(v -> gen.writeStringProperty("versionChange", v.name()));
                gen.writeBooleanProperty("cosmetic", c.kind().isCosmetic());
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeEndObject();
        });
    }

    @Override
    public String toString() {
        return "ProfileDiff[" + changes.size() + " change(s)]";
    }

    // ---- metadata, tags, variables

    private static void metadata(ClusterProfile a, ClusterProfile b, List<Change> out) {
        field("kind", a.kind().documentKind(), b.kind().documentKind(), out);
        field("metadata.uid", a.uid().orElse(""), b.uid().orElse(""), out);
        field("metadata.name", a.name(), b.name(), out);
        field("metadata.version", a.version().text(), b.version().text(), out);
        field("metadata.description", a.description(), b.description(), out);
        field("spec.cloud", a.cloudGiven() ? a.cloud().wireName() : "", b.cloudGiven() ? b.cloud().wireName() : "", out);
        field("spec.type", a.type().wireName(), b.type().wireName(), out);
    }

    private static void field(String path, String a, String b, List<Change> out) {
        if (!a.equals(b)) {
            out.add(new Change(Kind.FIELD_CHANGED, path, Optional.empty(), present(a), present(b), Optional.empty()));
        }
    }

    private static Optional<String> present(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private static void tags(ClusterProfile a, ClusterProfile b, List<Change> out) {
        Map<String, Tag> x = new LinkedHashMap<>();
        a.tags().forEach(t -> x.putIfAbsent(t.key(), t));
        Map<String, Tag> y = new LinkedHashMap<>();
        b.tags().forEach(t -> y.putIfAbsent(t.key(), t));
        for (Map.Entry<String, Tag> e : x.entrySet()) {
            Tag other = y.get(e.getKey());
            if (other == null) {
                out.add(new Change(Kind.TAG_REMOVED, "tags." + e.getKey(), Optional.empty(),
                        Optional.of(e.getValue().toString()), Optional.empty(), Optional.empty()));
            } else if (!other.equals(e.getValue())) {
                out.add(new Change(Kind.TAG_CHANGED, "tags." + e.getKey(), Optional.empty(),
                        Optional.of(e.getValue().toString()), Optional.of(other.toString()), Optional.empty()));
            }
        }
        for (Map.Entry<String, Tag> e : y.entrySet()) {
            if (!x.containsKey(e.getKey())) {
                out.add(new Change(Kind.TAG_ADDED, "tags." + e.getKey(), Optional.empty(), Optional.empty(),
                        Optional.of(e.getValue().toString()), Optional.empty()));
            }
        }
    }

    private static void variables(ClusterProfile a, ClusterProfile b, List<Change> out) {
        Map<String, ProfileVariable> x = new LinkedHashMap<>();
        a.variables().forEach(v -> x.putIfAbsent(v.name(), v));
        Map<String, ProfileVariable> y = new LinkedHashMap<>();
        b.variables().forEach(v -> y.putIfAbsent(v.name(), v));
        for (Map.Entry<String, ProfileVariable> e : x.entrySet()) {
            ProfileVariable other = y.get(e.getKey());
            String path = "variables." + e.getKey();
            if (other == null) {
                out.add(new Change(Kind.VARIABLE_REMOVED, path, Optional.empty(), Optional.of(e.getValue().toString()),
                        Optional.empty(), Optional.empty()));
            } else if (!other.equals(e.getValue())) {
                variableFields(path, e.getValue(), other, out);
            }
        }
        for (Map.Entry<String, ProfileVariable> e : y.entrySet()) {
            if (!x.containsKey(e.getKey())) {
                out.add(new Change(Kind.VARIABLE_ADDED, "variables." + e.getKey(), Optional.empty(), Optional.empty(),
                        Optional.of(e.getValue().toString()), Optional.empty()));
            }
        }
    }

    private static void variableFields(String path, ProfileVariable a, ProfileVariable b, List<Change> out) {
        int before = out.size();
        Object[][] fields = {
            {"displayName", a.displayName(), b.displayName()},
            {"description", a.description(), b.description()},
            {"format", a.format(), b.format()},
            {"inputType", a.inputType(), b.inputType()},
            {"defaultValue", a.defaultValue().orElse(""), b.defaultValue().orElse("")},
            {"regex", a.regex().orElse(""), b.regex().orElse("")},
            {"required", a.required(), b.required()},
            {"hidden", a.hidden(), b.hidden()},
            {"immutable", a.immutable(), b.immutable()},
            {"isSensitive", a.sensitive(), b.sensitive()},
            {"options", a.options(), b.options()},
        };
        for (Object[] f : fields) {
            if (!f[1].equals(f[2])) {
                out.add(new Change(Kind.VARIABLE_CHANGED, path + "." + f[0], Optional.empty(),
                        present(String.valueOf(f[1])), present(String.valueOf(f[2])), Optional.empty()));
            }
        }
        if (out.size() == before) {
            out.add(new Change(Kind.VARIABLE_CHANGED, path, Optional.empty(), Optional.of(a.toString()),
                    Optional.of(b.toString()), Optional.empty()));
        }
    }

    // ---- layers

    private static String identity(Layer layer) {
        return (layer.pack().type() == PackType.MANIFEST ? "manifest:" : "pack:") + layer.pack().name() + "\u0000"
                + layer.displayName().orElse("");
    }

    private static String label(Layer layer) {
        return layer.pack().name() + layer.displayName().map(d -> " \"" + d + "\"").orElse("");
    }

    private static void layers(ClusterProfile from, ClusterProfile to, List<Change> out) {
        List<Layer> a = from.layers();
        List<Layer> b = to.layers();
        int[] match = new int[a.size()];   // index in b, or -1
        Arrays.fill(match, -1);
        boolean[] taken = new boolean[b.size()];
        for (int i = 0; i < a.size(); i++) {
            for (int j = 0; j < b.size(); j++) {
                if (!taken[j] && identity(a.get(i)).equals(identity(b.get(j)))) {
                    match[i] = j;
                    taken[j] = true;
                    break;
                }
            }
        }
        Set<Integer> replaced = new LinkedHashSet<>();
        for (int i = 0; i < a.size(); i++) {
            LayerType type = a.get(i).type();
            if (match[i] >= 0 || !type.isCore()) {
                continue;
            }
            for (int j = 0; j < b.size(); j++) {
                if (!taken[j] && b.get(j).type() == type) {
                    match[i] = j;
                    taken[j] = true;
                    replaced.add(i);
                    break;
                }
            }
        }
        Set<Integer> moved = moved(match);
        // Report in the new profile's order, removed layers first (they have no place in it).
        for (int i = 0; i < a.size(); i++) {
            if (match[i] < 0) {
                out.add(new Change(Kind.LAYER_REMOVED, "layers[" + i + "]", Optional.of(label(a.get(i))),
                        Optional.of(a.get(i).toString()), Optional.empty(), Optional.empty()));
            }
        }
        int[] back = new int[b.size()];
        Arrays.fill(back, -1);
        for (int i = 0; i < a.size(); i++) {
            if (match[i] >= 0) {
                back[match[i]] = i;
            }
        }
        for (int j = 0; j < b.size(); j++) {
            Layer y = b.get(j);
            String path = "layers[" + j + "]";
            if (back[j] < 0) {
                out.add(new Change(Kind.LAYER_ADDED, path, Optional.of(label(y)), Optional.empty(),
                        Optional.of(y.toString()), Optional.empty()));
                continue;
            }
            int i = back[j];
            Layer x = a.get(i);
            Optional<String> label = Optional.of(label(y));
            if (moved.contains(i)) {
                out.add(new Change(Kind.LAYER_MOVED, path, label, Optional.of("layers[" + i + "]"),
                        Optional.of("layers[" + j + "]"), Optional.empty()));
            }
            if (replaced.contains(i)) {
                out.add(new Change(Kind.PACK_REPLACED, path + ".pack", label,
                        Optional.of(x.pack().name() + " " + x.pack().version()),
                        Optional.of(y.pack().name() + " " + y.pack().version()), Optional.empty()));
            }
            layer(path, label, x, y, replaced.contains(i), out);
        }
    }

    /** The indexes (in the old profile) of matched layers outside the longest run that kept its order. */
    private static Set<Integer> moved(int[] match) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < match.length; i++) {
            if (match[i] >= 0) {
                idx.add(i);
            }
        }
        int n = idx.size();
        int[] len = new int[n];
        int[] prev = new int[n];
        int best = -1;
        for (int k = 0; k < n; k++) {
            len[k] = 1;
            prev[k] = -1;
            for (int m = 0; m < k; m++) {
                if (match[idx.get(m)] < match[idx.get(k)] && len[m] + 1 > len[k]) {
                    len[k] = len[m] + 1;
                    prev[k] = m;
                }
            }
            if (best < 0 || len[k] > len[best]) {
                best = k;
            }
        }
        Set<Integer> kept = new LinkedHashSet<>();
        for (int k = best; k >= 0; k = prev[k]) {
            kept.add(idx.get(k));
        }
        Set<Integer> moved = new LinkedHashSet<>();
        for (int i : idx) {
            if (!kept.contains(i)) {
                moved.add(i);
            }
        }
        return moved;
    }

    private static void layer(String path, Optional<String> label, Layer x, Layer y, boolean replaced, List<Change> out) {
        if (x.type() != y.type()) {
            out.add(new Change(Kind.PACK_CHANGED, path + ".layer", label, Optional.of(x.type().wireName()),
                    Optional.of(y.type().wireName()), Optional.empty()));
        }
        if (x.pack().type() != y.pack().type()) {
            out.add(new Change(Kind.PACK_CHANGED, path + ".pack.type", label, Optional.of(x.pack().type().toString()),
                    Optional.of(y.pack().type().toString()), Optional.empty()));
        }
        if (!x.pack().registry().equals(y.pack().registry())) {
            out.add(new Change(Kind.PACK_CHANGED, path + ".pack.registry", label,
                    x.pack().registry().map(Object::toString), y.pack().registry().map(Object::toString), Optional.empty()));
        }
        if (!x.pack().uid().equals(y.pack().uid())) {
            out.add(new Change(Kind.PACK_CHANGED, path + ".pack.uid", label, x.pack().uid(), y.pack().uid(),
                    Optional.empty()));
        }
        if (!replaced && !x.pack().version().equals(y.pack().version())) {
            out.add(new Change(Kind.VERSION_CHANGED, path + ".pack.version", label,
                    present(x.pack().version().toString()), present(y.pack().version().toString()),
                    selectorChange(x.pack().version(), y.pack().version())));
        }
        if (!x.pack().resolvedVersion().equals(y.pack().resolvedVersion())) {
            Optional<VersionChange> change = Optional.empty();
            if (!replaced && x.pack().resolvedVersion().isPresent() && y.pack().resolvedVersion().isPresent()) {
                change = versionChange(x.pack().resolvedVersion().get(), y.pack().resolvedVersion().get());
            }
            out.add(new Change(Kind.RESOLVED_VERSION_CHANGED, path + ".pack.resolvedVersion", label,
                    x.pack().resolvedVersion(), y.pack().resolvedVersion(), change));
        }
        List<String> xPresets = presetsWithGroups(x);
        List<String> yPresets = presetsWithGroups(y);
        if (!xPresets.equals(yPresets)) {
            out.add(new Change(Kind.PRESETS_CHANGED, path + ".presets", label, Optional.of(xPresets.toString()),
                    Optional.of(yPresets.toString()), Optional.empty()));
        }
        manifests(path, label, x.manifests(), y.manifests(), out);
        values(path, label, x.values(), y.values(), out);
    }

    /** The chosen presets as Palette records them, {@code Group:name} where a group is known. */
    private static List<String> presetsWithGroups(Layer l) {
        List<String> out = new ArrayList<>();
        for (String p : l.presets()) {
            out.add(l.presetGroup(p).map(g -> g + ":" + p).orElse(p));
        }
        return out;
    }

    private static Optional<VersionChange> selectorChange(VersionSelector a, VersionSelector b) {
        Optional<String> x = comparable(a);
        Optional<String> y = comparable(b);
        if (x.isEmpty() || y.isEmpty()) {
            return Optional.empty();
        }
        return versionChange(x.get(), y.get());
    }

    /** An exact selector's version, or a train's prefix (1.33.x as 1.33); other selectors have none. */
    private static Optional<String> comparable(VersionSelector s) {
        if (s.exactVersion().isPresent()) {
            return Optional.of(s.exactVersion().get().toString());
        }
        if (!s.trainPrefix().isEmpty()) {
            return Optional.of(String.join(".", s.trainPrefix()));
        }
        return Optional.empty();
    }

    private static Optional<VersionChange> versionChange(String a, String b) {
        Optional<PackVersion> x = PackVersion.tryParse(a);
        Optional<PackVersion> y = PackVersion.tryParse(b);
        if (x.isEmpty() || y.isEmpty()) {
            return Optional.of(VersionChange.OTHER);
        }
        return Optional.of(x.get().changeTo(y.get()));
    }

    private static void manifests(String path, Optional<String> label, List<Manifest> a, List<Manifest> b,
                                  List<Change> out) {
        Map<String, Manifest> x = new LinkedHashMap<>();
        a.forEach(m -> x.putIfAbsent(m.name(), m));
        Map<String, Manifest> y = new LinkedHashMap<>();
        b.forEach(m -> y.putIfAbsent(m.name(), m));
        for (Manifest m : x.values()) {
            Manifest other = y.get(m.name());
            String at = path + ".manifests." + m.name();
            if (other == null) {
                out.add(new Change(Kind.MANIFEST_REMOVED, at, label, Optional.of(m.name()), Optional.empty(),
                        Optional.empty()));
            } else if (!other.content().equals(m.content())) {
                ValuesDiff.Result r = ValuesDiff.compare(m.content(), other.content());
                String what = r.outcome() == ValuesDiff.Outcome.VALUES
                        ? r.entries().size() + (r.entries().size() == 1 ? " value" : " values") + " changed"
                        : r.outcome() == ValuesDiff.Outcome.COMMENTS ? "comments changed"
                        : r.outcome() == ValuesDiff.Outcome.FORMATTING ? "formatting changed" : "content changed";
                out.add(new Change(Kind.MANIFEST_CHANGED, at, label, Optional.empty(), Optional.of(what),
                        Optional.empty()));
            }
        }
        for (Manifest m : y.values()) {
            if (!x.containsKey(m.name())) {
                out.add(new Change(Kind.MANIFEST_ADDED, path + ".manifests." + m.name(), label, Optional.empty(),
                        Optional.of(m.name()), Optional.empty()));
            }
        }
    }

    private static void values(String path, Optional<String> label, String a, String b, List<Change> out) {
        ValuesDiff.Result r = ValuesDiff.compare(a, b);
        switch (r.outcome()) {
            case SAME:
                return;
            case COMMENTS:
                out.add(new Change(Kind.VALUES_COMMENTS_CHANGED, path + ".values", label, Optional.empty(),
                        Optional.empty(), Optional.empty()));
                return;
            case FORMATTING:
                out.add(new Change(Kind.VALUES_FORMATTING_CHANGED, path + ".values", label, Optional.empty(),
                        Optional.empty(), Optional.empty()));
                return;
            case UNREADABLE:
                out.add(new Change(Kind.VALUES_TEXT_CHANGED, path + ".values", label, Optional.empty(),
                        Optional.of("not well-formed YAML, compared as text"), Optional.empty()));
                return;
            default:
                for (ValuesDiff.Entry e : r.entries()) {
                    Kind kind = e.before().isEmpty() ? Kind.VALUE_ADDED : e.after().isEmpty() ? Kind.VALUE_REMOVED
                            : Kind.VALUE_CHANGED;
                    String at = e.path().isEmpty() ? "" : e.path().startsWith("[") ? e.path() : "." + e.path();
                    out.add(new Change(kind, path + ".values" + at, label, e.before(), e.after(),
                            Optional.empty()));
                }
        }
    }
}
