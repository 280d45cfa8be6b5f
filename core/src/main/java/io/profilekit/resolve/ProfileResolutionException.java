package io.profilekit.resolve;

import io.profilekit.ClusterProfile;
import io.profilekit.rules.SafeText;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by {@link ProfileResolver#resolve} when any layer cannot be resolved. The message lists
 * every failure, one per line; {@link #failures()} has them as values.
 */
public final class ProfileResolutionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The failures; a record list is not serializable, so this is not kept in a serialized form. */
    private final transient List<ResolutionFailure> failures;

    /**
     * Creates the exception.
     *
     * @param profile the profile that failed to resolve
     * @param failures every failure
     */
    public ProfileResolutionException(ClusterProfile profile, List<ResolutionFailure> failures) {
        super("Cannot resolve profile " + SafeText.quote(profile.name()) + " " + SafeText.escape(profile.version()
                .text()) + " (" + failures.size() + (failures.size() == 1 ? " problem" : " problems") + "):\n"
                + failures.stream().map(f -> "  " + f).collect(Collectors.joining("\n")));
        this.failures = List.copyOf(failures);
    }

    /**
     * Every failure, in layer order.
     *
     * @return an unmodifiable list (empty after deserialization)
     */
    public List<ResolutionFailure> failures() {
        return failures == null ? List.of() : failures;
    }
}
