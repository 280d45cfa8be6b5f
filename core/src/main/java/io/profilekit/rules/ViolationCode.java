package io.profilekit.rules;

import java.util.Arrays;
import java.util.Optional;

/**
 * The codes of ProfileKit's built-in rules, each with its default severity and a one-line
 * description. This enum is the one place codes are documented; the README's table is generated
 * from it.
 */
public enum ViolationCode {
    /** The profile has no name, or only whitespace. */
    PROFILE_NAME_BLANK(Severity.ERROR, "The profile's name is empty or only whitespace."),
    /** The name starts or ends with whitespace. */
    PROFILE_NAME_WHITESPACE(Severity.ERROR, "The profile's name starts or ends with whitespace."),
    /** The version is not strict SemVer. */
    PROFILE_VERSION_INVALID(Severity.ERROR, "The profile version is not strict SemVer major.minor.patch[-pre-release]."),
    /** Cloud {@code all} on a profile whose kind does not allow it (an infrastructure profile). */
    CLOUD_ALL_REQUIRES_ADD_ON(Severity.ERROR, "Cloud type 'all' is only allowed for add-on and system profiles."),
    /** The profile type does not fit the kind of profile. */
    PROFILE_TYPE_MISMATCH(Severity.ERROR, "The profile type does not fit its kind (an infrastructure profile is of type infra, or cluster when it also holds add-ons; an add-on profile add-on; a system profile system)."),
    /** A required core layer is missing. */
    LAYER_MISSING(Severity.ERROR, "A layer the profile's kind requires (OS, Kubernetes, network or storage of an infrastructure or Full profile) is missing."),
    /** A core layer appears more than once. */
    LAYER_DUPLICATE(Severity.ERROR, "A core layer appears more than once."),
    /**
     * Layers are not in the order os, k8s, cni, csi, addon. Palette accepts packs in any order and
     * installs them by layer, so this is a warning unless configured otherwise.
     */
    LAYER_ORDER(Severity.WARNING, "Layers are not in the order os, k8s, cni, csi, then add-ons (Palette installs by layer whatever the order)."),
    /** A layer that this kind of profile may not hold. */
    LAYER_NOT_ALLOWED(Severity.ERROR, "The layer is not allowed in this kind of profile (e.g. an add-on in an infrastructure profile)."),
    /** An add-on or system profile holds a core layer. */
    LAYER_CORE_IN_ADD_ON(Severity.ERROR, "An add-on or system profile holds a core layer (os, k8s, cni or csi), which belongs in the cluster's infrastructure or Full profile."),
    /** A layer gives no type, and the registry does not know its pack, so its type cannot be learned. */
    LAYER_TYPE_UNKNOWN(Severity.ERROR, "A layer names no layer type and its pack is not in a registry in use, so its type cannot be learned."),
    /** The layer's pack name is blank. */
    PACK_NAME_BLANK(Severity.ERROR, "The layer's pack has no name."),
    /** No registry in use has the pack. */
    PACK_NOT_FOUND(Severity.ERROR, "No registry in use has a pack of that name."),
    /** The pack belongs to another layer. */
    PACK_LAYER_MISMATCH(Severity.ERROR, "The pack is made for another layer than the one it fills."),
    /** The pack does not support the profile's cloud. */
    PACK_CLOUD_UNSUPPORTED(Severity.ERROR, "The pack does not support the profile's cloud type."),
    /** The layer names a registry that is not in use. */
    REGISTRY_NOT_FOUND(Severity.ERROR, "The layer names a registry that is not in use."),
    /** The version selector is not a selector. */
    VERSION_SELECTOR_INVALID(Severity.ERROR, "The pack version is not an exact version, train, group-prefixed version or SemVer range."),
    /** No version of the pack matches the selector. */
    PACK_VERSION_NOT_FOUND(Severity.ERROR, "No version of the pack matches the selector."),
    /** The chosen pack version is past its end-of-life date. */
    PACK_END_OF_LIFE(Severity.WARNING, "The chosen pack version is past its end-of-life date."),
    /** A required dependency is not in the profile. */
    DEPENDENCY_MISSING(Severity.ERROR, "A pack requires another pack that the profile does not have."),
    /** A dependency is present at a version outside its bounds. */
    DEPENDENCY_VERSION_OUT_OF_RANGE(Severity.ERROR, "A pack needs another pack within version bounds, and the profile's version is outside them."),
    /** A pack the other pack does not support is present within the unsupported range. */
    DEPENDENCY_NOT_SUPPORTED(Severity.ERROR, "A pack does not support another pack of the profile at that version."),
    /** The same pack twice without distinct display names. */
    PACK_DUPLICATE(Severity.ERROR, "The same pack appears twice (in a profile or across a cluster stack) without distinct display names (`spectrocloud.com/display-name` under `pack:` in the values)."),
    /** An install priority that is not an integer. */
    INSTALL_PRIORITY_INVALID(Severity.ERROR, "A layer's install priority (`spectrocloud.com/install-priority` under `pack:` in its values) is not an integer."),
    /** An add-on profile of a stack targets another cloud than the base. */
    STACK_CLOUD_MISMATCH(Severity.ERROR, "An add-on profile of a cluster stack targets a cloud other than all or the cloud of the stack's base profile."),
    /** Two variables share a name. */
    VARIABLE_NAME_DUPLICATE(Severity.ERROR, "Two profile variables have the same name (in a profile, or in two profiles of a cluster stack)."),
    /** Two variables share a display name. */
    VARIABLE_DISPLAY_NAME_DUPLICATE(Severity.ERROR, "Two profile variables of a profile have the same display name."),
    /** A required or immutable variable without a default. */
    VARIABLE_DEFAULT_MISSING(Severity.ERROR, "A required (also hidden and required) or immutable profile variable has no default value."),
    /** A dropdown default that is not an option. */
    VARIABLE_DEFAULT_NOT_AN_OPTION(Severity.ERROR, "A dropdown variable's default value is not the value of one of its options."),
    /** A default that breaks the format or the regex. */
    VARIABLE_DEFAULT_INVALID(Severity.ERROR, "A variable's default value breaks its format (string, number, boolean, ipv4, ipv4cidr, ipv6, version, base64) or its regex."),
    /** A regex that does not compile. */
    VARIABLE_REGEX_INVALID(Severity.ERROR, "A variable's regex is not a valid regular expression."),
    /** A declared variable that no values use. */
    VARIABLE_UNUSED(Severity.WARNING, "A profile variable is declared but no layer's values use it as `{{.spectro.var.NAME}}`."),
    /** A variable macro naming no declared variable. */
    MACRO_VARIABLE_UNDECLARED(Severity.ERROR, "Values use `{{.spectro.var.NAME}}` with a name the profile declares no variable for."),
    /** A system macro Palette does not document. */
    MACRO_SYSTEM_UNKNOWN(Severity.WARNING, "Values use `{{.spectro.system.NAME}}` with a name that is not among Palette's documented system macros."),
    /** A pack macro naming a pack that is not there. */
    MACRO_PACK_UNKNOWN(Severity.ERROR, "Values use `{{.spectro.pack.PACK.PATH}}` with a pack that is not in the profile (or cluster stack)."),
    /** A chosen preset does not exist. */
    PRESET_NOT_FOUND(Severity.ERROR, "The pack has no preset of that name."),
    /** Two chosen presets belong to one group. */
    PRESET_GROUP_CONFLICT(Severity.ERROR, "Two chosen presets belong to the same group; only one per group may be active."),
    /** A value the pack's schema requires is missing or empty. */
    VALUE_REQUIRED_MISSING(Severity.ERROR, "A value the pack's value schema (`schema.yaml`) marks required is missing or empty in the layer's values."),
    /** A value breaks the format of the pack's schema. */
    VALUE_FORMAT_INVALID(Severity.ERROR, "A value breaks the format the pack's value schema gives it (type, range, allowed values or regex); a `{{.spectro.var.NAME}}` value is checked through the variable's default."),
    /** A value whose format check would take more work than ProfileKit allows. */
    VALUE_FORMAT_UNCHECKED(Severity.WARNING, "A value could not be checked against its schema format: matching the regex needed more work than ProfileKit allows, or the value is too long."),
    /** A read-only value differs from the pack's default. */
    VALUE_READONLY_CHANGED(Severity.ERROR, "A value the pack's value schema marks read-only differs from the pack's default values."),
    /** A pack's resource constraint reads a request or replica count the layer's values do not have. */
    RESOURCE_PARAM_NOT_FOUND(Severity.WARNING, "A pack's `constraints.resources` component names a request or replica-count parameter that the layer's values (with its presets applied) do not have, so its resource need cannot be computed."),
    /** A manifest pack carries no manifest. */
    MANIFEST_MISSING(Severity.ERROR, "A manifest pack carries no manifest."),
    /** Two manifests of a layer share a name. */
    MANIFEST_NAME_DUPLICATE(Severity.ERROR, "Two manifests in one layer have the same name."),
    /** The layer's values are not valid YAML. */
    VALUES_INVALID_YAML(Severity.ERROR, "The layer's values are not valid YAML."),
    /** A tag has an empty key. */
    TAG_KEY_EMPTY(Severity.ERROR, "A tag has an empty key."),
    /** Two tags have the same key (case-insensitively where the cloud compares keys so). */
    TAG_KEY_DUPLICATE(Severity.ERROR, "Two tags have the same key (on Azure, keys that differ only in case clash)."),
    /** A tag key breaks the cloud's (or the tag policy's) rules. */
    TAG_KEY_INVALID(Severity.ERROR, "A tag key breaks the cloud's tag rules (length or characters)."),
    /** A tag value breaks the cloud's (or the tag policy's) rules. */
    TAG_VALUE_INVALID(Severity.ERROR, "A tag value breaks the cloud's tag rules (length or characters)."),
    /** A tag key uses a prefix the cloud reserves. */
    TAG_KEY_RESERVED(Severity.ERROR, "A tag key uses a prefix the cloud reserves (aws:, azure, microsoft, windows; kubernetes.io/ and k8s.io/ for Kubernetes labels)."),
    /** More tags than the cloud allows. */
    TAG_LIMIT_EXCEEDED(Severity.ERROR, "The profile has more tags than the cloud allows on a resource."),
    /** A rule failed with an exception; the profile was not fully checked. */
    RULE_FAILED(Severity.ERROR, "A validation rule failed unexpectedly, so the profile could not be fully checked.");

    private final Severity defaultSeverity;
    private final String description;

    ViolationCode(Severity defaultSeverity, String description) {
        this.defaultSeverity = defaultSeverity;
        this.description = description;
    }

    /**
     * The severity violations with this code have unless the validator is configured otherwise.
     *
     * @return the severity
     */
    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /**
     * What the code means, in one line.
     *
     * @return the description
     */
    public String description() {
        return description;
    }

    /**
     * Finds a code by name.
     *
     * @param name e.g. {@code "LAYER_MISSING"}
     * @return the code, or empty
     */
    public static Optional<ViolationCode> fromName(String name) {
        return Arrays.stream(values()).filter(c -> c.name().equals(name)).findFirst();
    }

    /**
     * The table of codes as Markdown: code, default severity, description.
     *
     * @return the table, one row per code
     */
    public static String markdownTable() {
        StringBuilder sb = new StringBuilder("| code | default severity | meaning |\n|---|---|---|\n");
        for (ViolationCode c : values()) {
            sb.append("| `").append(c.name()).append("` | ").append(c.defaultSeverity).append(" | ")
                    .append(c.description).append(" |\n");
        }
        return sb.toString();
    }
}
