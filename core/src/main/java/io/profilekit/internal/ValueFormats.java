package io.profilekit.internal;

import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Checks of the value formats Palette knows for profile variables and pack value schemas:
 * numbers, booleans, versions, IPv4 and IPv6 addresses, IPv4 CIDR blocks and base64 text.
 * Stateless and thread-safe. Internal.
 */
public final class ValueFormats {
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern VERSION = Pattern.compile("v?\\d+(\\.\\d+){0,3}(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?");
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]*={0,2}");

    private ValueFormats() {
    }

    /**
     * Checks a text.
     *
     * @param text the text
     * @return whether the text is a decimal number, e.g. {@code -1.5e3}
     */
    public static boolean number(String text) {
        return text.length() <= 400 && NUMBER.matcher(text).matches();
    }

    /**
     * Checks a text.
     *
     * @param text the text
     * @return whether the text is {@code true} or {@code false}, in any case
     */
    public static boolean bool(String text) {
        return text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false");
    }

    /**
     * Checks a text.
     *
     * @param text the text
     * @return whether the text is a version such as {@code 1.30.4} or {@code v1.2.3-rc.1}
     */
    public static boolean version(String text) {
        return text.length() <= 400 && VERSION.matcher(text).matches();
    }

    /**
     * Checks a text.
     *
     * @param text the text
     * @return whether the text is an IPv4 address such as {@code 10.0.0.1}
     */
    public static boolean ipv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (!upTo(p, 255)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Checks a text.
     *
     * @param text the text
     * @return whether the text is an IPv4 CIDR block such as {@code 10.0.0.0/16}
     */
    public static boolean ipv4Cidr(String text) {
        int slash = text.indexOf('/');
        return slash > 0 && ipv4(text.substring(0, slash)) && upTo(text.substring(slash + 1), 32);
    }

    /** A decimal number 0..max of at most three digits. */
    private static boolean upTo(String text, int max) {
        if (text.isEmpty() || text.length() > 3) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return Integer.parseInt(text) <= max;
    }

    /**
     * Checks a text.
     *
     * @param text the text
     * @return whether the text is an IPv6 address such as {@code fd00::1}
     */
    public static boolean ipv6(String text) {
        if (text.isEmpty() || text.indexOf(':') < 0 || text.length() > 64) {
            return false;
        }
        int doubleColon = text.indexOf("::");
        if (doubleColon >= 0 && text.indexOf("::", doubleColon + 1) >= 0) {
            return false;
        }
        String[] groups = text.split(":", -1);
        int count = 0;
        for (int i = 0; i < groups.length; i++) {
            String g = groups[i];
            if (g.isEmpty()) {
                continue;   // part of "::" (checked above), or a leading/trailing one beside it
            }
            if (i == groups.length - 1 && g.indexOf('.') >= 0) {
                if (!ipv4(g)) {
                    return false;
                }
                count += 2;
                continue;
            }
            if (g.length() > 4 || !g.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                return false;
            }
            count++;
        }
        if (text.startsWith(":") && !text.startsWith("::") || text.endsWith(":") && !text.endsWith("::")) {
            return false;
        }
        return doubleColon >= 0 ? count < 8 : count == 8;
    }

    /**
     * Checks a text.
     *
     * @param text the text
     * @return whether the text is padded base64, e.g. {@code aGVsbG8=}
     */
    public static boolean base64(String text) {
        if (text.length() % 4 != 0 || !BASE64.matcher(text).matches()) {
            return false;
        }
        try {
            Base64.getDecoder().decode(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
