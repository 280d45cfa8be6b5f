package io.profilekit;

/**
 * Which part of a profile's SemVer version a new version moves: Palette keeps every version of a
 * profile under its name, so a changed profile is published as the next version of the same name.
 *
 * <pre>{@code
 * ClusterProfile next = profile.toBuilder().nextVersion(VersionBump.MINOR).build();   // 1.2.3 -> 1.3.0
 * }</pre>
 *
 * @see ProfileVersion#next(VersionBump)
 */
public enum VersionBump {
    /** {@code 1.2.3} to {@code 1.2.4}. */
    PATCH,
    /** {@code 1.2.3} to {@code 1.3.0}. */
    MINOR,
    /** {@code 1.2.3} to {@code 2.0.0}. */
    MAJOR;

    /**
     * The bump that publishes a change of a pack version of this size: a major change of any layer
     * is a major bump, a minor one a minor bump, anything else (patch, pre-release, other) a patch.
     *
     * @param change how a pack version changed
     * @return the bump
     */
    public static VersionBump forChange(VersionChange change) {
        switch (change) {
            case MAJOR:
                return MAJOR;
            case MINOR:
                return MINOR;
            default:
                return PATCH;
        }
    }
}
