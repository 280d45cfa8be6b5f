package io.profilekit.testing;

import io.profilekit.CloudType;
import io.profilekit.InfrastructureProfile;
import io.profilekit.LayerType;
import io.profilekit.PackVersion;
import io.profilekit.VersionSelector;
import io.profilekit.registry.InMemoryPackRegistry;
import io.profilekit.registry.PackDescriptor;
import io.profilekit.registry.PackQuery;
import io.profilekit.registry.PackRegistry;
import io.profilekit.resolve.ProfileResolver;
import io.profilekit.resolve.ResolvedProfile;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The test-data generators and fixtures that users' tests and later modules' tests rely on. */
class GeneratorsTest {

    @Test
    void theSameSeedGivesTheSameData() {
        for (long seed = 0; seed < 50; seed++) {
            RegistryGenerator a = new RegistryGenerator(seed);
            RegistryGenerator b = new RegistryGenerator(seed);
            InMemoryPackRegistry ra = a.registry();
            InMemoryPackRegistry rb = b.registry();
            assertThat(ra.find(PackQuery.all())).as("seed %d", seed).isEqualTo(rb.find(PackQuery.all()));
            assertThat(a.profileFor(ra)).as("seed %d", seed).isEqualTo(b.profileFor(rb));
            String pack = a.packName(ra);
            assertThat(b.packName(rb)).isEqualTo(pack);
            assertThat(a.selectorFor(ra, pack)).as("seed %d", seed).isEqualTo(b.selectorFor(rb, pack));
            assertThat(a.seed()).isEqualTo(seed);
            assertThat(new ProfileGenerator(seed).profile()).isEqualTo(new ProfileGenerator(seed).profile());
        }
    }

    @Test
    void generatedRegistriesHoldEveryLayerAndEveryShapeOfVersion() {
        Set<LayerType> layers = EnumSet.noneOf(LayerType.class);
        Set<String> shapes = new HashSet<>();
        boolean groups = false;
        boolean custom = false;
        boolean all = false;
        int largest = 0;
        for (long seed = 0; seed < 200; seed++) {
            InMemoryPackRegistry r = new RegistryGenerator(seed).registry();
            for (LayerType t : List.of(LayerType.OS, LayerType.KUBERNETES, LayerType.NETWORK, LayerType.STORAGE)) {
                assertThat(r.find(PackQuery.all().layer(t))).as("seed %d has a %s pack", seed, t).isNotEmpty();
            }
            for (String name : r.packNames()) {
                largest = Math.max(largest, r.packs(name).size());
            }
            for (PackDescriptor p : r.find(PackQuery.all())) {
                layers.add(p.layer());
                groups |= p.group().isPresent();
                custom |= p.cloudTypes().stream().anyMatch(c -> !c.isKnown());
                all |= p.cloudTypes().contains(CloudType.ALL);
                PackVersion v = p.version();
                String text = v.toString();
                if (v.isPreRelease()) {
                    shapes.add("pre-release");
                } else if (v.qualifier().isPresent()) {
                    shapes.add("post-release");
                }
                if (text.startsWith("v")) {
                    shapes.add("v");
                }
                if (text.matches("\\d+\\.\\d+")) {
                    shapes.add("two numbers");
                }
                if (text.matches("v?\\d+\\.\\d+\\.\\d+\\.\\d+.*")) {
                    shapes.add("four numbers");
                }
                if (text.matches("v?(\\d+\\.)*0\\d+.*")) {
                    shapes.add("leading zero");
                }
            }
        }
        assertThat(layers).containsExactlyInAnyOrder(LayerType.values());
        assertThat(shapes).contains("pre-release", "post-release", "v", "two numbers", "four numbers",
                "leading zero");
        assertThat(groups).isTrue();
        assertThat(custom).isTrue();
        assertThat(all).isTrue();
        assertThat(largest).isGreaterThanOrEqualTo(20);
    }

