package io.profilekit.testing.assertj;

import io.profilekit.PackVersion;
import io.profilekit.resolve.ResolvedLayer;
import io.profilekit.resolve.ResolvedProfile;
import io.profilekit.rules.SafeText;
import org.assertj.core.api.AbstractAssert;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Assertions on a resolved profile. Get one from
 * {@link ProfileKitAssertions#assertThat(ResolvedProfile)}.
 *
 * <pre>{@code
 * ResolvedProfile locked = ProfileResolver.of(registry).resolve(profile);
 * assertThat(locked).pins("kubernetes", "1.33.6").pins("cni-calico", "3.31.2");
 * }</pre>
 */
public final class ResolvedProfileAssert extends AbstractAssert<ResolvedProfileAssert, ResolvedProfile> {
    ResolvedProfileAssert(ResolvedProfile actual) {
        super(actual, ResolvedProfileAssert.class);
    }

    /**
     * The pack resolved to this exact version (compared as versions: {@code 1.33.6} and
     * {@code v1.33.6} are the same).
     *
     * @param packName the pack's name
     * @param version the exact version
     * @return this
     */
    public ResolvedProfileAssert pins(String packName, String version) {
        isNotNull();
        Objects.requireNonNull(packName, "packName");
        PackVersion expected = PackVersion.parse(Objects.requireNonNull(version, "version"));
        List<ResolvedLayer> layers = actual.layers().stream().filter(l -> l.layer().pack().name().equals(packName))
                .collect(Collectors.toList());
        if (layers.isEmpty()) {
            failWithMessage("Expecting %s to be pinned to %s, but the profile has no such pack; its pins are %s",
                    SafeText.quote(packName), version, pins());
        }
        for (ResolvedLayer l : layers) {
            Optional<PackVersion> pinned = l.version();
            if (pinned.isPresent() && pinned.get().isEquivalentTo(expected)) {
                return this;
            }
        }
        failWithMessage("Expecting %s to be pinned to %s, but the pins are %s", SafeText.quote(packName), version, pins());
        return this;
    }

    private String pins() {
        return SafeText.escape(actual.layers().stream().map(l -> l.layer().pack().name() + " "
                + l.version().map(PackVersion::toString).orElse("(unresolved)")).collect(Collectors.joining(", ", "[", "]")));
    }
}
