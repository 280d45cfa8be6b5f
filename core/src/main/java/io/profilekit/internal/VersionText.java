package io.profilekit.internal;

import java.util.ArrayList;
import java.util.List;

/** Helpers for comparing version texts. Internal: not part of ProfileKit's API. */
public final class VersionText {
    private VersionText() {
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
