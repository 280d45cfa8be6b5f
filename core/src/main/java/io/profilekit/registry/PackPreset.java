package io.profilekit.registry;

import io.profilekit.internal.Checks;

import java.util.List;

/**
 * A preset of a pack ({@code presets.yaml}): a named change to the pack's values that a user can
 * choose. Only one preset of a group may be chosen at a time.
 *
 * @param name the preset's name, unique within the pack
 * @param displayName the name shown to users
 * @param group the group; at most one preset of a group can be active
 * @param add YAML text merged into the values
 * @param remove dotted paths removed from the values
 */
public record PackPreset(String name, String displayName, String group, String add, List<String> remove) {
    /**
     * Creates a preset.
     *
     * @param name the preset's name, unique within the pack
     * @param displayName the name shown to users
     * @param group the group; at most one preset of a group can be active
     * @param add YAML text merged into the values
     * @param remove dotted paths removed from the values
     * @throws NullPointerException if any component (or an element of {@code remove}) is null
     */
    public PackPreset {
        Checks.notNull(name, "name");
        Checks.notNull(displayName, "displayName");
        Checks.notNull(group, "group");
        Checks.notNull(add, "add");
        remove = Checks.copyNoNulls(remove, "remove");
    }
}
