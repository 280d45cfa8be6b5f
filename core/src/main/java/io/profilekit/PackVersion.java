package io.profilekit;

import io.profilekit.internal.Checks;
import io.profilekit.internal.VersionText;
import org.semver4j.Semver;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The version of a pack, parsed leniently and totally ordered.
 *
 * <p>Pack versions in the wild are not SemVer: {@code 22.04}, {@code 1.31.2-rev2},
 * {@code 0.30.0-5.5.2026}, {@code 2.0.2-up.4}, {@code v1.12.0}, {@code 7.7.1908} and {@code 1.33.6}
 * all occur. A pack version is an optional {@code v}, a <em>release</em> of dot-separated numbers,
 * and an optional <em>qualifier</em> (everything after the release), made of the characters
 * {@code [A-Za-z0-9._+~-]}.
 *
 * <h2>Order</h2>
 * Versions compare by, in turn:
 * <ol>
 *   <li>the release numbers, as numbers, trailing zeros ignored ({@code 1.2 = 1.2.0 < 1.10});</li>
 *   <li>the kind of qualifier: a <em>pre-release</em> — a {@code -} qualifier with one of the words
 *       alpha, a, beta, b, rc, cr, pre, preview, dev, snapshot, m, milestone, ea or nightly among its
 *       parts ({@code -rc.1}, {@code -beta2}, {@code -0.nightly.20240101}), or a {@code ~}
 *       qualifier — before the plain release, and any other qualifier — a <em>post-release</em>
 *       such as a revision ({@code -rev2}), an upstream build ({@code -up.4}), a date
 *       ({@code -5.5.2026}) or build metadata ({@code +b1}) — after it. Palette's pack versions
 *       use numeric qualifiers for builds, so a purely numeric SemVer pre-release such as Helm's
 *       {@code 4.0.0-1} counts as a post-release here;</li>
 *   <li>the qualifier's parts, split at separators and between digits and letters: numeric parts
 *       as numbers, numeric before alphabetic, letters case-insensitively, fewer parts first;</li>
 *   <li>finally, the text itself, so that the order is consistent with {@link #equals(Object)}:
 *       {@code v1.2.0}, {@code 1.2.0} and {@code 1.2} are different (but
 *       {@linkplain #isEquivalentTo(PackVersion) equivalent}) versions.</li>
 * </ol>
 *
 * <pre>{@code
 * PackVersion a = PackVersion.parse("1.31.2");
 * PackVersion b = PackVersion.parse("1.31.2-rev2");
 * a.compareTo(b) < 0;                          // true: a revision comes after the release
 * PackVersion.parse("1.34.0-rc.1").isPreRelease(); // true
 * }</pre>
 */
public final class PackVersion implements Comparable<PackVersion> {
    private static final int MAX_LENGTH = 128;
    private static final Set<String> PRE_RELEASE_WORDS = Set.of(
            "alpha", "a", "beta", "b", "rc", "cr", "pre", "preview", "dev", "snapshot", "m", "milestone",
            "ea", "nightly");
    private static final int KEY_PARTS = 3;
    private static final int KEY_BITS = 21;
    /** A release number at or above this is held as this value in the key, and the numbers after it as 0. */
    private static final long KEY_CAP = (1L << KEY_BITS) - 1;

    private final String text;
    private final List<String> release;
    private final int kind;
    private final List<String> qualifierParts;
    private final String qualifier;
    /** The first release numbers packed into one long, to compare most versions without their lists. */
    private final long releaseKey;
    /** Lazily computed; a benign race computes the same value twice at worst. */
    @SuppressWarnings("OptionalUsedAsFieldOrParameterType")
    private volatile Optional<Semver> semver;

    private PackVersion(String text, List<String> release, int kind, List<String> qualifierParts, String qualifier) {
        this.text = text;
        this.release = release;
        this.kind = kind;
        this.qualifierParts = qualifierParts;
        this.qualifier = qualifier;
        this.releaseKey = releaseKey(release);
    }

    /**
     * A key that orders release numbers as {@link #compareParts} does wherever the keys differ
     * (a &lt; b implies key(a) &lt;= key(b)): the first three numbers, each capped; missing numbers
     * count as 0, which is sound because trailing zeros are never held.
     */
    private static long releaseKey(List<String> release) {
        return VersionText.releaseKey(release);
    }

    /**
     * Parses a pack version leniently.
     *
     * @param text e.g. {@code "1.33.6"}, {@code "22.04"}, {@code "1.31.2-rev2"}, {@code "v1.12.0"}
     * @return the version
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if the text does not start with a number (after an optional
     *     {@code v}), holds characters outside {@code [A-Za-z0-9._+~-]}, or is longer than 128
     *     characters; the message says what is valid
     */
    public static PackVersion parse(String text) {
        Checks.notNull(text, "version");
        Optional<PackVersion> parsed = tryParse(text);
        if (parsed.isEmpty()) {
            throw new IllegalArgumentException(problem(text));
        }
        return parsed.get();
    }

    /**
     * Parses a pack version, or returns empty if the text is not one.
     *
     * @param text the text; null gives empty
     * @return the version, or empty
     */
    public static Optional<PackVersion> tryParse(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        // The shape [vV]?\d+(\.\d+)*[0-9A-Za-z._+~-]*, scanned by hand: versions are parsed for every
        // lookup and every document read, and a regular expression made that the slow part.
        int n = text.length();
        int i = text.charAt(0) == 'v' || text.charAt(0) == 'V' ? 1 : 0;
        if (i >= n || !isDigit(text.charAt(i))) {
            return Optional.empty();
        }
        for (int k = i; k < n; k++) {
            if (!isVersionChar(text.charAt(k))) {
                return Optional.empty();
            }
        }
        List<String> release = new ArrayList<>(4);
        while (true) {
            int start = i;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
            }
            release.add(VersionText.stripLeadingZeros(text.substring(start, i)));
            if (i + 1 < n && text.charAt(i) == '.' && isDigit(text.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        while (release.size() > 1 && release.get(release.size() - 1).equals("0")) {
            release.remove(release.size() - 1);
        }
        if (release.size() == 1 && release.get(0).equals("0")) {
            release.clear();
        }
        String qualifier = text.substring(i);
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < qualifier.length();) {
            char c = qualifier.charAt(k);
            boolean digit = isDigit(c);
            if (!digit && !isLetter(c)) {
                k++;
                continue;
            }
            int start = k;
            while (k < qualifier.length() && (digit ? isDigit(qualifier.charAt(k)) : isLetter(qualifier.charAt(k)))) {
                k++;
            }
            parts.add(qualifier.substring(start, k).toLowerCase(Locale.ROOT));
        }
        int kind;
        if (qualifier.isEmpty()) {
            kind = 0;
        } else if (qualifier.startsWith("~")
                || (!qualifier.startsWith("+") && parts.stream().anyMatch(PRE_RELEASE_WORDS::contains))) {
            kind = -1;
        } else {
            kind = 1;
        }
        for (int p = 0; p < parts.size(); p++) {
            if (Character.isDigit(parts.get(p).charAt(0))) {
                parts.set(p, VersionText.stripLeadingZeros(parts.get(p)));
            }
        }
        return Optional.of(new PackVersion(text, List.copyOf(release), kind, List.copyOf(parts), qualifier));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isVersionChar(char c) {
        return isDigit(c) || isLetter(c) || c == '.' || c == '_' || c == '+' || c == '~' || c == '-';
    }

    /**
     * Explains why a text is not a pack version.
     *
     * @param text the text
     * @return a sentence naming the text and the valid form
     */
    public static String problem(String text) {
        return "'" + text + "' is not a pack version: expected an optional 'v', dot-separated numbers and an"
                + " optional qualifier of letters, digits and . _ + ~ - (e.g. 1.33.6, 22.04, 1.31.2-rev2, v1.12.0)";
    }

    /**
     * Whether this version has a pre-release qualifier such as {@code -rc.1} or {@code -beta2}.
     *
     * @return true for pre-releases
     */
    public boolean isPreRelease() {
        return kind < 0;
    }

    /**
     * The qualifier: everything after the release numbers.
     *
     * @return the qualifier, e.g. {@code "-rev2"}, or empty if there is none
     */
    public Optional<String> qualifier() {
        return qualifier.isEmpty() ? Optional.empty() : Optional.of(qualifier);
    }

    /**
     * The release numbers, trailing zeros removed, as decimal strings without leading zeros
     * ({@code "1.30.0"} gives {@code ["1", "30"]}).
     *
     * @return an unmodifiable list
     */
    public List<String> releaseNumbers() {
        return release;
    }

    /**
     * Whether the first release numbers equal {@code prefix} (missing numbers count as zero).
     * {@code 1.30.4} starts with {@code [1, 30]}.
     *
     * @param prefix release numbers as decimal strings
     * @return true if this version's release begins with the prefix
     */
    public boolean releaseStartsWith(List<String> prefix) {
        for (int i = 0; i < prefix.size(); i++) {
            String mine = i < release.size() ? release.get(i) : "0";
            if (!mine.equals(VersionText.stripLeadingZeros(prefix.get(i)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A canonical text of this version: equal for exactly the {@linkplain #isEquivalentTo
     * equivalent} versions ({@code v1.2.0}, {@code 1.2.0} and {@code 1.2} all give {@code 1.2}).
     * Useful as a key when spellings of one version must not count twice.
     *
     * @return the release numbers without trailing zeros, then {@code -} and the qualifier's
     *     parts for a pre-release or {@code +} and its parts for a post-release
     */
    public String normalized() {
        StringBuilder sb = new StringBuilder(release.isEmpty() ? "0" : String.join(".", release));
        if (kind != 0) {
            sb.append(kind < 0 ? '-' : '+').append(String.join(".", qualifierParts));
        }
        return sb.toString();
    }

    /**
     * Whether two versions are the same but for spelling: equal in every step of the order except
     * the final comparison of texts ({@code v1.2.0}, {@code 1.2.0} and {@code 1.2} are equivalent).
     *
     * @param other the other version
     * @return true if equivalent
     */
    public boolean isEquivalentTo(PackVersion other) {
        return compareIgnoringText(other) == 0;
    }

    private int compareIgnoringText(PackVersion other) {
        if (releaseKey != other.releaseKey) {
            return Long.compare(releaseKey, other.releaseKey);
        }
        int c = compareParts(release, other.release);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(kind, other.kind);
        if (c != 0) {
            return c;
        }
        return compareParts(qualifierParts, other.qualifierParts);
    }

    private static int compareParts(List<String> a, List<String> b) {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            int c = VersionText.compareIdentifiers(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /**
     * How much the version changes from this one to {@code other}, by the first release number that
     * differs (missing numbers count as 0, so {@code 1.2} to {@code 1.2.0} is not a change of
     * numbers).
     *
     * <pre>{@code
     * PackVersion.parse("1.31.2").changeTo(PackVersion.parse("1.31.8"));   // PATCH
     * PackVersion.parse("22.04").changeTo(PackVersion.parse("24.04"));     // MAJOR
     * }</pre>
     *
     * @param other the version changed to
     * @return the size of the change; {@link VersionChange#NONE} for the same text
     */
    public VersionChange changeTo(PackVersion other) {
        Checks.notNull(other, "other");
        if (text.equals(other.text)) {
            return VersionChange.NONE;
        }
        int n = Math.max(release.size(), other.release.size());
        for (int i = 0; i < n; i++) {
            String mine = i < release.size() ? release.get(i) : "0";
            String theirs = i < other.release.size() ? other.release.get(i) : "0";
            if (!mine.equals(theirs)) {
                return i == 0 ? VersionChange.MAJOR : i == 1 ? VersionChange.MINOR : VersionChange.PATCH;
            }
        }
        return isPreRelease() || other.isPreRelease() ? VersionChange.PRE_RELEASE : VersionChange.OTHER;
    }

    @Override
    public int compareTo(PackVersion other) {
        int c = compareIgnoringText(other);
        return c != 0 ? c : text.compareTo(other.text);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PackVersion && ((PackVersion) o).text.equals(text);
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

    /**
     * This version's release numbers and pre-release qualifier as a SemVer text, for matching
     * against SemVer ranges: {@code 22.04} gives {@code 22.4.0}, {@code 1.31.2-rev2} gives
     * {@code 1.31.2} (a post-release qualifier and numbers after the third are dropped),
     * {@code 1.34.0-rc.1} keeps its pre-release, and {@code 1.2.3~} becomes {@code 1.2.3-0}.
     *
     * @return the SemVer text, or empty if a number is too large for SemVer
     */
    Optional<String> toSemVerText() {
        List<String> numbers = new ArrayList<>(release);
        while (numbers.size() < 3) {
            numbers.add("0");
        }
        for (String n : numbers.subList(0, 3)) {
            if (n.length() > 9) {
                return Optional.empty();
            }
        }
        StringBuilder sb = new StringBuilder(String.join(".", numbers.subList(0, 3)));
        if (kind < 0) {
            // A pre-release must stay one for ranges: "1.2.3~" has no parts, so it becomes 1.2.3-0,
            // the lowest SemVer pre-release of 1.2.3, as it is the lowest here.
            sb.append('-').append(qualifierParts.isEmpty() ? "0" : String.join(".", qualifierParts));
        }
        return Optional.of(sb.toString());
    }

    /**
     * The SemVer form of this version, computed once ({@link #toSemVerText()}).
     *
     * @return the SemVer, or empty if this version has none
     */
    Optional<Semver> semver() {
        Optional<Semver> cached = semver;
        if (cached == null) {
            cached = toSemVerText().map(Semver::parse);
            semver = cached;
        }
        return cached;
    }
}
