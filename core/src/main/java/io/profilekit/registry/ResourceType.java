package io.profilekit.registry;

/** A resource a pack needs ({@code constraints.resources[].type}), with the unit of its limit. */
public enum ResourceType {
    /** CPU, in millicores. */
    CPU("cpu", "millicores"),
    /** Memory, in MiB. */
    MEMORY("memory", "MiB"),
    /** Disk size, in GB. */
    DISK_SIZE("diskSize", "GB");

    private final String wireName;
    private final String unit;

    ResourceType(String wireName, String unit) {
        this.wireName = wireName;
        this.unit = unit;
    }

    /**
     * The name {@code pack.json} uses.
     *
     * @return e.g. {@code "diskSize"}
     */
    public String wireName() {
        return wireName;
    }

    /**
     * The unit of {@link ResourceRequirement#minLimit()}.
     *
     * @return e.g. {@code "MiB"}
     */
    public String unit() {
        return unit;
    }

    /**
     * Finds the type with the given wire name.
     *
     * @param wireName e.g. {@code "cpu"}
     * @return the type, or empty
     */
    public static java.util.Optional<ResourceType> fromWireName(String wireName) {
        for (ResourceType t : values()) {
            if (t.wireName.equals(wireName)) {
                return java.util.Optional.of(t);
            }
        }
        return java.util.Optional.empty();
    }

    @Override
    public String toString() {
        return wireName;
    }
}
