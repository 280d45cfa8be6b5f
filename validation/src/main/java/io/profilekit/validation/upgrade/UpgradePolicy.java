package io.profilekit.validation.upgrade;

import io.profilekit.PackVersion;

import java.util.Locale;
import java.util.Objects;

/**
 * How far the {@link UpgradePlanner} may move each layer from the version it has now: within its
 * minor ({@link #PATCH}), within its major ({@link #MINOR}), or to any newer version
 * ({@link #LATEST}). Pre-releases are taken only when asked ({@link #withPreReleases()}).
 *
 * <pre>{@code
 * UpgradePolicy.MINOR.allows(PackVersion.parse("1.31.2"), PackVersion.parse("1.33.6"));   // true
 * UpgradePolicy.PATCH.allows(PackVersion.parse("1.31.2"), PackVersion.parse("1.32.9"));   // false
 * UpgradePolicy.parse("latest").withPreReleases();
 * }</pre>
 *
 * @param level how far a layer may move
 * @param preReleases whether pre-release versions may be taken
 */
public record UpgradePolicy(Level level, boolean preReleases) {
    /** Newer patches of the same major.minor. */
    public static final UpgradePolicy PATCH = new UpgradePolicy(Level.PATCH, false);
    /** Newer minors and patches of the same major. */
    public static final UpgradePolicy MINOR = new UpgradePolicy(Level.MINOR, false);
    /** Any newer version. */
    public static final UpgradePolicy LATEST = new UpgradePolicy(Level.LATEST, false);

    /** How far a layer may move. */
    public enum Level {
        /** Same major and minor release number. */
        PATCH,
        /** Same major release number. */
        MINOR,
        /** Any. */
        LATEST
    }

    /**
     * Checks the components.
     *
     * @param level how far a layer may move
     * @param preReleases whether pre-release versions may be taken
     */
    public UpgradePolicy {
        Objects.requireNonNull(level, "level");
    }

    /**
     * A policy by its command-line name.
     *
     * @param name {@code patch}, {@code minor} or {@code latest} (any case)
     * @return the policy, without pre-releases
     * @throws IllegalArgumentException naming the valid names
     */
    public static UpgradePolicy parse(String name) {
        switch (Objects.requireNonNull(name, "name").toLowerCase(Locale.ROOT)) {
            case "patch":
                return PATCH;
            case "minor":
                return MINOR;
            case "latest":
                return LATEST;
            default:
                throw new IllegalArgumentException("unknown upgrade policy '" + name + "'; use patch, minor or latest");
        }
    }

    /**
     * This policy, also taking pre-releases.
     *
     * @return the policy
     */
    public UpgradePolicy withPreReleases() {
        return new UpgradePolicy(level, true);
    }

    /**
     * Whether a layer at {@code current} may move to {@code candidate}: a newer version, within the
     * level, a release unless pre-releases are asked for.
     *
     * @param current the version the layer resolves to now
     * @param candidate a version of the same pack
     * @return true if the policy allows the move
     */
    public boolean allows(PackVersion current, PackVersion candidate) {
        if (candidate.compareTo(current) <= 0 || (candidate.isPreRelease() && !preReleases)) {
            return false;
        }
        return withinLevel(current, candidate);
    }

    /**
     * Whether {@code candidate} is within the level's reach of {@code current}, whatever its order.
     *
     * @param current the version now
     * @param candidate another version
     * @return true if the release numbers the level keeps are equal
     */
    public boolean withinLevel(PackVersion current, PackVersion candidate) {
        int keep = level == Level.PATCH ? 2 : level == Level.MINOR ? 1 : 0;
        for (int i = 0; i < keep; i++) {
            if (!number(current, i).equals(number(candidate, i))) {
                return false;
            }
        }
        return true;
    }

    private static String number(PackVersion v, int i) {
        return i < v.releaseNumbers().size() ? v.releaseNumbers().get(i) : "0";
    }

    /** @return the command-line name, e.g. {@code minor}, with {@code +pre-releases} when they are taken */
    @Override
    public String toString() {
        return level.name().toLowerCase(Locale.ROOT) + (preReleases ? "+pre-releases" : "");
    }
}
