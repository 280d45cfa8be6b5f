package io.profilekit.yaml.internal;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes an {@link Out} document as YAML by hand, so ProfileKit decides every scalar's style:
 * multi-line text becomes a literal block scalar ({@code |}, with the chomping indicator
 * {@code -}/{@code +} and an indentation indicator when needed) whenever the block reads back
 * byte for byte; otherwise, and for text that YAML would read as something else, a double-quoted
 * scalar with escapes.
 */
public final class YamlEmitter {
    private static final int INDENT = 2;
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_/][A-Za-z0-9 _./@+=()-]*(:[A-Za-z0-9_./@+=()-]+)*");
    /** Dotted versions such as 1.2.0 or 1.31.2-rev2: never a YAML number, timestamp or other non-text. */
    private static final Pattern DOTTED_VERSION = Pattern.compile("[0-9]+(\\.[0-9A-Za-z]+){2,}([-+][0-9A-Za-z.-]+)?");
    private static final Pattern SPECIAL = Pattern.compile(
            "(?i)(null|true|false|yes|no|on|off|y|n|~|\\.inf|\\.nan|[-+]?\\.inf)");

    private YamlEmitter() {
    }

    /**
     * Writes a document.
     *
     * @param doc the document (a mapping)
     * @return the YAML text, ending with a line break
     */
    public static String write(Out.OMap doc) {
        StringBuilder sb = new StringBuilder();
        mapBody(sb, doc, 0, false);
        return sb.toString();
    }

    private static void mapBody(StringBuilder sb, Out.OMap map, int indent, boolean firstInline) {
        boolean first = true;
        for (Map.Entry<String, Out> e : map.entries().entrySet()) {
            if (!(first && firstInline)) {
                spaces(sb, indent);
            }
            first = false;
            sb.append(e.getKey()).append(':');
            value(sb, e.getValue(), indent);
        }
    }

    /** Writes what follows "key:" for a key at the given indent. */
    private static void value(StringBuilder sb, Out v, int indent) {
        if (v instanceof Out.OMap) {
            Out.OMap m = (Out.OMap) v;
            if (m.entries().isEmpty()) {
                sb.append(" {}\n");
                return;
            }
            sb.append('\n');
            mapBody(sb, m, indent + INDENT, false);
        } else if (v instanceof Out.OList) {
            Out.OList l = (Out.OList) v;
            if (l.items().isEmpty()) {
                sb.append(" []\n");
                return;
            }
            sb.append('\n');
            for (Out item : l.items()) {
                spaces(sb, indent + INDENT);
                sb.append("- ");
                if (item instanceof Out.OMap && !((Out.OMap) item).entries().isEmpty()) {
                    mapBody(sb, (Out.OMap) item, indent + 2 * INDENT, true);
                } else if (item instanceof Out.OText) {
                    sb.append(scalar(((Out.OText) item).text())).append('\n');
                } else if (item instanceof Out.OBool) {
                    sb.append(((Out.OBool) item).value()).append('\n');
                } else {
                    sb.append(item instanceof Out.OMap ? "{}" : "[]").append('\n');
                }
            }
        } else if (v instanceof Out.OBool) {
            sb.append(' ').append(((Out.OBool) v).value()).append('\n');
        } else {
            Out.OText t = (Out.OText) v;
            if (t.block() && blockExact(t.text())) {
                block(sb, t.text(), indent);
            } else {
                sb.append(' ').append(scalar(t.text())).append('\n');
            }
        }
    }

    private static void block(StringBuilder sb, String text, int indent) {
        sb.append(" |");
        char first = text.charAt(0);
        if (first == ' ' || first == '\n') {
            sb.append(INDENT);
        }
        int trailing = 0;
        while (trailing < text.length() && text.charAt(text.length() - 1 - trailing) == '\n') {
            trailing++;
        }
        if (trailing == 0) {
            sb.append('-');
        } else if (trailing > 1) {
            sb.append('+');
        }
        sb.append('\n');
        String body = text.substring(0, text.length() - trailing);
        int start = 0;
        while (start <= body.length()) {
            int nl = body.indexOf('\n', start);
            String line = nl < 0 ? body.substring(start) : body.substring(start, nl);
            if (!line.isEmpty()) {
                spaces(sb, indent + INDENT);
                sb.append(line);
            }
            sb.append('\n');
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        // Keep-chomped trailing line breaks beyond the last content line's own.
        for (int i = 1; i < trailing; i++) {
            sb.append('\n');
        }
    }

    /**
     * Whether a literal block scalar reads back as exactly this text: some content besides line
     * breaks, only printable characters other than tabs, no carriage returns or Unicode line
     * separators, and no line ending in a space.
     *
     * @param text the text
     * @return true if a block scalar is exact
     */
    public static boolean blockExact(String text) {
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
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || c == '\uFEFF'
                    || c == '\uFFFE' || c == '\uFFFF') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
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
     * A one-line scalar: plain when YAML reads it back as the same text, double-quoted otherwise.
     *
     * @param text the text
     * @return the scalar as written in YAML
     */
    public static String scalar(String text) {
        if (DOTTED_VERSION.matcher(text).matches()) {
            return text;
        }
        if (!text.isEmpty() && !text.endsWith(" ") && PLAIN.matcher(text).matches() && !SPECIAL.matcher(text).matches()
                && !text.contains(" -") && !text.contains("  ")) {
            return text;
        }
        return quoted(text);
    }

    /**
     * A double-quoted scalar with every character YAML would not keep as-is escaped.
     *
     * @param text the text
     * @return the quoted scalar
     */
    public static String quoted(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"':
                    sb.append("\\\"");
                    break;
                case '\\':
                    sb.append("\\\\");
                    break;
                case '\n':
                    sb.append("\\n");
                    break;
                case '\t':
                    sb.append("\\t");
                    break;
                case '\r':
                    sb.append("\\r");
                    break;
                case '\0':
                    sb.append("\\0");
                    break;
                default:
                    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                        sb.append(String.format("\\x%02X", (int) c));
                    } else if (c == '\u2028' || c == '\u2029' || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF'
                            || (Character.isHighSurrogate(c)
                                && (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))))
                            || (Character.isLowSurrogate(c)
                                && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))))) {
                        sb.append(String.format("\\u%04X", (int) c));
                    } else {
                        sb.append(c);
                    }
            }
        }
        return sb.append('"').toString();
    }

    private static void spaces(StringBuilder sb, int n) {
        for (int i = 0; i < n; i++) {
            sb.append(' ');
        }
    }
}
