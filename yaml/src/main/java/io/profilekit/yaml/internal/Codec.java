package io.profilekit.yaml.internal;

import io.profilekit.ClusterProfile;
import io.profilekit.resolve.ResolvedProfile;

/** One document format: how a parsed document becomes a profile, and a profile a document. */
public interface Codec {
    /** @return the format's name for messages, e.g. "ProfileKit YAML" */
    String name();

    /** @return true to parse YAML (streams of documents), false for JSON */
    boolean isYaml();

    /** @return true if unknown fields are errors, false if they are warnings */
    boolean isStrict();

    /**
     * Binds one document.
     *
     * @param root the document's root node
     * @param ctx the context (strictness, warnings)
     * @param path the document's path prefix ("" or "[i]" for an item of a JSON array)
     * @return the profile
     */
    ClusterProfile bind(Node root, Ctx ctx, String path);

    /**
     * Where this format keeps what a model property path names, for locating violations.
     *
     * @param modelPath e.g. {@code layers[1].pack.version}
     * @return the document path, e.g. {@code spec.layers[1].pack.version}
     */
    default String documentPath(String modelPath) {
        return DocumentPaths.profileKit(modelPath);
    }

    /**
     * Describes one profile as a document.
     *
     * @param profile the profile
     * @return the document
     */
    Out.OMap write(ClusterProfile profile);

    /**
     * Describes a resolved profile as a document: by default its {@linkplain ResolvedProfile#profile()
     * pinned profile}; a format may also use what resolution found (e.g. the groups of presets).
     *
     * @param resolved the resolved profile
     * @return the document
     */
    default Out.OMap write(ResolvedProfile resolved) {
        return write(resolved.profile());
    }
}
