package io.profilekit;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a pack's content comes from, with Palette's wire names ({@code V1PackType}).
 *
 * <pre>{@code
 * PackType.fromWireName("helm");   // Optional[HELM]
 * }</pre>
 */
public enum PackType {
    /** A pack from a Palette pack registry (the default). */
    SPECTRO("spectro"),
    /** A Helm chart from a Helm registry. */
    HELM("helm"),
    /** Raw Kubernetes manifests carried in the profile itself; no version or registry. */
    MANIFEST("manifest"),
    /** A pack from an OCI registry. */
    OCI("oci");

    private final String wireName;

    PackType(String wireName) {
        this.wireName = wireName;
    }

    /**
     * The name Palette's API uses.
     *
     * @return the wire name, e.g. {@code "spectro"}
     */
    public String wireName() {
        return wireName;
    }

    /**
     * Finds the pack type with the given wire name (case-insensitive).
     *
     * @param wireName a wire name such as {@code "oci"}
     * @return the pack type, or empty if none has that name
     * @throws NullPointerException if {@code wireName} is null
     */
    public static Optional<PackType> fromWireName(String wireName) {
        Objects.requireNonNull(wireName, "wireName");
        String lower = wireName.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.wireName.equals(lower)).findFirst();
    }

    @Override
    public String toString() {
        return wireName;
    }
}
