package io.profilekit.benchmarks;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints the table of {@code benchmarks/run}: each benchmark beside its baseline from the same run,
 * the ratio, the target and whether it holds. Reads JMH's JSON results, the cold-start timings
 * (hyperfine's JSON export, or the same shape written by the script's fallback loop), and the peak
 * heap line the batch benchmark printed.
 *
 * <pre>
 * java -cp benchmarks.jar io.profilekit.benchmarks.Report JMH.json COLD.json PEAK_BYTES
 * </pre>
 */
public final class Report {
    private static final String PKG = "io.profilekit.benchmarks.";

    private final Map<String, JsonNode> jmh = new TreeMap<>();
    private final Map<String, Double> coldMedianMs = new TreeMap<>();
    private final long peakHeapBytes;
    private final List<String[]> rows = new ArrayList<>();

    private final Map<String, JsonNode> secondary = new TreeMap<>();
    private final Map<String, Integer> forks = new TreeMap<>();
    private final Map<String, String> jvmArgs = new TreeMap<>();
    private final long helmPeakBytes;

    private Report(List<JsonNode> jmhResults, JsonNode cold, long peakHeapBytes, long helmPeakBytes) {
        for (JsonNode results : jmhResults) {
            for (JsonNode r : results) {
                String name = r.get("benchmark").asString().replace(PKG, "");
                JsonNode params = r.get("params");
                if (params != null && params.has("versions")) {
                    name += "@" + params.get("versions").asString();
                }
                jmh.put(name, r.get("primaryMetric"));
                secondary.put(name, r.get("secondaryMetrics"));
                forks.put(name, r.get("forks").asInt());
                List<String> args = new ArrayList<>();
                JsonNode given = r.get("jvmArgs");
                if (given != null) {
                    for (JsonNode a : given) {
                        // JMH lists every argument of the fork; only the heap settings the run adds matter here
                        if (a.asString().startsWith("-Xm") || a.asString().equals("-XX:+AlwaysPreTouch")) {
                            args.add(a.asString());
                        }
                    }
                }
                jvmArgs.put(name, String.join(" ", args));
            }
        }
        this.helmPeakBytes = helmPeakBytes;
        if (cold != null) {
            for (JsonNode r : cold.get("results")) {
                coldMedianMs.put(r.get("command").asString(), r.get("median").asDouble() * 1000);
            }
        }
        this.peakHeapBytes = peakHeapBytes;
    }

    /**
     * Prints the table.
     *
     * @param args the JMH JSON files (several joined by {@code ,}), the cold-start JSON file (or {@code -}),
     *     the batch's peak heap in bytes (or {@code -}), the Helm index load's peak heap in bytes (or {@code -})
     * @throws Exception if a file cannot be read
     */
    public static void main(String[] args) throws Exception {
        ObjectMapper json = JsonMapper.builder().build();
        List<JsonNode> jmh = new ArrayList<>();
        for (String file : args[0].split(",")) {
            jmh.add(json.readTree(Files.readString(Path.of(file))));
        }
        JsonNode cold = args.length > 1 && !args[1].equals("-") ? json.readTree(Files.readString(Path.of(args[1])))
                : null;
        long peak = args.length > 2 && !args[2].equals("-") ? Long.parseLong(args[2].trim()) : -1;
        long helmPeak = args.length > 3 && !args[3].equals("-") ? Long.parseLong(args[3].trim()) : -1;
        Report report = new Report(jmh, cold, peak, helmPeak);
        report.build();
        System.out.print(report.table());
    }

