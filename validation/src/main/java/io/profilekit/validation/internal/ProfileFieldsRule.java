package io.profilekit.validation.internal;

import io.profilekit.CloudType;
import io.profilekit.ClusterProfile;
import io.profilekit.ProfileKind;
import io.profilekit.rules.ProfileRule;
import io.profilekit.rules.RuleContext;
import io.profilekit.rules.Violation;
import io.profilekit.rules.ViolationCode;

import java.util.ArrayList;
import java.util.List;

/**
 * Rule {@code profilekit.profile}: the profile's name and version, cloud {@code all} only where
 * the profile's kind {@linkplain ProfileKind#allowsCloudAll() allows it} (add-on and system
 * profiles), and a type among {@linkplain ProfileKind#types() its kind's types}: an infrastructure
 * profile is of type {@code infra}, or {@code cluster} (Palette's "Full" profile: the four core
 * layers plus add-ons). Internal: not part of ProfileKit's API.
 */
public final class ProfileFieldsRule implements ProfileRule {
    /** The rule's id. */
    public static final String ID = "profilekit.profile";

    @Override
    public String id() {
        return ID;
    }

    private static String describe(ProfileKind kind) {
        switch (kind) {
            case INFRASTRUCTURE:
                return "an infrastructure profile, which holds the OS, Kubernetes, network and storage layers";
            case ADD_ON:
                return "an add-on profile";
            default:
                return "a system profile";
        }
    }

    @Override
    public List<Violation> check(RuleContext context) {
        ClusterProfile profile = context.profile();
        List<Violation> out = new ArrayList<>();
        ProfileFieldChecks.name(profile.name(), "name").forEach(p -> out.add(p.toViolation()));
        ProfileFieldChecks.version(profile.version().text(), "version").forEach(p -> out.add(p.toViolation()));
        ProfileKind kind = profile.kind();
        if (profile.cloud().equals(CloudType.ALL) && !kind.allowsCloudAll()) {
            out.add(Violation.of(ViolationCode.CLOUD_ALL_REQUIRES_ADD_ON, "cloud",
                    "cloud 'all' is only allowed for add-on and system profiles, and this is an infrastructure"
                            + " profile of type " + profile.type(),
                    "set the cloud the profile targets (cloud: aws, azure, gcp, vsphere, maas, eks, aks or"
                            + " edge-native), or make it an add-on profile"));
        }
        if (!kind.types().contains(profile.type())) {
            List<String> fits = new ArrayList<>();
            kind.types().forEach(t -> fits.add("type: " + t.wireName()));
            out.add(Violation.of(ViolationCode.PROFILE_TYPE_MISMATCH, "type",
                    "profile type " + Texts.quote(profile.type().wireName()) + " does not fit " + describe(kind),
                    "set " + String.join(" (or ", fits) + (fits.size() > 1 ? " for a Full profile that also holds"
                            + " add-on layers)" : "")));
        }
        return out;
    }
}
