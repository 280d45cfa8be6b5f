package io.profilekit.yaml.internal;

import io.profilekit.ClusterProfile;
import io.profilekit.resolve.ResolvedProfile;
import io.profilekit.yaml.ProfileParseException;
import io.profilekit.yaml.ReadLimits;
import io.profilekit.yaml.ReadWarning;
import tools.jackson.core.json.JsonFactory;

import java.util.ArrayList;
import java.util.List;

/** Reads and writes whole inputs of one {@link Codec} under one set of limits. Thread-safe. */
public final class Engine {
    private final Codec codec;
    private final ReadLimits limits;
    /** Built on first use and then shared: a factory is immutable, thread-safe and slow to build. */
    private volatile JsonFactory json;

    /**
     * @param codec the format
     * @param limits the read limits
     */
    public Engine(Codec codec, ReadLimits limits) {
        this.codec = codec;
        this.limits = limits;
    }

    /** @return the format */
    public Codec codec() {
        return codec;
    }

    /** @return the limits */
    public ReadLimits limits() {
        return limits;
    }

    private Events events(String text, String documentName) {
        if (codec.isYaml()) {
            return YamlEvents.of(text, documentName, limits.maxDocumentChars() + 1L);
        }
        JsonFactory f = json;
        if (f == null) {
            f = JsonEvents.factory(limits);
            json = f;
        }
        return JsonEvents.of(f, limits, text, documentName);
    }

    /**
     * Reads every profile of an input.
     *
     * @param text the input, within the size limit
     * @param documentName its name
     * @param warnings where warnings go
     * @return the profiles, in order
     */
    public List<ClusterProfile> read(String text, String documentName, List<ReadWarning> warnings) {
        List<ClusterProfile> out = new ArrayList<>();
        for (Bound b : readBound(text, documentName, warnings)) {
            out.add(b.profile());
        }
        return out;
    }

    /**
     * A profile and the node it was read from.
     *
     * @param profile the profile
     * @param node its node in the document
     */
    public record Bound(ClusterProfile profile, Node node) {
    }

    /**
     * Reads every profile of an input together with the node each was read from.
     *
     * @param text the input
     * @param documentName its name
     * @param warnings where warnings go
     * @return the profiles and their nodes, in order
     */
    public List<Bound> readBound(String text, String documentName, List<ReadWarning> warnings) {
        String checked = Input.check(text, documentName, limits);
        List<Node> roots;
        try (Events events = events(checked, documentName)) {
            roots = TreeReader.of(events, limits).readAll();
        }
        Ctx ctx = new Ctx(documentName, codec.isStrict(), !codec.isYaml(), warnings);
        List<Bound> out = new ArrayList<>();
        if (codec.isYaml()) {
            for (Node root : roots) {
                if (root instanceof Node.ScalarNode && Ctx.isEmpty(root)) {
                    continue; // an empty document ("---" with nothing after it) holds no profile
                }
                out.add(new Bound(codec.bind(root, ctx, ""), root));
            }
            return out;
        }
        if (roots.isEmpty()) {
            return out;
        }
        if (roots.size() > 1) {
            Node extra = roots.get(1);
            throw new ProfileParseException(documentName, extra.line(), extra.column(), "",
                    "the JSON input holds more than one value", "put several profiles in one JSON array", null);
        }
        Node root = roots.get(0);
        if (root instanceof Node.ListNode) {
            List<Node> items = ((Node.ListNode) root).items();
            for (int i = 0; i < items.size(); i++) {
                out.add(new Bound(codec.bind(items.get(i), ctx, "[" + i + "]"), items.get(i)));
            }
        } else {
            out.add(new Bound(codec.bind(root, ctx, ""), root));
        }
        return out;
    }

    /**
     * The document path of a model property path in this engine's format.
     *
     * @param modelPath e.g. {@code layers[1].pack.version}
     * @return e.g. {@code spec.layers[1].pack.version}
     */
    public String documentPath(String modelPath) {
        return codec.documentPath(modelPath);
    }

    /**
     * Reads the one profile of an input.
     *
     * @param text the input
     * @param documentName its name
     * @param warnings where warnings go
     * @return the profile
     */
    public ClusterProfile readOne(String text, String documentName, List<ReadWarning> warnings) {
        List<ClusterProfile> all = read(text, documentName, warnings);
        if (all.size() != 1) {
            throw new ProfileParseException(documentName, 0, 0, "", all.isEmpty() ? "the document is empty"
                    : "expected one profile, found " + all.size(), all.isEmpty() ? "write a " + codec.name()
                    + " profile document" : "use readAll to read several", null);
        }
        return all.get(0);
    }

    /**
     * Writes profiles: YAML documents separated by {@code ---}, or one JSON document (an array
     * when several are written with {@code many}).
     *
     * @param profiles the profiles
     * @param many whether a JSON array is wanted
     * @return the text
     */
    public String write(List<? extends ClusterProfile> profiles, boolean many) {
        List<Out.OMap> docs = new ArrayList<>(profiles.size());
        for (int i = 0; i < profiles.size(); i++) {
            ClusterProfile p = profiles.get(i);
            if (p == null) {
                throw new NullPointerException("profiles[" + i + "] must not be null");
            }
            try {
                docs.add(codec.write(p));
            } catch (IllegalArgumentException e) {
                if (profiles.size() == 1) {
                    throw e;
                }
                throw new IllegalArgumentException("profiles[" + i + "]: " + e.getMessage(), e);
            }
        }
        return codec.isYaml() ? Emit.yaml(docs) : Emit.json(docs, many);
    }

    /**
     * Writes a resolved profile.
     *
     * @param resolved the resolved profile
     * @return the text
     */
    public String write(ResolvedProfile resolved) {
        List<Out.OMap> docs = List.of(codec.write(resolved));
        return codec.isYaml() ? Emit.yaml(docs) : Emit.json(docs, false);
    }
}
