package io.profilekit.yaml;

import io.profilekit.ClusterProfile;

import java.util.List;
import java.util.Objects;

/**
 * The profiles read from one input together with everything that was read but not kept.
 * Immutable.
 *
 * <pre>{@code
 * ReadResult result = ProfileDocuments.paletteExportJson().readWithWarnings(Path.of("export.json"));
 * ClusterProfile profile = result.profile();
 * result.warnings().forEach(w -> log.warn(w.toString()));   // e.g. status: … has no place in ProfileKit's model
 * }</pre>
 */
public final class ReadResult {
    private final List<ClusterProfile> profiles;
    private final List<ReadWarning> warnings;

    /**
     * Creates a result.
     *
     * @param profiles the profiles, in document order
     * @param warnings the warnings, in document order
     * @throws NullPointerException if a list or an element is null
     */
    public ReadResult(List<? extends ClusterProfile> profiles, List<ReadWarning> warnings) {
        this.profiles = List.copyOf(Objects.requireNonNull(profiles, "profiles must not be null"));
        this.warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings must not be null"));
    }

    /**
     * The profiles read, in document order.
     *
     * @return an unmodifiable list, possibly empty
     */
    public List<ClusterProfile> profiles() {
        return profiles;
    }

    /**
     * The only profile read.
     *
     * @return the profile
     * @throws IllegalStateException if the input held no profile or more than one
     */
    public ClusterProfile profile() {
        if (profiles.size() != 1) {
            throw new IllegalStateException("expected exactly one profile, the input held " + profiles.size()
                    + "; use profiles()");
        }
        return profiles.get(0);
    }

    /**
     * What was read but not kept, in document order.
     *
     * @return an unmodifiable list; always empty for ProfileKit's own strict YAML format
     */
    public List<ReadWarning> warnings() {
        return warnings;
    }

    /**
     * Whether anything was read but not kept.
     *
     * @return true if {@link #warnings()} is not empty
     */
    public boolean hasWarnings() {
        return !warnings.isEmpty();
    }

    @Override
    public String toString() {
        return "ReadResult[" + profiles.size() + " profile(s), " + warnings.size() + " warning(s)]";
    }
}
