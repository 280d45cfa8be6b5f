package io.profilekit.rules;

/** How serious a {@link Violation} is. */
public enum Severity {
    /** Palette would refuse the profile, or the cluster would break: the profile is not valid. */
    ERROR,
    /** Likely a mistake or a risk (e.g. a pack past its end of life); the profile is still valid. */
    WARNING,
    /** Worth knowing; never makes a profile invalid. */
    INFO
}
