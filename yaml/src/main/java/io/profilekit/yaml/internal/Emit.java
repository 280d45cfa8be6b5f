package io.profilekit.yaml.internal;

import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.emitter.Emitter;
import org.snakeyaml.engine.v2.events.DocumentEndEvent;
import org.snakeyaml.engine.v2.events.DocumentStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ImplicitTuple;
import org.snakeyaml.engine.v2.events.MappingEndEvent;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.events.SequenceEndEvent;
import org.snakeyaml.engine.v2.events.SequenceStartEvent;
import org.snakeyaml.engine.v2.events.StreamEndEvent;
import org.snakeyaml.engine.v2.events.StreamStartEvent;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one writer: an {@link Out} tree to YAML (through snakeyaml-engine's emitter), to JSON
 * (through Jackson's streaming generator), or to any Jackson generator (a user's mapper, through
 * {@link ModelSerializers}).
 *
 * <p>YAML scalar styles are ProfileKit's choice, made per value so that every text reads back
 * byte for byte: multi-line values and manifests become literal block scalars (the emitter adds
 * the chomping and indentation indicators) whenever a block reads back exactly; text YAML would
 * read as something else (a number, a boolean, null), and text a block cannot carry (tabs,
 * trailing spaces, control and line-separator characters), is double-quoted with escapes;
 * everything else is plain. Jackson's own YAML generator is not used for documents: it writes every
 * multi-line text as a block, and a block holding U+0085 does not read back as written.
 */
public final class Emit {
    /** Text that YAML reads back as the same text when written plain. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_/][A-Za-z0-9 _./@+=()-]*(:[A-Za-z0-9_./@+=()-]+)*");
    /** Dotted versions such as 1.2.0 or 1.31.2-rev2: never a YAML number, timestamp or other non-text. */
    private static final Pattern DOTTED_VERSION = Pattern.compile("[0-9]+(\\.[0-9A-Za-z]+){2,}([-+][0-9A-Za-z.-]+)?");
    /** Words YAML 1.1 or 1.2 reads as booleans, null or special numbers. */
    private static final Pattern SPECIAL = Pattern.compile(
            "(?i)(null|true|false|yes|no|on|off|y|n|~|\\.inf|\\.nan|[-+]?\\.inf)");
    private static final DumpSettings YAML = DumpSettings.builder()
            .setIndent(2)
            .setIndicatorIndent(2)
            .setIndentWithIndicator(true)
            .setSplitLines(false)
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .build();
    private static final ImplicitTuple UNTAGGED = new ImplicitTuple(true, true);
    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            return new DefaultPrettyPrinter();
        }
    };

    private Emit() {
    }

    /**
     * Writes YAML documents, separated by {@code ---}.
     *
     * @param docs the documents
     * @return the YAML text, ending with a line break
     */
    public static String yaml(List<Out.OMap> docs) {
        List<Event> events = new ArrayList<>();
        events.add(new StreamStartEvent());
        for (int i = 0; i < docs.size(); i++) {
            events.add(new DocumentStartEvent(i > 0, Optional.empty(), Map.of()));
            yaml(docs.get(i), events);
            events.add(new DocumentEndEvent(false));
        }
        events.add(new StreamEndEvent());
        StringBuilder sb = new StringBuilder();
        Emitter emitter = new Emitter(YAML, new StreamDataWriter() {
            @Override
            public void write(String str) {
                sb.append(str);
            }

            @Override
            public void write(String str, int off, int len) {
                sb.append(str, off, off + len);
            }
        });
        events.forEach(emitter::emit);
        return terminalSafe(sb);
    }

    /**
     * Escapes, as a backslash, {@code u} and four hex digits, the characters YAML lets a double-quoted scalar hold raw but a
     * terminal acts on or shows misleadingly: C1 controls, U+0085, line and paragraph separators and
     * format characters such as bidirectional overrides. Only double-quoted scalars can hold them
     * (plain scalars are ASCII and {@link #blockExact(String)} keeps them out of blocks), and there
     * the escape reads back as the same character.
     */
    private static String terminalSafe(StringBuilder yaml) {
        StringBuilder out = null;
        for (int i = 0; i < yaml.length(); i++) {
            char c = yaml.charAt(i);
            boolean escape = unsafeForTerminal(c) || (Character.isSurrogate(c) && Character.getType(
                    yaml.codePointAt(Character.isLowSurrogate(c) && i > 0 ? i - 1 : i)) == Character.FORMAT);
            if (escape && out == null) {
                out = new StringBuilder(yaml.length() + 16).append(yaml, 0, i);
            }
            if (out != null) {
                if (escape) {
                    out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? yaml.toString() : out.toString();
    }

    private static boolean unsafeForTerminal(char c) {
        return (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || Character.getType(c) == Character.FORMAT;
    }

    private static void yaml(Out out, List<Event> events) {
        if (out instanceof Out.OMap) {
            events.add(new MappingStartEvent(Optional.empty(), Optional.empty(), true, FlowStyle.BLOCK));
            for (Map.Entry<String, Out> e : ((Out.OMap) out).entries().entrySet()) {
                events.add(scalar(e.getKey(), false));
                yaml(e.getValue(), events);
            }
            events.add(new MappingEndEvent());
        } else if (out instanceof Out.OList) {
            events.add(new SequenceStartEvent(Optional.empty(), Optional.empty(), true, FlowStyle.BLOCK));
            for (Out item : ((Out.OList) out).items()) {
                yaml(item, events);
            }
            events.add(new SequenceEndEvent());
        } else if (out instanceof Out.OBool) {
            events.add(new ScalarEvent(Optional.empty(), Optional.empty(), UNTAGGED,
                    String.valueOf(((Out.OBool) out).value()), ScalarStyle.PLAIN));
        } else {
            Out.OText t = (Out.OText) out;
            events.add(scalar(t.text(), t.block()));
        }
    }

    private static ScalarEvent scalar(String text, boolean block) {
        ScalarStyle style = block && blockExact(text) ? ScalarStyle.LITERAL
                : plain(text) ? ScalarStyle.PLAIN : ScalarStyle.DOUBLE_QUOTED;
        return new ScalarEvent(Optional.empty(), Optional.empty(), UNTAGGED, text, style);
    }

    /**
     * Whether text written plain reads back as the same text in YAML 1.1 and 1.2.
     *
     * @param text the text
     * @return true if no quotes are needed
     */
    static boolean plain(String text) {
        if (DOTTED_VERSION.matcher(text).matches()) {
            return true;
        }
        return !text.isEmpty() && !text.endsWith(" ") && PLAIN.matcher(text).matches()
                && !SPECIAL.matcher(text).matches() && !text.contains(" -") && !text.contains("  ");
    }

    /**
     * Whether a literal block scalar reads back as exactly this text: some content besides line
     * breaks, only printable characters other than tabs, no carriage returns, U+0085 or Unicode
     * line separators, and no line ending in a space.
     *
     * @param text the text
     * @return true if a block scalar is exact
     */
    static boolean blockExact(String text) {
        boolean content = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (i > 0 && text.charAt(i - 1) == ' ') {
                    return false;
                }
                continue;
            }
            content = true;
            if (c < 0x20 || unsafeForTerminal(c) || c == '\uFFFE' || c == '\uFFFF') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
                        || Character.getType(text.codePointAt(i)) == Character.FORMAT) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return content && !text.endsWith(" ");
    }

    /**
     * Writes one document, or several as an array, as pretty-printed JSON.
     *
     * @param docs the documents
     * @param array whether to write an array (of any number of documents)
     * @return the JSON text, ending with a line break
     */
    public static String json(List<? extends Out> docs, boolean array) {
        StringWriter w = new StringWriter();
        try (JsonGenerator gen = JSON.createGenerator(PRETTY, w)) {
            if (array) {
                gen.writeStartArray();
                for (Out doc : docs) {
                    write(doc, gen);
                }
                gen.writeEndArray();
            } else {
                write(docs.get(0), gen);
            }
        }
        return w.append('\n').toString();
    }

    /**
     * Pretty-printed JSON written by a body of generator calls.
     *
     * @param body writes one JSON value
     * @return the JSON text, ending with a line break
     */
    public static String json(java.util.function.Consumer<JsonGenerator> body) {
        StringWriter w = new StringWriter();
        try (JsonGenerator gen = JSON.createGenerator(PRETTY, w)) {
            body.accept(gen);
        }
        return w.append('\n').toString();
    }

    /**
     * Writes a tree to a generator: a ProfileKit generator or the one of a user's mapper.
     *
     * @param out the tree
     * @param gen the generator
     */
    public static void write(Out out, JsonGenerator gen) {
        if (out instanceof Out.OMap) {
            gen.writeStartObject();
            for (Map.Entry<String, Out> e : ((Out.OMap) out).entries().entrySet()) {
                gen.writeName(e.getKey());
                write(e.getValue(), gen);
            }
            gen.writeEndObject();
        } else if (out instanceof Out.OList) {
            gen.writeStartArray();
            for (Out item : ((Out.OList) out).items()) {
                write(item, gen);
            }
            gen.writeEndArray();
        } else if (out instanceof Out.OBool) {
            gen.writeBoolean(((Out.OBool) out).value());
        } else {
            gen.writeString(((Out.OText) out).text());
        }
    }
}
