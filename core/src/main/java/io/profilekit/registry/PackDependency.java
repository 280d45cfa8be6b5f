package io.profilekit.registry;

import io.profilekit.LayerType;
import io.profilekit.PackVersion;
import io.profilekit.internal.Checks;
import io.profilekit.internal.VersionText;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A pack's constraint on another pack in the same profile ({@code constraints.dependencies[]}).
 *
 * <p>Bounds are inclusive and may be partial or absent: {@code minVersion "1.29"} admits
 * {@code 1.29.0} and up. A bound written with fewer numbers than the version it is compared with
 * covers the whole train, so {@code maxVersion "1.33"} admits {@code 1.33.6} (Palette writes bounds
 * this way); only the numbers as written count, so {@code maxVersion "1.0"} does not admit
 * {@code 1.5.0}. Spellings of one version are the same bound ({@code 1.29}, {@code 1.29.0},
 * {@code v1.29.0}). An absent bound is unbounded.
 *
 * <pre>{@code
 * PackDependency k8s = PackDependency.of("kubernetes", LayerType.KUBERNETES, DependencyType.OPTIONAL,
 *     PackVersion.parse("1.29"), null);
 * k8s.admits(PackVersion.parse("1.33.6"));   // true
 * }</pre>
 */
public final class PackDependency {
    private final String packName;
    private final LayerType layer;
    private final DependencyType type;
    private final PackVersion minVersion;
    private final PackVersion maxVersion;

    private PackDependency(String packName, LayerType layer, DependencyType type, PackVersion min, PackVersion max) {
        this.packName = packName;
        this.layer = layer;
        this.type = type;
        this.minVersion = min;
        this.maxVersion = max;
    }

    /**
     * A dependency.
     *
     * @param packName the other pack's name
     * @param layer the other pack's layer
     * @param type how this pack depends on it
     * @param minVersion the lowest admitted version, or null for none
     * @param maxVersion the highest admitted version, or null for none
     * @return the dependency
     * @throws NullPointerException if {@code packName}, {@code layer} or {@code type} is null
     */
    public static PackDependency of(String packName, LayerType layer, DependencyType type,
                                    PackVersion minVersion, PackVersion maxVersion) {
        return new PackDependency(Checks.notNull(packName, "packName"), Checks.notNull(layer, "layer"),
                Checks.notNull(type, "type"), minVersion, maxVersion);
    }

    /**
     * The other pack's name.
     *
     * @return the name
     */
    public String packName() {
        return packName;
    }

    /**
     * The other pack's layer.
     *
     * @return the layer
     */
    public LayerType layer() {
        return layer;
    }

    /**
     * How this pack depends on the other.
     *
     * @return the type
     */
    public DependencyType type() {
        return type;
    }

    /**
     * The lowest admitted version.
     *
     * @return the bound, or empty if unbounded
     */
    public Optional<PackVersion> minVersion() {
        return Optional.ofNullable(minVersion);
    }

    /**
     * The highest admitted version.
     *
     * @return the bound, or empty if unbounded
     */
    public Optional<PackVersion> maxVersion() {
        return Optional.ofNullable(maxVersion);
    }

    /**
     * Whether a version of the other pack lies within the bounds.
     *
     * @param version the other pack's version
     * @return true if within {@code minVersion..maxVersion}
     */
    public boolean admits(PackVersion version) {
        Checks.notNull(version, "version");
        if (minVersion != null && !atLeast(version, minVersion)) {
            return false;
        }
        return maxVersion == null || atMost(version, maxVersion);
    }

    // Bounds compare versions, not spellings: 1.29 and 1.29.0 (or v1.29.0) are the same bound.
    private static boolean atLeast(PackVersion version, PackVersion bound) {
        return version.compareTo(bound) >= 0 || version.isEquivalentTo(bound) || sameTrain(version, bound);
    }

    private static boolean atMost(PackVersion version, PackVersion bound) {
        return version.compareTo(bound) <= 0 || version.isEquivalentTo(bound) || sameTrain(version, bound);
    }

    /**
     * A bound written with fewer numbers covers every release whose numbers, as written, start with
     * the bound's: {@code 1.33} covers {@code 1.33.6} and {@code 1.33.0-rev2}, but {@code 1.0}
     * does not cover {@code 1.5.0} (the written numbers count, not the trailing-zero-free ones).
     */
    private static boolean sameTrain(PackVersion version, PackVersion bound) {
        if (bound.qualifier().isPresent() || version.isPreRelease()) {
            return false;
        }
        List<String> boundNumbers = VersionText.writtenReleaseNumbers(bound.toString());
        List<String> numbers = VersionText.writtenReleaseNumbers(version.toString());
        return numbers.size() > boundNumbers.size() && numbers.subList(0, boundNumbers.size()).equals(boundNumbers);
    }

    /**
     * The bounds as text.
     *
     * @return e.g. {@code ">= 1.29"}, {@code "1.29 .. 1.33"} or {@code "any version"}
     */
    public String rangeText() {
        if (minVersion == null && maxVersion == null) {
            return "any version";
        }
        if (maxVersion == null) {
            return ">= " + minVersion;
        }
        if (minVersion == null) {
            return "<= " + maxVersion;
        }
        return minVersion + " .. " + maxVersion;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PackDependency)) {
            return false;
        }
        PackDependency d = (PackDependency) o;
        return packName.equals(d.packName) && layer == d.layer && type == d.type
                && Objects.equals(minVersion, d.minVersion) && Objects.equals(maxVersion, d.maxVersion);
    }

    @Override
    public int hashCode() {
        return Objects.hash(packName, layer, type, minVersion, maxVersion);
    }

    @Override
    public String toString() {
        return type + " " + layer + "/" + packName + " " + rangeText();
    }
}