    private void build() {
        // Registry loading.
        JsonNode folder = jmh.get("PackFolderBenchmark.load");
        if (folder != null) {
            double ms = folder.get("score").asDouble();
            int n = forks.getOrDefault("PackFolderBenchmark.load", 1);
            rows.add(new String[] {"load a pack-folder registry of 220 real-shaped packs (warm)"
                + (n > 1 ? " (" + n + " forks)" : ""), format(folder), "—", "—", "≤ 50 ms", ms <= 50 ? "yes" : "no"});
        }
        Double packs = cold("packs");
        Double registryPacks = cold("registry-packs");
        if (packs != null && registryPacks != null) {
            rows.add(new String[] {"cold start: `profilekit --registry DIR packs` (the 220 packs; pack-file cache filled"
                + " by an earlier run, as by default)", ms(registryPacks), "`profilekit packs` (built-in catalog): "
                + ms(packs), ratio(registryPacks / packs), "≤ 1.3×", registryPacks / packs <= 1.3 ? "yes" : "no"});
        }
        Double first = cold("registry-packs-first");
        if (packs != null && first != null) {
            rows.add(new String[] {"… the first run: an empty pack-file cache, filled by the run", ms(first),
                "`profilekit packs`: " + ms(packs), ratio(first / packs), "report the ratio", "reported"});
        }
        Double uncached = cold("registry-packs-off");
        if (packs != null && uncached != null) {
            rows.add(new String[] {"… without the cache (`PROFILEKIT_PACK_CACHE=off`)", ms(uncached),
                "`profilekit packs`: " + ms(packs), ratio(uncached / packs), "report the ratio", "reported"});
        }
        JsonNode helm = jmh.get("HelmRepositoryBenchmark.profileKit");
        JsonNode helmJackson = jmh.get("HelmRepositoryBenchmark.jackson");
        if (helm != null && helmJackson != null) {
            double r = helm.get("score").asDouble() / helmJackson.get("score").asDouble();
            String heap = helmPeakBytes < 0 ? "peak heap unknown" : String.format(Locale.ROOT, "peak heap %.0f MB",
                    helmPeakBytes / (1024.0 * 1024.0));
            boolean heapHolds = helmPeakBytes >= 0 && helmPeakBytes <= 64L * 1024 * 1024;
            rows.add(new String[] {"load a 4 MB Helm index (grafana-shaped, warm, -Xmx64m)", format(helm) + ", " + heap,
                "Jackson `readTree` of the same file: " + format(helmJackson), ratio(r), "≤ 1.5×; peak heap ≤ 64 MB",
                r <= 1.5 && heapHolds ? "yes" : "no" + (r <= 1.5 ? " (heap)" : heapHolds ? " (time)" : "")});
        }
        // Cold start.
        Double pk = cold("validate");
        Double pkJar = cold("validate-jar");
        Double jackson = cold("jackson-parse");
        Double bare = cold("java-version");
        if (pk != null && jackson != null) {
            rows.add(new String[] {"cold start: `profilekit validate` of one file (launcher), new JVM", ms(pk),
                "JVM parsing the file with Jackson only: " + ms(jackson), ratio(pk / jackson), "≤ 1.0×",
                pk / jackson <= 1.0 ? "yes" : "no"});
        }
        Double jacksonC1 = cold("jackson-parse-c1");
        if (pk != null && jacksonC1 != null) {
            rows.add(new String[] {"… the same", ms(pk), "Jackson-only JVM with the launcher's quick-compiler flag"
                + " (-XX:TieredStopAtLevel=1): " + ms(jacksonC1), ratio(pk / jacksonC1), "report the ratio",
                "reported"});
        }
        if (pkJar != null && jackson != null) {
            rows.add(new String[] {"… the same as `java -jar profilekit.jar` (no archive, default JIT)", ms(pkJar),
                "JVM parsing the file with Jackson only: " + ms(jackson), ratio(pkJar / jackson), "report the ratio",
                "reported"});
        }
        if (pk != null && bare != null) {
            rows.add(new String[] {"cold start: `profilekit validate` of one file (launcher), new JVM", ms(pk),
                "`java -version`: " + ms(bare), ratio(pk / bare), "report the ratio", "reported"});
        }
        // Version trains.
        for (String kind : List.of("newest", "resolveProfile")) {
            String what = kind.equals("newest") ? "registry lookup" : "resolve a 4-layer profile";
            double target = kind.equals("newest") ? 2.0 : 3.0;
            for (String n : List.of("10000", "100000")) {
                String result = "ResolveBenchmark." + kind + "@" + n;
                String base = "ResolveBenchmark." + kind + "@100";
                JsonNode r = jmh.get(result);
                JsonNode b = jmh.get(base);
                if (r == null || b == null) {
                    continue;
                }
                double ratio = r.get("score").asDouble() / b.get("score").asDouble();
                String alloc = allocation(result);
                String baseAlloc = allocation(base);
                String heap = jvmArgs.getOrDefault(result, "");
                rows.add(new String[] {"train among N versions, " + what + ", N="
                    + String.format(Locale.ROOT, "%,d", Integer.parseInt(n)) + " (" + forks.get(result) + " forks"
                    + (heap.isEmpty() ? "" : ", " + heap) + ")",
                    format(r) + (alloc.isEmpty() ? "" : ", " + alloc),
                    "N=100: " + format(b) + (baseAlloc.isEmpty() ? "" : ", " + baseAlloc), ratio(ratio),
                    "≤ " + trim(target) + "×" + (kind.equals("newest") ? "; no allocation beyond the result" : ""),
                    ratio <= target && (!kind.equals("newest") || allocationHolds(result)) ? "yes" : "no"});
            }
        }
        // Read and validate.
        compare("read + fully validate ProfileKit YAML (warm)", "ReadValidateBenchmark.profileKit",
                "Jackson parse + JSON Schema", "ReadValidateBenchmark.jacksonSchema", 1.0);
        compare("… the same, values never seen before (values YAML parsed every time)",
                "ReadValidateBenchmark.profileKitNewValues", "Jackson parse + JSON Schema",
                "ReadValidateBenchmark.jacksonSchema", 2.0);
        perLayer("validate a 100-layer full profile", "LayersBenchmark.hundredLayers", LayersBenchmark.FULL_LAYERS);
        perLayer("validate a stack of 1 + 10 add-on profiles (" + LayersBenchmark.STACK_LAYERS + " layers)",
                "LayersBenchmark.stackOf1And10", LayersBenchmark.STACK_LAYERS);
        compare("validate the DESIGN.md profile (warm, built-in catalog)", "ValidateBenchmark.profileKit",
                "Hibernate Validator, equivalent bean", "ValidateBenchmark.hibernateValidator", 5.0);
        compare("… the same, values never seen before (values YAML parsed every time)",
                "ValidateBenchmark.profileKitNewValues", "Hibernate Validator, equivalent bean",
                "ValidateBenchmark.hibernateValidator", 5.0);
        JsonNode build = jmh.get("BuildBenchmark.build");
        if (build != null) {
            rows.add(new String[] {"build a 4-layer profile", format(build), "—", "—", "report ops/s", "reported"});
        }
        compare("YAML read + write, 4-layer profile", "YamlRoundTripBenchmark.profileKit",
                "Jackson JsonNode read + write", "YamlRoundTripBenchmark.jacksonTree", 1.5);
        JsonNode batch = jmh.get("BatchBenchmark.batch");
        if (batch != null) {
            double ms = batch.get("score").asDouble();
            double perSecond = BatchBenchmark.PROFILES / (ms / 1000.0);
            String heap = peakHeapBytes < 0 ? "peak heap unknown" : String.format(Locale.ROOT, "peak heap %.0f MB",
                    peakHeapBytes / (1024.0 * 1024.0));
            boolean holds = peakHeapBytes >= 0 && peakHeapBytes <= 256L * 1024 * 1024;
            rows.add(new String[] {"batch: generate, validate, write 10,000 profiles (-Xmx256m)",
                String.format(Locale.ROOT, "%,.0f profiles/s (%.0f ms), %s", perSecond, ms, heap), "—", "—",
                "report profiles/s; heap ≤ 256 MB", holds ? "yes" : "no"});
        }
    }

