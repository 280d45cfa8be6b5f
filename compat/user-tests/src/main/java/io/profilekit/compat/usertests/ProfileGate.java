package io.profilekit.compat.usertests;

import io.profilekit.ClusterProfile;
import io.profilekit.registry.PackRegistry;
import io.profilekit.rules.SafeText;
import io.profilekit.rules.ValidationReport;
import io.profilekit.validation.ProfileValidator;

import java.util.List;
import java.util.stream.Collectors;

/** A team's CI gate: a profile passes when it validates with no error; the lines say why not. */
public final class ProfileGate {
    private final ProfileValidator validator;

    /**
     * A gate over a registry.
     *
     * @param registry the registry
     */
    public ProfileGate(PackRegistry registry) {
        this.validator = ProfileValidator.of(registry);
    }

    /**
     * Checks a profile.
     *
     * @param profile the profile
     * @return one line per error, empty when it passes
     */
    public List<String> check(ClusterProfile profile) {
        ValidationReport report = validator.validate(profile);
        return report.errors().stream().map(v -> SafeText.escape(profile.name() + ": " + v.code() + " at " + v.path()))
                .collect(Collectors.toList());
    }
}
