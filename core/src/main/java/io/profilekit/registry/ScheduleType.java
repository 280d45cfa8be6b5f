package io.profilekit.registry;

import java.util.Optional;

/**
 * The nodes a pack's component is scheduled on ({@code constraints.resources[].components[].scheduleType}).
 */
public enum ScheduleType {
    /** Control-plane nodes ({@code control-plane}; older packs say {@code master}). */
    CONTROL_PLANE("control-plane"),
    /** Worker nodes ({@code worker}). */
    WORKER("worker"),
    /** Any node ({@code all}). */
    ALL("all");

    private final String wireName;

    ScheduleType(String wireName) {
        this.wireName = wireName;
    }

    /**
     * The name {@code pack.json} uses.
     *
     * @return e.g. {@code "control-plane"}
     */
    public String wireName() {
        return wireName;
    }

    /**
     * Finds the schedule type with the given wire name, {@code master} meaning control-plane.
     *
     * @param wireName e.g. {@code "worker"}; case is ignored
     * @return the type, or empty if the name is none of them
     */
    public static Optional<ScheduleType> fromWireName(String wireName) {
        if ("master".equalsIgnoreCase(wireName)) {
            return Optional.of(CONTROL_PLANE);
        }
        for (ScheduleType t : values()) {
            if (t.wireName.equalsIgnoreCase(wireName)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return wireName;
    }
}
