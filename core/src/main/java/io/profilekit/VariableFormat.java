package io.profilekit;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The format of a {@link ProfileVariable}'s value, Palette's {@code V1VariableFormat}; set when the
 * variable is created. The validator checks a variable's default against it.
 */
public enum VariableFormat {
    /** Any text (the default), wire name {@code string}. */
    STRING,
    /** A number, wire name {@code number}. */
    NUMBER,
    /** {@code true} or {@code false}, wire name {@code boolean}. */
    BOOLEAN,
    /** An IPv4 address, wire name {@code ipv4}. */
    IPV4,
    /** An IPv4 network in CIDR notation, wire name {@code ipv4cidr}. */
    IPV4CIDR,
    /** An IPv6 address, wire name {@code ipv6}. */
    IPV6,
    /** A version such as {@code 1.2.3}, wire name {@code version}. */
    VERSION,
    /** Base64 text, wire name {@code base64}. */
    BASE64;

    /**
     * The name Palette's API uses.
     *
     * @return e.g. {@code "ipv4cidr"}
     */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The format with a wire name (case-insensitive).
     *
     * @param wireName e.g. {@code "number"}
     * @return the format, or empty
     */
    public static Optional<VariableFormat> fromWireName(String wireName) {
        Objects.requireNonNull(wireName, "wireName");
        return Arrays.stream(values()).filter(f -> f.wireName().equalsIgnoreCase(wireName)).findFirst();
    }

    @Override
    public String toString() {
        return wireName();
    }
}
