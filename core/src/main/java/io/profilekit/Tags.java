package io.profilekit;

import io.profilekit.internal.Checks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The tags of a profile: an immutable, ordered collection with unique keys.
 *
 * <p>Tags keep the order in which they were given. Keys are unique exactly (case-sensitively);
 * whether two keys that differ only in case clash depends on the cloud and is the validator's
 * business. The one exception is {@link #copyOfAll(Collection)}: a document read for validation
 * may give a key twice, and the readers keep both so that the validator reports
 * {@code TAG_KEY_DUPLICATE} beside every other problem; building such a profile with
 * {@code build()} refuses it.
 *
 * <pre>{@code
 * Tags tags = Tags.of("owner:platform", "env:prod", "dev");
 * tags.get("env");       // Optional[env:prod]
 * tags.toString();       // "[owner:platform, env:prod, dev]"
 * }</pre>
 */
public final class Tags implements Iterable<Tag> {
    private static final Tags EMPTY = new Tags(List.of());

    private final List<Tag> tags;

    private Tags(List<Tag> tags) {
        this.tags = tags;
    }

    /**
     * No tags.
     *
     * @return the empty tags
     */
    public static Tags empty() {
        return EMPTY;
    }

    /**
     * Tags parsed from {@code "key:value"} or {@code "key"} strings.
     *
     * @param texts the tag texts, in order
     * @return the tags
     * @throws NullPointerException if any text is null
     * @throws IllegalArgumentException if two tags have the same key
     */
    public static Tags of(String... texts) {
        Checks.notNull(texts, "tags");
        List<Tag> parsed = new ArrayList<>(texts.length);
        for (int i = 0; i < texts.length; i++) {
            parsed.add(Tag.parse(Checks.notNull(texts[i], "tags[" + i + "]")));
        }
        return copyOf(parsed);
    }

    /**
     * Tags holding the given tags, in order.
     *
     * @param tags the tags
     * @return the tags
     * @throws NullPointerException if the collection or an element is null
     * @throws IllegalArgumentException if two tags have the same key, naming both positions
     */
    public static Tags copyOf(Collection<Tag> tags) {
        List<Tag> copy = Checks.copyNoNulls(tags, "tags");
        if (copy.isEmpty()) {
            return EMPTY;
        }
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < copy.size(); i++) {
            Integer earlier = seen.putIfAbsent(copy.get(i).key(), i);
            if (earlier != null) {
                throw new IllegalArgumentException("duplicate tag key '" + copy.get(i).key() + "' at tags["
                        + earlier + "] and tags[" + i + "]; each key may appear once");
            }
        }
        return new Tags(copy);
    }

    /**
     * Tags holding the given tags, in order, a key given twice included — as a document may hold
     * them. Readers use it so that one validation run reports a duplicate key beside every other
     * problem (as {@code TAG_KEY_DUPLICATE}); {@link #get(String)} answers with the first.
     *
     * <pre>{@code
     * Tags read = Tags.copyOfAll(List.of(Tag.parse("team:a"), Tag.parse("team:b")));
     * read.hasDuplicateKeys();   // true
     * }</pre>
     *
     * @param tags the tags
     * @return the tags
     * @throws NullPointerException if the collection or an element is null
     */
    public static Tags copyOfAll(Collection<Tag> tags) {
        List<Tag> copy = Checks.copyNoNulls(tags, "tags");
        return copy.isEmpty() ? EMPTY : new Tags(copy);
    }

    /**
     * Whether a key is given twice (only {@link #copyOfAll(Collection)} makes such tags).
     *
     * @return true if two tags have the same key
     */
    public boolean hasDuplicateKeys() {
        return duplicate().isPresent();
    }

    /** The first key given twice, as {@code "key' at tags[i] and tags[j]"}. */
    Optional<String> duplicate() {
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < tags.size(); i++) {
            Integer earlier = seen.putIfAbsent(tags.get(i).key(), i);
            if (earlier != null) {
                return Optional.of("duplicate tag key '" + tags.get(i).key() + "' at tags[" + earlier + "] and tags["
                        + i + "]; each key may appear once");
            }
        }
        return Optional.empty();
    }

    /**
     * The tag with the given key.
     *
     * @param key the key, compared exactly
     * @return the tag, or empty
     */
    public Optional<Tag> get(String key) {
        return tags.stream().filter(t -> t.key().equals(key)).findFirst();
    }

    /**
     * Whether a tag has the given key.
     *
     * @param key the key, compared exactly
     * @return true if present
     */
    public boolean containsKey(String key) {
        return get(key).isPresent();
    }

    /**
     * The tags in order.
     *
     * @return an unmodifiable list
     */
    public List<Tag> asList() {
        return tags;
    }

    /**
     * The number of tags.
     *
     * @return the size
     */
    public int size() {
        return tags.size();
    }

    /**
     * Whether there are no tags.
     *
     * @return true if empty
     */
    public boolean isEmpty() {
        return tags.isEmpty();
    }

    @Override
    public Iterator<Tag> iterator() {
        return tags.iterator();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tags && ((Tags) o).tags.equals(tags);
    }

    @Override
    public int hashCode() {
        return tags.hashCode();
    }

    @Override
    public String toString() {
        return tags.stream().map(Tag::toString).collect(Collectors.joining(", ", "[", "]"));
    }
}
