package io.profilekit.rules;

/**
 * Thrown by {@link ValidationReport#throwIfInvalid()}: the message lists every violation, one per
 * line, and {@link #report()} has them as values.
 */
public final class ProfileValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The report; not kept in a serialized form. */
    private final transient ValidationReport report;

    /**
     * Creates the exception.
     *
     * @param report the report of an invalid profile
     */
    public ProfileValidationException(ValidationReport report) {
        super(report.toString());
        this.report = report;
    }

    /**
     * The report.
     *
     * @return the report (null only after deserialization)
     */
    public ValidationReport report() {
        return report;
    }
}
