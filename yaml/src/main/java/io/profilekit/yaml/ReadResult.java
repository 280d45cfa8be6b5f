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
    private final List<SourceMap> sourceMaps;

    /**
     * Creates a result that locates nothing.
     *
     * @param profiles the profiles, in document order
     * @param warnings the warnings, in document order
     * @throws NullPointerException if a list or an element is null
     */
    public ReadResult(List<? extends ClusterProfile> profiles, List<ReadWarning> warnings) {
        this(profiles, warnings, java.util.Collections.nCopies(profiles.size(), SourceMap.empty()));
    }

    /**
     * Creates a result.
     *
     * @param profiles the profiles, in document order
     * @param warnings the warnings, in document order
     * @param sourceMaps where each profile stands in its document, one per profile
     * @throws NullPointerException if a list or an element is null
     * @throws IllegalArgumentException if there is not one source map per profile
     */
    public ReadResult(List<? extends ClusterProfile> profiles, List<ReadWarning> warnings, List<SourceMap> sourceMaps) {
        this.profiles = List.copyOf(Objects.requireNonNull(profiles, "profiles must not be null"));
        this.warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings must not be null"));
        this.sourceMaps = List.copyOf(Objects.requireNonNull(sourceMaps, "sourceMaps must not be null"));
        if (this.sourceMaps.size() != this.profiles.size()) {
            throw new IllegalArgumentException("one source map per profile: " + this.profiles.size() + " profiles, "
                    + this.sourceMaps.size() + " source maps");
        }
    }

    /**
     * Where the profile at an index stands in its document, for locating violations.
     *
     * <pre>{@code
     * ValidationReport located = validator.validate(result.profiles().get(i)).locate(result.sourceMap(i)::locate);
     * }</pre>
     *
     * @param index the profile's index in {@link #profiles()}
     * @return its source map ({@link SourceMap#empty()} when the result was made without positions)
     * @throws IndexOutOfBoundsException if there is no such profile
     */
    public SourceMap sourceMap(int index) {
        return sourceMaps.get(index);
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
