package io.profilekit.registry;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * How a pack depends on another ({@code constraints.dependencies[].type} in {@code pack.json}).
 */
public enum DependencyType {
    /** The other pack must be in the profile, within the version bounds. */
    REQUIRED("required"),
    /** The other pack need not be present; if it is, it must be within the bounds. */
    OPTIONAL("optional"),
    /** The other pack must not be present at a version within the bounds. */
    NOT_SUPPORTED("notSupported"),
    /** Upgrade path to another pack; recorded but not checked (Palette does not document its semantics). */
    UPGRADE("upgrade");

    private final String wireName;

    DependencyType(String wireName) {
        this.wireName = wireName;
    }

    /**
     * The name {@code pack.json} uses.
     *
     * @return e.g. {@code "notSupported"}
     */
    public String wireName() {
        return wireName;
    }

    /**
     * Finds the type with the given wire name (exact match, as Palette writes it).
     *
     * @param wireName e.g. {@code "required"}
     * @return the type, or empty
     */
    public static Optional<DependencyType> fromWireName(String wireName) {
        Objects.requireNonNull(wireName, "wireName");
        return Arrays.stream(values()).filter(t -> t.wireName.equals(wireName)).findFirst();
    }

    @Override
    public String toString() {
        return wireName;
    }
}
