package io.profilekit.registry;

import io.profilekit.LayerType;
import io.profilekit.PackVersion;
import io.profilekit.RegistryRef;
import io.profilekit.VersionSelector;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PackRegistriesTest {

    private static PackDescriptor pack(String name, String version) {
        return PackDescriptor.builder(name, version, LayerType.ADDON).build();
    }

    private static final InMemoryPackRegistry A = InMemoryPackRegistry.builder("a")
            .add(pack("x", "1.0")).add(pack("x", "2.0")).add(pack("y", "1.0")).build();
    private static final InMemoryPackRegistry B = InMemoryPackRegistry.builder("b")
            .add(pack("x", "3.0")).add(pack("z", "1.0")).build();
    private static final InMemoryPackRegistry C = InMemoryPackRegistry.builder("c").add(pack("w", "1.0")).build();

    private static String versions(List<PackDescriptor> packs) {
        return packs.stream().map(p -> p.name() + " " + p.version()).reduce((a, b) -> a + ", " + b).orElse("");
    }

    @Nested
    class Compose {
        @Test
        void theFirstRegistryThatHasAPackAnswersForAllItsVersions() {
            PackRegistry ab = PackRegistries.compose(A, B);
            assertThat(ab.packNames()).containsExactly("x", "y", "z");
            assertThat(ab.contains("x")).isTrue();
            assertThat(ab.contains("z")).isTrue();
            assertThat(ab.contains("nope")).isFalse();
            assertThat(versions(ab.packs("x"))).isEqualTo("x 1.0, x 2.0");
            assertThat(ab.versions("x")).extracting(PackVersion::toString).containsExactly("1.0", "2.0");
            assertThat(ab.pack("x", PackVersion.parse("3.0"))).isEmpty();
            assertThat(ab.pack("x", PackVersion.parse("2.0"))).isPresent();
            assertThat(ab.newest("x", VersionSelector.parse("*")).orElseThrow().version()).hasToString("2.0");
            assertThat(versions(ab.packs("z"))).isEqualTo("z 1.0");
            assertThat(ab.packs("nope")).isEmpty();
            assertThat(ab.versions("nope")).isEmpty();
            assertThat(ab.newest("nope", VersionSelector.parse("*"))).isEmpty();
            assertThat(ab.pack("nope", PackVersion.parse("1"))).isEmpty();
        }

        @Test
        void orderDecides() {
            PackRegistry ba = PackRegistries.compose(B, A);
            assertThat(versions(ba.packs("x"))).isEqualTo("x 3.0");
            assertThat(ba.newest("x", VersionSelector.parse("*")).orElseThrow().version()).hasToString("3.0");
        }

        @Test
        void findShowsOnlyThePacksOfTheRegistryThatAnswersForThem() {
            assertThat(versions(PackRegistries.compose(A, B).find(PackQuery.all())))
                    .isEqualTo("x 1.0, x 2.0, y 1.0, z 1.0");
            assertThat(versions(PackRegistries.compose(B, A).find(PackQuery.all().nameContains("x"))))
                    .isEqualTo("x 3.0");
        }

        @Test
        void membersAreFlattenedInOrder() {
            PackRegistry abc = PackRegistries.compose(PackRegistries.compose(A, B), C);
            assertThat(abc.members()).containsExactly(A, B, C);
            assertThat(abc.id()).isEqualTo("composite(a+b+c)");
            assertThat(abc).hasToString("composite(a+b+c)");
            assertThat(PackRegistries.compose(List.of(A, B)).members()).containsExactly(A, B);
        }

        @Test
        void composingOneRegistryGivesThatRegistry() {
            assertThat(PackRegistries.compose(A)).isSameAs(A);
        }

        @Test
        void argumentsAreChecked() {
            assertThatThrownBy(PackRegistries::compose).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("compose needs at least one registry");
            assertThatThrownBy(() -> PackRegistries.compose((PackRegistry[]) null))
                    .isInstanceOf(NullPointerException.class).hasMessage("registries must not be null");
            assertThatThrownBy(() -> PackRegistries.compose(Arrays.asList(A, null)))
                    .isInstanceOf(NullPointerException.class).hasMessage("registries[1] must not be null");
            assertThatThrownBy(() -> PackRegistries.compose(A, null))
                    .isInstanceOf(NullPointerException.class).hasMessage("registries[1] must not be null");
        }

        @Test
        void answersOfAComposedRegistryAreUnmodifiable() {
            PackRegistry ab = PackRegistries.compose(A, B);
            assertThatThrownBy(() -> ab.packNames().add("q")).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> ab.find(PackQuery.all()).clear())
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> ab.members().clear()).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    class Naming {
        private final InMemoryPackRegistry withUid = InMemoryPackRegistry.builder("public").name("Public Repo")
                .uid("5e2031962f090e2d3d8a3290").build();
        private final InMemoryPackRegistry withoutUid = InMemoryPackRegistry.builder("in-house")
                .name("In-house").build();

        @Test
        void aRegistryWithAUidIsNamedByItsUidAlone() {
            assertThat(withUid.isNamedBy(RegistryRef.byUid("5e2031962f090e2d3d8a3290"))).isTrue();
            assertThat(withUid.isNamedBy(RegistryRef.of("5e2031962f090e2d3d8a3290", "Old name"))).isTrue();
            assertThat(withUid.isNamedBy(RegistryRef.of("000000000000000000000000", "Public Repo"))).isFalse();
            assertThat(withUid.isNamedBy(RegistryRef.byUid("public"))).isFalse();
        }

        @Test
        void aRegistryIsNamedByItsNameOrId() {
            assertThat(withUid.isNamedBy(RegistryRef.byName("Public Repo"))).isTrue();
            assertThat(withUid.isNamedBy(RegistryRef.byName("public"))).isTrue();
            assertThat(withUid.isNamedBy(RegistryRef.byName("public repo"))).isFalse();
            assertThat(withoutUid.isNamedBy(RegistryRef.byName("In-house"))).isTrue();
            assertThat(withoutUid.isNamedBy(RegistryRef.byName("in-house"))).isTrue();
            assertThat(withoutUid.isNamedBy(RegistryRef.byName("Public Repo"))).isFalse();
        }

        @Test
        void aRegistryWithoutUidMatchesAUidByIdAndOtherwiseTheReferencesName() {
            assertThat(withoutUid.isNamedBy(RegistryRef.byUid("in-house"))).isTrue();
            assertThat(withoutUid.isNamedBy(RegistryRef.byUid("5e2031962f090e2d3d8a3290"))).isFalse();
            assertThat(withoutUid.isNamedBy(RegistryRef.of("5e2031962f090e2d3d8a3290", "In-house"))).isTrue();
            assertThat(withoutUid.isNamedBy(RegistryRef.of("5e2031962f090e2d3d8a3290", "Other"))).isFalse();
        }

        @Test
        void aPlainRegistrysNameIsItsId() {
            PackRegistry plain = BruteForce.defaultsOf(A);
            assertThat(plain.name()).isEqualTo("a");
            assertThat(plain.uid()).isEmpty();
            assertThat(plain.members()).containsExactly(plain);
        }
    }

    @Nested
    class Discovery {
        @Test
        void providersComeInPriorityOrderThenById() {
            assertThat(PackRegistries.providers(getClass().getClassLoader())).extracting(PackRegistryProvider::id)
                    .containsExactly("test-high", "test-a", "test-b", "builtin");
        }

        @Test
        void aLoaderThatSeesNoProviderFallsBackToProfileKitsOwn() {
            try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
                assertThat(PackRegistries.providers(empty)).extracting(PackRegistryProvider::id)
                        .containsExactly("test-high", "test-a", "test-b", "builtin");
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        }

        @Test
        void discoverComposesEveryProvidersRegistryHighestPriorityFirst() {
            PackRegistry found = PackRegistries.discover();
            assertThat(found.members()).extracting(PackRegistry::id)
                    .containsExactly("test-high", "test-a", "test-b", "builtin");
            assertThat(found.versions("shared")).extracting(PackVersion::toString).containsExactly("1.0.0");
            assertThat(found.packNames()).contains("only-high", "only-a", "only-b", "only-builtin");
        }

        @Test
        void discoverUsesTheSharedBuiltInCatalog() {
            assertThat(PackRegistries.builtIn()).isSameAs(PackRegistries.builtIn());
            assertThat(PackRegistries.builtIn().id()).isEqualTo(PackRegistries.BUILT_IN_ID);
            PackRegistry found = PackRegistries.discover(getClass().getClassLoader());
            assertThat(found.members().get(3)).isSameAs(PackRegistries.builtIn());
        }

        @Test
        void discoverySwitchedOffUsesOnlyTheBuiltInCatalog() {
            String before = System.getProperty(PackRegistries.DISCOVERY_PROPERTY);
            System.setProperty("profilekit.registry.discovery", "false");
            try {
                PackRegistry found = PackRegistries.discover();
                assertThat(found).isSameAs(PackRegistries.builtIn());
                assertThat(found.contains("only-high")).isFalse();
                assertThat(found.versions("shared")).extracting(PackVersion::toString).containsExactly("9.0.0");
            } finally {
                if (before == null) {
                    System.clearProperty(PackRegistries.DISCOVERY_PROPERTY);
                } else {
                    System.setProperty(PackRegistries.DISCOVERY_PROPERTY, before);
                }
            }
        }

        @Test
        void anyOtherValueOfThePropertyLeavesDiscoveryOn() {
            String before = System.getProperty(PackRegistries.DISCOVERY_PROPERTY);
            System.setProperty(PackRegistries.DISCOVERY_PROPERTY, "true");
            try {
                assertThat(PackRegistries.discover().members()).hasSize(4);
            } finally {
                if (before == null) {
                    System.clearProperty(PackRegistries.DISCOVERY_PROPERTY);
                } else {
                    System.setProperty(PackRegistries.DISCOVERY_PROPERTY, before);
                }
            }
        }

        @Test
        void aProvidersDefaultPriorityIsZero() {
            assertThat(new TestProviders.ZeroA().priority()).isZero();
        }
    }
}
