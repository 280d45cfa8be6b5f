package io.profilekit.registry;

import io.profilekit.CloudType;
import io.profilekit.LayerType;
import io.profilekit.PackVersion;
import io.profilekit.VersionSelector;
import io.profilekit.testing.Fixtures;
import io.profilekit.testing.RegistryGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InMemoryPackRegistryTest {

    static LongStream seeds() {
        return LongStream.range(0, 1_000);
    }

    private static PackDescriptor pack(String name, String version, LayerType layer, CloudType... clouds) {
        return PackDescriptor.builder(name, version, layer).cloudTypes(clouds).build();
    }

    private static InMemoryPackRegistry small() {
        return InMemoryPackRegistry.builder("small")
                .add(pack("kubernetes", "1.33.6", LayerType.KUBERNETES, CloudType.AWS, CloudType.AZURE))
                .add(pack("kubernetes", "1.30.4", LayerType.KUBERNETES, CloudType.AWS))
                .add(pack("kubernetes", "1.34.0-rc.1", LayerType.KUBERNETES, CloudType.AWS))
                .add(pack("cni-calico", "3.31.2", LayerType.NETWORK, CloudType.ALL))
                .add(pack("csi-azure", "1.31.2-rev2", LayerType.STORAGE, CloudType.AZURE))
                .add(pack("nutanix-csi", "1.0.0", LayerType.STORAGE, CloudType.of("nutanix")))
                .build();
    }

    @Nested
    class Basics {
        @Test
        void idNameUidAndSize() {
            InMemoryPackRegistry r = InMemoryPackRegistry.builder("in-house").name("In-house packs")
                    .uid("5e2031962f090e2d3d8a3290").add(pack("a", "1", LayerType.OS)).build();
            assertThat(r.id()).isEqualTo("in-house");
            assertThat(r.name()).isEqualTo("In-house packs");
            assertThat(r.uid()).contains("5e2031962f090e2d3d8a3290");
            assertThat(r.size()).isEqualTo(1);
            assertThat(r.members()).containsExactly(r);
            assertThat(r).hasToString("InMemoryPackRegistry[in-house, 1 packs, 1 versions]");

            InMemoryPackRegistry plain = InMemoryPackRegistry.builder("plain").build();
            assertThat(plain.name()).isEqualTo("plain");
            assertThat(plain.uid()).isEmpty();
            assertThat(plain.size()).isZero();
            assertThat(plain.packNames()).isEmpty();
        }

        @Test
        void packNamesAreSortedAndVersionsAscending() {
            InMemoryPackRegistry r = small();
            assertThat(r.packNames()).containsExactly("cni-calico", "csi-azure", "kubernetes", "nutanix-csi");
            assertThat(r.versions("kubernetes")).extracting(PackVersion::toString)
                    .containsExactly("1.30.4", "1.33.6", "1.34.0-rc.1");
            assertThat(r.packs("kubernetes")).extracting(p -> p.version().toString())
                    .containsExactly("1.30.4", "1.33.6", "1.34.0-rc.1");
            assertThat(r.contains("kubernetes")).isTrue();
            assertThat(r.contains("Kubernetes")).isFalse();
        }

        @Test
        void unknownPacksGiveEmptyAnswers() {
            InMemoryPackRegistry r = small();
            assertThat(r.packs("nope")).isEmpty();
            assertThat(r.versions("nope")).isEmpty();
            assertThat(r.pack("nope", PackVersion.parse("1"))).isEmpty();
            assertThat(r.newest("nope", VersionSelector.parse("1.x"))).isEmpty();
            assertThat(r.contains("nope")).isFalse();
        }

        @Test
        void packFindsOneVersionByItsExactText() {
            InMemoryPackRegistry r = small();
            assertThat(r.pack("kubernetes", PackVersion.parse("1.33.6"))).hasValueSatisfying(
                    p -> assertThat(p.cloudTypes()).containsExactly(CloudType.AWS, CloudType.AZURE));
            assertThat(r.pack("kubernetes", PackVersion.parse("v1.33.6"))).isEmpty();
            assertThat(r.pack("kubernetes", PackVersion.parse("1.33.7"))).isEmpty();
        }

        @Test
        void newestHonoursTheSelectorAndSkipsUnnamedPreReleases() {
            InMemoryPackRegistry r = small();
            assertThat(r.newest("kubernetes", VersionSelector.parse("1.x")).orElseThrow().version())
                    .hasToString("1.33.6");
            assertThat(r.newest("kubernetes", VersionSelector.parse("1.34.0-rc.1")).orElseThrow().version())
                    .hasToString("1.34.0-rc.1");
            assertThat(r.newest("kubernetes", VersionSelector.parse("v1.30.4")).orElseThrow().version())
                    .hasToString("1.30.4");
            assertThat(r.newest("kubernetes", VersionSelector.parse("1.31.x"))).isEmpty();
            assertThat(r.newest("kubernetes", VersionSelector.parse("latest"))).isEmpty();
        }

        @Test
        void theSameNameAndVersionTwiceIsRejected() {
            InMemoryPackRegistry.Builder b = InMemoryPackRegistry.builder("dup").add(pack("a", "1.0", LayerType.OS));
            assertThatThrownBy(() -> b.add(pack("a", "1.0", LayerType.KUBERNETES)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("pack a 1.0 was added twice to registry 'dup'");
            assertThatThrownBy(() -> InMemoryPackRegistry.builder("dup")
                    .addAll(List.of(pack("b", "2", LayerType.OS), pack("b", "2", LayerType.OS))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pack b 2");
        }

        @Test
        void spellingsOfOneVersionAreOneVersion() {
            InMemoryPackRegistry.Builder b = InMemoryPackRegistry.builder("s").add(pack("a", "1.2", LayerType.OS));
            assertThatThrownBy(() -> b.add(pack("a", "v1.2.0", LayerType.OS)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("pack a v1.2.0 was added twice to registry 's' (also as 1.2)");
            InMemoryPackRegistry r = b.add(pack("a", "1.2.1", LayerType.OS)).build();
            assertThat(r.size()).isEqualTo(2);
            assertThat(r.newest("a", VersionSelector.parse("v1.2.0")).orElseThrow().version()).hasToString("1.2");
            assertThat(r.newest("a", VersionSelector.parse("1.2.1")).orElseThrow().version()).hasToString("1.2.1");
        }

        @Test
        void longTrainsAreResolvedWithoutAShortcut() {
            InMemoryPackRegistry r = InMemoryPackRegistry.builder("s").add(pack("a", "1.2", LayerType.OS)).build();
            String huge = "1" + "0".repeat(200) + ".x";
            assertThat(r.newest("a", VersionSelector.parse(huge))).isEmpty();
            assertThat(r.newest("a", VersionSelector.parse("1" + ".1".repeat(80) + ".x"))).isEmpty();
        }

        @Test
        void argumentsAreChecked() {
            assertThatThrownBy(() -> InMemoryPackRegistry.builder(" ")).hasMessage("id must not be blank");
            assertThatThrownBy(() -> InMemoryPackRegistry.builder(null)).hasMessage("id must not be null");
            InMemoryPackRegistry.Builder b = InMemoryPackRegistry.builder("x");
            assertThatThrownBy(() -> b.name(null)).hasMessage("name must not be null");
            assertThatThrownBy(() -> b.uid(null)).hasMessage("uid must not be null");
            assertThatThrownBy(() -> b.add(null)).hasMessage("pack must not be null");
            assertThatThrownBy(() -> b.addAll(null)).hasMessage("packs must not be null");
            assertThatThrownBy(() -> b.addAll(Arrays.asList(pack("a", "1", LayerType.OS), null)))
                    .hasMessage("packs[1] must not be null");
            assertThatThrownBy(() -> small().find(null)).hasMessage("query must not be null");
        }

        @Test
        void answersAreUnmodifiable() {
            InMemoryPackRegistry r = small();
            PackDescriptor extra = pack("z", "1", LayerType.OS);
            assertThatThrownBy(() -> r.packNames().add("z")).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> r.packs("kubernetes").add(extra))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> r.versions("kubernetes").clear())
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> r.find(PackQuery.all()).add(extra))
                    .isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void theBuilderCanGoOnAfterBuildWithoutChangingTheRegistry() {
            InMemoryPackRegistry.Builder b = InMemoryPackRegistry.builder("b").add(pack("a", "1", LayerType.OS));
            InMemoryPackRegistry first = b.build();
            b.add(pack("a", "2", LayerType.OS));
            assertThat(first.versions("a")).extracting(PackVersion::toString).containsExactly("1");
            assertThat(b.build().versions("a")).extracting(PackVersion::toString).containsExactly("1", "2");
        }
    }

    @Nested
    class Find {
        @Test
        void byLayerCloudAndName() {
            InMemoryPackRegistry r = small();
            assertThat(r.find(PackQuery.all())).hasSize(6);
            assertThat(r.find(PackQuery.all().layer(LayerType.STORAGE))).extracting(PackDescriptor::name)
                    .containsExactly("csi-azure", "nutanix-csi");
            assertThat(r.find(PackQuery.all().cloud(CloudType.AZURE))).extracting(p -> p.name() + " " + p.version())
                    .containsExactly("cni-calico 3.31.2", "csi-azure 1.31.2-rev2", "kubernetes 1.33.6");
            assertThat(r.find(PackQuery.all().cloud(CloudType.of("nutanix")).layer(LayerType.STORAGE)))
                    .extracting(PackDescriptor::name).containsExactly("nutanix-csi");
            assertThat(r.find(PackQuery.all().cloud(CloudType.ALL))).hasSize(6);
            assertThat(r.find(PackQuery.all().nameContains("CSI"))).extracting(PackDescriptor::name)
                    .containsExactly("csi-azure", "nutanix-csi");
            assertThat(r.find(PackQuery.all().layer(LayerType.ADDON))).isEmpty();
        }
    }

    @Nested
    class AgainstBruteForce {
        @ParameterizedTest(name = "seed {0}")
        @MethodSource("io.profilekit.registry.InMemoryPackRegistryTest#seeds")
        void newestAgreesWithTheDefaultScan(long seed) {
            RegistryGenerator gen = new RegistryGenerator(seed);
            InMemoryPackRegistry r = gen.registry();
            PackRegistry scan = BruteForce.defaultsOf(r);
            for (int i = 0; i < 20; i++) {
                String name = gen.packName(r);
                VersionSelector s = i % 2 == 0 ? gen.selectorFor(r, name) : trainOrExact(gen, r, name);
                assertThat(r.newest(name, s)).as("seed %d: newest %s %s", seed, name, s)
                        .isEqualTo(scan.newest(name, s))
                        .isEqualTo(BruteForce.newest(r, name, s));
            }
        }

        /** Trains and exact selectors, the two kinds with index-backed fast paths. */
        private VersionSelector trainOrExact(RegistryGenerator gen, PackRegistry r, String name) {
            Random random = gen.profiles().random();
            List<PackDescriptor> packs = r.packs(name);
            PackVersion v = packs.get(random.nextInt(packs.size())).version();
            List<String> numbers = v.releaseNumbers();
            switch (random.nextInt(4)) {
                case 0:
                    return VersionSelector.exact(v);
                case 1:
                    return VersionSelector.exact(gen.profiles().packVersion());
                case 2:
                    return VersionSelector.parse(numbers.isEmpty() ? "0.x"
                            : String.join(".", numbers.subList(0, 1 + random.nextInt(numbers.size()))) + ".x");
                default:
                    return VersionSelector.parse(random.nextInt(3) + "." + random.nextInt(6) + ".x");
            }
        }

        @ParameterizedTest(name = "seed {0}")
        @MethodSource("io.profilekit.registry.InMemoryPackRegistryTest#seeds")
        void findAgreesWithTheDefaultScan(long seed) {
            RegistryGenerator gen = new RegistryGenerator(seed);
            InMemoryPackRegistry r = gen.registry();
            PackRegistry scan = BruteForce.defaultsOf(r);
            Random random = gen.profiles().random();
            List<CloudType> clouds = new ArrayList<>(CloudType.knownTypes());
            clouds.add(CloudType.of("custom-" + gen.profiles().word()));
            for (int i = 0; i < 10; i++) {
                PackQuery q = PackQuery.all();
                if (random.nextBoolean()) {
                    q = q.layer(LayerType.values()[random.nextInt(LayerType.values().length)]);
                }
                if (random.nextBoolean()) {
                    q = q.cloud(clouds.get(random.nextInt(clouds.size())));
                }
                if (random.nextInt(3) == 0) {
                    String name = gen.packName(r);
                    int from = random.nextInt(name.length());
                    q = q.nameContains(name.substring(from, from + 1 + random.nextInt(name.length() - from)));
                }
                List<PackDescriptor> expected = new ArrayList<>();
                for (String n : r.packNames()) {
                    for (PackDescriptor p : r.packs(n)) {
                        if (q.test(p)) {
                            expected.add(p);
                        }
                    }
                }
                assertThat(r.find(q)).as("seed %d: %s", seed, q).isEqualTo(scan.find(q)).isEqualTo(expected);
            }
        }
    }

    @Test
    void fixturesRegistryIsAnInMemoryRegistry() {
        assertThat(Fixtures.registry().packNames()).contains("kubernetes", "ubuntu-aws", "cni-calico", "csi-aws-ebs");
    }
}
