package io.profilekit.yaml.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each format keeps what a model property path names: {@code layers[1].pack.version} is
 * {@code spec.layers[1].pack.version} in ProfileKit YAML and {@code spec.template.packs[1].tag} in
 * Palette JSON. Paths the formats do not hold map to a parent that they do.
 */
public final class DocumentPaths {
    private static final Pattern LAYER = Pattern.compile("layers(\\[\\d+])(?:\\.(.*))?");

    private DocumentPaths() {
    }

    /**
     * The ProfileKit YAML path of a model path.
     *
     * @param path e.g. {@code tags[1]}
     * @return e.g. {@code metadata.tags[1]}
     */
    public static String profileKit(String path) {
        String head = head(path);
        switch (head) {
            case "name":
            case "uid":
            case "version":
            case "description":
            case "tags":
                return "metadata." + path;
            case "layers": {
                Matcher m = LAYER.matcher(path);
                if (m.matches() && m.group(2) != null && (m.group(2).equals("type") || m.group(2).equals("layer"))) {
                    return "spec.layers" + m.group(1) + ".layer";
                }
                return "spec." + path;
            }
            default:
                return "spec." + path;
        }
    }

    /**
     * The Palette API JSON ({@code V1ClusterProfileEntity}) path of a model path.
     *
     * @param path e.g. {@code layers[1].pack.version}
     * @return e.g. {@code spec.template.packs[1].tag}
     */
    public static String paletteApi(String path) {
        return palette(path, "metadata.annotations.description", "registryUid");
    }

    /**
     * The Palette export JSON ({@code V1ClusterProfileImportEntity}) path of a model path.
     *
     * @param path e.g. {@code layers[1].pack.registry}
     * @return e.g. {@code spec.template.packs[1].registry}
     */
    public static String paletteExport(String path) {
        return palette(path, "metadata.description", "registry");
    }

    private static String palette(String path, String description, String registry) {
        String head = head(path);
        switch (head) {
            case "name":
            case "uid":
                return "metadata." + path;
            case "description":
                return description;
            case "tags":
                return "metadata.labels";
            case "version":
                return "spec.version";
            case "cloud":
                return "spec.template.cloudType";
            case "type":
                return "spec.template.type";
            case "variables":
                return "spec." + path;
            case "layers": {
                Matcher m = LAYER.matcher(path);
                if (!m.matches()) {
                    return "spec.template.packs";
                }
                String pack = "spec.template.packs" + m.group(1);
                String rest = m.group(2);
                if (rest == null) {
                    return pack;
                }
                if (rest.equals("type") || rest.equals("layer")) {
                    return pack + ".layer";
                }
                if (rest.startsWith("pack.version")) {
                    return pack + ".tag";
                }
                if (rest.startsWith("pack.registry")) {
                    return pack + "." + registry;
                }
                if (rest.startsWith("pack.")) {
                    return pack + "." + rest.substring("pack.".length());
                }
                return pack + "." + rest;
            }
            default:
                return "spec." + path;
        }
    }

    private static String head(String path) {
        int end = path.length();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '.' || c == '[') {
                end = i;
                break;
            }
        }
        return path.substring(0, end);
    }
}
