package io.profilekit.yaml.internal.registry;

import io.profilekit.CloudType;
import io.profilekit.LayerType;
import io.profilekit.PackType;
import io.profilekit.PackVersion;
import io.profilekit.registry.InMemoryPackRegistry;
import io.profilekit.registry.PackDescriptor;
import io.profilekit.yaml.ProfileParseException;
import io.profilekit.yaml.ReadWarning;
import io.profilekit.yaml.internal.Ctx;
import io.profilekit.yaml.internal.Events;
import io.profilekit.yaml.internal.Input;
import io.profilekit.yaml.internal.Located;
import io.profilekit.yaml.internal.Node;
import io.profilekit.yaml.internal.Obj;
import io.profilekit.yaml.internal.TreeReader;
import io.profilekit.yaml.internal.YamlEvents;
import io.profilekit.yaml.registry.PackRegistryException;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads a Helm repository index ({@code index.yaml}, as {@code helm repo index} writes it) through
 * the same located reader as every other file, streaming: each chart version is read, turned into
 * a pack and let go before the next, so the index is never held as a whole tree. Each chart version
 * becomes an add-on pack of type {@code helm} for every cloud, with empty values; versions are kept
 * as written ({@code version: 1.10} stays {@code 1.10}).
 *
 * <p>Like Helm, which skips index entries it cannot validate, an entry without a usable version is
 * skipped with a warning, as is a version already listed for the chart (also when spelled
 * differently, {@code 1.0.0} and {@code v1.0.0}; the first wins). Syntax errors, YAML anchors and
 * aliases, duplicate keys, a missing {@code apiVersion} and wrong types fail; tags are read as text.
 * Internal: use
 * {@code io.profilekit.yaml.registry.HelmIndexRegistry}.
 */
public final class HelmIndexReader {
    /** Chart metadata kept as annotations of the pack, in this order. */
    private static final List<String> KEPT = List.of(
            "appVersion", "description", "created", "digest", "home", "icon", "kubeVersion", "deprecated", "type");

    private HelmIndexReader() {
    }

    /**
     * Reads an index file, streaming.
     *
     * @param file the file
     * @param label its name in messages
     * @param registry the registry builder to fill
     * @param maxBytes the largest index read, in bytes
     * @return the registry, its warnings and source
     * @throws PackRegistryException if the index cannot be read or is malformed
     */
    public static RegistryFiles.Loaded read(Path file, String label, InMemoryPackRegistry.Builder registry,
                                           long maxBytes) {
        return read(() -> Input.open(file, label, maxBytes), label, registry, maxBytes);
    }

    /**
     * Reads an index from a reader, streaming, refusing more than {@code maxBytes} characters.
     *
     * @param reader the reader (closed)
     * @param label its name in messages
     * @param registry the registry builder to fill
     * @param maxBytes the limit
     * @return the registry, its warnings and source
     * @throws PackRegistryException if the index cannot be read or is malformed
     */
    public static RegistryFiles.Loaded read(Reader reader, String label, InMemoryPackRegistry.Builder registry,
                                           long maxBytes) {
        return read(() -> Input.limited(reader, label, maxBytes), label, registry, maxBytes);
    }

    /**
     * Reads an index given as text.
     *
     * @param text the YAML text
     * @param label its name in messages
     * @param registry the registry builder to fill
     * @param maxBytes the limit on the text's length
     * @return the registry, its warnings and source
     * @throws PackRegistryException if the index is malformed
     */
    public static RegistryFiles.Loaded read(String text, String label, InMemoryPackRegistry.Builder registry,
                                           long maxBytes) {
        return read(() -> Input.limited(new StringReader(text), label, maxBytes), label, registry, maxBytes);
    }

    private static RegistryFiles.Loaded read(Supplier<Reader> open, String label, InMemoryPackRegistry.Builder registry,
                               long maxBytes) {
        RegistryFiles files = new RegistryFiles(maxBytes);
        try (Reader reader = open.get()) {
            return read(YamlEvents.of(reader, label, maxBytes + 1), label, registry, files);
        } catch (ProfileParseException e) {
            throw Located.registryError(e);
        } catch (IOException | UncheckedIOException e) {
            throw new PackRegistryException(label, 0, 0, "", "cannot be read: " + (e.getCause() != null ? e.getCause()
                    : e), "", e);
        }
    }

