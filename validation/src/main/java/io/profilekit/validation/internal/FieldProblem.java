package io.profilekit.validation.internal;

import io.profilekit.rules.Violation;
import io.profilekit.rules.ViolationCode;

import java.util.Objects;

/**
 * One problem found by a field check: the code, the property path, the message and a hint. The
 * profile validator turns it into a {@link Violation}; the Jakarta constraint validators into a
 * constraint violation at the same path. Internal: not part of ProfileKit's API.
 *
 * @param code the code
 * @param path the property path, e.g. {@code tags[2]}
 * @param message what is wrong, naming the offending value
 * @param hint what would be valid
 */
public record FieldProblem(ViolationCode code, String path, String message, String hint) {
    /**
     * Creates a problem.
     *
     * @param code the code
     * @param path the property path, e.g. {@code tags[2]}
     * @param message what is wrong, naming the offending value
     * @param hint what would be valid
     * @throws NullPointerException if any component is null
     */
    public FieldProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(hint, "hint");
    }

    /**
     * The problem as a violation with the code's default severity.
     *
     * @return the violation
     */
    public Violation toViolation() {
        return Violation.of(code, path, message, hint);
    }

    /**
     * Message and hint in one sentence, as Jakarta constraint violations carry them.
     *
     * @return e.g. {@code "profile version 'v1.2' is not strict SemVer … (hint: use 1.2.0)"}
     */
    public String text() {
        return hint.isEmpty() ? message : message + " (hint: " + hint + ")";
    }
}
