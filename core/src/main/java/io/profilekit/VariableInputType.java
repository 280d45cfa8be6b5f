package io.profilekit;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** How Palette's console asks for a {@link ProfileVariable}'s value, Palette's {@code V1VariableInputType}. */
public enum VariableInputType {
    /** A one-line text field (the default), wire name {@code text}. */
    TEXT,
    /** A choice among the variable's {@linkplain ProfileVariable#options() options}, wire name {@code dropdown}. */
    DROPDOWN,
    /** A text area, wire name {@code multiline}. */
    MULTILINE;

    /**
     * The name Palette's API uses.
     *
     * @return e.g. {@code "dropdown"}
     */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The input type with a wire name (case-insensitive).
     *
     * @param wireName e.g. {@code "dropdown"}
     * @return the input type, or empty
     */
    public static Optional<VariableInputType> fromWireName(String wireName) {
        Objects.requireNonNull(wireName, "wireName");
        return Arrays.stream(values()).filter(f -> f.wireName().equalsIgnoreCase(wireName)).findFirst();
    }

    @Override
    public String toString() {
        return wireName();
    }
}