    /** A row per layer: the time of {@code result} divided by its layers, beside the four-layer profile's. */
    private void perLayer(String what, String result, int layers) {
        JsonNode r = jmh.get(result);
        JsonNode b = jmh.get("LayersBenchmark.fourLayers");
        if (r == null || b == null) {
            return;
        }
        double each = r.get("score").asDouble() / layers;
        double baseEach = b.get("score").asDouble() / 4;
        double ratio = each / baseEach;
        int n = forks.getOrDefault(result, 1);
        rows.add(new String[] {what + (n > 1 ? " (" + n + " forks)" : ""), format(r)
            + String.format(Locale.ROOT, " (%.2f µs a layer)", each),
            String.format(Locale.ROOT, "the 4-layer profile: %s (%.2f µs a layer)", format(b), baseEach),
            ratio(ratio) + " a layer", "report per layer; linear", ratio <= 1.5 ? "yes" : "no"});
    }

    /** JMH's -prof gc figure of bytes allocated per operation, or empty without it. */
    private String allocation(String name) {
        JsonNode s = secondary.get(name);
        if (s == null) {
            return "";
        }
        for (Map.Entry<String, JsonNode> e : s.properties()) {
            if (e.getKey().endsWith("gc.alloc.rate.norm")) {
                return String.format(Locale.ROOT, "%.0f B/op allocated", e.getValue().get("score").asDouble());
            }
        }
        return "";
    }

