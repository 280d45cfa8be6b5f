package io.profilekit;

/**
 * How much a pack version changed, by the first release number that differs
 * ({@link PackVersion#changeTo(PackVersion)}): major, minor, patch (the third or a later number),
 * pre-release (same release numbers, a pre-release on either side), other (same release numbers,
 * another qualifier or spelling, e.g. {@code 1.31.2-rev2} to {@code 1.31.2-rev3} or {@code v1.2}
 * to {@code 1.2}), or none.
 *
 * <pre>{@code
 * PackVersion.parse("1.32.9").changeTo(PackVersion.parse("1.33.6"));       // MINOR
 * PackVersion.parse("1.34.0-rc.1").changeTo(PackVersion.parse("1.34.0"));  // PRE_RELEASE
 * }</pre>
 */
public enum VersionChange {
    /** The first release number differs. */
    MAJOR,
    /** The second release number differs. */
    MINOR,
    /** The third or a later release number differs. */
    PATCH,
    /** The release numbers are equal and either version is a pre-release. */
    PRE_RELEASE,
    /** The release numbers are equal; the qualifier or the spelling differs. */
    OTHER,
    /** The versions are the same text. */
    NONE;

    /**
     * The lower-case word reports use, e.g. {@code pre-release}.
     *
     * @return the word
     */
    public String word() {
        return this == PRE_RELEASE ? "pre-release" : name().toLowerCase(java.util.Locale.ROOT);
    }
}
