package io.profilekit;

import io.profilekit.internal.Checks;
import io.profilekit.internal.VersionText;
import org.semver4j.Semver;
import org.semver4j.range.RangeList;
import org.semver4j.range.RangeListFactory;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which versions of a pack a layer accepts: the {@code tag} of a pack in Palette's terms.
 *
 * <ul>
 *   <li><b>exact</b> — {@code 1.30.4}, {@code 22.04}, {@code 1.31.2-rev2}: matches that version (and
 *       its {@linkplain PackVersion#isEquivalentTo equivalent} spellings such as {@code v1.30.4});</li>
 *   <li><b>train</b> — {@code 1.30.x}, {@code 1.x}, {@code 1.x.x}, {@code 3.16.*}: matches every
 *       release whose numbers start with the given ones; Palette links a train to its newest release;</li>
 *   <li><b>range</b> — SemVer ranges as npm writes them ({@code >=1.29 <1.31}, {@code ^1.30},
 *       {@code ~1.30.2}, {@code 1.29 - 1.31}, {@code ||}, {@code *}), evaluated by semver4j on the
 *       version's SemVer form: its first three numbers and its pre-release, so a post-release
 *       qualifier such as {@code -rev2} and a fourth number ({@code 1.2.3.4}) are ignored for ranges;</li>
 *   <li><b>group-prefixed</b> — {@code LTS__20.04}, {@code LTS__18.4.x}: any of the above after a pack
 *       group name and two underscores; the version part is matched as usual and the pack's group
 *       must be the named one (see {@link #matchesGroup(String)}).</li>
 * </ul>
 * Pre-releases match only a selector that names one: {@code 1.34.x} does not match
 * {@code 1.34.0-rc.1}, but the exact selector {@code 1.34.0-rc.1} does, and so does a range
 * with a pre-release bound on the same release ({@code >=1.34.0-rc.0}).
 *
 * <p>A selector records the text the user wrote, and {@link #toString()} returns it unchanged.
 * Text that is none of the above still makes a selector, of kind {@link Kind#INVALID}, which
 * matches nothing; {@link #problem()} explains it, and the validator reports it.
 *
 * <pre>{@code
 * VersionSelector train = VersionSelector.parse("1.30.x");
 * train.matches(PackVersion.parse("1.30.14"));   // true
 * train.matches(PackVersion.parse("1.31.0"));    // false
 * VersionSelector.parse(">=1.29 <1.31").kind();  // RANGE
 * }</pre>
 */
public final class VersionSelector {

    /** The form of a selector. */
    public enum Kind {
        /** One version. */
        EXACT,
        /** A release train such as {@code 1.30.x}. */
        TRAIN,
        /** A SemVer range such as {@code >=1.29 <1.31}. */
        RANGE,
        /** Text that is not a selector; matches nothing. */
        INVALID
    }

    private static final int MAX_LENGTH = 256;
    private static final Pattern GROUP = Pattern.compile("([A-Za-z][A-Za-z0-9-]*)__(.+)", Pattern.DOTALL);
    /** A train: numbers, then one or more wildcards ({@code 1.30.x}, {@code 1.x.x}, {@code 3.16.*}). */
    private static final Pattern TRAIN = Pattern.compile("[vV]?(\\d+(?:\\.\\d+)*)(?:\\.[xX*])+");
    /** A lone {@code x} in a range, which semver4j reads as "nothing" but npm (and users) mean as "any". */
    private static final Pattern LONE_X = Pattern.compile("(?<![0-9A-Za-z.])[xX](?![0-9A-Za-z.])");
    /**
     * Leading zeros of a number ({@code 20.04}): semver4j reads a range holding one as matching
     * nothing, while pack versions compare numbers as numbers, so they are dropped.
     */
    private static final Pattern LEADING_ZEROS = Pattern.compile("(?<![0-9A-Za-z])0+(?=[0-9])");
    private static final Pattern RANGE_CHARS = Pattern.compile("[0-9A-Za-z.*+<>=^~|\\- ]+");
    private static final Pattern RANGE_TOKEN = Pattern.compile(
            "(?:[<>]=?|=|\\^|~)?\\s*v?(?:\\d+|[xX*])(?:\\.(?:\\d+|[xX*])){0,2}(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?");

    private final String text;
    private final String group;
    private final Kind kind;
    private final PackVersion exact;
    private final List<String> trainPrefix;
    private final RangeList range;
    private final String problem;
    /** For a train, just below the first possible version of the next train; null otherwise or if unwritable. */
    private final PackVersion trainEnd;
    /** The release key of {@link #trainEnd}, or Long.MAX_VALUE without one. */
    private final long trainEndKey;
    /** Whether {@link #trainEndKey} stands for the end's release alone ({@link VersionText#isExactKey}). */
    private final boolean trainEndExact;

    static {
        VersionText.registerTrainEndKeys(s -> s.trainEndKey);
        VersionText.registerTrainEndExact(s -> s.trainEndExact);
    }

    private VersionSelector(String text, String group, Kind kind, PackVersion exact, List<String> trainPrefix,
                            RangeList range, String problem) {
        this.text = text;
        this.group = group;
        this.kind = kind;
        this.exact = exact;
        this.trainPrefix = trainPrefix;
        this.range = range;
        this.problem = problem;
        this.trainEnd = kind == Kind.TRAIN ? nextTrainFloor(trainPrefix) : null;
        this.trainEndKey = trainEnd == null ? Long.MAX_VALUE : VersionText.releaseKey(trainEnd.releaseNumbers());
        this.trainEndExact = trainEnd != null && VersionText.isExactKey(trainEnd.releaseNumbers());
    }

    /** The lowest possible version of the next train, or null if it cannot be written (then nothing is past). */
    private static PackVersion nextTrainFloor(List<String> prefix) {
        StringBuilder sb = new StringBuilder();
        int last = prefix.size() - 1;
        for (int i = 0; i < last; i++) {
            sb.append(prefix.get(i)).append('.');
        }
        char[] c = VersionText.stripLeadingZeros(prefix.get(last)).toCharArray();
        int i = c.length - 1;
        while (i >= 0 && c[i] == '9') {
            c[i--] = '0';
        }
        String next;
        if (i < 0) {
            next = "1" + new String(c);
        } else {
            c[i]++;
            next = new String(c);
        }
        // Just below the floor of the next train, which no release of this train reaches.
        return PackVersion.tryParse(sb.append(next).append('~').toString()).orElse(null);
    }

    /**
     * Reads a selector. Never throws for non-null text: text that is not a selector gives one of
     * kind {@link Kind#INVALID}.
     *
     * @param text e.g. {@code "1.33.x"}, {@code "22.04"}, {@code "LTS__20.04"}, {@code "^1.30"}
     * @return the selector
     * @throws NullPointerException if {@code text} is null
     */
    public static VersionSelector parse(String text) {
        Checks.notNull(text, "version");
        String body = text;
        String group = null;
        // The regular expressions run only where they can match ("__" for a group, a wildcard at the
        // end for a train): selectors are parsed for every layer read, and most are exact versions.
        Matcher g = text.contains("__") ? GROUP.matcher(text) : null;
        if (g != null && g.matches()) {
            group = g.group(1);
            body = g.group(2);
        }
        if (text.length() > MAX_LENGTH) {
            return invalid(text, group, "is longer than " + MAX_LENGTH + " characters");
        }
        Matcher train = endsWithWildcard(body) ? TRAIN.matcher(body) : null;
        if (train != null && train.matches()) {
            return new VersionSelector(text, group, Kind.TRAIN, null,
                    List.copyOf(Arrays.asList(train.group(1).split("\\."))), null, null);
        }
        Optional<PackVersion> exact = PackVersion.tryParse(body);
        if (exact.isPresent()) {
            return new VersionSelector(text, group, Kind.EXACT, exact.get(), List.of(), null, null);
        }
        if (!body.isBlank() && RANGE_CHARS.matcher(body).matches() && looksLikeRange(body)) {
            try {
                String normalized = LEADING_ZEROS.matcher(LONE_X.matcher(body).replaceAll("*")).replaceAll("");
                RangeList range = RangeListFactory.create(normalized);
                if (range.get().isEmpty()) {
                    // semver4j gives an empty list, which nothing satisfies, for text it cannot read.
                    return invalid(text, group, "is not a SemVer range");
                }
                return new VersionSelector(text, group, Kind.RANGE, null, List.of(), range, null);
            } catch (RuntimeException e) {
                return invalid(text, group, "is not a SemVer range (" + e.getMessage() + ")");
            }
        }
        return invalid(text, group, "is not a version selector");
    }

    private static boolean endsWithWildcard(String body) {
        if (body.isEmpty()) {
            return false;
        }
        char last = body.charAt(body.length() - 1);
        return last == 'x' || last == 'X' || last == '*';
    }

    private static boolean looksLikeRange(String body) {
        for (String alternative : body.split("\\|\\|", -1)) {
            String trimmed = alternative.trim();
            if (trimmed.isEmpty()) {
                return false;
            }
            String[] hyphen = trimmed.split("\\s+-\\s+", -1);
            if (hyphen.length == 2) {
                if (!RANGE_TOKEN.matcher(hyphen[0]).matches() || !RANGE_TOKEN.matcher(hyphen[1]).matches()) {
                    return false;
                }
                continue;
            }
            if (hyphen.length > 2) {
                return false;
            }
            String normalized = trimmed.replaceAll("([<>]=?|=|\\^|~)\\s+", "$1");
            for (String token : normalized.split("\\s+")) {
                if (!RANGE_TOKEN.matcher(token).matches()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static VersionSelector invalid(String text, String group, String why) {
        String problem = "'" + text + "' " + why + ": use an exact version (1.30.4), a train (1.30.x),"
                + " a group prefix (LTS__20.04) or a SemVer range (>=1.29 <1.31, ^1.30, ~1.30.2)";
        return new VersionSelector(text, group, Kind.INVALID, null, List.of(), null, problem);
    }

    /**
     * A selector for exactly one version.
     *
     * @param version the version
     * @return an exact selector whose text is the version's text
     * @throws NullPointerException if {@code version} is null
     */
    public static VersionSelector exact(PackVersion version) {
        Checks.notNull(version, "version");
        return new VersionSelector(version.toString(), null, Kind.EXACT, version, List.of(), null, null);
    }

    /**
     * The form of this selector.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Whether this selector can match anything at all (its kind is not {@link Kind#INVALID}).
     *
     * @return true if valid
     */
    public boolean isValid() {
        return kind != Kind.INVALID;
    }

    /**
     * Why this selector is invalid, and what would be valid.
     *
     * @return the explanation, or empty if the selector is valid
     */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /**
     * The pack group this selector names ({@code LTS} in {@code LTS__20.04}).
     *
     * @return the group, or empty
     */
    public Optional<String> group() {
        return Optional.ofNullable(group);
    }

    /**
     * The version of an exact selector.
     *
     * @return the version, or empty if this selector is not exact
     */
    public Optional<PackVersion> exactVersion() {
        return Optional.ofNullable(exact);
    }

    /**
     * The release numbers a train starts with ({@code [1, 30]} for {@code 1.30.x}).
     *
     * @return the numbers as decimal strings; empty unless this selector is a train
     */
    public List<String> trainPrefix() {
        return trainPrefix;
    }

    /**
     * For a train, whether a version sorts at or beyond the first possible version of the next
     * train ({@code 1.31.x} ends below {@code 1.32~}, the lowest version of 1.32, its pre-releases
     * included), so that no release of this train is at or above it in {@link PackVersion}'s order.
     * Registries find the newest release of a train by binary search with it. False for other kinds
     * of selector. Computed once per selector; allocates nothing.
     *
     * <pre>{@code
     * VersionSelector train = VersionSelector.parse("1.31.x");
     * train.isPastTrain(PackVersion.parse("1.31.9"));     // false
     * train.isPastTrain(PackVersion.parse("1.32.0-rc.1")); // true
     * }</pre>
     *
     * @param version the version
     * @return true if the version is past every release this train can hold
     */
    public boolean isPastTrain(PackVersion version) {
        return trainEnd != null && version.compareTo(trainEnd) >= 0;
    }

    /**
     * Whether a pack of the given group may satisfy this selector: true if the selector names no
     * group, or names {@code packGroup} (case-insensitively).
     *
     * @param packGroup the pack's group, or null if it has none
     * @return true if the group fits
     */
    public boolean matchesGroup(String packGroup) {
        return group == null || (packGroup != null && group.equalsIgnoreCase(packGroup));
    }

    /**
     * Whether {@code version} satisfies this selector's version part (the group, if any, is checked
     * by {@link #matchesGroup(String)}).
     *
     * @param version a pack version
     * @return true if it matches
     * @throws NullPointerException if {@code version} is null
     */
    public boolean matches(PackVersion version) {
        Checks.notNull(version, "version");
        switch (kind) {
            case EXACT:
                return exact.isEquivalentTo(version);
            case TRAIN:
                return !version.isPreRelease() && version.releaseStartsWith(trainPrefix);
            case RANGE:
                Optional<Semver> semver = version.semver();
                return semver.isPresent() && range.isSatisfiedBy(semver.get());
            default:
                return false;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VersionSelector && ((VersionSelector) o).text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /**
     * The selector exactly as written.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return text;
    }
}
