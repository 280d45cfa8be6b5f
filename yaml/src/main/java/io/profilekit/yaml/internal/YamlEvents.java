package io.profilekit.yaml.internal;

import io.profilekit.yaml.ProfileParseException;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.scanner.StreamReader;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Iterator;
import java.util.Optional;

/**
 * YAML events from snakeyaml-engine's parser ({@link ParserImpl}, exported API), which reports
 * every node's anchor and tag and the place of every event. Plain scalars are classified with the
 * YAML 1.2 core schema: {@code null}, {@code Null}, {@code NULL}, {@code ~} and an empty value are
 * null; {@code true}/{@code false} in three spellings are booleans; numbers are numbers. The text is
 * always kept as written ({@code 1.10} stays {@code "1.10"}). Nothing is constructed from a tag.
 */
public final class YamlEvents extends Events {
    private static final ScalarResolver CORE = new CoreScalarResolver(false);

    private final Iterator<Event> events;
    /** The text being read, to place errors that carry only an offset; null when reading a stream. */
    private final String text;
    private final int maxCodePoints;
    private Event current;

    private YamlEvents(String documentName, Reader reader, String text, long maxCodePoints) {
        super(documentName);
        this.maxCodePoints = (int) Math.min(Integer.MAX_VALUE, Math.max(1, maxCodePoints));
        LoadSettings settings = LoadSettings.builder()
                .setLabel(documentName)
                .setUseMarks(true)
                .setCodePointLimit(this.maxCodePoints)
                .build();
        this.events = new ParserImpl(settings, new StreamReader(settings, reader));
        this.text = text;
    }

    /**
     * Events of a text.
     *
     * @param text the YAML text, without a byte-order mark
     * @param documentName its name for messages
     * @param maxCodePoints the most code points a document may have (a backstop: sizes are checked before)
     * @return the events
     */
    public static YamlEvents of(String text, String documentName, long maxCodePoints) {
        return new YamlEvents(documentName, new StringReader(text), text, maxCodePoints);
    }

    /**
     * Events of a stream, read as it is parsed (not held in memory as a whole).
     *
     * @param reader the YAML text (closed by the caller)
     * @param documentName its name for messages
     * @param maxCodePoints the most code points a document may have
     * @return the events
     */
    public static YamlEvents of(Reader reader, String documentName, long maxCodePoints) {
        return new YamlEvents(documentName, reader, null, maxCodePoints);
    }

    @Override
    public Type next() {
        while (true) {
            Event e;
            try {
                if (!events.hasNext()) {
                    current = null;
                    return null;
                }
                e = events.next();
            } catch (YamlEngineException ex) {
                throw translate(ex);
            }
            current = e;
            switch (e.getEventId()) {
                case MappingStart:
                    return Type.MAP_START;
                case MappingEnd:
                    return Type.MAP_END;
                case SequenceStart:
                    return Type.LIST_START;
                case SequenceEnd:
                    return Type.LIST_END;
                case Scalar:
                    return Type.SCALAR;
                case Alias:
                    return Type.ALIAS;
                default:
                    // Stream and document boundaries, comments: not structure.
                    break;
            }
        }
    }

    @Override
    public int line() {
        if (current == null) {
            return 0;
        }
        Optional<Mark> mark = current.getStartMark();
        return mark.isPresent() ? mark.get().getLine() + 1 : 0;
    }

    @Override
    public int column() {
        if (current == null) {
            return 0;
        }
        Optional<Mark> mark = current.getStartMark();
        return mark.isPresent() ? mark.get().getColumn() + 1 : 0;
    }

    @Override
    public String text() {
        if (current instanceof ScalarEvent) {
            return ((ScalarEvent) current).getValue();
        }
        if (current instanceof AliasEvent) {
            return ((AliasEvent) current).getAlias().getValue();
        }
        throw new IllegalStateException("not a scalar or an alias: " + current);
    }

    @Override
    public Node.ScalarKind kind() {
        ScalarEvent s = (ScalarEvent) current;
        if (!s.isPlain() || s.getTag().isPresent()) {
            return Node.ScalarKind.STRING;
        }
        return plainKind(s.getValue());
    }

    /**
     * The kind of a plain scalar under the YAML 1.2 core schema, exactly as snakeyaml-engine's
     * {@link CoreScalarResolver} finds it (null, boolean, integer and float patterns), scanned by
     * hand: its regular expressions were a seventh of reading a large index.
     *
     * @param v the scalar's text
     * @return its kind
     */
    static Node.ScalarKind plainKind(String v) {
        switch (v) {
            case "":
            case " ":
            case "~":
            case "null":
            case "Null":
            case "NULL":
                return Node.ScalarKind.NULL;
            case "true":
            case "True":
            case "TRUE":
            case "false":
            case "False":
            case "FALSE":
                return Node.ScalarKind.BOOLEAN;
            default:
                return isInt(v) || isFloat(v) ? Node.ScalarKind.NUMBER : Node.ScalarKind.STRING;
        }
    }

