package io.profilekit.testing.assertj;

import io.profilekit.rules.ValidationReport;
import io.profilekit.rules.Violation;
import io.profilekit.rules.ViolationCode;
import io.profilekit.testing.internal.Reports;
import org.assertj.core.api.AbstractAssert;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Assertions on a {@link ValidationReport}. Every failure message ends with the whole report as
 * {@code profilekit validate} prints it. Get one from
 * {@link ProfileKitAssertions#assertThat(ValidationReport)}.
 *
 * <pre>{@code
 * assertThat(report).hasNoErrors();
 * assertThat(report).hasViolation(ViolationCode.PACK_VERSION_NOT_FOUND)
 *         .at("layers[1].pack.version").withSeverity(Severity.ERROR).withHintContaining("1.33.6");
 * assertThat(report).hasExactlyViolations(ViolationCode.LAYER_MISSING, ViolationCode.TAG_KEY_RESERVED);
 * }</pre>
 */
public final class ValidationReportAssert extends AbstractAssert<ValidationReportAssert, ValidationReport> {
    ValidationReportAssert(ValidationReport actual) {
        super(actual, ValidationReportAssert.class);
    }

    /**
     * The report has no error (warnings are allowed).
     *
     * @return this
     */
    public ValidationReportAssert hasNoErrors() {
        isNotNull();
        if (!actual.errors().isEmpty()) {
            failWithMessage("Expecting no errors, but the report has %d:%n%s", actual.errors().size(), Reports.text(actual));
        }
        return this;
    }

    /**
     * The report has no violation at all, neither error nor warning.
     *
     * @return this
     */
    public ValidationReportAssert hasNoViolations() {
        isNotNull();
        if (!actual.violations().isEmpty()) {
            failWithMessage("Expecting no violations, but the report has %d:%n%s", actual.violations().size(),
                    Reports.text(actual));
        }
        return this;
    }

    /**
     * The report has at least one violation with this code; narrow it further with the returned
     * assertion ({@code at}, {@code withSeverity}, …).
     *
     * @param code a built-in code
     * @return an assertion on the violations with that code
     */
    public ViolationAssert hasViolation(ViolationCode code) {
        return hasViolation(Objects.requireNonNull(code, "code").name());
    }

    /**
     * The report has at least one violation with this code (a built-in one by name, or a custom
     * rule's code).
     *
     * @param code the code, e.g. {@code "PACK_NOT_FOUND"} or {@code "ACME_OWNER_TAG"}
     * @return an assertion on the violations with that code
     */
    public ViolationAssert hasViolation(String code) {
        isNotNull();
        Objects.requireNonNull(code, "code");
        List<Violation> matching = actual.violations().stream().filter(v -> v.code().equals(code))
                .collect(Collectors.toList());
        if (matching.isEmpty()) {
            failWithMessage("Expecting a violation %s, but the report has %s:%n%s", code,
                    actual.violations().isEmpty() ? "none" : "only " + actual.codes(), Reports.text(actual));
        }
        return new ViolationAssert(actual, matching, code);
    }

    /**
     * The report has no violation with this code.
     *
     * @param code the code
     * @return this
     */
    public ValidationReportAssert doesNotHaveViolation(ViolationCode code) {
        isNotNull();
        Objects.requireNonNull(code, "code");
        if (actual.codes().contains(code.name())) {
            failWithMessage("Expecting no violation %s, but the report has one:%n%s", code, Reports.text(actual));
        }
        return this;
    }

    /**
     * The report's violations have exactly these codes, in any order, each as often as given
     * (warnings count too).
     *
     * @param codes the codes
     * @return this
     */
    public ValidationReportAssert hasExactlyViolations(ViolationCode... codes) {
        Objects.requireNonNull(codes, "codes");
        return exactly(Arrays.stream(codes).map(Enum::name).collect(Collectors.toList()));
    }

    /**
     * The report's violations have exactly these codes (built-in or custom), in any order, each as
     * often as given.
     *
     * @param code a code
     * @param more more codes
     * @return this
     */
    public ValidationReportAssert hasExactlyViolations(String code, String... more) {
        List<String> expected = new ArrayList<>();
        expected.add(Objects.requireNonNull(code, "code"));
        expected.addAll(Arrays.asList(more));
        return exactly(expected);
    }

    private ValidationReportAssert exactly(List<String> expected) {
        isNotNull();
        List<String> actualCodes = actual.violations().stream().map(Violation::code).collect(Collectors.toList());
        List<String> missing = new ArrayList<>(expected);
        List<String> unexpected = new ArrayList<>();
        for (String c : actualCodes) {
            if (!missing.remove(c)) {
                unexpected.add(c);
            }
        }
        if (!missing.isEmpty() || !unexpected.isEmpty()) {
            failWithMessage("Expecting exactly the violations %s, but %s%s:%n%s", expected,
                    missing.isEmpty() ? "" : "these are missing: " + missing,
                    unexpected.isEmpty() ? "" : (missing.isEmpty() ? "" : "; and ") + "these are unexpected: " + unexpected,
                    Reports.text(actual));
        }
        return this;
    }
}
