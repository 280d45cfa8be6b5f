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

    private Report(JsonNode jmhResults, JsonNode cold, long peakHeapBytes) {
        for (JsonNode r : jmhResults) {
            String name = r.get("benchmark").asString().replace(PKG, "");
            JsonNode params = r.get("params");
            if (params != null && params.has("versions")) {
                name += "@" + params.get("versions").asString();
            }
            jmh.put(name, r.get("primaryMetric"));
        }
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
     * @param args the JMH JSON file, the cold-start JSON file (or {@code -}), the peak heap in bytes (or {@code -})
     * @throws Exception if a file cannot be read
     */
    public static void main(String[] args) throws Exception {
        ObjectMapper json = JsonMapper.builder().build();
        JsonNode jmh = json.readTree(Files.readString(Path.of(args[0])));
        JsonNode cold = args.length > 1 && !args[1].equals("-") ? json.readTree(Files.readString(Path.of(args[1])))
                : null;
        long peak = args.length > 2 && !args[2].equals("-") ? Long.parseLong(args[2].trim()) : -1;
        Report report = new Report(jmh, cold, peak);
        report.build();
        System.out.print(report.table());
    }

    private void build() {
        compare("read + fully validate ProfileKit YAML (warm)", "ReadValidateBenchmark.profileKit",
                "Jackson parse + JSON Schema", "ReadValidateBenchmark.jacksonSchema", 1.0);
        compare("… the same, values never seen before (values YAML parsed every time)",
                "ReadValidateBenchmark.profileKitNewValues", "Jackson parse + JSON Schema",
                "ReadValidateBenchmark.jacksonSchema", 1.0);
        JsonNode build = jmh.get("BuildBenchmark.build");
        if (build != null) {
            rows.add(new String[] {"build a 4-layer profile", format(build), "—", "—", "report ops/s", "reported"});
        }
        for (String kind : List.of("newest", "resolveProfile")) {
            String what = kind.equals("newest") ? "registry lookup" : "resolve a 4-layer profile";
            for (String n : List.of("10000", "100000")) {
                compare("train among N versions, " + what + ", N=" + String.format(Locale.ROOT, "%,d", Integer.parseInt(n)),
                        "ResolveBenchmark." + kind + "@" + n, "N=100", "ResolveBenchmark." + kind + "@100", 3.0);
            }
        }
        compare("validate the DESIGN.md profile (warm, built-in catalog)", "ValidateBenchmark.profileKit",
                "Hibernate Validator, equivalent bean", "ValidateBenchmark.hibernateValidator", 5.0);
        compare("… the same, values never seen before (values YAML parsed every time)",
                "ValidateBenchmark.profileKitNewValues", "Hibernate Validator, equivalent bean",
                "ValidateBenchmark.hibernateValidator", 5.0);
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
        Double pk = cold("profilekit");
        Double jackson = cold("jackson-parse");
        Double bare = cold("-version");
        if (pk != null && jackson != null) {
            rows.add(new String[] {"cold start: `profilekit validate` of one file, new JVM", ms(pk),
                "JVM parsing the file with Jackson only: " + ms(jackson), ratio(pk / jackson), "≤ 2×",
                pk / jackson <= 2.0 ? "yes" : "no"});
        }
        if (pk != null && bare != null) {
            rows.add(new String[] {"cold start: `profilekit validate` of one file, new JVM", ms(pk),
                "`java -version`: " + ms(bare), ratio(pk / bare), "report the ratio", "reported"});
        }
    }

    private Double cold(String part) {
        for (Map.Entry<String, Double> e : coldMedianMs.entrySet()) {
            if (e.getKey().contains(part)) {
                return e.getValue();
            }
        }
        return null;
    }

    private void compare(String what, String result, String baselineName, String baseline, double target) {
        JsonNode r = jmh.get(result);
        JsonNode b = jmh.get(baseline);
        if (r == null || b == null) {
            return;
        }
        double ratio = r.get("score").asDouble() / b.get("score").asDouble();
        rows.add(new String[] {what, format(r), baselineName + ": " + format(b), ratio(ratio),
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