    /** {@code [-+]?[0-9]+ | 0o[0-7]+ | 0x[0-9a-fA-F]+}. */
    private static boolean isInt(String v) {
        int n = v.length();
        if (n > 2 && v.charAt(0) == '0' && (v.charAt(1) == 'o' || v.charAt(1) == 'x')) {
            boolean hex = v.charAt(1) == 'x';
            for (int i = 2; i < n; i++) {
                char c = v.charAt(i);
                boolean ok = hex ? (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')
                        : c >= '0' && c <= '7';
                if (!ok) {
                    return false;
                }
            }
            return true;
        }
        int i = n > 0 && (v.charAt(0) == '-' || v.charAt(0) == '+') ? 1 : 0;
        return digits(v, i) == n && n > i;
    }

    /**
     * {@code [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)? | [-+]?\.(inf|Inf|INF) | \.(nan|NaN|NAN)}.
     */
    private static boolean isFloat(String v) {
        int n = v.length();
        if (v.equals(".nan") || v.equals(".NaN") || v.equals(".NAN")) {
            return true;
        }
        int i = n > 0 && (v.charAt(0) == '-' || v.charAt(0) == '+') ? 1 : 0;
        String rest = v.substring(i);
        if (rest.equals(".inf") || rest.equals(".Inf") || rest.equals(".INF")) {
            return true;
        }
        if (i < n && v.charAt(i) == '.') {
            int end = digits(v, i + 1);
            if (end == i + 1) {
                return false;
            }
            i = end;
        } else {
            int end = digits(v, i);
            if (end == i) {
                return false;
            }
            i = end;
            if (i < n && v.charAt(i) == '.') {
                i = digits(v, i + 1);
            }
        }
        if (i < n && (v.charAt(i) == 'e' || v.charAt(i) == 'E')) {
            i++;
            if (i < n && (v.charAt(i) == '-' || v.charAt(i) == '+')) {
                i++;
            }
            int end = digits(v, i);
            if (end == i) {
                return false;
            }
            i = end;
        }
        return i == n;
    }

    /** The index after the run of ASCII digits starting at {@code from}. */
    private static int digits(String v, int from) {
        int i = from;
        while (i < v.length() && v.charAt(i) >= '0' && v.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    @Override
    public String anchor() {
        if (current instanceof ScalarEvent || current instanceof CollectionStartEvent) {
            return ((NodeEvent) current).getAnchor().map(Anchor::getValue).orElse(null);
        }
        return null;
    }

    @Override
    public String tag() {
        Optional<String> tag = Optional.empty();
        if (current instanceof ScalarEvent) {
            tag = ((ScalarEvent) current).getTag();
        } else if (current instanceof CollectionStartEvent) {
            tag = ((CollectionStartEvent) current).getTag();
        }
        return tag.orElse(null);
    }

    @Override
    public boolean reportsEveryAnchor() {
        return true;
    }

    @Override
    public boolean isYaml() {
        return true;
    }

    @Override
    public void close() {
        // The parser holds no resources of its own; the caller closes its reader.
    }

    private ProfileParseException translate(YamlEngineException e) {
        if (e.getCause() instanceof CharacterCodingException) {
            return fail(0, 0, "the input is not valid UTF-8 text",
                    "ProfileKit reads UTF-8 text; the file may be binary or in another encoding", e);
        }
        if (e.getCause() instanceof IOException) {
            throw new UncheckedIOException((IOException) e.getCause());
        }
        if (e instanceof MarkedYamlEngineException) {
            MarkedYamlEngineException m = (MarkedYamlEngineException) e;
            String problem = m.getProblem() == null ? firstLine(m.getMessage()) : m.getProblem().trim();
            // Something left open at the end of the input is best shown where it was opened.
            Optional<Mark> mark = (problem.contains("end of stream") || problem.contains("<stream end>"))
                    && m.getContextMark().isPresent() ? m.getContextMark() : m.getProblemMark();
            String context = m.getContext() == null ? "" : " (" + m.getContext().trim() + ")";
            return fail(mark.map(x -> x.getLine() + 1).orElse(0), mark.map(x -> x.getColumn() + 1).orElse(0),
                    "not valid YAML: " + problem + context, hintFor(problem), e);
        }
        if (e instanceof ReaderException) {
            ReaderException r = (ReaderException) e;
            int[] place = place(r.getPosition());
            return fail(place[0], place[1], "not valid YAML: the character U+"
                    + String.format("%04X", r.getCodePoint()) + " is not allowed",
                    "the document holds control characters or binary data; ProfileKit reads UTF-8 text", e);
        }
        String message = firstLine(e.getMessage());
        if (message.contains("exceeds the limit")) {
            return fail(0, 0, "the document is larger than " + maxCodePoints + " characters", "", e);
        }
        return fail(line(), column(), "not valid YAML: " + message, "", e);
    }

    /** The 1-based line and column of a code-point offset into the text, when the text is known. */
    private int[] place(int codePointOffset) {
        if (text == null || codePointOffset < 0) {
            return new int[] {0, 0};
        }
        int line = 1;
        int column = 1;
        int i = 0;
        for (int cp = 0; cp < codePointOffset && i < text.length(); cp++) {
            char c = text.charAt(i);
            i += Character.charCount(text.codePointAt(i));
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }

    private static String hintFor(String problem) {
        if (problem.contains("TAB") || problem.contains("tab")) {
            return "indent with spaces, not tabs";
        }
        if (problem.contains("special characters") || problem.contains("code point")) {
            return "the document holds control characters or binary data; ProfileKit reads UTF-8 text";
        }
        return "";
    }
}
