package io.profilekit.internal;

import java.util.Optional;

/**
 * Reads one setting of the {@code pack:} mapping of a layer's values — such as
 * {@code spectrocloud.com/install-priority} or {@code spectrocloud.com/display-name} — without a
 * YAML library (core has none): the values are scanned line by line for a top-level {@code pack:}
 * written in block style, as Palette's documentation and packs write it, and for the setting
 * among its direct children, plain or quoted. A {@code pack:} written in flow style
 * ({@code pack: {a: b}}) is not read. Internal: not part of ProfileKit's API.
 */
public final class PackSettings {
    private PackSettings() {
    }

    /**
     * The text of a setting directly under the top-level {@code pack:} mapping.
     *
     * @param values the values YAML
     * @param key the setting's key, e.g. {@code "spectrocloud.com/install-priority"}
     * @return the value's text, unquoted; empty if the values have no such setting
     */
    public static Optional<String> find(String values, String key) {
        String[] lines = values.split("\r?\n", -1);
        boolean inPack = false;
        int childIndent = -1;
        for (String line : lines) {
            if (isBlankOrComment(line)) {
                continue;
            }
            int indent = indent(line);
            if (indent == 0) {
                if (line.startsWith("---") || line.startsWith("...")) {
                    inPack = false;
                    continue;
                }
                String[] kv = keyValue(line);
                inPack = kv != null && kv[0].equals("pack") && kv[1].isEmpty();
                childIndent = -1;
                continue;
            }
            if (!inPack) {
                continue;
            }
            if (childIndent < 0) {
                childIndent = indent;
            }
            if (indent != childIndent) {
                continue; // nested deeper
            }
            String[] kv = keyValue(line.substring(indent));
            if (kv != null && kv[0].equals(key)) {
                return kv[1].isEmpty() ? Optional.empty() : Optional.of(kv[1]);
            }
        }
        return Optional.empty();
    }

    private static boolean isBlankOrComment(String line) {
        String t = line.strip();
        return t.isEmpty() || t.startsWith("#");
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** A {@code key: value} line as {key, value}, both unquoted; null if the line is not one. */
    private static String[] keyValue(String line) {
        int[] end = new int[1];
        String key = scalar(line, 0, end, true);
        if (key == null) {
            return null;
        }
        int i = end[0];
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        if (i >= line.length() || line.charAt(i) != ':' || (i + 1 < line.length() && line.charAt(i + 1) != ' ')) {
            return null;
        }
        i++;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        if (i >= line.length() || line.charAt(i) == '#') {
            return new String[] {key, ""};
        }
        String value = scalar(line, i, end, false);
        return value == null ? null : new String[] {key, value};
    }

    /**
     * A scalar starting at {@code from}: single- or double-quoted, or plain up to {@code ": "}
     * (keys) or to a comment (values). Sets {@code end[0]} to the index after it.
     */
    private static String scalar(String line, int from, int[] end, boolean isKey) {
        if (from >= line.length()) {
            return null;
        }
        char q = line.charAt(from);
        if (q == '\'' || q == '"') {
            StringBuilder sb = new StringBuilder();
            for (int i = from + 1; i < line.length(); i++) {
                char c = line.charAt(i);
                if (q == '\'' && c == '\'') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '\'') {
                        sb.append('\'');
                        i++;
                        continue;
                    }
                    end[0] = i + 1;
                    return sb.toString();
                }
                if (q == '"' && c == '\\' && i + 1 < line.length()) {
                    sb.append(line.charAt(++i));
                    continue;
                }
                if (q == '"' && c == '"') {
                    end[0] = i + 1;
                    return sb.toString();
                }
                sb.append(c);
            }
            return null;
        }
        if (isKey) {
            int colon = line.indexOf(':', from);
            while (colon >= 0 && colon + 1 < line.length() && line.charAt(colon + 1) != ' ') {
                colon = line.indexOf(':', colon + 1);
            }
            if (colon < 0) {
                return null;
            }
            end[0] = colon;
            return line.substring(from, colon).strip();
        }
        int hash = line.indexOf(" #", from);
        String text = (hash < 0 ? line.substring(from) : line.substring(from, hash)).strip();
        end[0] = line.length();
        return text;
    }
}
