package io.profilekit.rules;

import io.profilekit.internal.Checks;

import java.lang.Character.UnicodeScript;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Makes text from documents and registries safe to show in a terminal or a log: the one place
 * ProfileKit escapes what it did not write itself. Control characters (escape sequences that
 * recolour or retitle a terminal, carriage returns and line breaks that forge lines), Unicode
 * format characters (bidirectional overrides that reorder what is shown, zero-width characters)
 * and line and paragraph separators become visible escapes such as {@code \e}, {@code \n} or
 * {@code \u202E}; everything else, non-Latin letters included, is kept. Escaping escaped text
 * changes nothing more. Messages, warnings and reports that ProfileKit builds pass user text
 * through here; the command line passes every line it prints to a person.
 *
 * <pre>{@code
 * SafeText.escape("de\u001B[31mscription");   // "de\\e[31mscription"
 * SafeText.quote("cni-cаlico");               // "'cni-cаlico'"
 * SafeText.mixedScripts("cni-cаlico");         // Optional["mixes Latin and Cyrillic (а U+0430)"]
 * }</pre>
 */
public final class SafeText {
    /** The most characters {@link #quote(String)} shows before cutting the text short. */
    public static final int MAX_QUOTED = 200;

    private SafeText() {
    }

    /**
     * The text with every character that could act on a terminal or forge a line made visible.
     *
     * @param text any text
     * @return the text, escaped
     */
    public static String escape(String text) {
        Checks.notNull(text, "text");
        if (isSafe(text)) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            append(sb, cp);
        }
        return sb.toString();
    }

    /**
     * The text escaped and in single quotes, cut after {@value #MAX_QUOTED} characters (saying how
     * long it was), for quoting user text inside a message.
     *
     * @param text any text
     * @return e.g. {@code 'cni-calic0'}
     */
    public static String quote(String text) {
        Checks.notNull(text, "text");
        StringBuilder sb = new StringBuilder(Math.min(text.length(), MAX_QUOTED) + 16).append('\'');
        int count = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (count == MAX_QUOTED) {
                sb.append("'… (").append(text.codePointCount(0, text.length())).append(" characters)");
                return sb.toString();
            }
            count++;
            append(sb, cp);
        }
        return sb.append('\'').toString();
    }

    /**
     * Whether a name mixes letters of several scripts — {@code cni-cаlico} with a Cyrillic
     * {@code а} looks exactly like {@code cni-calico} — and which.
     *
     * @param name a name such as a pack's
     * @return e.g. {@code "mixes Latin and Cyrillic (а U+0430)"}; empty if its letters share one script
     */
    public static Optional<String> mixedScripts(String name) {
        Checks.notNull(name, "name");
        Map<UnicodeScript, Integer> first = new LinkedHashMap<>();
        int i = 0;
        while (i < name.length()) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                UnicodeScript script = UnicodeScript.of(cp);
                if (script != UnicodeScript.COMMON && script != UnicodeScript.INHERITED) {
                    first.putIfAbsent(script, cp);
                }
            }
        }
        if (first.size() < 2) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder("mixes ");
        int n = 0;
        StringBuilder examples = new StringBuilder();
        for (Map.Entry<UnicodeScript, Integer> e : first.entrySet()) {
            sb.append(n == 0 ? "" : n == first.size() - 1 ? " and " : ", ").append(scriptName(e.getKey()));
            if (n > 0) {
                examples.append(examples.length() == 0 ? "" : ", ").appendCodePoint(e.getValue())
                        .append(String.format(Locale.ROOT, " U+%04X", e.getValue()));
            }
            n++;
        }
        return Optional.of(sb.append(" (").append(examples).append(')').toString());
    }

    private static String scriptName(UnicodeScript script) {
        String s = script.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static boolean isSafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || Character.getType(c) == Character.FORMAT
                    || c == '\u2028' || c == '\u2029') {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (Character.getType(text.codePointAt(i)) == Character.FORMAT) {
                    return false;   // e.g. the invisible tag characters U+E0001–U+E007F
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static void append(StringBuilder sb, int cp) {
        switch (cp) {
            case '\n':
                sb.append("\\n");
                return;
            case '\r':
                sb.append("\\r");
                return;
            case '\t':
                sb.append("\\t");
                return;
            case 0x1B:
                sb.append("\\e");
                return;
            default:
                break;
        }
        int type = Character.getType(cp);
        if (Character.isISOControl(cp) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE) {
            for (char c : Character.toChars(cp)) {
                sb.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            }
        } else {
            sb.appendCodePoint(cp);
        }
    }
}
