package io.profilekit.rules;

import io.profilekit.internal.Checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every problem found in a profile, in a stable order: by property path (numbers in paths compare
 * as numbers, so {@code layers[2]} comes before {@code layers[10]}), then severity, code and message.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * ValidationReport report = validator.validate(profile);
 * if (!report.isValid()) {
 *     report.errors().forEach(System.out::println);
 * }
 * report.throwIfInvalid();   // or fail with every violation listed
 * }</pre>
 */
public final class ValidationReport {
    private static final Comparator<Violation> ORDER = Comparator
            .comparing(Violation::path, ValidationReport::comparePaths)
            .thenComparing(Violation::severity)
            .thenComparing(Violation::code)
            .thenComparing(Violation::message)
            .thenComparing(Violation::hint);

    private final String subject;
    private final List<Violation> violations;

    /**
     * A report.
     *
     * @param subject what was validated, e.g. {@code "aws-prod-base 1.2.0"}, for messages
     * @param violations the violations, in any order
     * @throws NullPointerException if an argument or element is null
     */
    public ValidationReport(String subject, List<Violation> violations) {
        this.subject = Checks.notNull(subject, "subject");
        List<Violation> sorted = new ArrayList<>(Checks.copyNoNulls(violations, "violations"));
        sorted.sort(ORDER);
        this.violations = List.copyOf(sorted);
    }

    /**
     * This report with every violation placed in the document the profile was read from: each
     * violation's path is given to {@code locator} (for a document read by profilekit-yaml,
     * {@code SourceMap::locate}), and a violation it locates carries that location. Validating a
     * built profile is unchanged; locating is a step after it.
     *
     * <pre>{@code
     * ReadResult read = ProfileDocuments.yaml().readWithWarnings(Path.of("aws.yaml"));
     * ValidationReport located = validator.validate(read.profile()).locate(read.sourceMap(0)::locate);
     * located.errors().get(0).location();   // Optional[aws.yaml:14:18]
     * }</pre>
     *
     * @param locator a violation path to its location, or empty
     * @return the located report
     */
    public ValidationReport locate(java.util.function.Function<String, Optional<SourceLocation>> locator) {
        Checks.notNull(locator, "locator");
        List<Violation> located = new ArrayList<>(violations.size());
        for (Violation v : violations) {
            Optional<SourceLocation> at = Checks.notNull(locator.apply(v.path()), "location");
            located.add(at.map(v::at).orElse(v));
        }
        return new ValidationReport(subject, located);
    }

    /**
     * What was validated.
     *
     * @return the subject
     */
    public String subject() {
        return subject;
    }

    /**
     * Whether the profile has no {@link Severity#ERROR} violations.
     *
     * @return true if valid (warnings allowed)
     */
    public boolean isValid() {
        return violations.stream().noneMatch(v -> v.severity() == Severity.ERROR);
    }

    /**
     * Every violation, in the report's order.
     *
     * @return an unmodifiable list
     */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * The {@link Severity#ERROR} violations.
     *
     * @return an unmodifiable list
     */
    public List<Violation> errors() {
        return bySeverity(Severity.ERROR);
    }

    /**
     * The {@link Severity#WARNING} violations.
     *
     * @return an unmodifiable list
     */
    public List<Violation> warnings() {
        return bySeverity(Severity.WARNING);
    }

    private List<Violation> bySeverity(Severity severity) {
        return violations.stream().filter(v -> v.severity() == severity).collect(Collectors.toUnmodifiableList());
    }

    /**
     * The codes of all violations, in order (handy in tests).
     *
     * @return the codes
     */
    public List<String> codes() {
        return violations.stream().map(Violation::code).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Throws if the profile is not valid.
     *
     * @return this report, if valid
     * @throws ProfileValidationException listing every violation, one per line
     */
    public ValidationReport throwIfInvalid() {
        if (!isValid()) {
            throw new ProfileValidationException(this);
        }
        return this;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ValidationReport && ((ValidationReport) o).subject.equals(subject)
                && ((ValidationReport) o).violations.equals(violations);
    }

    @Override
    public int hashCode() {
        return subject.hashCode() * 31 + violations.hashCode();
    }

    /**
     * The report as the {@code profilekit validate} command line prints it: a heading with the
     * source's name, the subject, {@code valid} or {@code INVALID} and the counts, then one line per
     * violation with its location (when known), severity, path, code, message and hint.
     *
     * <pre>{@code
     * report.textLines("aws.yaml");
     * // [aws.yaml: aws-prod-base 1.2.0: INVALID (1 error, 0 warnings),
     * //  aws.yaml:12:14: ERROR  layers[1].pack.version  PACK_VERSION_NOT_FOUND  kubernetes has no version 1.99.x — use one of 1.33.6, 1.32.9]
     * }</pre>
     *
     * <p>The lines hold text from the profile as it is: pass each through
     * {@link SafeText#escape(String)} before it reaches a terminal or a log.
     *
     * @param source the name of what was validated, e.g. a file name
     * @return the lines, the heading first
     */
    public List<String> textLines(String source) {
        List<String> lines = new java.util.ArrayList<>(violations.size() + 1);
        lines.add(source + ": " + subject + ": " + (isValid() ? "valid" : "INVALID") + " ("
                + count(errors().size(), "error") + ", " + count(warnings().size(), "warning") + ")");
        for (Violation v : violations) {
            lines.add(v.location().map(l -> l + ": ").orElse("  ") + v.severity() + "  "
                    + (v.path().isEmpty() ? "(profile)" : v.path()) + "  " + v.code() + "  " + v.message()
                    + (v.hint().isEmpty() ? "" : " — " + v.hint()));
        }
        return List.copyOf(lines);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /**
     * A summary line, then one line per violation.
     *
     * @return the report as text
     */
    @Override
    public String toString() {
        long errors = errors().size();
        long warnings = warnings().size();
        StringBuilder sb = new StringBuilder(subject).append(": ")
                .append(isValid() ? "valid" : "invalid").append(" (").append(errors)
                .append(errors == 1 ? " error, " : " errors, ").append(warnings)
                .append(warnings == 1 ? " warning)" : " warnings)");
        for (Violation v : violations) {
            sb.append("\n  ").append(v);
        }
        return sb.toString();
    }

    /** Compares paths with embedded numbers numerically. */
    static int comparePaths(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                int c = io.profilekit.internal.VersionText.compareIdentifiers(
                        io.profilekit.internal.VersionText.stripLeadingZeros(a.substring(si, i)),
                        io.profilekit.internal.VersionText.stripLeadingZeros(b.substring(sj, j)));
                if (c != 0) {
                    return c;
                }
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
