package io.profilekit.validation.internal;

import io.profilekit.CloudType;
import io.profilekit.ClusterProfile;
import io.profilekit.InfrastructureProfile;
import io.profilekit.ProfileType;
import io.profilekit.rules.ProfileRule;
import io.profilekit.rules.RuleContext;
import io.profilekit.rules.Violation;
import io.profilekit.rules.ViolationCode;

import java.util.ArrayList;
import java.util.List;

/**
 * Rule {@code profilekit.profile}: the profile's name and version, cloud {@code all} only on add-on
 * profiles, and a type that fits the kind of profile. An {@link InfrastructureProfile} may be of
 * type {@code infra}, or {@code cluster} (Palette's "Full" profile: the four core layers plus
 * add-ons); {@code add-on} and {@code system} do not fit. Internal: not part of ProfileKit's API.
 */
public final class ProfileFieldsRule implements ProfileRule {
    /** The rule's id. */
    public static final String ID = "profilekit.profile";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Violation> check(RuleContext context) {
        ClusterProfile profile = context.profile();
        List<Violation> out = new ArrayList<>();
        ProfileFieldChecks.name(profile.name(), "name").forEach(p -> out.add(p.toViolation()));
        ProfileFieldChecks.version(profile.version().text(), "version").forEach(p -> out.add(p.toViolation()));
        if (profile.cloud().equals(CloudType.ALL) && profile.type() != ProfileType.ADD_ON) {
            out.add(Violation.of(ViolationCode.CLOUD_ALL_REQUIRES_ADD_ON, "cloud",
                    "cloud 'all' is only allowed for add-on profiles, and this profile is of type " + profile.type(),
                    "set the cloud the profile targets, such as aws, azure, gcp, vsphere, maas, eks, aks or edge-native"));
        }
        if (profile instanceof InfrastructureProfile && profile.type() != ProfileType.INFRA
                && profile.type() != ProfileType.CLUSTER) {
            out.add(Violation.of(ViolationCode.PROFILE_TYPE_MISMATCH, "type",
                    "profile type '" + profile.type() + "' does not fit an infrastructure profile, which holds the OS,"
                            + " Kubernetes, network and storage layers",
                    "use type infra (or cluster for a full profile that also holds add-on layers)"));
        }
        return out;
    }
}
