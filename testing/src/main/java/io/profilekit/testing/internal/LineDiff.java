package io.profilekit.testing.internal;

import io.profilekit.rules.SafeText;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts by lines (longest common subsequence), with three lines of context,
 * each line escaped. Texts of more than 4,000 lines are compared from their first differing line
 * instead, to bound the work.
 */
public final class LineDiff {
    private static final int CONTEXT = 3;
    private static final int MAX_LINES = 4000;
    private static final int MAX_OUTPUT = 200;

    private LineDiff() {
    }

    /**
     * The diff.
     *
     * @param expected the old text
     * @param actual the new text
     * @return hunks headed {@code @@ -a,b +c,d @@}, lines marked {@code -}, {@code +} or a space
     */
    public static String unified(String expected, String actual) {
        String[] a = expected.split("\n", -1);
        String[] b = actual.split("\n", -1);
        List<String[]> ops = a.length > MAX_LINES || b.length > MAX_LINES ? firstDifference(a, b) : lcs(a, b);
        StringBuilder out = new StringBuilder();
        int shown = 0;
        int i = 0;
        while (i < ops.size()) {
            if (ops.get(i)[0].equals(" ")) {
                i++;
                continue;
            }
            // A hunk: from CONTEXT lines before this change to CONTEXT lines after the last change
            // that follows within 2 * CONTEXT unchanged lines.
            int last = i;
            for (int k = i + 1; k < ops.size() && k - last <= 2 * CONTEXT + 1; k++) {
                if (!ops.get(k)[0].equals(" ")) {
                    last = k;
                }
            }
            int start = Math.max(0, i - CONTEXT);
            int end = Math.min(ops.size(), last + 1 + CONTEXT);
            out.append("@@ -").append(1 + count(ops, 0, start, "+")).append(',').append(count(ops, start, end, "+"))
                    .append(" +").append(1 + count(ops, 0, start, "-")).append(',').append(count(ops, start, end, "-"))
                    .append(" @@\n");
            for (int k = start; k < end; k++) {
                if (shown++ >= MAX_OUTPUT) {
                    return out.append("… (diff cut at ").append(MAX_OUTPUT).append(" lines)\n").toString();
                }
                out.append(ops.get(k)[0]).append(SafeText.escape(ops.get(k)[1])).append('\n');
            }
            i = end;
        }
        return out.toString();
    }

    /** The lines in [from, to) that are not marked {@code skip}. */
    private static int count(List<String[]> ops, int from, int to, String skip) {
        int n = 0;
        for (int k = from; k < to; k++) {
            if (!ops.get(k)[0].equals(skip)) {
                n++;
            }
        }
        return n;
    }

    private static List<String[]> lcs(String[] a, String[] b) {
        int[][] len = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                len[i][j] = a[i].equals(b[j]) ? len[i + 1][j + 1] + 1 : Math.max(len[i + 1][j], len[i][j + 1]);
            }
        }
        List<String[]> ops = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i].equals(b[j])) {
                ops.add(new String[] {" ", a[i++]});
                j++;
            } else if (len[i + 1][j] >= len[i][j + 1]) {
                ops.add(new String[] {"-", a[i++]});
            } else {
                ops.add(new String[] {"+", b[j++]});
            }
        }
        while (i < a.length) {
            ops.add(new String[] {"-", a[i++]});
        }
        while (j < b.length) {
            ops.add(new String[] {"+", b[j++]});
        }
        return ops;
    }

    private static List<String[]> firstDifference(String[] a, String[] b) {
        List<String[]> ops = new ArrayList<>();
        int i = 0;
        while (i < a.length && i < b.length && a[i].equals(b[i])) {
            ops.add(new String[] {" ", a[i++]});
        }
        for (int k = i; k < a.length; k++) {
            ops.add(new String[] {"-", a[k]});
        }
        for (int k = i; k < b.length; k++) {
            ops.add(new String[] {"+", b[k]});
        }
        return ops;
    }
}