    @Test
    void selectorsAimedAtARegistryAreValidAndMostlyMatch() {
        int matching = 0;
        int total = 0;
        Set<VersionSelector.Kind> kinds = EnumSet.noneOf(VersionSelector.Kind.class);
        boolean grouped = false;
        for (long seed = 0; seed < 100; seed++) {
            RegistryGenerator gen = new RegistryGenerator(seed);
            PackRegistry r = gen.registry();
            for (int i = 0; i < 20; i++) {
                String pack = gen.packName(r);
                VersionSelector s = gen.selectorFor(r, pack);
                assertThat(s.isValid()).as("seed %d: %s", seed, s).isTrue();
                kinds.add(s.kind());
                grouped |= s.group().isPresent();
                total++;
                if (r.newest(pack, s).isPresent()) {
                    matching++;
                }
            }
        }
        assertThat(kinds).contains(VersionSelector.Kind.EXACT, VersionSelector.Kind.TRAIN, VersionSelector.Kind.RANGE);
        assertThat(grouped).isTrue();
        assertThat(matching).as("matching selectors of %d", total).isGreaterThan(total / 2).isLessThan(total);
    }

    @Test
    void profilesAimedAtARegistryNameItsPacksForTheirLayers() {
        for (long seed = 0; seed < 50; seed++) {
            RegistryGenerator gen = new RegistryGenerator(seed);
            PackRegistry r = gen.registry();
            InfrastructureProfile p = gen.profileFor(r);
            assertThat(p.layers()).hasSize(4);
            for (io.profilekit.Layer l : p.layers()) {
                assertThat(r.packs(l.pack().name())).as("seed %d", seed)
                        .allMatch(d -> d.layer() == l.type()).isNotEmpty();
            }
        }
    }

    @Test
    void packNameOfAnEmptyRegistryIsAnError() {
        assertThatThrownBy(() -> new RegistryGenerator(1).packName(InMemoryPackRegistry.builder("empty").build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("registry 'empty' has no packs");
    }

    @Test
    void aValidProfileInThreeLines() {
        PackRegistry registry = Fixtures.registry();
        InfrastructureProfile profile = Fixtures.profile();
        ResolvedProfile locked = ProfileResolver.of(registry).resolve(profile);

        assertThat(locked.layers()).extracting(l -> l.version().orElseThrow().toString())
                .containsExactly("22.04", "1.33.6", "3.31.2", "1.46.0");
        assertThat(profile.kubernetes().orElseThrow().values()).isEqualTo(Fixtures.KUBERNETES_VALUES);
        assertThat(Fixtures.registry()).isSameAs(registry);
        assertThat(Fixtures.profileBuilder().build()).isEqualTo(profile);
    }

    @Test
    void theFixtureRegistryHoldsTheDocumentedPacks() {
        InMemoryPackRegistry r = Fixtures.registry();
        assertThat(r.id()).isEqualTo("fixtures");
        assertThat(r.name()).isEqualTo("Fixture Repo");
        assertThat(r.packNames()).containsExactly("cni-calico", "crossplane", "csi-aws-ebs", "hello-universe",
                "kubernetes", "ubuntu-aws");
        assertThat(r.versions("kubernetes")).extracting(PackVersion::toString)
                .containsExactly("1.32.9", "1.33.5", "1.33.6", "1.34.0-rc.1");
        assertThat(r.packs("ubuntu-aws")).extracting(p -> p.version() + " " + p.group().orElse("-"))
                .containsExactly("20.04 LTS", "22.04 LTS", "24.04 -");
        PackDescriptor crossplane = r.packs("crossplane").get(0);
        assertThat(crossplane.constraints().dependencies()).singleElement()
                .satisfies(d -> assertThat(d.admits(PackVersion.parse("1.33.6"))).isTrue());
        assertThat(r.packs("hello-universe").get(0).presets()).hasSize(2);
    }
}
