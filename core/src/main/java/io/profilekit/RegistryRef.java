package io.profilekit;

import io.profilekit.internal.Checks;

import java.util.Objects;
import java.util.Optional;

/**
 * Names the pack registry a layer's pack comes from: by uid (Palette's 24-hex id, the registry's
 * identity), by name (a label such as {@code "Public Repo"}), or both.
 *
 * <pre>{@code
 * RegistryRef.byName("Public Repo");
 * RegistryRef.byUid("5e2031962f090e2d3d8a3290");
 * }</pre>
 */
public final class RegistryRef {
    private final String uid;
    private final String name;

    private RegistryRef(String uid, String name) {
        this.uid = uid;
        this.name = name;
    }

    /**
     * A reference by registry name.
     *
     * @param name the registry's name, e.g. {@code "Public Repo"}
     * @return the reference
     * @throws NullPointerException if {@code name} is null
     */
    public static RegistryRef byName(String name) {
        return new RegistryRef(null, Checks.notNull(name, "registry.name"));
    }

    /**
     * A reference by registry uid.
     *
     * @param uid the registry's uid
     * @return the reference
     * @throws NullPointerException if {@code uid} is null
     */
    public static RegistryRef byUid(String uid) {
        return new RegistryRef(Checks.notNull(uid, "registry.uid"), null);
    }

    /**
     * A reference by both uid and name (as Palette's export format carries them).
     *
     * @param uid the registry's uid
     * @param name the registry's name
     * @return the reference
     * @throws NullPointerException if either is null
     */
    public static RegistryRef of(String uid, String name) {
        return new RegistryRef(Checks.notNull(uid, "registry.uid"), Checks.notNull(name, "registry.name"));
    }

    /**
     * The registry's uid.
     *
     * @return the uid, or empty if the reference is by name only
     */
    public Optional<String> uid() {
        return Optional.ofNullable(uid);
    }

    /**
     * The registry's name.
     *
     * @return the name, or empty if the reference is by uid only
     */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RegistryRef)) {
            return false;
        }
        RegistryRef other = (RegistryRef) o;
        return Objects.equals(uid, other.uid) && Objects.equals(name, other.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(uid, name);
    }

    /**
     * The name, the uid, or {@code name (uid)}.
     *
     * @return a readable form
     */
    @Override
    public String toString() {
        if (uid == null) {
            return name;
        }
        return name == null ? uid : name + " (" + uid + ")";
    }
}
