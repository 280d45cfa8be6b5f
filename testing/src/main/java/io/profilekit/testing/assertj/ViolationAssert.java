package io.profilekit.testing.assertj;

import io.profilekit.rules.Severity;
import io.profilekit.rules.ValidationReport;
import io.profilekit.rules.Violation;
import io.profilekit.testing.internal.Reports;
import org.assertj.core.api.AbstractAssert;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Narrows the violations of one code in a report: each call keeps the violations that also match
 * it and fails when none is left, naming what was looked for and printing the whole report. Get one
 * from {@link ValidationReportAssert#hasViolation(io.profilekit.rules.ViolationCode)}.
 *
 * <pre>{@code
 * assertThat(report).hasViolation(ViolationCode.TAG_KEY_RESERVED)
 *         .at("tags[2]").withSeverity(Severity.ERROR).withMessageContaining("aws:");
 * }</pre>
 */
public final class ViolationAssert extends AbstractAssert<ViolationAssert, Violation> {
    private final ValidationReport report;
    private final List<Violation> candidates;
    private final String wanted;

    ViolationAssert(ValidationReport report, List<Violation> candidates, String wanted) {
        super(candidates.get(0), ViolationAssert.class);
        this.report = report;
        this.candidates = List.copyOf(candidates);
        this.wanted = wanted;
    }

    /**
     * One of the violations is at this property path.
     *
     * @param path e.g. {@code "layers[1].pack.version"}; {@code ""} for the profile itself
     * @return an assertion on the violations at that path
     */
    public ViolationAssert at(String path) {
        Objects.requireNonNull(path, "path");
        return narrow(v -> v.path().equals(path), "at " + (path.isEmpty() ? "(profile)" : path),
                "found at " + candidates.stream().map(v -> v.path().isEmpty() ? "(profile)" : v.path()).distinct()
                        .collect(Collectors.toList()));
    }

    /**
     * One of the violations has this severity.
     *
     * @param severity the severity
     * @return an assertion on the violations with that severity
     */
    public ViolationAssert withSeverity(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        return narrow(v -> v.severity() == severity, "with severity " + severity,
                "found with " + candidates.stream().map(Violation::severity).distinct().collect(Collectors.toList()));
    }

    /**
     * One of the violations has a hint containing this text.
     *
     * @param text part of the hint
     * @return an assertion on the violations with such a hint
     */
    public ViolationAssert withHintContaining(String text) {
        Objects.requireNonNull(text, "text");
        return narrow(v -> v.hint().contains(text), "with a hint containing \"" + text + "\"",
                "the hints are " + candidates.stream().map(v -> "\"" + v.hint() + "\"").collect(Collectors.toList()));
    }

    /**
     * One of the violations has a message containing this text.
     *
     * @param text part of the message
     * @return an assertion on the violations with such a message
     */
    public ViolationAssert withMessageContaining(String text) {
        Objects.requireNonNull(text, "text");
        return narrow(v -> v.message().contains(text), "with a message containing \"" + text + "\"",
                "the messages are " + candidates.stream().map(v -> "\"" + v.message() + "\"").collect(Collectors.toList()));
    }

    private ViolationAssert narrow(Predicate<Violation> test, String what, String found) {
        List<Violation> left = candidates.stream().filter(test).collect(Collectors.toList());
        String looked = wanted + " " + what;
        if (left.isEmpty()) {
            failWithMessage("Expecting a violation %s, but %s:%n%s", looked, found, Reports.text(report));
        }
        return new ViolationAssert(report, left, looked);
    }
}
