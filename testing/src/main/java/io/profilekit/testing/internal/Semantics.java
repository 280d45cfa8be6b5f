package io.profilekit.testing.internal;

import io.profilekit.ClusterProfile;
import io.profilekit.Layer;
import io.profilekit.LayerType;
import io.profilekit.Manifest;
import io.profilekit.ProfileVariable;
import io.profilekit.rules.SafeText;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What "the same profile" means to the assertions: the same kind, name, version, description,
 * type, cloud, uid, tags (in any order) and variables; the same core layers by layer (Palette
 * installs by layer, whatever the order) and the same add-ons in the same order; per layer the
 * same pack, selector, pack type, registry, presets (in any order) and display name, and values
 * and manifests equal as YAML data, so comments and formatting do not count.
 */
public final class Semantics {
    private static final int MAX_DIFFERENCES = 20;

    private Semantics() {
    }

    /**
     * The differences between two profiles, each as {@code "where: expected … but was …"}.
     *
     * @param expected the expected profile
     * @param actual the actual profile
     * @return the differences, empty when the two are the same (at most twenty)
     */
    public static List<String> differences(ClusterProfile expected, ClusterProfile actual) {
        List<String> out = new ArrayList<>();
        same(out, "kind", expected.kind(), actual.kind());
        same(out, "name", expected.name(), actual.name());
        same(out, "version", expected.version(), actual.version());
        same(out, "description", expected.description(), actual.description());
        same(out, "type", expected.type(), actual.type());
        same(out, "cloud", expected.cloud(), actual.cloud());
        same(out, "uid", expected.uid(), actual.uid());
        same(out, "tags", new HashSet<>(expected.tags().asList()), new HashSet<>(actual.tags().asList()));
        same(out, "variables", byName(expected.variables()), byName(actual.variables()));
        Map<String, Layer> e = layersByKey(expected);
        Map<String, Layer> a = layersByKey(actual);
        for (String key : e.keySet()) {
            if (!a.containsKey(key)) {
                out.add("layers[" + key + "]: expected " + describe(e.get(key)) + " but it is missing");
            } else {
                layer(out, "layers[" + key + "]", e.get(key), a.get(key));
            }
        }
        for (String key : a.keySet()) {
            if (!e.containsKey(key)) {
                out.add("layers[" + key + "]: not expected, but was " + describe(a.get(key)));
            }
        }
        return out.size() > MAX_DIFFERENCES ? List.copyOf(out.subList(0, MAX_DIFFERENCES)) : List.copyOf(out);
    }

    private static void layer(List<String> out, String where, Layer e, Layer a) {
        same(out, where + ".pack.name", e.pack().name(), a.pack().name());
        same(out, where + ".pack.version", e.pack().version(), a.pack().version());
        same(out, where + ".pack.type", e.pack().type(), a.pack().type());
        same(out, where + ".pack.registry", e.pack().registry(), a.pack().registry());
        same(out, where + ".presets", new HashSet<>(e.presets()), new HashSet<>(a.presets()));
        same(out, where + ".displayName", e.displayName(), a.displayName());
        yaml(out, where + ".values", e.values(), a.values());
        Map<String, String> em = manifests(e.manifests());
        Map<String, String> am = manifests(a.manifests());
        same(out, where + ".manifests", em.keySet(), am.keySet());
        for (String name : em.keySet()) {
            if (am.containsKey(name)) {
                yaml(out, where + ".manifests[" + name + "]", em.get(name), am.get(name));
            }
        }
    }

    /**
     * Whether two YAML texts hold the same data (comments and formatting aside); text that is not
     * YAML is compared as text.
     *
     * @param expected the expected text
     * @param actual the actual text
     * @return the first difference, or empty
     */
    public static Optional<String> yamlDifference(String expected, String actual) {
        List<String> out = new ArrayList<>();
        yaml(out, "", expected, actual);
        return out.stream().findFirst();
    }

    private static void yaml(List<String> out, String where, String e, String a) {
        if (e.equals(a)) {
            return;
        }
        Optional<List<Object>> de = load(e);
        Optional<List<Object>> da = load(a);
        if (de.isEmpty() || da.isEmpty()) {
            out.add(where + ": expected the text " + quote(e) + " but was " + quote(a));
            return;
        }
        boolean single = de.get().size() == 1 && da.get().size() == 1;
        data(out, where, single ? de.get().get(0) : de.get(), single ? da.get().get(0) : da.get());
    }

    private static void data(List<String> out, String where, Object e, Object a) {
        if (e instanceof Map && a instanceof Map) {
            Map<?, ?> me = (Map<?, ?>) e;
            Map<?, ?> ma = (Map<?, ?>) a;
            Set<Object> keys = new java.util.LinkedHashSet<>(me.keySet());
            keys.addAll(ma.keySet());
            for (Object k : keys) {
                String at = where + (where.isEmpty() ? "" : ".") + k;
                if (!ma.containsKey(k)) {
                    out.add(at + ": expected " + quote(String.valueOf(me.get(k))) + " but it is missing");
                } else if (!me.containsKey(k)) {
                    out.add(at + ": not expected, but was " + quote(String.valueOf(ma.get(k))));
                } else {
                    data(out, at, me.get(k), ma.get(k));
                }
            }
            return;
        }
        if (e instanceof List && a instanceof List && ((List<?>) e).size() == ((List<?>) a).size()) {
            Iterator<?> ie = ((List<?>) e).iterator();
            Iterator<?> ia = ((List<?>) a).iterator();
            for (int i = 0; ie.hasNext(); i++) {
                data(out, where + "[" + i + "]", ie.next(), ia.next());
            }
            return;
        }
        if (!Objects.equals(e, a)) {
            out.add(where + ": expected " + quote(String.valueOf(e)) + " but was " + quote(String.valueOf(a)));
        }
    }

    private static Optional<List<Object>> load(String text) {
        try {
            List<Object> docs = new ArrayList<>();
            new Load(LoadSettings.builder().setAllowDuplicateKeys(false).build()).loadAllFromString(text)
                    .forEach(docs::add);
            return Optional.of(docs);
        } catch (YamlEngineException e) {
            return Optional.empty();
        }
    }

    private static void same(List<String> out, String where, Object e, Object a) {
        if (!Objects.equals(e, a)) {
            out.add(where + ": expected " + quote(String.valueOf(e)) + " but was " + quote(String.valueOf(a)));
        }
    }

    private static String quote(String text) {
        return SafeText.quote(text);
    }

    private static String describe(Layer l) {
        return quote(l.pack().name() + " " + l.pack().version());
    }

    private static Map<String, ProfileVariable> byName(List<ProfileVariable> variables) {
        Map<String, ProfileVariable> m = new TreeMap<>();
        variables.forEach(v -> m.put(v.name(), v));
        return m;
    }

    private static Map<String, String> manifests(List<Manifest> manifests) {
        Map<String, String> m = new TreeMap<>();
        manifests.forEach(x -> m.put(x.name(), x.content()));
        return m;
    }

    /** Core layers keyed by their layer (os, k8s, …), add-ons by their place among the add-ons. */
    private static Map<String, Layer> layersByKey(ClusterProfile p) {
        Map<String, Layer> m = new LinkedHashMap<>();
        int addOn = 0;
        for (Layer l : p.layers()) {
            String key = l.type() == LayerType.ADDON ? "addon " + addOn++ : l.type().wireName();
            String unique = key;
            for (int n = 2; m.containsKey(unique); n++) {
                unique = key + " #" + n;
            }
            m.put(unique, l);
        }
        return m;
    }
}
