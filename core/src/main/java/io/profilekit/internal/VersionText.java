package io.profilekit.internal;

import java.util.ArrayList;
import java.util.List;

/** Helpers for comparing version texts. Internal: not part of ProfileKit's API. */
public final class VersionText {
    private VersionText() {
    }

    /** How many release numbers a release key holds. */
    private static final int KEY_PARTS = 3;
    /** Bits per release number in a release key. */
    private static final int KEY_BITS = 21;
    /** The largest number a release key holds exactly; larger ones are capped to it. */
    private static final long KEY_CAP = (1L << KEY_BITS) - 1;

    /** What {@link #trainEndKey} reads from a selector; set by {@code VersionSelector} as it loads. */
    private static volatile java.util.function.ToLongFunction<io.profilekit.VersionSelector> trainEndKeys;
    /** What {@link #trainEndExact} reads from a selector; set by {@code VersionSelector} as it loads. */
    private static volatile java.util.function.Predicate<io.profilekit.VersionSelector> trainEndExact;

    /**
     * The first three release numbers packed in a {@code long}, 21 bits each (larger numbers
     * capped, and nothing after a capped one): comparing keys orders versions as their release
     * numbers do wherever the keys differ; equal keys need the full comparison.
     *
     * @param release the release numbers, without leading zeros
     * @return the key
     */
    public static long releaseKey(java.util.List<String> release) {
        long key = 0;
        boolean capped = false;
        for (int i = 0; i < KEY_PARTS; i++) {
            long part = 0;
            if (!capped && i < release.size()) {
                String n = release.get(i);
                part = n.length() > 7 ? KEY_CAP : Math.min(KEY_CAP, Long.parseLong(n));
                capped = part == KEY_CAP;
            }
            key = (key << KEY_BITS) | part;
        }
        return key;
    }

    /**
     * Whether a release's key stands for it alone: at most three numbers, none capped. Two
     * releases with equal keys that both stand alone are the same release.
     *
     * @param release the release numbers, without leading zeros
     * @return true if no other release has this key
     */
    public static boolean isExactKey(java.util.List<String> release) {
        if (release.size() > KEY_PARTS) {
            return false;
        }
        for (String n : release) {
            if (n.length() > 7 || Long.parseLong(n) >= KEY_CAP) {
                return false;
            }
        }
        return true;
    }

    /**
     * Lets {@code VersionSelector} tell registries whether its train's end key stands for the
     * end's release alone ({@link #isExactKey}), without public API.
     *
     * @param exact the selector's accessor
     */
    public static void registerTrainEndExact(java.util.function.Predicate<io.profilekit.VersionSelector> exact) {
        trainEndExact = exact;
    }

    /**
     * Whether a train's end key stands for the end's release alone: then a version whose key is
     * equal and stands alone too has the end's release (the next train's numbers), so it is no
     * release of this train, and a search may count it as past the train without comparing.
     *
     * @param train a train selector
     * @return true if so; false for a train without an end
     */
    public static boolean trainEndExact(io.profilekit.VersionSelector train) {
        return trainEndExact.test(train);
    }

    /**
     * Lets {@code VersionSelector} hand its trains' end keys to registries without public API.
     *
     * @param keys the selector's accessor
     */
    public static void registerTrainEndKeys(java.util.function.ToLongFunction<io.profilekit.VersionSelector> keys) {
        trainEndKeys = keys;
    }

    /**
     * The release key of the version a train ends below (see
     * {@link io.profilekit.VersionSelector#isPastTrain(io.profilekit.PackVersion)}): a version whose
     * key is smaller is not past the train, one whose key is larger is; equal keys need
     * {@code isPastTrain}. {@link Long#MAX_VALUE} when the train has no end (nothing is past it).
     *
     * @param train a train selector
     * @return the key
     */
    public static long trainEndKey(io.profilekit.VersionSelector train) {
        return trainEndKeys.applyAsLong(train);
    }

    /**
     * Removes leading zeros from a digit string, keeping a single {@code 0}.
     *
     * @param digits a non-empty digit string
     * @return the digits without leading zeros
     */
    public static String stripLeadingZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }

    /**
     * Compares two version identifiers: digit strings (without leading zeros) as numbers of any
     * size, digit strings before letters, letters as text.
     *
     * @param a an identifier
     * @param b an identifier
     * @return the comparison
     */
    public static int compareIdentifiers(String a, String b) {
        boolean an = !a.isEmpty() && Character.isDigit(a.charAt(0));
        boolean bn = !b.isEmpty() && Character.isDigit(b.charAt(0));
        if (an && bn) {
            int c = Integer.compare(a.length(), b.length());
            return c != 0 ? c : a.compareTo(b);
        }
        if (an != bn) {
            return an ? -1 : 1;
        }
        return a.compareTo(b);
    }

    /**
     * The release numbers of a version text as written (after an optional {@code v}), leading zeros
     * removed but trailing zeros kept: {@code "1.30.0-rev2"} gives {@code [1, 30, 0]}.
     *
     * @param text a version text
     * @return the numbers; empty if the text does not start with one
     */
    public static List<String> writtenReleaseNumbers(String text) {
        List<String> numbers = new ArrayList<>();
        int i = !text.isEmpty() && (text.charAt(0) == 'v' || text.charAt(0) == 'V') ? 1 : 0;
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            int start = i;
            while (i < text.length() && Character.isDigit(text.charAt(i))) {
                i++;
            }
            numbers.add(stripLeadingZeros(text.substring(start, i)));
            if (i + 1 < text.length() && text.charAt(i) == '.' && Character.isDigit(text.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return numbers;
    }
}
