package io.profilekit.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a folder of 220 generated pack folders shaped like the community packs of Palette's
 * public {@code pack-central} repository: the same sizes of {@code values.yaml} file by file
 * (0 bytes to 289 KB, 2.6 MB in all), 37 {@code presets.yaml} of the same sizes (1.15 MB in all),
 * 40 {@code schema.yaml}, and dependency constraints on as many packs. Only the sizes and the
 * kinds of YAML come from the real packs (comments, nested mappings, lists, block scalars, quoted
 * text); the text is generated, the same for every seed.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.profilekit.benchmarks.PackFolders /tmp/packs
 * </pre>
 */
public final class PackFolders {
    /** The size in bytes of each pack's values.yaml, pack by pack. */
    static final int[] VALUES = {1333, 16769, 12930, 3142, 3124, 3137, 3126, 3078, 3078, 2992, 2992, 980, 970, 973,
        971, 971, 971, 971, 971, 2994, 2994, 95, 64497, 34855, 5946, 6861, 21776, 21776, 659, 0, 5576, 758, 15714,
        150188, 7381, 8453, 8785, 2053, 8962, 8962, 8962, 8957, 8962, 9250, 9251, 9251, 348, 7901, 7901, 10178, 1120,
        3215, 3296, 2778, 2731, 3215, 3296, 2778, 2731, 17287, 18648, 18648, 18830, 18821, 18822, 18821, 19930, 2160,
        2291, 2291, 2291, 2286, 2587, 2591, 3172, 891, 9558, 10418, 14670, 14946, 15190, 15189, 15189, 15311, 15321,
        15321, 15321, 26788, 32569, 28350, 12651, 33491, 35827, 35831, 296, 332, 332, 332, 515, 515, 3307, 3307, 3564,
        3564, 3242, 5229, 5431, 8573, 5370, 8958, 10988, 2464, 5337, 2476, 66602, 1001, 0, 0, 0, 0, 202, 435, 1125,
        12887, 1316, 4965, 8664, 511, 530, 2420, 2467, 2484, 2484, 739, 741, 2850, 18938, 75001, 5142, 4719, 3312, 32,
        32, 297, 5930, 481, 8828, 4036, 3717, 10657, 10564, 2692, 15984, 15423, 16328, 9284, 4954, 6465, 8151, 21930,
        21305, 24947, 37982, 11123, 595, 8702, 8916, 8739, 8698, 8765, 8588, 1261, 20444, 5245, 7855, 9349, 9348,
        38280, 1569, 6669, 6673, 4357, 6037, 7003, 35, 3862, 197587, 288927, 5627, 5730, 7757, 7757, 8285, 8285, 12347,
        12038, 12039, 12035, 12007, 12008, 4869, 4972, 1311, 2044, 2171, 8969, 8969, 8969, 8969, 1514, 3793, 19627,
        1700, 1132, 24784, 11495, 24784, 11495, 17188, 55164};
    /** The sizes of the presets.yaml files. */
    static final int[] PRESETS = {512, 513, 297, 297, 297, 1112, 72352, 130332, 131053, 88355, 125977, 130332, 131053,
        88355, 125977, 9457, 9479, 9479, 9479, 9479, 9479, 9479, 9479, 990, 1481, 1480, 1480, 1480, 737, 389, 389,
        20548, 6251, 5756, 5062, 5062, 5062};
    /** The sizes of the schema.yaml files. */
    static final int[] SCHEMAS = {79, 172, 287, 123, 413, 1490, 1490, 1322, 2712, 6046, 6046, 6046, 6046, 111, 111,
        111, 111, 111, 63, 43, 43, 332, 1487, 978, 63, 153, 153, 153, 153, 153, 153, 366, 622, 43, 352, 823, 823, 521,
        62, 62};
    /** How many packs have dependency constraints. */
    static final int WITH_CONSTRAINTS = 64;
    /** How many pack folders. */
    public static final int PACKS = VALUES.length;

    private PackFolders() {
    }

    /**
     * Writes the folder.
     *
     * @param args the folder to write (created; must not hold pack folders already)
     */
    public static void main(String[] args) {
        write(Path.of(args[0]));
    }

