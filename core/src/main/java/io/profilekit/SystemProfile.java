package io.profilekit;

import io.profilekit.constraints.ValidClusterProfile;

/**
 * A system profile (Palette type {@code system}): add-on layers — in practice manifests — that Palette
 * applies as part of the system itself, usually for every cloud ({@code all}). Like an {@link
 * AddOnProfile} it holds no core layers.
 *
 * <p>Immutable and thread-safe; {@link #toBuilder()} gives a builder for a changed copy.
 * {@link Builder#build()} checks structure only (a name); whether Palette would accept the profile
 * — no core layers, versions, packs, tags — is the validator's question.
 *
 * <pre>{@code
 * SystemProfile system = SystemProfile.builder()
 *     .name("edge-system")
 *     .cloud(CloudType.ALL)
 *     .manifest("system-config", m -> m.manifest("config", configYaml))
 *     .build();
 * }</pre>
 */
@ValidClusterProfile
public final class SystemProfile extends ProfileParts implements ClusterProfile {

    private SystemProfile(Builder b) {
        super(ProfileKind.SYSTEM, b);
    }

    /**
     * A new, empty builder.
     *
     * @return a builder with version {@code 1.0.0}, type {@code system} and no cloud given (Palette's
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
     * Builds a {@link SystemProfile}: add-on layers with {@code addOn}, {@code helm}, {@code oci} and
     * {@code manifest}, in the order added. Setters reject null at once with a
     * {@link NullPointerException} naming the field. Not thread-safe; the profiles it builds are.
     */
    public static final class Builder extends ProfileParts.Builder<Builder, SystemProfile> {
        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        @Override
        SystemProfile create() {
            return new SystemProfile(this);
        }

        @Override
        ProfileKind kind() {
            return ProfileKind.SYSTEM;
        }
    }
}
