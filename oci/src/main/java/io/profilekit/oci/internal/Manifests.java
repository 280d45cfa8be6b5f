package io.profilekit.oci.internal;

import io.profilekit.rules.SafeText;
import io.profilekit.yaml.registry.PackRegistryException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads OCI manifests and the small JSON answers of the distribution API (tag lists, catalogs,
 * tokens), and picks a pack manifest's archive layer. Internal.
 *
 * <p>Manifests read: the OCI image manifest ({@code application/vnd.oci.image.manifest.v1+json},
 * what ORAS 1.x pushes), Docker's v2 manifest and the OCI artifact manifest of ORAS 1.0 release
 * candidates ({@code blobs} instead of {@code layers}). Image indexes and Docker manifest lists are
 * refused: a pack version is one artifact.
 */
public final class Manifests {
    /** The media types asked for when fetching a manifest. */
    public static final String ACCEPT = String.join(", ", "application/vnd.oci.image.manifest.v1+json",
            "application/vnd.docker.distribution.manifest.v2+json", "application/vnd.oci.artifact.manifest.v1+json",
            "application/vnd.oci.image.index.v1+json", "application/vnd.docker.distribution.manifest.list.v2+json");
    /** The annotation ORAS gives each file it pushes: the file's name. */
    public static final String TITLE = "org.opencontainers.image.title";
    private static final Pattern DIGEST = Pattern.compile("sha256:[a-f0-9]{64}");
    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32)
                    .maxStringLength(1 << 20).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()).build();

    private Manifests() {
    }

    /**
     * A layer of a manifest.
     *
     * @param mediaType its media type
     * @param digest its digest, {@code sha256:<hex>}
     * @param size its size in bytes
     * @param title its {@value #TITLE} annotation, or empty
     */
    public record Layer(String mediaType, String digest, long size, String title) {
    }

    /**
     * Parses a JSON answer.
     *
     * @param where the URL in messages
     * @param body the bytes
     * @return the root
     * @throws PackRegistryException if it is not JSON
     */
    public static JsonNode json(String where, byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (JacksonException e) {
            throw new PackRegistryException(where, 0, 0, "", "the answer is not valid JSON: "
                    + SafeText.quote(e.getOriginalMessage()), "is this an OCI registry (distribution API v2)?", e);
        }
    }

    /**
     * The archive layer of a pack manifest: the layer whose title ends in {@code .tar.gz} or
     * {@code .tgz} (as ORAS pushes {@code NAME-VERSION.tar.gz}); else the one layer whose media type
     * is a gzip-compressed tar.
     *
     * @param where the manifest's URL in messages
     * @param body the manifest's bytes
     * @param maxBlobBytes the largest blob allowed
     * @return the layer
     * @throws PackRegistryException if the manifest is malformed, an index, holds no archive or
     *     names a blob over the limit
     */
    public static Layer packLayer(String where, byte[] body, long maxBlobBytes) {
        JsonNode root = json(where, body);
        if (!root.isObject()) {
            throw malformed(where, "is not a JSON object");
        }
        String mediaType = text(root, "mediaType").orElse("");
        if (mediaType.contains("index") || mediaType.contains("manifest.list") || root.has("manifests")) {
            throw new PackRegistryException(where, 0, 0, "", "is an image index (" + SafeText.quote(mediaType)
                    + "), not a pack artifact", "push each pack version as one artifact: oras push"
                    + " HOST/BASE/spectro-packs/archive/NAME:VERSION NAME-VERSION.tar.gz", null);
        }
        JsonNode schemaVersion = root.get("schemaVersion");
        if (schemaVersion == null || !schemaVersion.isIntegralNumber() || schemaVersion.asLong() != 2) {
            if (!mediaType.equals("application/vnd.oci.artifact.manifest.v1+json")) {
                throw malformed(where, "has no schemaVersion 2");
            }
        }
        JsonNode layers = root.has("layers") ? root.get("layers") : root.get("blobs");
        if (layers == null || !layers.isArray()) {
            throw malformed(where, "has no list of layers");
        }
        List<Layer> all = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            JsonNode l = layers.get(i);
            String at = "layers[" + i + "]";
            if (!l.isObject()) {
                throw malformed(where, at + " is not an object");
            }
            String digest = text(l, "digest").orElseThrow(() -> malformed(where, at + " has no digest"));
            if (!DIGEST.matcher(digest).matches()) {
                throw malformed(where, at + ".digest " + SafeText.quote(digest) + " is not a sha256 digest"
                        + " (sha256:<64 hex digits>)");
            }
            JsonNode size = l.get("size");
            if (size == null || !size.isIntegralNumber() || !size.canConvertToLong() || size.asLong() < 0) {
                throw malformed(where, at + ".size is not a size in bytes");
            }
            JsonNode annotations = l.path("annotations");
            String title = annotations.isObject() ? text(annotations, TITLE).orElse("") : "";
            all.add(new Layer(text(l, "mediaType").orElse(""), digest, size.asLong(), title));
        }
        List<Layer> archives = new ArrayList<>();
        for (Layer l : all) {
            String t = l.title().toLowerCase(Locale.ROOT);
            if (t.endsWith(".tar.gz") || t.endsWith(".tgz")) {
                archives.add(l);
            }
        }
        if (archives.isEmpty()) {
            for (Layer l : all) {
                String m = l.mediaType().toLowerCase(Locale.ROOT);
                if (m.contains("tar") && m.contains("gzip")) {
                    archives.add(l);
                }
            }
        }
        if (archives.size() != 1) {
            throw new PackRegistryException(where, 0, 0, "", archives.isEmpty()
                    ? "holds no pack archive (" + all.size() + (all.size() == 1 ? " layer" : " layers")
                      + ", none titled *.tar.gz or *.tgz, none a gzip-compressed tar)"
                    : "holds " + archives.size() + " pack archives; a pack artifact holds one",
                    "push the pack folder as one file: tar -czf NAME-VERSION.tar.gz NAME-VERSION && oras push"
                    + " HOST/BASE/spectro-packs/archive/NAME:VERSION NAME-VERSION.tar.gz", null);
        }
        Layer layer = archives.get(0);
        if (layer.size() > maxBlobBytes) {
            throw oversized(where, layer.digest(), layer.size(), maxBlobBytes);
        }
        return layer;
    }

    /**
     * The exception for a blob over the size limit.
     *
     * @param where the URL
     * @param digest the blob's digest
     * @param size its size, as announced
     * @param limit the limit
     * @return the exception
     */
    public static PackRegistryException oversized(String where, String digest, long size, long limit) {
        return new PackRegistryException(where, 0, 0, "", "blob " + digest + " is " + size
                + " bytes, over the limit of " + limit + " bytes", "raise the blob size limit"
                + " (OciPackRegistry.Builder.maxBlobBytes) if the registry is trusted", null);
    }

    /**
     * The text of a field of an object.
     *
     * @param node the object
     * @param field the field
     * @return its text, or empty if absent or not a string
     */
    public static Optional<String> text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isString() ? Optional.of(v.stringValue()) : Optional.empty();
    }

    /**
     * The strings of an array field ({@code repositories} of a catalog, {@code tags} of a tag list).
     *
     * @param where the URL in messages
     * @param root the answer
     * @param field the field
     * @return the strings; empty if the field is null or absent
     * @throws PackRegistryException if the field is not an array of strings
     */
    public static List<String> strings(String where, JsonNode root, String field) {
        if (!root.isObject()) {
            throw malformed(where, "is not a JSON object");
        }
        JsonNode v = root.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw malformed(where, field + " is not a list");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : v.values()) {
            if (!item.isString()) {
                throw malformed(where, field + " holds a value that is not a string");
            }
            out.add(item.stringValue());
        }
        return out;
    }

    /**
     * The headers of a bearer challenge, {@code Bearer realm="…",service="…",scope="…"}.
     *
     * @param header the {@code WWW-Authenticate} header's value, after the scheme
     * @return parameter name (lower case) to value
     */
    public static Map<String, String> challengeParameters(String header) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        int i = 0;
        int n = header.length();
        while (i < n) {
            while (i < n && (header.charAt(i) == ',' || header.charAt(i) == ' ')) {
                i++;
            }
            int eq = header.indexOf('=', i);
            if (eq < 0) {
                break;
            }
            String key = header.substring(i, eq).trim().toLowerCase(Locale.ROOT);
            i = eq + 1;
            StringBuilder value = new StringBuilder();
            if (i < n && header.charAt(i) == '"') {
                i++;
                while (i < n && header.charAt(i) != '"') {
                    if (header.charAt(i) == '\\' && i + 1 < n) {
                        i++;
                    }
                    value.append(header.charAt(i++));
                }
                i++;
            } else {
                while (i < n && header.charAt(i) != ',') {
                    value.append(header.charAt(i++));
                }
            }
            out.put(key, value.toString().trim());
        }
        return out;
    }

    private static PackRegistryException malformed(String where, String problem) {
        return new PackRegistryException(where, 0, 0, "", "malformed manifest or answer: " + problem,
                "the registry must answer as the OCI distribution API describes", null);
    }
}
