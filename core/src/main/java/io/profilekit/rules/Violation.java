package io.profilekit.rules;

import io.profilekit.internal.Checks;

import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in a profile: where ({@link #path()}), what ({@link #code()}), how serious
 * ({@link #severity()}), a message, and a hint of what would be valid.
 *
 * <p>Messages and hints are plain text assembled by ProfileKit; user text inside them (a name, a
 * tag) is quoted literally and never interpreted.
 *
 * <pre>{@code
 * Violation v = Violation.of(ViolationCode.PACK_VERSION_NOT_FOUND, "layers[1].pack.version",
 *     "no version of kubernetes matches '1.40.x'", "nearest: 1.34.0-rc.1, 1.33.6");
 * v.toString();  // "ERROR layers[1].pack.version PACK_VERSION_NOT_FOUND: no version … (hint: nearest: …)"
 * }</pre>
 */
public final class Violation {
    private final String path;
    private final String code;
    private final Severity severity;
    private final String message;
    private final String hint;
    private final SourceLocation location;

    private Violation(String path, String code, Severity severity, String message, String hint) {
        this(path, code, severity, message, hint, null);
    }

    private Violation(String path, String code, Severity severity, String message, String hint,
                      SourceLocation location) {
        this.path = path;
        this.code = code;
        this.severity = severity;
        this.message = message;
        this.hint = hint;
        this.location = location;
    }

    /**
     * A violation of a built-in rule, with the code's default severity.
     *
     * @param code the code
     * @param path the property path, e.g. {@code layers[1].pack.version}; empty for the whole profile
     * @param message what is wrong
     * @param hint what would be valid; empty if nothing useful can be said
     * @return the violation
     * @throws NullPointerException if any argument is null
     */
    public static Violation of(ViolationCode code, String path, String message, String hint) {
        Checks.notNull(code, "code");
        return of(code.name(), code.defaultSeverity(), path, message, hint);
    }

    /**
     * A violation with any code, e.g. one of your own rules'.
     *
     * @param code the code, e.g. {@code "OWNER_TAG_MISSING"}
     * @param severity the severity
     * @param path the property path
     * @param message what is wrong
     * @param hint what would be valid; may be empty
     * @return the violation
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if the code is blank
     */
    public static Violation of(String code, Severity severity, String path, String message, String hint) {
        return new Violation(Checks.notNull(path, "path"), Checks.notBlank(code, "code"),
                Checks.notNull(severity, "severity"), Checks.notNull(message, "message"), Checks.notNull(hint, "hint"));
    }

    /**
     * This violation with another severity (the validator applies configured overrides this way).
     *
     * @param newSeverity the severity
     * @return a copy
     */
    public Violation withSeverity(Severity newSeverity) {
        return new Violation(path, code, Checks.notNull(newSeverity, "severity"), message, hint, location);
    }

    /**
     * Where the problem is: a property path such as {@code name}, {@code tags[2]} or
     * {@code layers[1].pack.version}; empty for the profile as a whole.
     *
     * @return the path
     */
    public String path() {
        return path;
    }

    /**
     * The problem's code, e.g. {@code PACK_VERSION_NOT_FOUND} (see {@link ViolationCode}).
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * The built-in code, if this violation has one.
     *
     * @return the code, or empty for a code of a user's rule
     */
    public Optional<ViolationCode> builtInCode() {
        return ViolationCode.fromName(code);
    }

    /**
     * How serious the problem is.
     *
     * @return the severity
     */
    public Severity severity() {
        return severity;
    }

    /**
     * What is wrong.
     *
     * @return the message
     */
    public String message() {
        return message;
    }

    /**
     * What would be valid.
     *
     * @return the hint, possibly empty
     */
    public String hint() {
        return hint;
    }

    /**
     * Where in its document the profile holds what this violation is about, when the profile was
     * read from one and the report {@linkplain ValidationReport#locate(java.util.function.Function)
     * was located}.
     *
     * @return the location; empty for built profiles
     */
    public Optional<SourceLocation> location() {
        return Optional.ofNullable(location);
    }

    /**
     * This violation at a place in a document.
     *
     * @param at the location
     * @return a violation equal to this one but for its location
     */
    public Violation at(SourceLocation at) {
        return new Violation(path, code, severity, message, hint, Checks.notNull(at, "location"));
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Violation)) {
            return false;
        }
        Violation v = (Violation) o;
        return path.equals(v.path) && code.equals(v.code) && severity == v.severity && message.equals(v.message)
                && hint.equals(v.hint) && Objects.equals(location, v.location);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, code, severity, message, hint, location);
    }

    /**
     * One line: location (when known), severity, path, code, message and hint.
     *
     * @return e.g. {@code "ERROR tags[0] TAG_KEY_EMPTY: tag '' has an empty key (hint: write key:value)"}
     */
    @Override
    public String toString() {
        return (location == null ? "" : location + ": ") + severity + " " + (path.isEmpty() ? "(profile)" : path) + " " + code + ": " + message
                + (hint.isEmpty() ? "" : " (hint: " + hint + ")");
    }
}
