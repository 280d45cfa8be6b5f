package io.profilekit.resolve;

import io.profilekit.CloudType;
import io.profilekit.InfrastructureProfile;
import io.profilekit.LayerType;
import io.profilekit.VersionSelector;
import io.profilekit.registry.InMemoryPackRegistry;
import io.profilekit.registry.PackDescriptor;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a failed resolution suggests: close pack names within the edit limit, the versions around the asked one. */
class SuggestionTest {
    private static InMemoryPackRegistry registry() {
        InMemoryPackRegistry.Builder b = InMemoryPackRegistry.builder("s");
        for (String name : List.of("abcdef", "abcdxy", "abcxyz", "zzzzzz", "os")) {
            b.add(PackDescriptor.builder(name, "1.0.0", LayerType.OS).build());
        }
        for (String v : List.of("1.0.0", "1.1.0", "1.2.0", "1.3.0", "1.4.0")) {
            b.add(PackDescriptor.builder("k", v, LayerType.KUBERNETES).build());
        }
        return b.build();
    }

    @Test
    void namesWithinAThirdOfTheNamesLengthAreSuggestedClosestFirst() {
        // "abcdeq" (6 letters): at most 2 edits; abcdef is 1 away, abcdxy 2, abcxyz 3.
        assertThat(ProfileResolver.closestNames("abcdeq", registry())).containsExactly("abcdef", "abcdxy");
        assertThat(ProfileResolver.closestNames("ABCDEQ", registry())).containsExactly("abcdef", "abcdxy");
        assertThat(ProfileResolver.closestNames("qqqqqqqqq", registry())).isEmpty();
    }

    @Test
    void aFailureWithoutCloseNamesDoesNotAskDidYouMean() {
        InfrastructureProfile p = InfrastructureProfile.builder().name("p").cloud(CloudType.AWS)
                .os("qqqqqqqqqqq", "1.0.0").kubernetes("k", "1.2.0").network("abcdeq", "1.0.0").storage("os", "1.0.0")
                .build();
        Resolution r = ProfileResolver.of(registry()).attempt(p);

        assertThat(r.failures()).hasSize(2);
        assertThat(r.failures().get(0).message()).isEqualTo("no registry has a pack named 'qqqqqqqqqqq'");
        assertThat(r.failures().get(1).message()).endsWith("; did you mean abcdef, abcdxy?");
    }

    @Test
    void aLookAlikeNameThatMixesScriptsIsPointedOut() {
        InfrastructureProfile p = InfrastructureProfile.builder().name("p").cloud(CloudType.AWS)
                .os("os", "1.0.0").kubernetes("k", "1.2.0").network("\u0430bcdef", "1.0.0").storage("os", "1.0.0")
                .build();
        Resolution r = ProfileResolver.of(registry()).attempt(p);

        assertThat(r.failures()).singleElement().satisfies(f -> assertThat(f.message())
                .contains("did you mean abcdef")
                .contains("mixes Cyrillic and Latin (b U+0062)"));
    }

    @Test
    void theVersionsAroundAnExactVersionOfAnotherGroupAreSuggested() {
        // 1.2.0 exists but not in group LTS: the window centres on it.
        List<String> nearest = ProfileResolver.nearestVersions(registry(), "k", VersionSelector.parse("LTS__1.2.0"));
        assertThat(nearest).containsExactly("1.3.0", "1.2.0", "1.1.0");
        assertThat(ProfileResolver.nearestVersions(registry(), "k", VersionSelector.parse("1.2.5")))
                .containsExactly("1.4.0", "1.3.0", "1.2.0");
        assertThat(ProfileResolver.nearestVersions(registry(), "k", VersionSelector.parse("0.1.0")))
                .containsExactly("1.2.0", "1.1.0", "1.0.0");
        assertThat(ProfileResolver.nearestVersions(registry(), "k", VersionSelector.parse("9.x")))
                .containsExactly("1.4.0", "1.3.0", "1.2.0");
        assertThat(ProfileResolver.nearestVersions(registry(), "nope", VersionSelector.parse("9.x"))).isEmpty();
    }

    @Test
    void aResolutionExceptionKeepsItsFailuresAndHasNoneAfterDeserialization() throws Exception {
        InfrastructureProfile p = InfrastructureProfile.builder().name("p").os("zz", "1.0.0").kubernetes("k", "7.0.0")
                .network("os", "1.0.0").storage("os", "1.0.0").build();
        ProfileResolutionException e = (ProfileResolutionException) org.assertj.core.api.Assertions
                .catchThrowable(() -> ProfileResolver.of(registry()).resolve(p));
        assertThat(e.failures()).hasSize(2);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(e);
        }
        ProfileResolutionException back;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            back = (ProfileResolutionException) in.readObject();
        }
        assertThat(back.failures()).isEmpty();
        assertThat(back.getMessage()).isEqualTo(e.getMessage());
        assertThatThrownBy(() -> back.failures().add(null)).isInstanceOf(UnsupportedOperationException.class);
    }
}
