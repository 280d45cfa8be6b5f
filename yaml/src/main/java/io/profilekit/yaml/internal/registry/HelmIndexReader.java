package io.profilekit.yaml.internal.registry;

import io.profilekit.PackVersion;
import io.profilekit.rules.SafeText;
import io.profilekit.yaml.ProfileParseException;
import io.profilekit.yaml.ReadLimits;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
     * @param registry the registry's id, name and uid
     * @param maxBytes the largest index read, in bytes
     * @param budget the limits of the whole load
     * @return the registry, its warnings and source
     * @throws PackRegistryException if the index cannot be read or is malformed
     */
    public static RegistryFiles.Loaded read(Path file, String label, Identity registry, long maxBytes,
                                           ReadLimits budget) {
        RegistryFiles files = new RegistryFiles(maxBytes, budget);
        return read(() -> {
            try {
                files.chargeBytes(label, Files.size(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Input.open(file, label, maxBytes);
        }, label, registry, files);
    }

    /**
     * Reads an index from a reader, streaming, refusing more than {@code maxBytes} characters.
     *
     * @param reader the reader (closed)
     * @param label its name in messages
     * @param registry the registry's id, name and uid
     * @param maxBytes the limit
     * @param budget the limits of the whole load
     * @return the registry, its warnings and source
     * @throws PackRegistryException if the index cannot be read or is malformed
     */
    public static RegistryFiles.Loaded read(Reader reader, String label, Identity registry, long maxBytes,
                                           ReadLimits budget) {
        RegistryFiles files = new RegistryFiles(maxBytes, budget);
        return read(() -> Input.limited(reader, label, Math.min(maxBytes, files.bytesLeft())), label, registry, files);
    }

    /**
     * Reads an index given as text.
     *
     * @param text the YAML text
     * @param label its name in messages
     * @param registry the registry's id, name and uid
     * @param maxBytes the limit on the text's length
     * @param budget the limits of the whole load
     * @return the registry, its warnings and source
     * @throws PackRegistryException if the index is malformed
     */
    public static RegistryFiles.Loaded read(String text, String label, Identity registry, long maxBytes,
                                           ReadLimits budget) {
        return read(new StringReader(text), label, registry, maxBytes, budget);
    }

    /**
     * The registry's id, name and uid.
     *
     * @param id the id
     * @param name the name, or null for the id
     * @param uid the uid, or null
     */
    public record Identity(String id, String name, String uid) {
    }

    private static RegistryFiles.Loaded read(Supplier<Reader> open, String label, Identity registry,
                                             RegistryFiles files) {
        try (Reader reader = open.get()) {
            return read(YamlEvents.of(reader, label, files.maxBytes() + 1), label, registry, files);
        } catch (ProfileParseException e) {
            throw Located.registryError(e);
        } catch (IOException | UncheckedIOException e) {
            throw new PackRegistryException(label, 0, 0, "", "cannot be read: " + (e.getCause() != null ? e.getCause()
                    : e), "", e);
        }
    }

    private static RegistryFiles.Loaded read(Events events, String label, Identity registry,
                                             RegistryFiles files) {
        List<ReadWarning> warnings = new ArrayList<>();
        Ctx ctx = new Ctx(label, false, false, warnings);
        Entries entries = new Entries(ctx, files);
        List<Node> roots;
        try (events) {
            // What the tree keeps beside the chart versions (chart names, index metadata) is bounded
            // by the budget; each chart version is let go once read.
            roots = TreeReader.of(events, files.limits()).tagsAsText().streaming(entries)
                    .maxKeptNodes(files.bytesLeft() / RegistryFiles.NODE_BYTES, RegistryFiles.NODES_HINT).readAll();
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
            ctx.warn(apiVersion.get(), "apiVersion", SafeText.quote(v) + " is not v1, the only index version Helm writes; read"
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
        HelmChartRegistry charts = new HelmChartRegistry(registry.id(), registry.name(), registry.uid(),
                entries.charts(ctx));
        // Duplicates are found once each chart is sorted: put every warning back in reading order.
        warnings.sort(Comparator.comparingInt(ReadWarning::line).thenComparingInt(ReadWarning::column));
        return new RegistryFiles.Loaded(charts, charts.size(), warnings, label);
    }

    /**
     * Keeps each chart version as it is read, in the compact form of {@link HelmChartRegistry}:
     * its version text and its annotations packed into one string; where it was, only until the
     * chart is sorted and its duplicates found.
     */
    private static final class Entries implements TreeReader.ItemSink {
        private final Ctx ctx;
        private final RegistryFiles files;
        private final Map<String, ChartVersions> charts = new LinkedHashMap<>();

        Entries(Ctx ctx, RegistryFiles files) {
            this.ctx = ctx;
            this.files = files;
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
            chartVersion(Obj.of(ctx, item, path, "name, version, urls, …"), chart, index);
        }

        private void chartVersion(Obj o, String chart, int index) {
            Optional<String> name = o.text("name");
            Optional<String> version = o.text("version").filter(s -> !s.isBlank());
            List<String> urls = o.texts("urls");
            Map<String, String> annotations = o.stringMap("annotations");
            Map<String, String> kept = HelmChartRegistry.newAnnotations();
            for (String key : KEPT) {
                o.text(key).ifPresent(value -> kept.put(key, value));
            }
            // The rest of Chart.yaml (maintainers, keywords, dependencies, ...) is not part of a pack.
            if (name.isPresent() && !name.get().equals(chart)) {
                ctx.warn(o.node(), o.path("name"), SafeText.quote(name.get()) + " differs from the entry's key "
                        + SafeText.quote(chart) + "; the key is used, as Helm does");
            }
            if (version.isEmpty()) {
                ctx.warn(o.node(), o.path("version"), "missing; this entry of chart " + SafeText.quote(chart)
                        + " is skipped");
                return;
            }
            String text = version.get().trim();
            if (PackVersion.tryParse(text).isEmpty()) {
                ctx.warn(o.node(), o.path("version"), RegistryFiles.notAVersion(version.get())
                        + "; this entry of chart " + SafeText.quote(chart) + " is skipped");
                return;
            }
            Node at = o.require("version");
            files.countVersion(ctx.documentName(), at.line(), at.column(), o.path("version"));
            if (!urls.isEmpty()) {
                kept.put("urls", String.join(" ", urls));
            }
            annotations.forEach((k, v) -> {
                if (!KEPT.contains(k) && !k.equals("urls")) {
                    kept.put(k, v);
                }
            });
            charts.computeIfAbsent(chart, ChartVersions::new).add(text, HelmChartRegistry.pack(kept), o.node().line(),
                    o.node().column(), index);
        }

        /** Sorts each chart's versions and drops the later spellings of a version, with a warning. */
        List<HelmChartRegistry.Chart> charts(Ctx ctx) {
            List<HelmChartRegistry.Chart> out = new ArrayList<>(charts.size());
            for (ChartVersions c : charts.values()) {
                out.add(c.build(ctx));
            }
            charts.clear();
            return out;
        }
    }

    /** One chart's versions while the index is read: parallel arrays, grown as needed. */
    private static final class ChartVersions {
        /** Above this many versions a chart is sorted parsing on each comparison, not holding every parsed version. */
        private static final int PARSED_SORT_LIMIT = 100_000;

        private final String chart;
        private String[] texts = new String[4];
        private String[] meta = new String[4];
        private int[] lines = new int[4];
        private int[] columns = new int[4];
        private int[] indexes = new int[4];
        private int size;

        ChartVersions(String chart) {
            this.chart = chart;
        }

        void add(String text, String packed, int line, int column, int index) {
            if (size == texts.length) {
                int n = Math.max(8, size + (size >> 1));
                texts = Arrays.copyOf(texts, n);
                meta = Arrays.copyOf(meta, n);
                lines = Arrays.copyOf(lines, n);
                columns = Arrays.copyOf(columns, n);
                indexes = Arrays.copyOf(indexes, n);
            }
            texts[size] = text;
            meta[size] = packed;
            lines[size] = line;
            columns[size] = column;
            indexes[size] = index;
            size++;
        }

        HelmChartRegistry.Chart build(Ctx ctx) {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            // By version (equivalent spellings side by side), then in reading order.
            Comparator<Integer> byVersion;
            if (size <= PARSED_SORT_LIMIT) {
                PackVersion[] parsed = new PackVersion[size];
                for (int i = 0; i < size; i++) {
                    parsed[i] = PackVersion.parse(texts[i]);
                }
                byVersion = (a, b) -> parsed[a].compareTo(parsed[b]);
                Arrays.sort(order, byVersion.thenComparingInt(i -> i));
            } else {
                byVersion = (a, b) -> PackVersion.parse(texts[a]).compareTo(PackVersion.parse(texts[b]));
                Arrays.sort(order, byVersion.thenComparingInt(i -> i));
            }
            String[] keptTexts = new String[size];
            String[] keptMeta = new String[size];
            int kept = 0;
            int g = 0;
            while (g < size) {
                // A run of equivalent spellings (1.0.0, v1.0.0, 1.0): the first one read is kept.
                PackVersion first = PackVersion.parse(texts[order[g]]);
                int end = g + 1;
                int winner = order[g];
                while (end < size && first.isEquivalentTo(PackVersion.parse(texts[order[end]]))) {
                    winner = Math.min(winner, order[end]);
                    end++;
                }
                for (int k = g; k < end; k++) {
                    int i = order[k];
                    if (i != winner) {
                        ctx.warn(lines[i], columns[i], "entries." + chart + "[" + indexes[i] + "].version", "chart "
                                + SafeText.quote(chart) + " " + texts[i] + " is listed twice"
                                + (texts[winner].equals(texts[i]) ? "" : " (also as " + texts[winner] + ")")
                                + "; the first entry is used");
                    }
                }
                keptTexts[kept] = texts[winner];
                keptMeta[kept] = meta[winner];
                kept++;
                g = end;
            }
            texts = null;
            meta = null;
            return new HelmChartRegistry.Chart(chart, Arrays.copyOf(keptTexts, kept), Arrays.copyOf(keptMeta, kept));
        }
    }
}
