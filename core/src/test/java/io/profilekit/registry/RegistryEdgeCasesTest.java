package io.profilekit.registry;

import io.profilekit.CloudType;
import io.profilekit.LayerType;
import io.profilekit.PackVersion;
import io.profilekit.VersionSelector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Edges of the registry SPI: bounds written in other spellings, the SPI's default methods, discovery fallbacks. */
class RegistryEdgeCasesTest {

    @ParameterizedTest
    @CsvSource({"1.29.0, 1.29, true", "v1.29.0, 1.29.0, true", "1.29, 1.29.0, true", "1.29.0, 1.28.99, false",
        "1.29.0-rev1, 1.29.0, false", "1.29.0-rc.1, 1.29.0, true", "1.29.0, 1.29.0-rc.1, false"})
    void aLowerBoundAdmitsEverySpellingOfItsVersion(String min, String version, boolean admitted) {
        PackDependency d = PackDependency.of("kubernetes", LayerType.KUBERNETES, DependencyType.REQUIRED,
                PackVersion.parse(min), null);
        assertThat(d.minVersion()).contains(PackVersion.parse(min));
        assertThat(d.maxVersion()).isEmpty();
        assertThat(d.admits(PackVersion.parse(version))).isEqualTo(admitted);
    }

    @ParameterizedTest
    @CsvSource({"1.31.0, 1.31, true", "1.31, v1.31.0, true", "1.31.0, 1.31.1, false", "1.31, 1.31.9, true"})
    void anUpperBoundAdmitsEverySpellingOfItsVersion(String max, String version, boolean admitted) {
        PackDependency d = PackDependency.of("kubernetes", LayerType.KUBERNETES, DependencyType.REQUIRED, null,
                PackVersion.parse(max));
        assertThat(d.maxVersion()).contains(PackVersion.parse(max));
        assertThat(d.admits(PackVersion.parse(version))).isEqualTo(admitted);
    }

    /** A registry that implements only what the SPI requires, relying on its default methods. */
    private static final class Minimal implements PackRegistry {
        private final List<PackDescriptor> packs = List.of(
                PackDescriptor.builder("p", "1.0.0", LayerType.OS).build(),
                PackDescriptor.builder("p", "1.0", LayerType.OS).build(),
                PackDescriptor.builder("p", "2.0.0", LayerType.OS).build());

        @Override
        public String id() {
            return "minimal";
        }

        @Override
        public Set<String> packNames() {
            return Set.of("p");
        }

        @Override
        public List<PackDescriptor> packs(String packName) {
            return packName.equals("p") ? packs : List.of();
        }

        @Override
        public java.util.Optional<PackDescriptor> newest(String packName, VersionSelector selector) {
            return packs(packName).stream().filter(d -> selector.matches(d.version())).reduce((a, b) -> b);
        }

        @Override
        public List<PackDescriptor> find(PackQuery query) {
            return packs.stream().filter(query::test).toList();
        }
    }

    @Test
    void theSpisDefaultMethodsAnswerFromPacksAndPackNames() {
        PackRegistry r = new Minimal();
        assertThat(r.contains("p")).isTrue();
        assertThat(r.contains("q")).isFalse();
        assertThat(r.pack("p", PackVersion.parse("1.0"))).map(d -> d.version().toString()).contains("1.0");
        assertThat(r.pack("p", PackVersion.parse("1.0.0"))).map(d -> d.version().toString()).contains("1.0.0");
        assertThat(r.pack("p", PackVersion.parse("3.0.0"))).isEmpty();
        assertThat(r.pack("q", PackVersion.parse("1.0.0"))).isEmpty();
        assertThat(r.versions("p")).extracting(PackVersion::toString).containsExactly("1.0.0", "1.0", "2.0.0");
        assertThat(r.name()).isEqualTo("minimal");
        assertThat(r.members()).containsExactly(r);
    }

    @Test
    void settingCloudsAgainReplacesThem() {
        PackDescriptor d = PackDescriptor.builder("p", "1.0.0", LayerType.OS).cloudTypes(CloudType.AWS, CloudType.GCP)
                .cloudTypes(List.of(CloudType.AZURE)).build();
        assertThat(d.cloudTypes()).containsExactly(CloudType.AZURE);
    }

    @Test
    void providersAreFoundThroughThisLibrarysLoaderWhenTheGivenOneHasNone() throws Exception {
        try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
            assertThat(PackRegistries.providers(empty)).extracting(PackRegistryProvider::id)
                    .isEqualTo(PackRegistries.providers(RegistryEdgeCasesTest.class.getClassLoader()).stream()
                            .map(PackRegistryProvider::id).toList())
                    .isNotEmpty();
        }
    }

    @Test
    void withDiscoveryOffOnlyTheBuiltInCatalogIsUsed() {
        String before = System.getProperty(PackRegistries.DISCOVERY_PROPERTY);
        try {
            System.setProperty(PackRegistries.DISCOVERY_PROPERTY, "FALSE");
            assertThat(PackRegistries.discover()).isSameAs(PackRegistries.builtIn());
            System.setProperty(PackRegistries.DISCOVERY_PROPERTY, "true");
            assertThat(PackRegistries.discover().members().size()).isGreaterThan(1);
        } finally {
            if (before == null) {
                System.clearProperty(PackRegistries.DISCOVERY_PROPERTY);
            } else {
                System.setProperty(PackRegistries.DISCOVERY_PROPERTY, before);
            }
        }
        assertThat(PackRegistries.builtIn()).isNotNull().isSameAs(PackRegistries.builtIn());
    }
}