    /**
     * Writes {@value #PACKS} pack folders into {@code root}.
     *
     * @param root the folder (created if missing)
     * @return the folder
     */
    public static Path write(Path root) {
        Random random = new Random(20_260_116L);
        try {
            Files.createDirectories(root);
            for (int i = 0; i < PACKS; i++) {
                String name = "pack-" + word(random) + "-" + i;
                String version = (1 + random.nextInt(4)) + "." + random.nextInt(30) + "." + random.nextInt(20);
                Path dir = Files.createDirectories(root.resolve(name + "-" + version));
                // Spread the presets and schemas over the packs, as in the real folder.
                int preset = i % 6 == 0 && i / 6 < PRESETS.length ? PRESETS[i / 6] : -1;
                int schema = i % 5 == 1 && i / 5 < SCHEMAS.length ? SCHEMAS[i / 5] : -1;
                int dependencies = i % 7 == 3 || i % 11 == 0 ? 1 + (i % 3 == 0 ? 1 : 0) : 0;
                write(dir.resolve("pack.json"), packJson(name, version, i, dependencies));
                write(dir.resolve("values.yaml"), values(VALUES[i], name, random));
                if (preset >= 0) {
                    write(dir.resolve("presets.yaml"), presets(preset, name, random));
                }
                if (schema >= 0) {
                    write(dir.resolve("schema.yaml"), schema(schema, name));
                }
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String packJson(String name, String version, int i, int dependencies) {
        StringBuilder sb = new StringBuilder("{\n  \"addonType\": \"").append(ADDON_TYPES[i % ADDON_TYPES.length])
                .append("\",\n  \"annotations\": {\n    \"source\": \"community\",\n    \"contributor\": \"example\"\n"
                        + "  },\n  \"cloudTypes\": [\n    \"all\"\n  ],\n  \"charts\": [\n    \"charts/")
                .append(name).append('-').append(version).append(".tgz\"\n  ],\n  \"displayName\": \"")
                .append(name.toUpperCase(java.util.Locale.ROOT)).append("\",\n  \"layer\": \"")
                .append(i % 8 == 5 ? "csi" : "addon").append("\",\n  \"name\": \"").append(name)
                .append("\",\n  \"version\": \"").append(version).append('"');
        if (dependencies > 0) {
            sb.append(",\n  \"constraints\": {\n    \"dependencies\": [\n");
            for (int d = 0; d < dependencies; d++) {
                sb.append(d == 0 ? "" : ",\n").append("      {\n        \"layer\": \"addon\",\n        \"packName\": "
                        + "\"dependency-").append(d).append("\",\n        \"minVersion\": \"1.").append(d)
                        .append(".0\",\n        \"maxVersion\": \"\",\n        \"type\": \"required\"\n      }");
            }
            sb.append("\n    ]\n  }");
        }
        return sb.append("\n}\n").toString();
    }

    private static final String[] ADDON_TYPES = {"monitoring", "logging", "security", "servicemesh", "ingress",
        "system app", "load balancer", "authentication"};
    private static final String[] WORDS = {"agent", "operator", "collector", "gateway", "mesh", "store", "proxy",
        "controller", "exporter", "manager", "vault", "relay"};

    private static String word(Random random) {
        return WORDS[random.nextInt(WORDS.length)];
    }

    /** Helm-style values of about {@code size} bytes. */
    static String values(int size, String chart, Random random) {
        if (size == 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder(size + 512);
        if (size < 120) {
            while (sb.length() < size) {
                sb.append("# no values\n");
            }
            return sb.toString();
        }
        sb.append("pack:\n  # The namespace (on the target cluster) to install this chart\n"
                + "  # When not found, a new namespace will be created\n  namespace: \"").append(chart)
                .append("\"\n\ncharts:\n  ").append(chart).append(":\n");
        for (int s = 0; sb.length() < size; s++) {
            section(sb, "    ", "section" + s, chart, random);
        }
        return sb.toString();
    }

    private static void section(StringBuilder sb, String in, String key, String chart, Random random) {
        int n = random.nextInt(1000);
        sb.append('\n').append(in).append("# ").append(key).append(" -- settings of the ").append(word(random))
                .append(" component\n").append(in).append(key).append(":\n")
                .append(in).append("  enabled: ").append(n % 2 == 0).append('\n');
        // Real values and presets are about two thirds comments (documentation of each setting).
        comments(sb, in + "  ", key, random);
        sb
                .append(in).append("  replicaCount: ").append(1 + n % 3).append('\n')
                .append(in).append("  image:\n")
                .append(in).append("    repository: registry.example.com/").append(chart).append('/').append(key)
                .append('\n').append(in).append("    # Overrides the image tag whose default is the chart's appVersion\n")
                .append(in).append("    tag: \"v").append(n % 7).append('.').append(n % 13).append(".0\"\n")
                .append(in).append("    pullPolicy: IfNotPresent\n")
                .append(in).append("  resources:\n")
                .append(in).append("    limits: {cpu: ").append(100 + n).append("m, memory: 128Mi}\n")
                .append(in).append("    requests:\n")
                .append(in).append("      cpu: 50m\n")
                .append(in).append("      memory: 64Mi\n")
                .append(in).append("  args:\n")
                .append(in).append("    - --log-level=info\n")
                .append(in).append("    - \"--metrics-port=").append(8000 + n).append("\"\n")
                .append(in).append("  nodeSelector: {}\n")
                .append(in).append("  tolerations: []\n")
                .append(in).append("  annotations:\n")
                .append(in).append("    prometheus.io/scrape: 'true'\n")
                .append(in).append("  config: |\n")
                .append(in).append("    [SERVICE]\n")
                .append(in).append("        Flush         1\n")
                .append(in).append("        Log_Level     info\n")
                .append(in).append("        Parsers_File  parsers.conf\n");
    }

    private static final String[] PHRASES = {"Set to false to disable it, for example when another release"
        + " already provides it.", "Ref: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/",
        "The value is passed to the container as an environment variable.", "Leave it empty to use the default"
        + " of the chart, which depends on the Kubernetes version.", "Only applies when the kind is Deployment."};

    private static void comments(StringBuilder sb, String in, String key, Random random) {
        for (int c = 0; c < 26; c++) {
            sb.append(in).append("# ").append(c == 0 ? key + " -- " : "").append(PHRASES[random.nextInt(PHRASES.length)])
                    .append('\n');
        }
    }

    /** A presets.yaml of about {@code size} bytes: presets in pairs (enable / disable) of one group each. */
    static String presets(int size, String chart, Random random) {
        StringBuilder sb = new StringBuilder(size + 1024).append("presets:\n");
        for (int p = 0; sb.length() < size; p++) {
            sb.append("  - name: \"preset-").append(p).append("\"\n    displayName: \"")
                    .append(p % 2 == 0 ? "Enable" : "Disable").append("\"\n    group: \"Group ").append(p / 2)
                    .append("\"\n    remove: []\n    add: |\n      charts:\n        ").append(chart).append(":\n");
            int target = sb.length() + Math.min(4000, Math.max(200, size / 8));
            for (int s = 0; sb.length() < target; s++) {
                section(sb, "          ", "preset" + p + "part" + s, chart, random);
            }
        }
        return sb.toString();
    }

    private static final String[] SCHEMA_FORMS = {
        "'{{ required }}'",
        "'{{ format \"${string}\" | hints \"Enter the image. Ensure that it follows the required format:"
            + " registry/repository:version.\" }}'",
        "'{{ required | format \"${number}\" | hints \"Enter the number of replicas.\"}}'",
        "'{{ format \"${boolean}\" | hints \"Enter whether to enable it.\"}}'",
        "'{{ format \"${password}\" | hints \"Enter the password\" }}'"};

    /** A schema.yaml of about {@code size} bytes. */
    static String schema(int size, String chart) {
        StringBuilder sb = new StringBuilder(size + 256);
        for (int e = 0; sb.length() < size || e == 0; e++) {
            sb.append("charts.").append(chart).append(".section").append(e).append(".replicaCount:\n  schema: ")
                    .append(SCHEMA_FORMS[e % SCHEMA_FORMS.length]).append('\n');
        }
        return sb.toString();
    }
}
