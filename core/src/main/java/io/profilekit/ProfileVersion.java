package io.profilekit;

import io.profilekit.internal.Checks;
import org.semver4j.Semver;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The version of a cluster profile: strict SemVer {@code major.minor.patch}, optionally with a
 * pre-release ({@code 1.2.3-rc.1}), as Palette requires. The default is {@code 1.0.0}.
 *
 * <p>A {@code ProfileVersion} records the text it was given. {@link #parse(String)} accepts only
 * strict SemVer; {@link #of(String)} accepts any text and lets {@link #isValid()} (and the
 * validator, which reports it) say whether Palette would take it. This is what lets a profile read
 * from a document with {@code version: v1.2} reach the validator's report instead of stopping at
 * the first problem. Palette rejects, for example, {@code 2.2.2.develop}, {@code b0.0.1} and
 * {@code v1.2}.
 *
 * <p>Order: valid versions by SemVer precedence (a pre-release before its release), then invalid
 * ones; ties (which SemVer allows only between equal texts here) by text. The order is consistent
 * with {@link #equals(Object)}.
 *
 * <pre>{@code
 * ProfileVersion v = ProfileVersion.parse("1.2.0");
 * ProfileVersion.of("v1.2").isValid();   // false
 * ProfileVersion.DEFAULT;                // 1.0.0
 * }</pre>
 */
public final class ProfileVersion implements Comparable<ProfileVersion> {
    /** The SemVer 2.0.0 grammar without build metadata: major.minor.patch[-pre-release]. */
    private static final Pattern STRICT = Pattern.compile(
            "(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})"
                    + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?");

    /** The default profile version, {@code 1.0.0}. */
    public static final ProfileVersion DEFAULT = parse("1.0.0");

    private static final Comparator<ProfileVersion> ORDER = Comparator
            .comparing((ProfileVersion v) -> !v.valid)
            .thenComparing((a, b) -> a.valid ? a.semver().compareTo(b.semver()) : 0)
            .thenComparing(v -> v.text);

    private final String text;
    private final boolean valid;
    /**
     * The parsed version of a valid text, on first use: most versions are only read, written and
     * checked, and parsing one took an eighth of reading a profile document.
     */
    private volatile Semver semver;

    private ProfileVersion(String text, boolean valid) {
        this.text = text;
        this.valid = valid;
    }

    /** The parsed version; only for a valid one (STRICT bounds every number to nine digits). */
    private Semver semver() {
        Semver parsed = semver;
        if (parsed == null) {
            parsed = Semver.parse(text);
            semver = parsed;
        }
        return parsed;
    }

    /**
     * Parses a strict SemVer profile version.
     *
     * @param text e.g. {@code "1.2.3"} or {@code "1.2.3-rc.1"}
     * @return the version
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if the text is not strict SemVer; the message says what is valid
     */
    public static ProfileVersion parse(String text) {
        ProfileVersion version = of(text);
        if (!version.isValid()) {
            throw new IllegalArgumentException(problem(text));
        }
        return version;
    }

    /**
     * Records a profile version as written, valid or not; see {@link #isValid()}.
     *
     * @param text the version text
     * @return the version
     * @throws NullPointerException if {@code text} is null
     */
    public static ProfileVersion of(String text) {
        Checks.notNull(text, "version");
        return new ProfileVersion(text, STRICT.matcher(text).matches());
    }

    /**
     * Whether {@code text} is a strict SemVer profile version.
     *
     * @param text the text; null is not valid
     * @return true if {@link #parse(String)} would accept it
     */
    public static boolean isValid(String text) {
        return text != null && STRICT.matcher(text).matches();
    }

    /**
     * Explains why a text is not a valid profile version.
     *
     * @param text the text
     * @return a sentence naming the text and the valid form
     */
    public static String problem(String text) {
        return "profile version '" + text + "' is not strict SemVer major.minor.patch[-pre-release]"
                + " (e.g. 1.0.0, 1.2.3-rc.1; not v1.2, 1.2 or 2.2.2.develop)";
    }

    /**
     * Whether this version is strict SemVer, as Palette requires.
     *
     * @return true if valid
     */
    public boolean isValid() {
        return valid;
    }

    /**
     * The major version of a valid version.
     *
     * @return the major number, or empty if this version is not valid
     */
    public Optional<Integer> major() {
        return valid ? Optional.of(semver().getMajor()) : Optional.empty();
    }

    /**
     * The text as given.
     *
     * @return the text
     */
    public String text() {
        return text;
    }

    /**
     * The next version of the profile, as SemVer tools count: a patch bump of {@code 1.2.3} is
     * {@code 1.2.4}, a minor bump {@code 1.3.0}, a major bump {@code 2.0.0}. A pre-release moves to
     * its release when that is the next version of the asked size ({@code 1.3.0-rc.1}: patch and
     * minor give {@code 1.3.0}, major {@code 2.0.0}; {@code 2.0.0-rc.1}: all three give
     * {@code 2.0.0}), so the next version is always greater than this one.
     *
     * <pre>{@code
     * ProfileVersion.parse("1.2.3").next(VersionBump.MINOR);   // 1.3.0
     * }</pre>
     *
     * @param bump which part to move
     * @return the next version
     * @throws IllegalStateException if this version is not strict SemVer (there is no next one to
     *     count from), or the number would exceed nine digits
     */
    public ProfileVersion next(VersionBump bump) {
        Checks.notNull(bump, "bump");
        if (!valid) {
            throw new IllegalStateException("cannot count the next version from " + problem(text)
                    + "; set a version with version(\"1.0.0\") first");
        }
        Semver semver = semver();
        long major = semver.getMajor();
        long minor = semver.getMinor();
        long patch = semver.getPatch();
        boolean pre = !semver.getPreRelease().isEmpty();
        switch (bump) {
            case MAJOR:
                if (!(pre && minor == 0 && patch == 0)) {
                    major++;
                }
                minor = 0;
                patch = 0;
                break;
            case MINOR:
                if (!(pre && patch == 0)) {
                    minor++;
                }
                patch = 0;
                break;
            default:
                if (!pre) {
                    patch++;
                }
                break;
        }
        String next = major + "." + minor + "." + patch;
        if (!isValid(next)) {
            throw new IllegalStateException("the " + bump.name().toLowerCase(java.util.Locale.ROOT) + " version after "
                    + text + " would be " + next + ", which has a number of more than nine digits");
        }
        return parse(next);
    }

    @Override
    public int compareTo(ProfileVersion other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProfileVersion && ((ProfileVersion) o).text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /**
     * The version as written.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return text;
    }
}
