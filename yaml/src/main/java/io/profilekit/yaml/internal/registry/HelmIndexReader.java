package io.profilekit.yaml.internal.registry;

import io.profilekit.CloudType;
import io.profilekit.LayerType;
import io.profilekit.PackType;
import io.profilekit.PackVersion;
import io.profilekit.registry.InMemoryPackRegistry;
import io.profilekit.registry.PackDescriptor;
import io.profilekit.yaml.registry.PackRegistryException;
import io.profilekit.yaml.registry.RegistryWarning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a Helm repository index ({@code index.yaml}, as {@code helm repo index} writes it): each
 * chart version becomes an add-on pack of type {@code helm} for every cloud, with empty values.
 * Versions are kept as written ({@code version: 1.10} stays {@code 1.10}).
 *
 * <p>Like Helm, which skips index entries it cannot validate, an entry without a usable version is
 * skipped with a warning, as is a repeated chart version (the first wins). Syntax errors, anchors,
 * duplicate keys, a missing {@code apiVersion} and wrong types fail. Internal: use
 * {@code io.profilekit.yaml.registry.HelmIndexRegistry}.
 */
public final class HelmIndexReader {
    /** Chart metadata kept as annotations of the pack, in this order. */
    private static final List<String> KEPT = List.of(
            "appVersion", "description", "created", "digest", "home", "icon", "kubeVersion", "deprecated", "type");

    private HelmIndexReader() {
    }

    /**
     * A read index.
     *
     * @param registry the packs
     * @param warnings what was tolerated
     */
    public record Loaded(InMemoryPackRegistry registry, List<RegistryWarning> warnings) {
        /**
         * Creates the result.
         *
         * @param registry the packs
         * @param warnings what was tolerated
         */
        public Loaded {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Reads an index.
     *
     * @param file the document's name in messages
     * @param text the YAML text
     * @param registry the registry builder to fill
     * @param limits the read limits (the text's size must already be within them)
     * @return the registry and warnings
     * @throws PackRegistryException if the index is malformed
     */
    public static Loaded read(String file, String text, InMemoryPackRegistry.Builder registry, ReadLimits limits) {
        if (text.length() > limits.maxFileBytes()) {
            throw new PackRegistryException(file, 0, 0, null, "the document is larger than the limit of "
                    + limits.maxFileBytes() + " characters; raise maxBytes if it is trusted", null);
        }
        List<RegistryWarning> warnings = new ArrayList<>();
        try (Cursor c = Cursor.yaml(limits.yamlFactory(), file, text, warnings)) {
            if (!c.start() || c.isNull()) {
                throw new PackRegistryException(file, 1, 1, null,
                        "the index is empty; expected apiVersion: v1 and entries", null);
            }
            c.expectObject("");
            int[] root = c.mark();
            boolean apiVersion = false;
            for (String key = c.nextName(); key != null; key = c.nextName()) {
                switch (key) {
                    case "apiVersion": {
                        String v = c.textOrNull(key);
                        if (v == null || v.isBlank()) {
                            throw c.error(key, "must not be empty; Helm indexes have apiVersion: v1");
                        }
                        if (!v.equals("v1")) {
                            c.warn(key, "\"" + v + "\" is not v1, the only index version Helm writes; read as v1");
                        }
                        apiVersion = true;
                        break;
                    }
                    case "entries":
                        entries(c, registry);
                        break;
                    default:
                        // generated, serverInfo, annotations: index metadata a pack does not carry.
                        c.skip();
                }
            }
            c.finish();
            if (!apiVersion) {
                throw new PackRegistryException(file, root[0], root[1], "apiVersion",
                        "missing; a Helm repository index starts with apiVersion: v1", null);
            }
        }
        return new Loaded(registry.build(), warnings);
    }

    private static void entries(Cursor c, InMemoryPackRegistry.Builder registry) {
        if (c.isNull()) {
            return;
        }
        c.expectObject("entries");
        for (String chart = c.nextName(); chart != null; chart = c.nextName()) {
            String field = "entries." + chart;
            if (chart.isBlank()) {
                throw c.errorAtName(field, "a chart name must not be blank");
            }
            if (c.isNull()) {
                continue;
            }
            c.expectArray(field);
            Set<PackVersion> versions = new HashSet<>();
            for (int i = 0; c.nextElement(); i++) {
                PackDescriptor pack = chartVersion(c, chart, field + "[" + i + "]", versions);
                if (pack != null) {
                    registry.add(pack);
                }
            }
        }
    }

    private static PackDescriptor chartVersion(Cursor c, String chart, String field, Set<PackVersion> seen) {
        c.expectObject(field);
        int[] start = c.mark();
        String name = null;
        String version = null;
        Map<String, String> kept = new LinkedHashMap<>();
        List<String> urls = List.of();
        Map<String, String> annotations = Map.of();
        for (String key = c.nextName(); key != null; key = c.nextName()) {
            String f = field + "." + key;
            if (key.equals("name")) {
                name = c.textOrNull(f);
            } else if (key.equals("version")) {
                version = c.textOrNull(f);
            } else if (key.equals("urls")) {
                urls = c.textList(f);
            } else if (key.equals("annotations")) {
                annotations = c.textMap(f);
            } else if (KEPT.contains(key)) {
                String value = c.textOrNull(f);
                if (value != null) {
                    kept.put(key, value);
                }
            } else {
                // The rest of Chart.yaml (maintainers, keywords, dependencies, ...): not part of a pack.
                c.skip();
            }
        }
        if (name != null && !name.equals(chart)) {
            c.warnAt(start, field + ".name", "\"" + name + "\" differs from the entry's key \"" + chart
                    + "\"; the key is used, as Helm does");
        }
        if (version == null || version.isBlank()) {
            c.warnAt(start, field + ".version", "missing; this entry of chart " + chart + " is skipped");
            return null;
        }
        PackVersion parsed = PackVersion.tryParse(version.trim()).orElse(null);
        if (parsed == null) {
            c.warnAt(start, field + ".version", PackVersion.problem(version) + "; this entry of chart "
                    + chart + " is skipped");
            return null;
        }
        if (!seen.add(parsed)) {
            c.warnAt(start, field + ".version", "chart " + chart + " " + version
                    + " is listed twice; the first entry is used");
            return null;
        }
        PackDescriptor.Builder b = PackDescriptor.builder(chart, parsed, LayerType.ADDON)
                .displayName(chart)
                .packType(PackType.HELM)
                .cloudTypes(CloudType.ALL);
        for (String key : KEPT) {
            if (kept.containsKey(key)) {
                b.annotation(key, kept.get(key));
            }
        }
        if (!urls.isEmpty()) {
            b.annotation("urls", String.join(" ", urls));
        }
        annotations.forEach((k, v) -> {
            if (!KEPT.contains(k) && !k.equals("urls")) {
                b.annotation(k, v);
            }
        });
        return b.build();
    }
}
