package io.profilekit;

import io.profilekit.internal.Checks;

/**
 * One choice of a dropdown {@link ProfileVariable}, Palette's {@code V1VariableOption}.
 *
 * @param label what the console shows
 * @param value the value chosen
 * @param description a longer description; empty if none
 * @param isDefault whether Palette marks it as the default (read-only in Palette's API)
 */
public record VariableOption(String label, String value, String description, boolean isDefault) {
    /**
     * Creates an option.
     *
     * @param label what the console shows
     * @param value the value chosen
     * @param description a longer description; empty if none
     * @param isDefault whether it is marked as the default
     * @throws NullPointerException if a text component is null
     */
    public VariableOption {
        Checks.notNull(label, "option.label");
        Checks.notNull(value, "option.value");
        Checks.notNull(description, "option.description");
    }

    /**
     * An option with its label and value, no description, not marked as default.
     *
     * @param label what the console shows
     * @param value the value chosen
     * @return the option
     */
    public static VariableOption of(String label, String value) {
        return new VariableOption(label, value, "", false);
    }
}
