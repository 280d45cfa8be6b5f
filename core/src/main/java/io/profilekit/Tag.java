package io.profilekit;

import io.profilekit.internal.Checks;

import java.util.Objects;
import java.util.Optional;

/**
 * A profile tag: a key and an optional value, written {@code "key:value"} or {@code "key"}.
 *
 * <p>Palette sends tags as {@code metadata.labels} and copies them onto the cloud's VMs, where the
 * cloud's own tag rules apply; those rules are checked by the validator, not here. This type only
 * records what was written: {@link #parse(String)} splits at the <em>first</em> colon, so
 * {@code "url:https://x"} has key {@code url} and value {@code https://x}; an empty key is kept
 * (and reported by the validator).
 *
 * <pre>{@code
 * Tag owner = Tag.parse("owner:platform");  // key "owner", value "platform"
 * Tag dev = Tag.parse("dev");               // key "dev", no value
 * owner.toString();                         // "owner:platform"
 * }</pre>
 */
public final class Tag {
    private final String key;
    private final String value;

    private Tag(String key, String value) {
        this.key = key;
        this.value = value;
    }

    /**
     * Parses {@code "key:value"} or {@code "key"}, splitting at the first colon.
     *
     * @param text the tag text
     * @return the tag
     * @throws NullPointerException if {@code text} is null
     */
    public static Tag parse(String text) {
        Checks.notNull(text, "tag");
        int colon = text.indexOf(':');
        return colon < 0 ? new Tag(text, null) : new Tag(text.substring(0, colon), text.substring(colon + 1));
    }

    /**
     * A bare tag: a key without a value.
     *
     * @param key the key
     * @return the tag
     * @throws NullPointerException if {@code key} is null
     */
    public static Tag of(String key) {
        return new Tag(Checks.notNull(key, "tag.key"), null);
    }

    /**
     * A {@code key:value} tag.
     *
     * @param key the key
     * @param value the value (may be empty)
     * @return the tag
     * @throws NullPointerException if either is null
     */
    public static Tag of(String key, String value) {
        return new Tag(Checks.notNull(key, "tag.key"), Checks.notNull(value, "tag.value"));
    }

    /**
     * The key: the text before the first colon, or the whole text.
     *
     * @return the key, possibly empty
     */
    public String key() {
        return key;
    }

    /**
     * The value: the text after the first colon.
     *
     * @return the value, or empty for a bare tag
     */
    public Optional<String> value() {
        return Optional.ofNullable(value);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Tag)) {
            return false;
        }
        Tag other = (Tag) o;
        return key.equals(other.key) && Objects.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, value);
    }

    /**
     * The tag as written: {@code "key:value"} or {@code "key"}.
     *
     * @return the text form, which {@link #parse(String)} reads back to an equal tag unless the key
     *     holds a colon (possible with {@link #of(String, String)}, as in a Palette label {@code "a:b"});
     *     ProfileKit YAML refuses to write such a key rather than change it
     */
    @Override
    public String toString() {
        return value == null ? key : key + ":" + value;
    }
}