    private static RegistryFiles.Loaded read(Events events, String label, InMemoryPackRegistry.Builder registry,
                               RegistryFiles files) {
        List<ReadWarning> warnings = new ArrayList<>();
        Ctx ctx = new Ctx(label, false, false, warnings);
        Entries entries = new Entries(ctx, registry);
        List<Node> roots;
        try (events) {
            roots = TreeReader.of(events, files.limits()).tagsAsText().streaming(entries).readAll();
        }
        if (roots.isEmpty() || Ctx.isEmpty(roots.get(0))) {
            throw ctx.fail(roots.isEmpty() ? null : roots.get(0), "", "the index is empty",
                    "a Helm repository index has apiVersion: v1 and entries");
        }
        if (roots.size() > 1) {
            throw ctx.fail(roots.get(1), "", "more than one YAML document", "an index is one document");
        }
        Obj index = Obj.of(ctx, roots.get(0), "", "apiVersion and entries");
        Optional<Node> apiVersion = index.get("apiVersion");
        if (apiVersion.isEmpty()) {
            throw ctx.fail(index.node(), "apiVersion", "missing", "a Helm repository index starts with apiVersion: v1");
        }
        String v = ctx.text(apiVersion.get(), "apiVersion");
        if (v.isBlank()) {
            throw ctx.fail(apiVersion.get(), "apiVersion", "must not be empty", "Helm indexes have apiVersion: v1");
        }
        if (!v.equals("v1")) {
            ctx.warn(apiVersion.get(), "apiVersion", "\"" + v + "\" is not v1, the only index version Helm writes; read"
                    + " as v1");
        }
        // The charts were read as they streamed by; what is left of entries holds their names.
        index.obj("entries", "one list of chart versions per chart").ifPresent(e -> {
            for (Node.Entry chart : e.node().entries().values()) {
                if (chart.key().isBlank()) {
                    throw ctx.fail(chart, e.path(chart.key()), "a chart name must not be blank", "");
                }
                e.list(chart.key());
            }
        });
        // generated, serverInfo, annotations: index metadata a pack does not carry.
        return new RegistryFiles.Loaded(registry.build(), warnings, label);
    }

    /** Turns each chart version into a pack as it is read. */
    private static final class Entries implements TreeReader.ItemSink {
        private final Ctx ctx;
        private final InMemoryPackRegistry.Builder registry;
        /** The normalized versions seen per chart, with the spelling first seen. */
        private final Map<String, Map<String, String>> seen = new HashMap<>();

        Entries(Ctx ctx, InMemoryPackRegistry.Builder registry) {
            this.ctx = ctx;
            this.registry = registry;
        }

        @Override
        public boolean streams(List<String> keys) {
            return keys.size() == 2 && keys.get(0).equals("entries");
        }

        @Override
        public void item(List<String> keys, int index, String path, Node item) {
            String chart = keys.get(1);
            if (chart.isBlank()) {
                throw ctx.fail(item, "entries." + chart, "a chart name must not be blank", "");
            }
            PackDescriptor pack = chartVersion(Obj.of(ctx, item, path, "name, version, urls, …"), chart);
            if (pack != null) {
                registry.add(pack);
            }
        }

        private PackDescriptor chartVersion(Obj o, String chart) {
            Optional<String> name = o.text("name");
            Optional<String> version = o.text("version").filter(s -> !s.isBlank());
            List<String> urls = o.texts("urls");
            Map<String, String> annotations = o.stringMap("annotations");
            Map<String, String> kept = new java.util.LinkedHashMap<>();
            for (String key : KEPT) {
                o.text(key).ifPresent(value -> kept.put(key, value));
            }
            // The rest of Chart.yaml (maintainers, keywords, dependencies, ...) is not part of a pack.
            if (name.isPresent() && !name.get().equals(chart)) {
                ctx.warn(o.node(), o.path("name"), "\"" + name.get() + "\" differs from the entry's key \"" + chart
                        + "\"; the key is used, as Helm does");
            }
            if (version.isEmpty()) {
                ctx.warn(o.node(), o.path("version"), "missing; this entry of chart " + chart + " is skipped");
                return null;
            }
            PackVersion parsed = PackVersion.tryParse(version.get().trim()).orElse(null);
            if (parsed == null) {
                ctx.warn(o.node(), o.path("version"), PackVersion.problem(version.get()) + "; this entry of chart "
                        + chart + " is skipped");
                return null;
            }
            String earlier = seen.computeIfAbsent(chart, c -> new HashMap<>())
                    .putIfAbsent(parsed.normalized(), version.get());
            if (earlier != null) {
                ctx.warn(o.node(), o.path("version"), "chart " + chart + " " + version.get() + " is listed twice"
                        + (earlier.equals(version.get()) ? "" : " (also as " + earlier + ")")
                        + "; the first entry is used");
                return null;
            }
            PackDescriptor.Builder b = PackDescriptor.builder(chart, parsed, LayerType.ADDON)
                    .displayName(chart)
                    .packType(PackType.HELM)
                    .cloudTypes(CloudType.ALL);
            kept.forEach(b::annotation);
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
}
