package io.profilekit.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Argument checks that name the offending field. Internal: not part of ProfileKit's API. */
public final class Checks {
    private Checks() {
    }

    /**
     * Returns {@code value}, or throws a {@link NullPointerException} naming {@code field}.
     *
     * @param value the value to check
     * @param field the field or parameter name, e.g. {@code "layers[1].pack.name"}
     * @param <T> the value's type
     * @return value
     */
    public static <T> T notNull(T value, String field) {
        if (value == null) {
            throw new NullPointerException(field + " must not be null");
        }
        return value;
    }

    /**
     * Copies a collection into an unmodifiable list, rejecting null elements by index.
     *
     * @param values the values
     * @param field the field name used in messages
     * @param <T> element type
     * @return an unmodifiable copy
     */
    public static <T> List<T> copyNoNulls(Collection<? extends T> values, String field) {
        notNull(values, field);
        List<T> copy = new ArrayList<>(values.size());
        int i = 0;
        for (T value : values) {
            notNull(value, field + "[" + i + "]");
            copy.add(value);
            i++;
        }
        return List.copyOf(copy);
    }

    /**
     * Rejects blank text with an {@link IllegalArgumentException} naming the field.
     *
     * @param value text
     * @param field field name
     * @return value
     */
    public static String notBlank(String value, String field) {
        notNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }
}
