package io.profilekit;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The kind of a cluster profile, with the wire names Palette's API uses ({@code V1ProfileType}).
 *
 * <pre>{@code
 * ProfileType.fromWireName("add-on");   // Optional[ADD_ON]
 * ProfileType.INFRA.wireName();         // "infra"
 * }</pre>
 */
public enum ProfileType {
    /** Infrastructure profile: exactly the OS, Kubernetes, network and storage layers ("Infrastructure" in the UI). */
    INFRA("infra"),
    /** Add-on profile: add-on layers only. */
    ADD_ON("add-on"),
    /** Full profile: the four core layers plus add-on layers ("Full" in the UI). */
    CLUSTER("cluster"),
    /** System profile. */
    SYSTEM("system");

    private final String wireName;

    ProfileType(String wireName) {
        this.wireName = wireName;
    }

    /**
     * The name Palette's API and documents use for this type.
     *
     * @return the wire name, e.g. {@code "add-on"}
     */
    public String wireName() {
        return wireName;
    }

    /**
     * Finds the type with the given wire name (case-insensitive).
     *
     * @param wireName a wire name such as {@code "infra"}
     * @return the type, or empty if no type has that name
     * @throws NullPointerException if {@code wireName} is null
     */
    public static Optional<ProfileType> fromWireName(String wireName) {
        Objects.requireNonNull(wireName, "wireName");
        String lower = wireName.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.wireName.equals(lower)).findFirst();
    }

    @Override
    public String toString() {
        return wireName;
    }
}
