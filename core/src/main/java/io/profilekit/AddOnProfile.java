package io.profilekit;

import io.profilekit.constraints.ValidClusterProfile;

/**
 * An add-on profile (Palette type {@code add-on}): add-on layers only — packs, Helm charts, OCI
 * packs and manifests — installed on top of a cluster's infrastructure or Full profile, for one
 * cloud or for every cloud ({@code all}). A cluster takes one infrastructure or Full profile and
 * any number of add-on profiles (see {@link ClusterStack}).
 *
 * <p>Immutable and thread-safe; {@link #toBuilder()} gives a builder for a changed copy.
 * {@link Builder#build()} checks structure only (a name); whether Palette would accept the profile
 * — no core layers, versions, packs, tags — is the validator's question.
 *
 * <pre>{@code
 * AddOnProfile observability = AddOnProfile.builder()
 *     .name("observability")
 *     .cloud(CloudType.ALL)
 *     .addOn("prometheus-operator", "65.x", a -> a.values(monitoringValues))
 *     .helm("loki", "6.x", h -> h.registry("Grafana"))
 *     .manifest("rbac", m -> m.manifest("read-only", rbacYaml))
 *     .build();
 * }</pre>
 */
@ValidClusterProfile
public final class AddOnProfile extends ProfileParts implements ClusterProfile {

    private AddOnProfile(Builder b) {
        super(ProfileKind.ADD_ON, b);
    }

    /**
     * A new, empty builder.
     *
     * @return a builder with version {@code 1.0.0}, type {@code add-on} and no cloud given (Palette's
     *     default, {@code all})
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this profile's parts.
     *
     * @return a new builder; changing it does not change this profile
     */
    @Override
    public Builder toBuilder() {
        return copyInto(new Builder());
    }

    /**
     * Builds a {@link AddOnProfile}: add-on layers with {@code addOn}, {@code helm}, {@code oci} and
     * {@code manifest}, in the order added. Setters reject null at once with a
     * {@link NullPointerException} naming the field. Not thread-safe; the profiles it builds are.
     */
    public static final class Builder extends ProfileParts.Builder<Builder, AddOnProfile> {
        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        @Override
        AddOnProfile create() {
            return new AddOnProfile(this);
        }

        @Override
        ProfileKind kind() {
            return ProfileKind.ADD_ON;
        }
    }
}
