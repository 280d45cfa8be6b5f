package io.profilekit.resolve;

import io.profilekit.CloudType;
import io.profilekit.InfrastructureProfile;
import io.profilekit.Layer;
import io.profilekit.LayerType;
import io.profilekit.PackRef;
import io.profilekit.PackType;
import io.profilekit.PackVersion;
import io.profilekit.RegistryRef;
import io.profilekit.VersionSelector;
import io.profilekit.registry.InMemoryPackRegistry;
import io.profilekit.registry.PackDescriptor;
import io.profilekit.registry.PackRegistries;
import io.profilekit.registry.PackRegistry;
import io.profilekit.testing.Fixtures;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProfileResolverTest {

    private static final ProfileResolver FIXTURES = ProfileResolver.of(Fixtures.registry());

    private static InfrastructureProfile.Builder profile() {
        return Fixtures.profileBuilder();
    }

    private static Resolution attempt(InfrastructureProfile p) {
        return FIXTURES.attempt(p);
    }

    private static String resolvedVersion(InfrastructureProfile p, int layer) {
        return FIXTURES.resolve(p).layers().get(layer).version().orElseThrow().toString();
    }

    @Nested
    class Resolving {
        @Test
        void everyLayerIsPinnedToOneExactVersionAndRegistry() {
            ResolvedProfile locked = FIXTURES.resolve(Fixtures.profile());

            assertThat(locked.source()).isEqualTo(Fixtures.profile());
            assertThat(locked.layers()).extracting(l -> l.pack().orElseThrow().name() + " " + l.version().orElseThrow())
                    .containsExactly("ubuntu-aws 22.04", "kubernetes 1.33.6", "cni-calico 3.31.2", "csi-aws-ebs 1.46.0");
            for (ResolvedLayer l : locked.layers()) {
                assertThat(l.registryId()).contains("fixtures");
                assertThat(l.registryName()).contains("Fixture Repo");
                assertThat(l.registryUid()).isEmpty();
            }
            assertThat(locked.layers()).extracting(ResolvedLayer::index).containsExactly(0, 1, 2, 3);
        }

        @Test
        void thePinnedProfileHasExactVersionsAndNamedRegistriesAndKeepsEverythingElse() {
            ResolvedProfile locked = FIXTURES.resolve(Fixtures.profile());
            InfrastructureProfile pinned = (InfrastructureProfile) locked.profile();

            Layer k8s = pinned.kubernetes().orElseThrow();
            assertThat(k8s.pack().version()).isEqualTo(VersionSelector.exact(PackVersion.parse("1.33.6")));
            assertThat(k8s.pack().version().kind()).isEqualTo(VersionSelector.Kind.EXACT);
            assertThat(k8s.pack().registry()).contains(RegistryRef.byName("Fixture Repo"));
            assertThat(k8s.values()).isEqualTo(Fixtures.KUBERNETES_VALUES);
            assertThat(pinned.name()).isEqualTo("aws-prod-base");
            assertThat(pinned.tags()).isEqualTo(Fixtures.profile().tags());
            assertThat(locked.layers().get(1).layer()).isEqualTo(Fixtures.profile().kubernetes().orElseThrow());
        }

        @Test
        void aRegistryWithAUidIsNamedByUidAndNameWhenPinned() {
            InMemoryPackRegistry withUid = InMemoryPackRegistry.builder("public").name("Public Repo")
                    .uid("5e2031962f090e2d3d8a3290").addAll(Fixtures.registry().find(
                            io.profilekit.registry.PackQuery.all())).build();
            ResolvedProfile locked = ProfileResolver.of(withUid).resolve(Fixtures.profile());
            assertThat(locked.layers().get(0).registryUid()).contains("5e2031962f090e2d3d8a3290");
            assertThat(locked.layers().get(0).pinned().pack().registry())
                    .contains(RegistryRef.of("5e2031962f090e2d3d8a3290", "Public Repo"));
        }

        @Test
        void trainsTakeTheNewestReleaseButNoPreRelease() {
            assertThat(resolvedVersion(profile().kubernetes("kubernetes", "1.x").build(), 1)).isEqualTo("1.33.6");
            assertThat(resolvedVersion(profile().kubernetes("kubernetes", "1.32.x").build(), 1)).isEqualTo("1.32.9");
        }

        @Test
        void rangesTakeTheNewestInRange() {
            assertThat(resolvedVersion(profile().kubernetes("kubernetes", ">=1.29 <1.33.6").build(), 1))
                    .isEqualTo("1.33.5");
            assertThat(resolvedVersion(profile().kubernetes("kubernetes", "^1.32").build(), 1)).isEqualTo("1.33.6");
            assertThat(resolvedVersion(profile().kubernetes("kubernetes", "~1.32.0").build(), 1)).isEqualTo("1.32.9");
        }

        @Test
        void preReleasesOnlyWhenTheSelectorNamesOne() {
            assertThat(resolvedVersion(profile().kubernetes("kubernetes", "1.34.0-rc.1").build(), 1))
                    .isEqualTo("1.34.0-rc.1");
            assertThat(resolvedVersion(profile().kubernetes("kubernetes", ">=1.34.0-rc.0").build(), 1))
                    .isEqualTo("1.34.0-rc.1");
            assertThat(attempt(profile().kubernetes("kubernetes", "1.34.x").build()).failures())
                    .extracting(ResolutionFailure::reason).containsExactly(ResolutionFailure.Reason.NO_MATCHING_VERSION);
        }

        @Test
        void aGroupPrefixedSelectorConsidersOnlyPacksOfThatGroup() {
            assertThat(resolvedVersion(profile().os("ubuntu-aws", "LTS__20.04").build(), 0)).isEqualTo("20.04");
            assertThat(resolvedVersion(profile().os("ubuntu-aws", "LTS__22.x").build(), 0))
                    .isEqualTo("22.04");
            assertThat(resolvedVersion(profile().os("ubuntu-aws", "LTS__>=20.04").build(), 0)).isEqualTo("22.04");
            Resolution r = attempt(profile().os("ubuntu-aws", "LTS__24.04").build());
            assertThat(r.failures()).singleElement().satisfies(f -> {
                assertThat(f.reason()).isEqualTo(ResolutionFailure.Reason.NO_MATCHING_VERSION);
                assertThat(f.message()).isEqualTo("no version of ubuntu-aws in group LTS matches 'LTS__24.04';"
                        + " nearest: 22.04, 20.04");
                assertThat(f.suggestions()).containsExactly("22.04", "20.04");
            });
        }

        @Test
        void manifestLayersResolveToThemselves() {
            Layer manifests = Layer.builder(LayerType.ADDON, "namespaces", "1.0.0").packType(PackType.MANIFEST)
                    .manifest("ns", "kind: Namespace\n").build();
            InfrastructureProfile p = profile().layer(manifests).build();
            ResolvedProfile locked = FIXTURES.resolve(p);

            ResolvedLayer m = locked.layers().get(4);
            assertThat(m.pack()).isEmpty();
            assertThat(m.version()).isEmpty();
            assertThat(m.registryId()).isEmpty();
            assertThat(m.registryName()).isEmpty();
            assertThat(m.registryUid()).isEmpty();
            assertThat(m.layer()).isEqualTo(manifests);
            assertThat(m.pinned()).isEqualTo(manifests);
            assertThat(locked.profile().layers().get(4)).isEqualTo(manifests);
            assertThat(m).hasToString(manifests.toString());
        }

        @Test
        void resolutionIsDeterministic() {
            InfrastructureProfile p = profile().kubernetes("kubernetes", "^1.32").build();
            assertThat(FIXTURES.resolve(p)).isEqualTo(FIXTURES.resolve(p)).hasSameHashCodeAs(FIXTURES.resolve(p));
            assertThat(ProfileResolver.of(Fixtures.registry()).attempt(p)).isEqualTo(FIXTURES.attempt(p));
        }

        @Test
        void theResolverKeepsItsRegistryAndRejectsNull() {
            assertThat(FIXTURES.registry()).isSameAs(Fixtures.registry());
            assertThatThrownBy(() -> ProfileResolver.of(null)).hasMessage("registry must not be null");
            assertThatThrownBy(() -> FIXTURES.attempt(null)).hasMessage("profile must not be null");
        }
    }

    @Nested
    class Failures {
        private final InfrastructureProfile broken = profile()
                .os("ubuntu-aws", "latest")
                .kubernetes("kubernets", "1.33.x")
                .network("cni-calico", "3.40.x")
                .storage("csi-aws-ebs", "1.46.0", s -> s.registry("Bitnami"))
                .build();

        @Test
        void everyFailureComesBackTogetherInLayerOrder() {
            Resolution r = attempt(broken);
            assertThat(r.isComplete()).isFalse();
            assertThat(r.resolved()).isEmpty();
            assertThat(r.failures()).extracting(ResolutionFailure::reason).containsExactly(
                    ResolutionFailure.Reason.INVALID_SELECTOR, ResolutionFailure.Reason.UNKNOWN_PACK,
                    ResolutionFailure.Reason.NO_MATCHING_VERSION, ResolutionFailure.Reason.UNKNOWN_REGISTRY);
            assertThat(r.failures()).extracting(ResolutionFailure::path).containsExactly(
                    "layers[0].pack.version", "layers[1].pack.name", "layers[2].pack.version",
                    "layers[3].pack.registry");
            assertThat(r.failures()).extracting(ResolutionFailure::layer).containsExactly(
                    LayerType.OS, LayerType.KUBERNETES, LayerType.NETWORK, LayerType.STORAGE);
            assertThat(r.failures()).extracting(ResolutionFailure::packName)
                    .containsExactly("ubuntu-aws", "kubernets", "cni-calico", "csi-aws-ebs");
            assertThat(r.failures()).extracting(ResolutionFailure::selector)
                    .containsExactly("latest", "1.33.x", "3.40.x", "1.46.0");
        }

        @Test
        void resolveThrowsListingEveryFailure() {
            assertThatThrownBy(() -> FIXTURES.resolve(broken))
                    .isInstanceOf(ProfileResolutionException.class)
                    .hasMessage("Cannot resolve profile 'aws-prod-base' 1.2.0 (4 problems):\n"
                            + "  layers[0].pack.version: 'latest' is not a version selector: use an exact version"
                            + " (1.30.4), a train (1.30.x), a group prefix (LTS__20.04) or a SemVer range"
                            + " (>=1.29 <1.31, ^1.30, ~1.30.2)\n"
                            + "  layers[1].pack.name: no registry has a pack named 'kubernets'; did you mean"
                            + " kubernetes?\n"
                            + "  layers[2].pack.version: no version of cni-calico matches '3.40.x'; nearest:"
                            + " 3.31.2, 3.30.1\n"
                            + "  layers[3].pack.registry: registry 'Bitnami' is not in use; known registries:"
                            + " Fixture Repo")
                    .satisfies(e -> assertThat(((ProfileResolutionException) e).failures())
                            .isEqualTo(attempt(broken).failures()));
        }

        @Test
        void oneFailureIsOneProblem() {
            assertThatThrownBy(() -> FIXTURES.resolve(profile().kubernetes("kubernetes", "2.x").build()))
                    .hasMessageStartingWith("Cannot resolve profile 'aws-prod-base' 1.2.0 (1 problem):\n  layers[1]");
        }

        @Test
        void whatResolvesIsKeptNextToWhatFails() {
            Resolution r = attempt(profile().kubernetes("kubernetes", "2.x").build());
            assertThat(r.resolved()).extracting(ResolvedLayer::index).containsExactly(0, 2, 3);
            assertThat(r.layer(0)).isPresent();
            assertThat(r.layer(1)).isEmpty();
            assertThat(r.failures()).extracting(ResolutionFailure::layerIndex).containsExactly(1);
            assertThatThrownBy(r::toResolvedProfile).isInstanceOf(ProfileResolutionException.class);
        }

        @Test
        void anUnknownPackSuggestsTheClosestNames() {
            assertThat(suggestionsForPack("kubernets")).containsExactly("kubernetes");
            assertThat(suggestionsForPack("Kubernetes")).containsExactly("kubernetes");
            assertThat(suggestionsForPack("cni-calco")).containsExactly("cni-calico");
            assertThat(suggestionsForPack("ubuntu")).containsExactly("ubuntu-aws");
            assertThat(suggestionsForPack("csi-aws")).containsExactly("csi-aws-ebs");
            assertThat(suggestionsForPack("zzzzzzzzzzzz")).isEmpty();
        }

        private List<String> suggestionsForPack(String name) {
            Resolution r = attempt(profile().kubernetes(name, "1.33.x").build());
            ResolutionFailure f = r.failures().get(0);
            assertThat(f.reason()).isEqualTo(ResolutionFailure.Reason.UNKNOWN_PACK);
            assertThat(f.message()).startsWith("no registry has a pack named '" + name + "'");
            if (!f.suggestions().isEmpty()) {
                assertThat(f.message()).endsWith("; did you mean " + String.join(", ", f.suggestions()) + "?");
            }
            return f.suggestions();
        }

        @Test
        void theClosestNamesAreRankedByEditDistanceAtMostThree() {
            InMemoryPackRegistry r = InMemoryPackRegistry.builder("r")
                    .add(pack("cni-calico")).add(pack("cni-cilium")).add(pack("cni-calico-azure"))
                    .add(pack("cni-kubenet")).add(pack("csi-calico")).build();
            assertThat(ProfileResolver.closestNames("cni-calic", r)).containsExactly("cni-calico", "csi-calico",
                    "cni-cilium");
        }

        @Test
        void aSelectorMatchingNothingListsTheNearestVersions() {
            assertThat(nearest("1.40.x")).containsExactly("1.34.0-rc.1", "1.33.6", "1.33.5");
            assertThat(nearest("1.33.7")).containsExactly("1.34.0-rc.1", "1.33.6", "1.33.5");
            assertThat(nearest("1.33.4")).containsExactly("1.33.6", "1.33.5", "1.32.9");
            assertThat(nearest("1.0.x")).containsExactly("1.33.6", "1.33.5", "1.32.9");
            assertThat(nearest(">=2.0")).containsExactly("1.34.0-rc.1", "1.33.6", "1.33.5");
        }

        private List<String> nearest(String selector) {
            ResolutionFailure f = attempt(profile().kubernetes("kubernetes", selector).build()).failures().get(0);
            assertThat(f.reason()).isEqualTo(ResolutionFailure.Reason.NO_MATCHING_VERSION);
            assertThat(f.message()).isEqualTo("no version of kubernetes matches '" + selector + "'; nearest: "
                    + String.join(", ", f.suggestions()));
            return f.suggestions();
        }

        @Test
        void failureValues() {
            ResolutionFailure f = new ResolutionFailure(2, LayerType.NETWORK, "cni", "1.x",
                    ResolutionFailure.Reason.UNKNOWN_PACK, "no registry has a pack named 'cni'", List.of("cni-calico"));
            assertThat(f.path()).isEqualTo("layers[2].pack.name");
            assertThat(f).hasToString("layers[2].pack.name: no registry has a pack named 'cni'");
            assertThatThrownBy(() -> f.suggestions().add("x")).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> new ResolutionFailure(0, null, "a", "1", ResolutionFailure.Reason.UNKNOWN_PACK,
                    "m", List.of())).hasMessage("layer must not be null");
            assertThatThrownBy(() -> new ResolutionFailure(0, LayerType.OS, "a", "1",
                    ResolutionFailure.Reason.UNKNOWN_PACK, "m", null)).hasMessage("suggestions must not be null");
        }
    }

    private static PackDescriptor pack(String name) {
        return PackDescriptor.builder(name, "1.0.0", LayerType.NETWORK).build();
    }

    @Nested
    class NamedRegistries {
        private final InMemoryPackRegistry first = InMemoryPackRegistry.builder("first").name("First Repo")
                .add(PackDescriptor.builder("cni-calico", "3.31.2", LayerType.NETWORK).build())
                .add(PackDescriptor.builder("only-first", "1.0.0", LayerType.NETWORK).build())
                .build();
        private final InMemoryPackRegistry second = InMemoryPackRegistry.builder("second").name("Second Repo")
                .uid("5e2031962f090e2d3d8a3290")
                .add(PackDescriptor.builder("cni-calico", "3.29.2", LayerType.NETWORK).build())
                .build();
        private final PackRegistry both = PackRegistries.compose(Fixtures.registry(), first, second);

        private Resolution attemptNetwork(PackRef ref) {
            return ProfileResolver.of(both).attempt(profile().network(ref).build());
        }

        @Test
        void withoutANamedRegistryTheFirstThatHasThePackWins() {
            ResolvedLayer cni = attemptNetwork(PackRef.of("cni-calico", "3.x")).layer(2).orElseThrow();
            assertThat(cni.registryId()).contains("fixtures");
            assertThat(cni.version()).contains(PackVersion.parse("3.31.2"));
            ResolvedLayer own = attemptNetwork(PackRef.of("only-first", "1.x")).layer(2).orElseThrow();
            assertThat(own.registryId()).contains("first");
        }

        @Test
        void aPackRefNamingARegistryIsLookedUpThereOnly() {
            ResolvedLayer byName = attemptNetwork(PackRef.of("cni-calico", "3.x")
                    .withRegistry(RegistryRef.byName("Second Repo"))).layer(2).orElseThrow();
            assertThat(byName.registryId()).contains("second");
            assertThat(byName.version()).contains(PackVersion.parse("3.29.2"));
            assertThat(byName.registryUid()).contains("5e2031962f090e2d3d8a3290");

            ResolvedLayer byUid = attemptNetwork(PackRef.of("cni-calico", "3.x")
                    .withRegistry(RegistryRef.byUid("5e2031962f090e2d3d8a3290"))).layer(2).orElseThrow();
            assertThat(byUid.registryId()).contains("second");

            ResolvedLayer byId = attemptNetwork(PackRef.of("cni-calico", "3.x")
                    .withRegistry(RegistryRef.byName("first"))).layer(2).orElseThrow();
            assertThat(byId.registryId()).contains("first");
        }

        @Test
        void aNamedRegistryWithoutThePackFailsEvenIfAnotherHasIt() {
            Resolution r = attemptNetwork(PackRef.of("only-first", "1.x").withRegistry(RegistryRef.byName("Second Repo")));
            assertThat(r.failures()).singleElement().satisfies(f -> {
                assertThat(f.reason()).isEqualTo(ResolutionFailure.Reason.UNKNOWN_PACK);
                assertThat(f.message()).startsWith("registry 'Second Repo' has no pack 'only-first'");
            });
        }

        @Test
        void aNamedRegistryWhoseVersionsDoNotMatchFailsEvenIfAnotherMatches() {
            Resolution r = attemptNetwork(PackRef.of("cni-calico", "3.31.2").withRegistry(RegistryRef.byName("Second Repo")));
            assertThat(r.failures()).singleElement().satisfies(f -> {
                assertThat(f.reason()).isEqualTo(ResolutionFailure.Reason.NO_MATCHING_VERSION);
                assertThat(f.suggestions()).containsExactly("3.29.2");
            });
        }

        @Test
        void anUnknownRegistryFailsListingTheKnownOnes() {
            Resolution r = attemptNetwork(PackRef.of("cni-calico", "3.x").withRegistry(RegistryRef.byName("Bitnami")));
            assertThat(r.failures()).singleElement().satisfies(f -> {
                assertThat(f.reason()).isEqualTo(ResolutionFailure.Reason.UNKNOWN_REGISTRY);
                assertThat(f.path()).isEqualTo("layers[2].pack.registry");
                assertThat(f.suggestions()).containsExactly("Fixture Repo", "First Repo", "Second Repo");
                assertThat(f.message()).isEqualTo("registry 'Bitnami' is not in use; known registries:"
                        + " Fixture Repo, First Repo, Second Repo");
            });
        }
    }

    @Nested
    class ResolvedValues {
        @Test
        void aResolvedProfileNeedsOneResolvedLayerPerSourceLayer() {
            ResolvedProfile locked = FIXTURES.resolve(Fixtures.profile());
            List<ResolvedLayer> three = locked.layers().subList(0, 3);
            assertThatThrownBy(() -> new ResolvedProfile(Fixtures.profile(), three))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("expected 4 resolved layers, got 3");
            List<ResolvedLayer> swapped = List.of(locked.layers().get(1), locked.layers().get(0),
                    locked.layers().get(2), locked.layers().get(3));
            assertThatThrownBy(() -> new ResolvedProfile(Fixtures.profile(), swapped))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("resolved layer 0 is not the source's layer 0");
            assertThat(new ResolvedProfile(Fixtures.profile(), locked.layers())).isEqualTo(locked);
        }

        @Test
        void toStringShowsEachChosenVersionItsSelectorAndRegistry() {
            assertThat(FIXTURES.resolve(Fixtures.profile())).hasToString("ResolvedProfile aws-prod-base 1.2.0\n"
                    + "  os ubuntu-aws 22.04 (from 22.04 @fixtures)\n"
                    + "  k8s kubernetes 1.33.6 (from 1.33.x @fixtures)\n"
                    + "  cni cni-calico 3.31.2 (from 3.31.2 @fixtures)\n"
                    + "  csi csi-aws-ebs 1.46.0 (from 1.46.0 @fixtures)");
        }

        @Test
        void resolvedLayersAndProfilesCompareByValue() {
            ResolvedProfile a = FIXTURES.resolve(Fixtures.profile());
            ResolvedProfile other = FIXTURES.resolve(profile().kubernetes("kubernetes", "1.32.x").build());
            assertThat(a).isNotEqualTo(other).isNotEqualTo(null);
            assertThat(a.layers().get(0)).isEqualTo(other.layers().get(0))
                    .hasSameHashCodeAs(other.layers().get(0));
            assertThat(a.layers().get(1)).isNotEqualTo(other.layers().get(1)).isNotEqualTo(null);
        }

        @Test
        void aResolutionIsAValue() {
            Resolution r = attempt(profile().kubernetes("kubernetes", "2.x").build());
            assertThatThrownBy(() -> r.failures().clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> r.resolved().clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> new Resolution(null, List.of(), List.of())).hasMessage("profile must not be null");
            assertThat(attempt(Fixtures.profile()).isComplete()).isTrue();
        }

        @Test
        void theExceptionKeepsItsFailures() {
            ProfileResolutionException e = new ProfileResolutionException(Fixtures.profile(), List.of());
            assertThat(e.failures()).isEmpty();
            assertThat(e).hasMessage("Cannot resolve profile 'aws-prod-base' 1.2.0 (0 problems):\n");
        }
    }

    @Test
    void aCloudThatNoPackSupportsStillResolvesBecauseCloudsAreTheValidatorsBusiness() {
        assertThat(FIXTURES.attempt(profile().cloud(CloudType.GCP).build()).isComplete()).isTrue();
    }
}
