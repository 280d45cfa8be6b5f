package io.profilekit.yaml.internal;

import io.profilekit.yaml.ProfileParseException;
import io.profilekit.yaml.ReadLimits;

import java.util.Objects;
import java.util.Optional;

/**
 * Checks that the values YAML of a pack folder ({@code values.yaml}) is well-formed. Values are Helm's and Palette's YAML, not ProfileKit's
 * format, so what ProfileKit refuses in its own documents is valid here: anchors and aliases
 * (Helm values use them a lot) are expanded within bounds — at most {@value #MAX_ALIASES} alias
 * uses, expanding to at most {@value #MAX_EXPANDED_NODES} nodes, so an alias bomb fails instead of
 * growing — and tags ({@code !!binary}, {@code !custom}) are accepted and never interpreted (every
 * scalar is read as text). What remains an error: YAML syntax errors, a key given twice in one
 * mapping, an alias to no earlier anchor, nesting deeper than {@value #MAX_NESTING_DEPTH} levels.
 * Thread-safe.
 */
public final class ValuesYaml {
    /** The most alias uses in one values text. */
    public static final int MAX_ALIASES = 10_000;
    /** The most nodes the aliases of one values text may expand to. */
    public static final long MAX_EXPANDED_NODES = 10_000_000L;
    /** The deepest nesting of mappings and lists. */
    public static final int MAX_NESTING_DEPTH = 1_000;

    // The text itself is bounded by the document or file it came from.
    private static final ReadLimits LIMITS = ReadLimits.builder()
            .maxDocumentChars(Integer.MAX_VALUE)
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxNumberLength(Integer.MAX_VALUE)
            .maxAliases(MAX_ALIASES)
            .build();

    private ValuesYaml() {
    }

    /**
     * The values as trees, one per YAML document (an empty text has none).
     *
     * @param values the values text
     * @param documentName the name for messages
     * @return the roots
     * @throws ProfileParseException if the values are not well-formed YAML
     */
    public static java.util.List<Node> read(String values, String documentName) {
        Objects.requireNonNull(values, "values");
        String text = values.startsWith("\uFEFF") ? values.substring(1) : values;
        if (text.isBlank()) {
            return java.util.List.of();
        }
        try (Events events = YamlEvents.of(text, documentName, Integer.MAX_VALUE)) {
            return TreeReader.forValues(events, LIMITS, MAX_EXPANDED_NODES).tagsAsText().readAll();
        }
    }

    /**
     * Why a values text is not well-formed YAML.
     *
     * @param values the values text
     * @param documentName the name for messages (e.g. {@code "layers[1].values"} or a file)
     * @return the problem, with its line and column inside the values; empty if the values are fine
     */
    public static Optional<ProfileParseException> problem(String values, String documentName) {
        Objects.requireNonNull(values, "values");
        String text = values.startsWith("\uFEFF") ? values.substring(1) : values;
        if (text.isBlank()) {
            return Optional.empty();
        }
        try (Events events = YamlEvents.of(text, documentName, Integer.MAX_VALUE)) {
            // Checked as it streams by, never held as a tree: values files may be as large as any file.
            TreeReader.forValues(events, LIMITS, MAX_EXPANDED_NODES).checkOnly().readAll();
            return Optional.empty();
        } catch (ProfileParseException e) {
            return Optional.of(e);
        }
    }
}
