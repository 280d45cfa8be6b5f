package io.profilekit.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles the Go (RE2) regular expressions of pack value schemas for {@link java.util.regex}, and
 * matches them with bounded work. Java's engine backtracks where RE2 does not, so a pattern is
 * refused when it uses a construct RE2 lacks (backreferences, lookahead and lookbehind, atomic
 * groups, possessive quantifiers) or a repeated group that itself holds a repetition (nested
 * quantifiers such as {@code (a+)+}, which can take exponential time). Matching then runs on a
 * text that counts the characters the engine reads and stops past a budget, and values longer than
 * {@link #MAX_VALUE_LENGTH} are not matched at all. Thread-safe. Internal.
 */
public final class SafeRegex {
    /** The longest value matched against a pattern. */
    public static final int MAX_VALUE_LENGTH = 4096;
    /** How many character reads one match may make. */
    public static final int MATCH_BUDGET = 1_000_000;

    private final String source;
    private final Pattern pattern;

    private SafeRegex(String source, Pattern pattern) {
        this.source = source;
        this.pattern = pattern;
    }

    /** The outcome of a match. */
    public enum Outcome {
        /** The pattern matches. */
        MATCH,
        /** The pattern does not match. */
        NO_MATCH,
        /** The value is too long, or the match too costly, to decide. */
        UNDECIDED
    }

    /** @return the pattern as written */
    public String source() {
        return source;
    }

    /**
     * Compiles an RE2 pattern.
     *
     * @param re2 the pattern
     * @return the compiled pattern, or why it is refused
     */
    public static Result compile(String re2) {
        Checks.notNull(re2, "pattern");
        Optional<String> unsupported = unsupported(re2);
        if (unsupported.isPresent()) {
            return new Result(null, unsupported.get());
        }
        try {
            // RE2 also spells named groups (?P<name>…), which Java does not know.
            return new Result(new SafeRegex(re2, Pattern.compile(re2.replace("(?P<", "(?<"))), null);
        } catch (PatternSyntaxException e) {
            return new Result(null, "does not compile: " + e.getDescription()
                    + (e.getIndex() >= 0 ? " at index " + e.getIndex() : ""));
        }
    }

    /** A compiled pattern, or the reason it is refused. */
    public static final class Result {
        private final SafeRegex regex;
        private final String error;

        Result(SafeRegex regex, String error) {
            this.regex = regex;
            this.error = error;
        }

        /** @return the pattern, if it compiled */
        public Optional<SafeRegex> regex() {
            return Optional.ofNullable(regex);
        }

        /** @return why the pattern is refused, if it is */
        public Optional<String> error() {
            return Optional.ofNullable(error);
        }
    }

    /**
     * Matches as Go's {@code MatchString} does: the pattern may match anywhere in the value unless it
     * anchors itself with {@code ^} and {@code $}.
     *
     * @param value the value
     * @return match, no match, or undecided when the value is too long or the budget runs out
     */
    public Outcome find(String value) {
        if (value.length() > MAX_VALUE_LENGTH) {
            return Outcome.UNDECIDED;
        }
        try {
            return pattern.matcher(new Budgeted(value, new int[] {MATCH_BUDGET})).find() ? Outcome.MATCH
                    : Outcome.NO_MATCH;
        } catch (BudgetExceeded | StackOverflowError e) {
            return Outcome.UNDECIDED;
        }
    }

    /** Why a pattern is refused before compiling it, if it is. */
    static Optional<String> unsupported(String p) {
        // One frame per open group: whether it holds an unbounded repetition.
        Deque<boolean[]> groups = new ArrayDeque<>();
        groups.push(new boolean[2]);
        boolean lastWasGroupWithRepeat = false;
        boolean lastWasQuantifier = false;
        int i = 0;
        while (i < p.length()) {
            char c = p.charAt(i);
            boolean groupEnded = false;
            boolean quantifier = false;
            if (c == '\\') {
                if (i + 1 < p.length()) {
                    char n = p.charAt(i + 1);
                    if (n >= '1' && n <= '9' || n == 'k') {
                        return Optional.of("uses a backreference (\\" + n + "), which RE2 does not support");
                    }
                    if (n == 'Q') {
                        int end = p.indexOf("\\E", i + 2);
                        i = end < 0 ? p.length() : end + 2;
                        lastWasGroupWithRepeat = false;
                        lastWasQuantifier = false;
                        continue;
                    }
                }
                i += 2;
            } else if (c == '[') {
                i = classEnd(p, i);
            } else if (c == '(') {
                if (p.startsWith("(?=", i) || p.startsWith("(?!", i) || p.startsWith("(?<=", i)
                        || p.startsWith("(?<!", i)) {
                    return Optional.of("uses lookahead or lookbehind, which RE2 does not support");
                }
                if (p.startsWith("(?>", i)) {
                    return Optional.of("uses an atomic group (?>…), which RE2 does not support");
                }
                int content = contentStart(p, i);
                groups.push(new boolean[] {false, startsWithLiteral(p, content)});
                i++;
            } else if (c == ')') {
                boolean[] closed = groups.size() > 1 ? groups.pop() : new boolean[2];
                // A repeated group that starts with a literal character splits a text one way only
                // often enough; any other group holding a repetition is refused when repeated.
                groupEnded = closed[0] && !closed[1];
                if (closed[0]) {
                    groups.peek()[0] = true;
                }
                i++;
                lastWasGroupWithRepeat = groupEnded;
                lastWasQuantifier = false;
                continue;
            } else if (c == '*' || c == '+' || c == '?' || c == '{' && bracesEnd(p, i) > 0) {
                if (lastWasQuantifier) {
                    if (c == '+') {
                        return Optional.of("uses a possessive quantifier, which RE2 does not support");
                    }
                    if (c == '?') {   // lazy: fine
                        i++;
                        lastWasQuantifier = false;
                        continue;
                    }
                }
                boolean unbounded = c == '*' || c == '+' || c == '{' && p.charAt(bracesEnd(p, i) - 1) == ',';
                if (unbounded && lastWasGroupWithRepeat) {
                    return Optional.of("repeats a group that itself holds a repetition (nested quantifiers such as"
                            + " (a+)+), which can take exponential time in Java's regex engine");
                }
                if (unbounded) {
                    groups.peek()[0] = true;
                }
                i = c == '{' ? bracesEnd(p, i) + 1 : i + 1;
                quantifier = true;
            } else {
                i++;
            }
            lastWasQuantifier = quantifier;
            lastWasGroupWithRepeat = false;
        }
        return Optional.empty();
    }

    private static int classEnd(String p, int start) {
        int i = start + 1;
        if (i < p.length() && p.charAt(i) == '^') {
            i++;
        }
        if (i < p.length() && p.charAt(i) == ']') {
            i++;
        }
        while (i < p.length()) {
            char c = p.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '[' && i + 1 < p.length() && p.charAt(i + 1) == ':') {
                int end = p.indexOf(":]", i + 2);
                i = end < 0 ? i + 1 : end + 2;
            } else if (c == ']') {
                return i + 1;
            } else {
                i++;
            }
        }
        return p.length();
    }

    /** The index of the '}' closing a {n}, {n,} or {n,m} repetition at start, or -1 if it is not one. */
    private static int bracesEnd(String p, int start) {
        int end = p.indexOf('}', start);
        if (end < 0) {
            return -1;
        }
        return p.substring(start + 1, end).matches("\\d+(,\\d*)?") ? end : -1;
    }

    /** Where the content of the group opened at index open starts, after (?:, (?P<name> or (?<name>. */
    private static int contentStart(String p, int open) {
        int i = open + 1;
        if (p.startsWith("?:", i)) {
            return i + 2;
        }
        if (p.startsWith("?P<", i) || p.startsWith("?<", i)) {
            int end = p.indexOf('>', i);
            return end < 0 ? p.length() : end + 1;
        }
        return i;
    }

    /** Whether a plain character (or escaped punctuation), not itself repeated, starts at i. */
    private static boolean startsWithLiteral(String p, int i) {
        if (i >= p.length()) {
            return false;
        }
        char c = p.charAt(i);
        int next;
        if (c == '\\') {
            if (i + 1 >= p.length() || Character.isLetterOrDigit(p.charAt(i + 1))) {
                return false;
            }
            next = i + 2;
        } else if ("[(.^$|*+?{)".indexOf(c) >= 0) {
            return false;
        } else {
            next = i + 1;
        }
        return next >= p.length() || "*+?{|".indexOf(p.charAt(next)) < 0;
    }

    private static final class BudgetExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BudgetExceeded() {
            super(null, null, false, false);
        }
    }

    /** A text that counts the reads made of it, with one budget shared by its sub-sequences. */
    private static final class Budgeted implements CharSequence {
        private final String text;
        private final int[] left;

        Budgeted(String text, int[] left) {
            this.text = text;
            this.left = left;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            if (--left[0] < 0) {
                throw new BudgetExceeded();
            }
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Budgeted(text.substring(start, end), left);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    @Override
    public String toString() {
        return source;
    }
}
