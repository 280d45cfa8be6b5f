package io.profilekit.validation.internal;

import io.profilekit.Layer;
import io.profilekit.registry.PackDescriptor;
import io.profilekit.registry.PackPreset;
import io.profilekit.resolve.ResolvedLayer;
import io.profilekit.resolve.ResourceNeeds;
import io.profilekit.rules.ProfileRule;
import io.profilekit.rules.RuleContext;
import io.profilekit.rules.Violation;
import io.profilekit.rules.ViolationCode;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rule {@code profilekit.resources}: every request and replica-count parameter that a pack's
 * {@code constraints.resources} components name must be in the layer's values
 * (RESOURCE_PARAM_NOT_FOUND, at the layer's values, once per missing parameter). The values are the layer's own (its pack's
 * defaults when it gives none) with its chosen presets taken into account: a parameter a chosen
 * preset adds is there, one a later preset removes is not. Layers whose pack did not resolve, sits
 * in the wrong layer, or whose values (or a chosen preset's {@code add}) are not valid YAML, are
 * not checked. Internal: not part of ProfileKit's API.
 */
public final class ResourceRule implements ProfileRule {
    /** The rule's id. */
    public static final String ID = "profilekit.resources";

    private static final LoadSettings SETTINGS = LoadSettings.builder().setMaxAliasesForCollections(10_000)
            .setCodePointLimit(Integer.MAX_VALUE).build();
    /** How many loaded values texts the rule remembers; past it, it forgets them all. */
    static final int MEMO_ENTRIES = 128;
    /** Longer values texts are loaded every time. */
    static final int MEMO_MAX_CHARS = 64 * 1024;
    /** What the memory holds for a text that does not load, or holds nothing. */
    private static final Object NOT_LOADED = new Object();
    private static final Object EMPTY = new Object();

    /**
     * What recent values texts loaded to, read only: a pack's values.yaml is loaded for every
     * profile validated against it otherwise, which was most of validating one.
     */
    private final Map<String, Object> memo = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Violation> check(RuleContext context) {
        List<ResolvedLayer> checked = new ArrayList<>();
        Map<Integer, LayerValues> values = new HashMap<>();
        for (ResolvedLayer r : context.resolution().resolved()) {
            Optional<PackDescriptor> pack = r.pack();
            if (pack.isEmpty() || pack.get().constraints().resources().isEmpty()
                    || Layers.layerMismatch(context, r.index())) {
                continue;
            }
            LayerValues v = LayerValues.of(r.layer(), pack.get(), this::loadRemembered);
            if (v != null) {
                checked.add(r);
                values.put(r.index(), v);
            }
        }
        if (checked.isEmpty()) {
            return List.of();
        }
        ResourceNeeds needs = ResourceNeeds.of(checked, (layer, path) -> values.get(layer.index()).find(path));
        List<Violation> out = new ArrayList<>();
        java.util.Set<String> reported = new java.util.HashSet<>();
        for (ResourceNeeds.Problem p : needs.problems()) {
            // one violation per missing parameter of a layer, naming the first component that reads it
            if (!p.missing() || !reported.add(p.layerIndex() + "\n" + p.path())) {
                continue;
            }
            boolean replicas = p.field().endsWith("replicaCountParamRef");
            Optional<String> byDefault = values.get(p.layerIndex()).defaults(p.path());
            out.add(Violation.of(ViolationCode.RESOURCE_PARAM_NOT_FOUND, Layers.path(p.layerIndex()) + ".values",
                    p.pack() + " reads its " + (replicas ? "replica count" : "resource request") + " from "
                            + Texts.quote(p.path()) + " (" + p.field() + "), which the values do not have",
                    "set " + p.path() + " in the layer's values"
                            + byDefault.map(d -> " (the pack's values.yaml sets it to " + d + ")").orElse("")));
        }
        return out;
    }

    /** A layer's values and chosen presets, loaded. */
    private static final class LayerValues {
        private final Object base;
        private final Object defaults;
        private final ChosenPresets presets;

        private LayerValues(Object base, Object defaults, ChosenPresets presets) {
            this.base = base;
            this.defaults = defaults;
            this.presets = presets;
        }

        /** The loaded values, or null if something does not load (other rules report it). */
        static LayerValues of(Layer layer, PackDescriptor pack, java.util.function.Function<String, Object> load) {
            try {
                Object defaults = load.apply(pack.values());
                Object base = layer.values().isBlank() ? defaults : load.apply(layer.values());
                List<PackPreset> presets = new ArrayList<>();
                for (String name : layer.presets()) {
                    Optional<PackPreset> preset = pack.preset(name);
                    if (preset.isPresent()) {
                        load.apply(preset.get().add());   // throws for a preset that is not YAML: the layer is skipped
                        presets.add(preset.get());
                    }
                }
                return new LayerValues(base, defaults, ChosenPresets.of(presets));
            } catch (YamlEngineException e) {
                return null;
            }
        }

        /** The latest preset that adds the path wins; a removal before it hides what came earlier. */
        Optional<String> find(String path) {
            int decider = presets.decider(path);
            if (decider >= 0) {
                return presets.added(decider, path).map(String::valueOf);
            }
            return decider == ChosenPresets.REMOVED ? Optional.empty() : valueAt(base, path).map(String::valueOf);
        }

        Optional<String> defaults(String path) {
            return valueAt(defaults, path).map(String::valueOf);
        }
    }

    /** {@link #load(String)}, remembered for texts up to {@link #MEMO_MAX_CHARS}. */
    private Object loadRemembered(String text) {
        if (text.length() > MEMO_MAX_CHARS) {
            return load(text);
        }
        Object known = memo.get(text);
        if (known == null) {
            try {
                Object loaded = load(text);
                known = loaded == null ? EMPTY : loaded;
            } catch (YamlEngineException e) {
                known = NOT_LOADED;
            }
            if (memo.size() >= MEMO_ENTRIES) {
                memo.clear();
            }
            memo.put(text, known);
        }
        if (known == NOT_LOADED) {
            // Loaded again, to throw as the first time.
            return load(text);
        }
        return known == EMPTY ? null : known;
    }

    static Object load(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return t.isBlank() ? null : new Load(SETTINGS).loadFromString(t);
    }

    /** The value at a dotted path; a key that itself holds dots is found too. */
    static Optional<Object> valueAt(Object model, String path) {
        String[] segs = path.split("\\.", -1);
        Object node = model;
        int i = 0;
        while (i < segs.length) {
            if (!(node instanceof Map)) {
                return Optional.empty();
            }
            Map<?, ?> map = (Map<?, ?>) node;
            Object next = null;
            int end = -1;
            for (int j = segs.length; j > i && end < 0; j--) {
                String key = String.join(".", Arrays.asList(segs).subList(i, j));
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    if (String.valueOf(e.getKey()).equals(key)) {
                        next = e.getValue();
                        end = j;
                        break;
                    }
                }
            }
            if (end < 0) {
                return Optional.empty();
            }
            node = next;
            i = end;
        }
        return Optional.ofNullable(node);
    }
}
