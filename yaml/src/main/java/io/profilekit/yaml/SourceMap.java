package io.profilekit.yaml;

import io.profilekit.rules.SourceLocation;
import io.profilekit.yaml.internal.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where each part of one profile stands in the document it was read from: a model property path,
 * as validation reports it ({@code layers[1].pack.version}), maps to the line and column of the
 * node the document holds for it ({@code spec.layers[1].pack.version} in ProfileKit YAML,
 * {@code spec.template.packs[1].tag} in Palette JSON). A part the document does not hold — a
 * missing field — maps to its nearest parent that it does hold, such as the layer. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * ReadResult read = ProfileDocuments.yaml().readWithWarnings(Path.of("aws.yaml"));
 * ValidationReport report = validator.validate(read.profile()).locate(read.sourceMap(0)::locate);
 * report.violations().forEach(v -> System.out.println(v.location().map(l -> l + ": ").orElse("") + v));
 * }</pre>
 */
public final class SourceMap {
    private static final SourceMap EMPTY = new SourceMap("", null, UnaryOperator.identity(), "");

    private final String documentName;
    private final Node root;
    private final UnaryOperator<String> toDocumentPath;
    private final String prefix;

    private SourceMap(String documentName, Node root, UnaryOperator<String> toDocumentPath, String prefix) {
        this.documentName = documentName;
        this.root = root;
        this.toDocumentPath = toDocumentPath;
        this.prefix = prefix;
    }

    /**
     * A map that locates nothing, for profiles that were built rather than read.
     *
     * @return the empty map
     */
    public static SourceMap empty() {
        return EMPTY;
    }

    /**
     * The map of one document (internal: made by the readers).
     *
     * @param documentName the document's name
     * @param root the profile's node
     * @param toDocumentPath the format's translation of a model path to a document path
     * @return the map
     */
    static SourceMap of(String documentName, Node root, UnaryOperator<String> toDocumentPath) {
        return new SourceMap(documentName, Objects.requireNonNull(root), toDocumentPath, "");
    }

    /**
     * Where the scalar value at a property path starts in the document (its first character, an
     * opening quote included), as {@link ScalarEdits} needs it to replace the value in place.
     *
     * <pre>{@code
     * result.sourceMap(0).locateValue("layers[1].pack.version");   // profile.yaml:20:18
     * }</pre>
     *
     * @param path a property path of the profile, e.g. {@code version} or {@code layers[1].pack.version}
     * @return the location, or empty if the document has no scalar at that path
     */
    public Optional<SourceLocation> locateValue(String path) {
        Objects.requireNonNull(path, "path must not be null");
        if (root == null) {
            return Optional.empty();
        }
        return walk(path, true);
    }

    /**
     * Where a model property path stands in the document: the node itself, or its nearest parent
     * the document holds. Paths of a cluster stack's profile ({@code [observability].layers[1]})
     * are located without their label.
     *
     * @param path a property path as validation reports it; empty for the whole profile
     * @return the location; empty if nothing was read (a built profile) or the reader had no positions
     */
    public Optional<SourceLocation> locate(String path) {
        return walk(path, false);
    }

    private Optional<SourceLocation> walk(String path, boolean valueOnly) {
        Objects.requireNonNull(path, "path must not be null");
        if (root == null) {
            return Optional.empty();
        }
        String modelPath = path;
        if (modelPath.startsWith("[")) {
            // A profile's own paths start with a field name; a leading [..] is a stack's label.
            int end = modelPath.indexOf("].");
            modelPath = end >= 0 ? modelPath.substring(end + 2) : modelPath.endsWith("]") ? "" : modelPath;
        }
        String documentPath = modelPath.isEmpty() ? "" : toDocumentPath.apply(modelPath);
        Node node = root;
        int line = root.line();
        int column = root.column();
        for (String segment : segments(prefix.isEmpty() ? documentPath : prefix + "." + documentPath)) {
            Node next = null;
            int nextLine = 0;
            int nextColumn = 0;
            if (segment.startsWith("[") && node instanceof Node.ListNode) {
                int index = parseIndex(segment);
                List<Node> items = ((Node.ListNode) node).items();
                if (index >= 0 && index < items.size()) {
                    next = items.get(index);
                    nextLine = next.line();
                    nextColumn = next.column();
                }
            } else if (!segment.startsWith("[") && node instanceof Node.MapNode) {
                Node.Entry entry = ((Node.MapNode) node).entries().get(segment);
                if (entry != null) {
                    next = entry.value();
                    nextLine = entry.line();
                    nextColumn = entry.column();
                }
            }
            if (next == null) {
                if (valueOnly) {
                    return Optional.empty();
                }
                break;
            }
            node = next;
            if (nextLine > 0) {
                line = nextLine;
                column = Math.max(1, nextColumn);
            }
        }
        if (valueOnly) {
            return node instanceof Node.ScalarNode && node.line() > 0
                    ? Optional.of(new SourceLocation(documentName, node.line(), Math.max(1, node.column())))
                    : Optional.empty();
        }
        return line > 0 ? Optional.of(new SourceLocation(documentName, line, Math.max(1, column))) : Optional.empty();
    }

    private static int parseIndex(String segment) {
        try {
            return Integer.parseInt(segment.substring(1, segment.length() - 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** {@code spec.layers[1].pack} → {@code spec}, {@code layers}, {@code [1]}, {@code pack}. */
    private static List<String> segments(String path) {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '.' || c == '[') {
                if (sb.length() > 0) {
                    out.add(sb.toString());
                    sb.setLength(0);
                }
                if (c == '[') {
                    int end = path.indexOf(']', i);
                    if (end < 0) {
                        break;
                    }
                    out.add(path.substring(i, end + 1));
                    i = end;
                }
            } else {
                sb.append(c);
            }
        }
        if (sb.length() > 0) {
            out.add(sb.toString());
        }
        return out;
    }

    @Override
    public String toString() {
        return root == null ? "SourceMap[empty]" : "SourceMap[" + documentName + "]";
    }
}
