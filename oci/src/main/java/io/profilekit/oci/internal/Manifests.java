package io.profilekit.oci.internal;

import io.profilekit.rules.SafeText;
import io.profilekit.yaml.registry.PackRegistryException;

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
        Object root = Json.parse(where, body);
        if (!(root instanceof Map)) {
            throw malformed(where, "is not a JSON object");
        }
        String mediaType = Json.text(root, "mediaType").orElse("");
        if (mediaType.contains("index") || mediaType.contains("manifest.list") || Json.field(root, "manifests").isPresent()) {
            throw new PackRegistryException(where, 0, 0, "", "is an image index (" + SafeText.quote(mediaType)
                    + "), not a pack artifact", "push each pack version as one artifact: oras push"
                    + " HOST/BASE/spectro-packs/archive/NAME:VERSION NAME-VERSION.tar.gz", null);
        }
        if (!Json.field(root, "schemaVersion").equals(Optional.of(2L))) {
            if (!mediaType.equals("application/vnd.oci.artifact.manifest.v1+json")) {
                throw malformed(where, "has no schemaVersion 2");
            }
        }
        Object layerList = Json.field(root, "layers").or(() -> Json.field(root, "blobs")).orElse(null);
        if (!(layerList instanceof List)) {
            throw malformed(where, "has no list of layers");
        }
        List<?> layers = (List<?>) layerList;
        List<Layer> all = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            Object l = layers.get(i);
            String at = "layers[" + i + "]";
            if (!(l instanceof Map)) {
                throw malformed(where, at + " is not an object");
            }
            String digest = Json.text(l, "digest").orElseThrow(() -> malformed(where, at + " has no digest"));
            if (!DIGEST.matcher(digest).matches()) {
                throw malformed(where, at + ".digest " + SafeText.quote(digest) + " is not a sha256 digest"
                        + " (sha256:<64 hex digits>)");
            }
            Object size = Json.field(l, "size").orElse(null);
            if (!(size instanceof Long) || (Long) size < 0) {
                throw malformed(where, at + ".size is not a size in bytes");
            }
            String title = Json.field(l, "annotations").map(a -> Json.text(a, TITLE).orElse("")).orElse("");
            all.add(new Layer(Json.text(l, "mediaType").orElse(""), digest, (Long) size, title));
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
     * The strings of an array field ({@code repositories} of a catalog, {@code tags} of a tag list).
     *
     * @param where the URL in messages
     * @param root the answer
     * @param field the field
     * @return the strings; empty if the field is null or absent
     * @throws PackRegistryException if the field is not an array of strings
     */
    public static List<String> strings(String where, Object root, String field) {
        if (!(root instanceof Map)) {
            throw malformed(where, "is not a JSON object");
        }
        Object v = Json.field(root, field).orElse(Json.NULL);
        if (v == Json.NULL) {
            return List.of();
        }
        if (!(v instanceof List)) {
            throw malformed(where, field + " is not a list");
        }
        List<String> out = new ArrayList<>();
        for (Object item : (List<?>) v) {
            if (!(item instanceof String)) {
                throw malformed(where, field + " holds a value that is not a string");
            }
            out.add((String) item);
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