    /** Whether a lookup allocates at most its result, an {@code Optional} (16 bytes). */
    private boolean allocationHolds(String name) {
        String a = allocation(name);
        return !a.isEmpty() && Double.parseDouble(a.substring(0, a.indexOf(' '))) <= 16.5;
    }

    /** The median of the cold-start command named {@code name} (hyperfine's {@code --command-name}). */
    private Double cold(String name) {
        return coldMedianMs.get(name);
    }

    private void compare(String what, String result, String baselineName, String baseline, double target) {
        JsonNode r = jmh.get(result);
        JsonNode b = jmh.get(baseline);
        if (r == null || b == null) {
            return;
        }
        double ratio = r.get("score").asDouble() / b.get("score").asDouble();
        int n = forks.getOrDefault(result, 1);
        rows.add(new String[] {what + (n > 1 ? " (" + n + " forks)" : ""), format(r), baselineName + ": " + format(b),
            ratio(ratio),
            "≤ " + trim(target) + "×", ratio <= target ? "yes" : "no"});
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? String.format(Locale.ROOT, "%.1f", d) : String.valueOf(d);
    }

    private static String ratio(double r) {
        return String.format(Locale.ROOT, "%.2f×", r);
    }

    private static String ms(double ms) {
        return String.format(Locale.ROOT, "%.0f ms (median)", ms);
    }

    private static String format(JsonNode metric) {
        double score = metric.get("score").asDouble();
        String unit = metric.get("scoreUnit").asString();
        String number = score >= 1000 ? String.format(Locale.ROOT, "%,.0f", score)
                : score >= 10 ? String.format(Locale.ROOT, "%.1f", score) : String.format(Locale.ROOT, "%.2f", score);
        return number + " " + unit.replace("us/op", "µs/op");
    }

    private String table() {
        String[] header = {"benchmark", "result", "baseline (same run)", "ratio", "target", "holds?"};
        StringBuilder sb = new StringBuilder();
        line(sb, header);
        sb.append("|---|---|---|---|---|---|\n");
        for (String[] row : rows) {
            line(sb, row);
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String[] cells) {
        sb.append('|');
        for (String c : cells) {
            sb.append(' ').append(c).append(" |");
        }
        sb.append('\n');
    }
}
