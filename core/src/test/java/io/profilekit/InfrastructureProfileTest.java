package io.profilekit;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InfrastructureProfileTest {

    static InfrastructureProfile.Builder complete() {
        return InfrastructureProfile.builder()
                .name("aws-prod-base")
                .os("ubuntu-aws", "22.04")
                .kubernetes("kubernetes", "1.33.x")
                .network("cni-calico", "3.31.2")
                .storage("csi-aws-ebs", "1.46.0");
    }

    @Nested
    class Defaults {
        @Test
        void aBuiltProfileHasVersion100TypeInfraCloudAllNoDescriptionAndNoTags() {
            InfrastructureProfile p = complete().build();

            assertThat(p.version()).isEqualTo(ProfileVersion.DEFAULT);
            assertThat(p.version().text()).isEqualTo("1.0.0");
            assertThat(p.type()).isEqualTo(ProfileType.INFRA);
            assertThat(p.cloud()).isSameAs(CloudType.ALL);
            assertThat(p.description()).isEmpty();
            assertThat(p.tags()).isEqualTo(Tags.empty());
        }

        @Test
        void everySetterIsReadBackByItsAccessor() {
            InfrastructureProfile p = complete()
                    .version("1.2.3-rc.1")
                    .description("Production base")
                    .type(ProfileType.CLUSTER)
                    .cloud(CloudType.VSPHERE)
                    .tag("owner:platform")
                    .build();

            assertThat(p.name()).isEqualTo("aws-prod-base");
            assertThat(p.version()).isEqualTo(ProfileVersion.parse("1.2.3-rc.1"));
            assertThat(p.description()).isEqualTo("Production base");
            assertThat(p.type()).isEqualTo(ProfileType.CLUSTER);
            assertThat(p.cloud()).isEqualTo(CloudType.VSPHERE);
            assertThat(p.tags()).isEqualTo(Tags.of("owner:platform"));
        }

        @Test
        void versionTakesAProfileVersionAndRecordsInvalidTextForTheValidator() {
            assertThat(complete().version(ProfileVersion.parse("2.0.0")).build().version().text()).isEqualTo("2.0.0");
            InfrastructureProfile p = complete().version("v1.2").build();
            assertThat(p.version().text()).isEqualTo("v1.2");
            assertThat(p.version().isValid()).isFalse();
        }

        @Test
        void cloudByNameGivesTheKnownConstantOrACustomCloud() {
            assertThat(complete().cloud("aws").build().cloud()).isSameAs(CloudType.AWS);
            CloudType nutanix = complete().cloud("nutanix").build().cloud();
            assertThat(nutanix.wireName()).isEqualTo("nutanix");
            assertThat(nutanix.isKnown()).isFalse();
        }

        @Test
        void blankCloudNameIsRejectedAtOnce() {
            assertThatThrownBy(() -> complete().cloud("  "))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cloud");
        }
    }

    @Nested
    class NullSetters {
        static Stream<Arguments> setters() {
            return Stream.of(
                    Arguments.of("name", (Consumer<InfrastructureProfile.Builder>) b -> b.name(null)),
                    Arguments.of("version", (Consumer<InfrastructureProfile.Builder>) b -> b.version((String) null)),
                    Arguments.of("version",
                            (Consumer<InfrastructureProfile.Builder>) b -> b.version((ProfileVersion) null)),
                    Arguments.of("description", (Consumer<InfrastructureProfile.Builder>) b -> b.description(null)),
                    Arguments.of("type", (Consumer<InfrastructureProfile.Builder>) b -> b.type(null)),
                    Arguments.of("cloud", (Consumer<InfrastructureProfile.Builder>) b -> b.cloud((CloudType) null)),
                    Arguments.of("cloud", (Consumer<InfrastructureProfile.Builder>) b -> b.cloud((String) null)),
                    Arguments.of("tags[0]", (Consumer<InfrastructureProfile.Builder>) b -> b.tag((String) null)),
                    Arguments.of("tags[1]",
                            (Consumer<InfrastructureProfile.Builder>) b -> b.tag("a").tag((Tag) null)),
                    Arguments.of("tags", (Consumer<InfrastructureProfile.Builder>) b -> b.tags((Tags) null)),
                    Arguments.of("tags", (Consumer<InfrastructureProfile.Builder>) b -> b.tags((String[]) null)),
                    Arguments.of("tags[1]",
                            (Consumer<InfrastructureProfile.Builder>) b -> b.tags("a", null)),
                    Arguments.of("os.pack.name",
                            (Consumer<InfrastructureProfile.Builder>) b -> b.os(null, "22.04")),
                    Arguments.of("os.pack.version",
                            (Consumer<InfrastructureProfile.Builder>) b -> b.os("ubuntu-aws", null)),
                    Arguments.of("os.customizer",
                            (Consumer<InfrastructureProfile.Builder>) b -> b.os("ubuntu-aws", "22.04", null)),
                    Arguments.of("os", (Consumer<InfrastructureProfile.Builder>) b -> b.os((PackRef) null)),
                    Arguments.of("kubernetes.pack.name",
                            (Consumer<InfrastructureProfile.Builder>) b -> b.kubernetes(null, "1.33.x")),
                    Arguments.of("kubernetes.pack.version",
                            (Consumer<InfrastructureProfile.Builder>) b -> b.kubernetes("kubernetes", null)),
                    Arguments.of("kubernetes.customizer",
                            (Consumer<InfrastructureProfile.Builder>) b -> b.kubernetes("kubernetes", "1.33.x", null)),
                    Arguments.of("kubernetes",
                            (Consumer<InfrastructureProfile.Builder>) b -> b.kubernetes((PackRef) null)),
                    Arguments.of("network.pack.name",
                            (Consumer<InfrastructureProfile.Builder>) b -> b.network(null, "3.31.2")),
                    Arguments.of("network.pack.version",
                            (Consumer<InfrastructureProfile.Builder>) b -> b.network("cni-calico", null)),
                    Arguments.of("network.customizer",
                            (Consumer<InfrastructureProfile.Builder>) b -> b.network("cni-calico", "3.31.2", null)),
                    Arguments.of("network", (Consumer<InfrastructureProfile.Builder>) b -> b.network((PackRef) null)),
                    Arguments.of("storage.pack.name",
                            (Consumer<InfrastructureProfile.Builder>) b -> b.storage(null, "1.46.0")),
                    Arguments.of("storage.pack.version",
                            (Consumer<InfrastructureProfile.Builder>) b -> b.storage("csi-aws-ebs", null)),
                    Arguments.of("storage.customizer",
                            (Consumer<InfrastructureProfile.Builder>) b -> b.storage("csi-aws-ebs", "1.46.0", null)),
                    Arguments.of("storage", (Consumer<InfrastructureProfile.Builder>) b -> b.storage((PackRef) null)),
                    Arguments.of("layers[4]", (Consumer<InfrastructureProfile.Builder>) b -> b.layer(null)),
                    Arguments.of("layers", (Consumer<InfrastructureProfile.Builder>) b -> b.layers(null)),
                    Arguments.of("layers[1]", (Consumer<InfrastructureProfile.Builder>) b -> b.layers(
                            java.util.Arrays.asList(Layer.of(LayerType.OS, PackRef.of("a", "1")), null))));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("setters")
        void throwsNullPointerExceptionNamingTheField(String field, Consumer<InfrastructureProfile.Builder> setter) {
            InfrastructureProfile.Builder b = complete();
            assertThatThrownBy(() -> setter.accept(b))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage(field + " must not be null");
        }

        @Test
        void aRejectedNullLeavesTheBuilderAsItWas() {
            InfrastructureProfile.Builder b = complete().tag("a:b");
            InfrastructureProfile before = b.build();
            assertThatThrownBy(() -> b.tags("x", null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> b.layers(java.util.Arrays.asList((Layer) null)))
                    .isInstanceOf(NullPointerException.class);
            assertThat(b.build()).isEqualTo(before);
        }
    }

    @Nested
    class Build {
        @Test
        void anEmptyBuilderListsTheNameAndEveryLayerInOneMessage() {
            assertThatThrownBy(() -> InfrastructureProfile.builder().build())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("Cannot build InfrastructureProfile, missing: name (name(...)),"
                            + " operating system layer (os(...)), kubernetes layer (kubernetes(...)),"
                            + " network layer (network(...)), storage layer (storage(...))");
        }

        @Test
        void onlyTheMissingPartsAreListedAndTheNameIsQuoted() {
            assertThatThrownBy(() -> InfrastructureProfile.builder().name("edge")
                    .kubernetes("edge-k8s", "1.33.6").build())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("Cannot build InfrastructureProfile 'edge', missing: operating system layer (os(...)),"
                            + " network layer (network(...)), storage layer (storage(...))");
        }

        @Test
        void aBlankNameIsReportedAsBlank() {
            assertThatThrownBy(() -> complete().name(" \t").build())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("Cannot build InfrastructureProfile, missing: name (it is blank)");
        }

        @Test
        void anAddOnLayerDoesNotStandInForACoreLayer() {
            InfrastructureProfile.Builder b = InfrastructureProfile.builder().name("p")
                    .os("ubuntu-aws", "22.04").kubernetes("kubernetes", "1.33.x").network("cni-calico", "3.31.2")
                    .layer(Layer.of(LayerType.ADDON, PackRef.of("csi-aws-ebs", "1.46.0")));
            assertThatThrownBy(b::build).hasMessageEndingWith("missing: storage layer (storage(...))");
        }

        @Test
        void buildLenientBuildsWhateverWasGiven() {
            InfrastructureProfile empty = InfrastructureProfile.builder().buildLenient();
            assertThat(empty.name()).isEmpty();
            assertThat(empty.layers()).isEmpty();
            assertThat(empty.os()).isEmpty();
            assertThat(empty.kubernetes()).isEmpty();
            assertThat(empty.network()).isEmpty();
            assertThat(empty.storage()).isEmpty();

            Layer csi = Layer.of(LayerType.STORAGE, PackRef.of("csi-aws-ebs", "1.46.0"));
            Layer os = Layer.of(LayerType.OS, PackRef.of("ubuntu-aws", "22.04"));
            InfrastructureProfile broken = InfrastructureProfile.builder().name(" ")
                    .layer(csi).layer(os).layer(os).buildLenient();
            assertThat(broken.name()).isEqualTo(" ");
            assertThat(broken.layers()).containsExactly(csi, os, os);
        }

        @Test
        void aCompleteBuilderBuildsWithoutError() {
            assertThatCode(() -> complete().build()).doesNotThrowAnyException();
        }
    }

    @Nested
    class Layers {
        @Test
        void layerSettersPlaceLayersInOsK8sCniCsiOrderWhateverTheCallOrder() {
            InfrastructureProfile p = InfrastructureProfile.builder().name("p")
                    .storage("csi-aws-ebs", "1.46.0")
                    .network("cni-calico", "3.31.2")
                    .os("ubuntu-aws", "22.04")
                    .kubernetes("kubernetes", "1.33.x")
                    .build();

            assertThat(p.layers()).extracting(Layer::type)
                    .containsExactly(LayerType.OS, LayerType.KUBERNETES, LayerType.NETWORK, LayerType.STORAGE);
            assertThat(p.layers()).extracting(l -> l.pack().name())
                    .containsExactly("ubuntu-aws", "kubernetes", "cni-calico", "csi-aws-ebs");
        }

        @Test
        void everyPermutationOfSetterCallsGivesTheSameProfile() {
            List<Consumer<InfrastructureProfile.Builder>> setters = List.of(
                    b -> b.os("ubuntu-aws", "22.04"),
                    b -> b.kubernetes("kubernetes", "1.33.x", k -> k.values("a: 1\n")),
                    b -> b.network("cni-calico", "3.31.2", n -> n.preset("vxlan")),
                    b -> b.storage("csi-aws-ebs", "1.46.0", s -> s.registry("Public Repo")));
            InfrastructureProfile expected = null;
            for (List<Integer> order : permutations(List.of(0, 1, 2, 3))) {
                InfrastructureProfile.Builder b = InfrastructureProfile.builder().name("p");
                order.forEach(i -> setters.get(i).accept(b));
                InfrastructureProfile p = b.build();
                if (expected == null) {
                    expected = p;
                }
                assertThat(p).as("order %s", order).isEqualTo(expected);
            }
        }

        private List<List<Integer>> permutations(List<Integer> items) {
            if (items.isEmpty()) {
                return List.of(List.of());
            }
            List<List<Integer>> out = new ArrayList<>();
            for (Integer first : items) {
                List<Integer> rest = new ArrayList<>(items);
                rest.remove(first);
                for (List<Integer> tail : permutations(rest)) {
                    List<Integer> p = new ArrayList<>();
                    p.add(first);
                    p.addAll(tail);
                    out.add(p);
                }
            }
            return out;
        }

        @Test
        void settingALayerTypeAgainReplacesItInPlace() {
            InfrastructureProfile p = complete()
                    .kubernetes("edge-k8s", "1.33.6")
                    .os(PackRef.of("ubuntu-aws", "24.04"))
                    .build();

            assertThat(p.layers()).hasSize(4);
            assertThat(p.kubernetes()).hasValueSatisfying(l -> assertThat(l.pack()).isEqualTo(PackRef.of("edge-k8s",
                    "1.33.6")));
            assertThat(p.os()).hasValueSatisfying(l -> assertThat(l.pack().version().toString()).isEqualTo("24.04"));
            assertThat(p.layers().get(0).type()).isEqualTo(LayerType.OS);
            assertThat(p.layers().get(1).type()).isEqualTo(LayerType.KUBERNETES);
        }

        @Test
        void everyLayerSetterFormFillsItsLayer() {
            InfrastructureProfile byRef = InfrastructureProfile.builder().name("p")
                    .os(PackRef.of("o", "1")).kubernetes(PackRef.of("k", "1"))
                    .network(PackRef.of("n", "1")).storage(PackRef.of("s", "1")).build();
            InfrastructureProfile byName = InfrastructureProfile.builder().name("p")
                    .os("o", "1").kubernetes("k", "1").network("n", "1").storage("s", "1").build();
            InfrastructureProfile customized = InfrastructureProfile.builder().name("p")
                    .os("o", "1", l -> { }).kubernetes("k", "1", l -> { })
                    .network("n", "1", l -> { }).storage("s", "1", l -> { }).build();
            assertThat(byRef).isEqualTo(byName).isEqualTo(customized);
            assertThat(byRef.layers()).extracting(l -> l.type() + " " + l.pack().name())
                    .containsExactly("os o", "k8s k", "cni n", "csi s");
            InfrastructureProfile values = InfrastructureProfile.builder().name("p")
                    .os("o", "1", l -> l.values("o: 1")).kubernetes("k", "1", l -> l.values("k: 1"))
                    .network("n", "1", l -> l.values("n: 1")).storage("s", "1", l -> l.values("s: 1")).build();
            assertThat(values.layers()).extracting(Layer::values).containsExactly("o: 1", "k: 1", "n: 1", "s: 1");
        }

        @Test
        void theCustomizerShapesTheLayer() {
            InfrastructureProfile p = complete()
                    .kubernetes("kubernetes", "1.33.x", k -> k.values("pack:\n  podCIDR: x # keep\n")
                            .preset("hardened").registry("Public Repo"))
                    .build();

            Layer k8s = p.kubernetes().orElseThrow();
            assertThat(k8s.values()).isEqualTo("pack:\n  podCIDR: x # keep\n");
            assertThat(k8s.presets()).containsExactly("hardened");
            assertThat(k8s.pack().registry()).contains(RegistryRef.byName("Public Repo"));
            assertThat(k8s.type()).isEqualTo(LayerType.KUBERNETES);
        }

        @Test
        void layerAppendsAsGivenWithoutPlacingOrReplacing() {
            Layer addon = Layer.of(LayerType.ADDON, PackRef.of("hello-universe", "1.3.1"));
            Layer os2 = Layer.of(LayerType.OS, PackRef.of("ubuntu-azure", "22.04"));
            InfrastructureProfile p = complete().layer(addon).layer(os2).buildLenient();

            assertThat(p.layers()).extracting(Layer::type).containsExactly(LayerType.OS, LayerType.KUBERNETES,
                    LayerType.NETWORK, LayerType.STORAGE, LayerType.ADDON, LayerType.OS);
            assertThat(p.layers().get(5)).isEqualTo(os2);
            assertThat(p.os()).hasValueSatisfying(l -> assertThat(l.pack().name()).isEqualTo("ubuntu-aws"));
            assertThat(p.layer(LayerType.ADDON)).contains(addon);
        }

        @Test
        void aLayerSetterAfterAppendedLayersReplacesTheFirstOfItsTypeAndKeepsTheRest() {
            Layer csi = Layer.of(LayerType.STORAGE, PackRef.of("csi-a", "1"));
            Layer os = Layer.of(LayerType.OS, PackRef.of("os-a", "1"));
            InfrastructureProfile p = InfrastructureProfile.builder().name("p").layer(csi).layer(os)
                    .os("os-b", "2").buildLenient();
            assertThat(p.layers()).extracting(l -> l.pack().name()).containsExactly("csi-a", "os-b");
        }

        @Test
        void layersReplacesAllLayersInTheGivenOrder() {
            Layer csi = Layer.of(LayerType.STORAGE, PackRef.of("csi-a", "1"));
            Layer os = Layer.of(LayerType.OS, PackRef.of("os-a", "1"));
            InfrastructureProfile p = complete().layers(List.of(csi, os)).buildLenient();
            assertThat(p.layers()).containsExactly(csi, os);
        }

        @Test
        void accessorsFindEachCoreLayer() {
            InfrastructureProfile p = complete().build();
            assertThat(p.os().orElseThrow().pack().name()).isEqualTo("ubuntu-aws");
            assertThat(p.kubernetes().orElseThrow().pack().name()).isEqualTo("kubernetes");
            assertThat(p.network().orElseThrow().pack().name()).isEqualTo("cni-calico");
            assertThat(p.storage().orElseThrow().pack().name()).isEqualTo("csi-aws-ebs");
            assertThat(p.layer(LayerType.ADDON)).isEmpty();
            assertThat(p.layer(LayerType.NETWORK)).isEqualTo(p.network());
        }
    }

    @Nested
    class Tagging {
        @Test
        void tagsKeepInsertionOrder() {
            InfrastructureProfile p = complete().tag("owner:platform").tag(Tag.of("env", "prod")).tag("dev").build();
            assertThat(p.tags().asList()).extracting(Tag::toString).containsExactly("owner:platform", "env:prod", "dev");
        }

        @Test
        void aRepeatedTagKeyIsRejectedNamingBothPositions() {
            InfrastructureProfile.Builder b = complete().tag("owner:platform").tag("env:prod");
            assertThatThrownBy(() -> b.tag("owner:someone-else"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("tags[2]: tag key 'owner' is already set by tags[0] (owner:platform);"
                            + " each key may appear once");
        }

        @Test
        void tagsReplacesEveryTag() {
            InfrastructureProfile p = complete().tag("a:1").tags("b:2", "c").build();
            assertThat(p.tags()).isEqualTo(Tags.of("b:2", "c"));
            assertThat(complete().tag("a").tags(Tags.empty()).build().tags().isEmpty()).isTrue();
        }

        @Test
        void tagsWithDuplicateKeysAreRejected() {
            assertThatThrownBy(() -> complete().tags("a:1", "a:2"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("tags[0]").hasMessageContaining("tags[1]");
        }
    }

    @Nested
    class CopiesAndValues {
        @Test
        void toBuilderBuildsAnEqualProfile() {
            InfrastructureProfile p = complete().version("2.1.0").description("d").cloud("nutanix")
                    .tag("a:b").layer(Layer.of(LayerType.ADDON, PackRef.of("x", "1"))).build();
            assertThat(p.toBuilder().build()).isEqualTo(p).hasSameHashCodeAs(p);
        }

        @Test
        void toBuilderOfALenientProfileKeepsItsLayersAsTheyAre() {
            Layer csi = Layer.of(LayerType.STORAGE, PackRef.of("csi-a", "1"));
            InfrastructureProfile p = InfrastructureProfile.builder().layer(csi).layer(csi).buildLenient();
            assertThat(p.toBuilder().buildLenient()).isEqualTo(p);
        }

        @Test
        void changingTheBuilderAfterBuildDoesNotChangeTheProfile() {
            InfrastructureProfile.Builder b = complete().tag("a:1");
            InfrastructureProfile p = b.build();
            String before = p.toString();
            b.name("other").version("9.9.9").description("x").type(ProfileType.SYSTEM).cloud(CloudType.GCP)
                    .tag("b:2").tags("c").os("other-os", "1").layer(Layer.of(LayerType.ADDON, PackRef.of("y", "1")))
                    .layers(List.of());
            assertThat(p.toString()).isEqualTo(before);
            assertThat(p.name()).isEqualTo("aws-prod-base");
            assertThat(p.tags()).isEqualTo(Tags.of("a:1"));
            assertThat(p.layers()).hasSize(4);
        }

        @Test
        void changingABuilderMadeByToBuilderDoesNotChangeTheProfile() {
            InfrastructureProfile p = complete().tag("a:1").build();
            InfrastructureProfile copy = p.toBuilder().build();
            p.toBuilder().tag("b").os("x", "1").layers(List.of()).tags(Tags.empty()).name("q");
            assertThat(p).isEqualTo(copy);
        }

        @Test
        void theLayersListIsUnmodifiable() {
            InfrastructureProfile p = complete().build();
            Layer extra = Layer.of(LayerType.ADDON, PackRef.of("x", "1"));
            assertUnsupported(() -> p.layers().add(extra));
            assertUnsupported(() -> p.layers().remove(0));
            assertUnsupported(() -> p.layers().set(0, extra));
            assertUnsupported(() -> p.layers().clear());
            assertUnsupported(() -> p.tags().asList().add(Tag.of("x")));
            assertUnsupported(() -> p.kubernetes().orElseThrow().presets().add("x"));
        }

        private void assertUnsupported(Executable change) {
            assertThatThrownBy(change::execute).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void equalsAndHashCodeDependOnEveryPart() {
            InfrastructureProfile p = complete().build();
            assertThat(p).isEqualTo(complete().build()).hasSameHashCodeAs(complete().build());
            assertThat(p).isNotEqualTo(null).isNotEqualTo("aws-prod-base");
            List<InfrastructureProfile> variants = List.of(
                    complete().name("other").build(),
                    complete().version("1.0.1").build(),
                    complete().description("d").build(),
                    complete().type(ProfileType.CLUSTER).build(),
                    complete().cloud(CloudType.AWS).build(),
                    complete().tag("a").build(),
                    complete().kubernetes("kubernetes", "1.33.6").build(),
                    complete().kubernetes("kubernetes", "1.33.x", k -> k.values("a: 1")).build(),
                    complete().layer(Layer.of(LayerType.ADDON, PackRef.of("x", "1"))).build());
            for (InfrastructureProfile v : variants) {
                assertThat(v).isNotEqualTo(p);
            }
        }

        @Test
        void toStringShowsNameVersionTypeCloudTagsAndOneLinePerLayer() {
            InfrastructureProfile p = complete().version("1.2.0").cloud(CloudType.AWS).tag("owner:platform")
                    .tag("env:prod")
                    .kubernetes("kubernetes", "1.33.x", k -> k.preset("hardened"))
                    .storage("csi-aws-ebs", "1.46.0", s -> s.registry("Public Repo"))
                    .build();
            assertThat(p.toString()).isEqualTo(
                    "InfrastructureProfile aws-prod-base 1.2.0 (infra, cloud aws, tags [owner:platform, env:prod])\n"
                            + "  os ubuntu-aws 22.04\n"
                            + "  k8s kubernetes 1.33.x presets=[hardened]\n"
                            + "  cni cni-calico 3.31.2\n"
                            + "  csi csi-aws-ebs 1.46.0 @Public Repo");
        }

        @Test
        void toStringLeavesOutTagsWhenThereAreNone() {
            assertThat(complete().build().toString())
                    .startsWith("InfrastructureProfile aws-prod-base 1.0.0 (infra, cloud all (not given))\n");
        }

        @Test
        void anInfrastructureProfileIsAClusterProfile() {
            ClusterProfile p = complete().build();
            assertThat(p).isInstanceOf(InfrastructureProfile.class);
            assertThat(p.layers()).hasSize(4);
        }
    }
}
