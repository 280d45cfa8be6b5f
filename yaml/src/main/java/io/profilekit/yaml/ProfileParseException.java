package io.profilekit.yaml;

/**
 * A document could not be read as a profile: it is not valid YAML or JSON, breaks a
 * {@linkplain ReadLimits read limit}, or does not have the shape of the format (an unknown field in
 * ProfileKit's strict format, a list where a mapping belongs, a missing {@code kind}…).
 *
 * <p>Carries where the problem is — the document's name (a file's path, or {@code <string>} /
 * {@code <reader>}), the 1-based line and column, and the property path such as
 * {@code spec.layers[1].pack.version} — what is wrong, and a hint on how to fix it, in the shape
 * every reading error of ProfileKit has ({@link ReadException}). Semantic
 * problems (an unknown pack, a bad version, layers out of order) are not parse errors: they reach
 * the validator's report instead. Unchecked; ProfileKit never lets a Jackson or YAML-engine
 * exception escape in its place.
 *
 * <pre>{@code
 * try {
 *     ProfileDocuments.yaml().read(Path.of("profile.yaml"));
 * } catch (ProfileParseException e) {
 *     e.getMessage();   // profile.yaml:12:9: spec.layers[1].pack.verison: unknown field 'verison' — did you mean 'version'?
 *     e.path();         // spec.layers[1].pack.verison
 * }
 * }</pre>
 */
public final class ProfileParseException extends ReadException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param documentName the document's name, e.g. {@code "profile.yaml"} or {@code "<string>"}
     * @param line the 1-based line, or 0 if unknown
     * @param column the 1-based column, or 0 if unknown
     * @param path the property path, e.g. {@code "spec.layers[1].pack.version"}; empty for the document itself
     * @param problem what is wrong
     * @param hint how to fix it; empty if there is nothing to add
     * @param cause the underlying exception, or null
     * @throws NullPointerException if a text argument is null
     */
    public ProfileParseException(String documentName, int line, int column, String path, String problem, String hint,
                                 Throwable cause) {
        super(documentName, line, column, path, problem, hint, cause);
    }
}
