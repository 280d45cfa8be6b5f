package io.profilekit;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** PackRef, RegistryRef, Manifest, Tag, Tags, CloudType and the wire-named enums. */
class ValueTypesTest {

    @Nested
    class PackRefs {
        @Test
        void ofGivesASpectroRefWithoutRegistry() {
            PackRef r = PackRef.of("cni-calico", "3.31.x");
            assertThat(r.name()).isEqualTo("cni-calico");
            assertThat(r.version()).isEqualTo(VersionSelector.parse("3.31.x"));
            assertThat(r.type()).isEqualTo(PackType.SPECTRO);
            assertThat(r.registry()).isEmpty();
            assertThat(PackRef.of("cni-calico", VersionSelector.parse("3.31.x"))).isEqualTo(r);
        }

        @Test
        void withersReturnChangedCopiesAndLeaveTheOriginal() {
            PackRef r = PackRef.of("nginx", "4.12.1");
            PackRef helm = r.withType(PackType.HELM);
            PackRef pinned = r.withVersion(VersionSelector.parse("4.12.2"));
            PackRef named = r.withRegistry(RegistryRef.byName("Bitnami"));

            assertThat(helm.type()).isEqualTo(PackType.HELM);
            assertThat(pinned.version().toString()).isEqualTo("4.12.2");
            assertThat(named.registry()).contains(RegistryRef.byName("Bitnami"));
            assertThat(named.withoutRegistry()).isEqualTo(r);
            assertThat(r.type()).isEqualTo(PackType.SPECTRO);
            assertThat(r.version().toString()).isEqualTo("4.12.1");
            assertThat(r.registry()).isEmpty();
        }

        @Test
        void nullsAreRejectedNamingTheField() {
            PackRef r = PackRef.of("a", "1");
            assertThatThrownBy(() -> PackRef.of(null, "1")).hasMessage("pack.name must not be null");
            assertThatThrownBy(() -> PackRef.of("a", (String) null)).hasMessage("pack.version must not be null");
            assertThatThrownBy(() -> PackRef.of("a", (VersionSelector) null))
                    .hasMessage("pack.version must not be null");
            assertThatThrownBy(() -> r.withVersion(null)).hasMessage("pack.version must not be null");
            assertThatThrownBy(() -> r.withType(null)).hasMessage("pack.type must not be null");
            assertThatThrownBy(() -> r.withRegistry(null)).hasMessage("pack.registry must not be null");
        }

        @Test
        void equalsAndHashCodeCoverNameVersionTypeAndRegistry() {
            PackRef r = PackRef.of("a", "1.0").withRegistry(RegistryRef.byName("R"));
            assertThat(r).isEqualTo(PackRef.of("a", "1.0").withRegistry(RegistryRef.byName("R")))
                    .hasSameHashCodeAs(PackRef.of("a", "1.0").withRegistry(RegistryRef.byName("R")));
            assertThat(r).isNotEqualTo(r.withoutRegistry()).isNotEqualTo(r.withType(PackType.OCI))
                    .isNotEqualTo(PackRef.of("b", "1.0").withRegistry(RegistryRef.byName("R")))
                    .isNotEqualTo(r.withVersion(VersionSelector.parse("1.0.0"))).isNotEqualTo(null);
        }

        @Test
        void toStringShowsNameVersionNonDefaultTypeAndRegistry() {
            assertThat(PackRef.of("cni-calico", "3.31.x")).hasToString("cni-calico 3.31.x");
            assertThat(PackRef.of("nginx", "4.12.1").withType(PackType.HELM).withRegistry(RegistryRef.byName("Bitnami")))
                    .hasToString("nginx 4.12.1 (helm) @Bitnami");
        }
    }

    @Nested
    class RegistryRefs {
        @Test
        void byNameByUidAndBoth() {
            RegistryRef name = RegistryRef.byName("Public Repo");
            RegistryRef uid = RegistryRef.byUid("5e2031962f090e2d3d8a3290");
            RegistryRef both = RegistryRef.of("5e2031962f090e2d3d8a3290", "Public Repo");
            assertThat(name.name()).contains("Public Repo");
            assertThat(name.uid()).isEmpty();
            assertThat(uid.uid()).contains("5e2031962f090e2d3d8a3290");
            assertThat(uid.name()).isEmpty();
            assertThat(both.uid()).contains("5e2031962f090e2d3d8a3290");
            assertThat(both.name()).contains("Public Repo");
            assertThat(name).hasToString("Public Repo");
            assertThat(uid).hasToString("5e2031962f090e2d3d8a3290");
            assertThat(both).hasToString("Public Repo (5e2031962f090e2d3d8a3290)");
        }

        @Test
        void equalityNeedsTheSameUidAndName() {
            assertThat(RegistryRef.byName("R")).isEqualTo(RegistryRef.byName("R"))
                    .hasSameHashCodeAs(RegistryRef.byName("R"))
                    .isNotEqualTo(RegistryRef.byUid("R")).isNotEqualTo(RegistryRef.of("u", "R")).isNotEqualTo(null);
        }

        @Test
        void nullsAreRejected() {
            assertThatThrownBy(() -> RegistryRef.byName(null)).hasMessage("registry.name must not be null");
            assertThatThrownBy(() -> RegistryRef.byUid(null)).hasMessage("registry.uid must not be null");
            assertThatThrownBy(() -> RegistryRef.of(null, "n")).hasMessage("registry.uid must not be null");
            assertThatThrownBy(() -> RegistryRef.of("u", null)).hasMessage("registry.name must not be null");
        }
    }

    @Nested
    class Manifests {
        @Test
        void keepsNameAndContentAndShowsOnlyTheSizeInToString() {
            Manifest m = new Manifest("namespace", "apiVersion: v1\nkind: Namespace\n");
            assertThat(m.name()).isEqualTo("namespace");
            assertThat(m.content()).isEqualTo("apiVersion: v1\nkind: Namespace\n");
            assertThat(m).hasToString("Manifest[namespace, 31 chars]");
            assertThat(m).isEqualTo(new Manifest("namespace", "apiVersion: v1\nkind: Namespace\n"))
                    .isNotEqualTo(new Manifest("namespace", ""));
        }

        @Test
        void nullsAreRejected() {
            assertThatThrownBy(() -> new Manifest(null, "")).hasMessage("manifest.name must not be null");
            assertThatThrownBy(() -> new Manifest("", null)).hasMessage("manifest.content must not be null");
        }
    }

    @Nested
    class Tagz {
        @ParameterizedTest
        @CsvSource(delimiter = '|', nullValues = "NONE", value = {
            "owner:platform    | owner | platform",
            "dev               | dev   | NONE",
            "url:https://x:8080 | url  | https://x:8080",
            ":                 | ''    | ''",
            "key:              | key   | ''",
            ":value            | ''    | value",
            "''                | ''    | NONE"})
        void parseSplitsAtTheFirstColon(String text, String key, String value) {
            Tag t = Tag.parse(text);
            assertThat(t.key()).isEqualTo(key);
            assertThat(t.value()).isEqualTo(java.util.Optional.ofNullable(value));
            assertThat(t).hasToString(text);
            assertThat(Tag.parse(t.toString())).isEqualTo(t);
        }

        @Test
        void ofBuildsBareAndValuedTags() {
            assertThat(Tag.of("dev")).isEqualTo(Tag.parse("dev")).hasToString("dev");
            assertThat(Tag.of("env", "prod")).isEqualTo(Tag.parse("env:prod")).hasSameHashCodeAs(Tag.parse("env:prod"));
            assertThat(Tag.of("env", "")).isNotEqualTo(Tag.of("env")).hasToString("env:");
            assertThat(Tag.of("a")).isNotEqualTo(null).isNotEqualTo("a");
        }

        @Test
        void nullsAreRejected() {
            assertThatThrownBy(() -> Tag.parse(null)).hasMessage("tag must not be null");
            assertThatThrownBy(() -> Tag.of(null)).hasMessage("tag.key must not be null");
            assertThatThrownBy(() -> Tag.of("k", null)).hasMessage("tag.value must not be null");
        }

        @Test
        void tagsKeepOrderAndFindByExactKey() {
            Tags tags = Tags.of("owner:platform", "env:prod", "dev");
            assertThat(tags.asList()).extracting(Tag::key).containsExactly("owner", "env", "dev");
            assertThat(tags.size()).isEqualTo(3);
            assertThat(tags.isEmpty()).isFalse();
            assertThat(tags.get("env")).contains(Tag.of("env", "prod"));
            assertThat(tags.get("ENV")).isEmpty();
            assertThat(tags.containsKey("dev")).isTrue();
            assertThat(tags.containsKey("Dev")).isFalse();
            assertThat(tags).hasToString("[owner:platform, env:prod, dev]");
            List<Tag> iterated = new ArrayList<>();
            tags.forEach(iterated::add);
            assertThat(iterated).isEqualTo(tags.asList());
        }

        @Test
        void keysDifferingOnlyInCaseAreDifferentKeys() {
            assertThat(Tags.of("Env:a", "env:b").size()).isEqualTo(2);
        }

        @Test
        void duplicateKeysAreRejectedNamingBothPositions() {
            assertThatThrownBy(() -> Tags.of("a:1", "b", "a:2"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("duplicate tag key 'a' at tags[0] and tags[2]; each key may appear once");
            assertThatThrownBy(() -> Tags.copyOf(List.of(Tag.of("x"), Tag.of("x", "y"))))
                    .hasMessage("duplicate tag key 'x' at tags[0] and tags[1]; each key may appear once");
        }

        @Test
        void emptyTagsAndNulls() {
            assertThat(Tags.empty().isEmpty()).isTrue();
            assertThat(Tags.of()).isEqualTo(Tags.empty()).hasSameHashCodeAs(Tags.empty());
            assertThat(Tags.copyOf(List.of())).isSameAs(Tags.empty());
            assertThat(Tags.empty()).hasToString("[]");
            assertThatThrownBy(() -> Tags.of((String[]) null)).hasMessage("tags must not be null");
            assertThatThrownBy(() -> Tags.of("a", null)).hasMessage("tags[1] must not be null");
            assertThatThrownBy(() -> Tags.copyOf(null)).hasMessage("tags must not be null");
            assertThatThrownBy(() -> Tags.copyOf(Arrays.asList(Tag.of("a"), null)))
                    .hasMessage("tags[1] must not be null");
        }

        @Test
        void tagsAreACopyAndUnmodifiable() {
            List<Tag> source = new ArrayList<>(List.of(Tag.of("a")));
            Tags tags = Tags.copyOf(source);
            source.add(Tag.of("b"));
            assertThat(tags.size()).isEqualTo(1);
            assertThatThrownBy(() -> tags.asList().add(Tag.of("c"))).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> tags.iterator().remove()).isInstanceOf(RuntimeException.class);
        }

        @Test
        void equalityDependsOnOrder() {
            assertThat(Tags.of("a", "b")).isEqualTo(Tags.of("a", "b")).isNotEqualTo(Tags.of("b", "a"))
                    .isNotEqualTo(null);
        }
    }

    @Nested
    class Clouds {
        @Test
        void ofReturnsTheKnownConstantForItsName() {
            assertThat(CloudType.of("aws")).isSameAs(CloudType.AWS);
            assertThat(CloudType.of("edge-native")).isSameAs(CloudType.EDGE_NATIVE);
            assertThat(CloudType.of("all")).isSameAs(CloudType.ALL);
            for (CloudType c : CloudType.knownTypes()) {
                assertThat(CloudType.of(c.wireName())).isSameAs(c);
                assertThat(c.isKnown()).isTrue();
            }
        }

        @Test
        void customCloudsAreOpenAndEqualByName() {
            CloudType nutanix = CloudType.of("nutanix");
            assertThat(nutanix.wireName()).isEqualTo("nutanix");
            assertThat(nutanix.isKnown()).isFalse();
            assertThat(nutanix).isEqualTo(CloudType.of("nutanix")).hasSameHashCodeAs(CloudType.of("nutanix"))
                    .hasToString("nutanix").isNotEqualTo(CloudType.AWS).isNotEqualTo("nutanix");
            assertThat(CloudType.knownTypes()).doesNotContain(nutanix);
        }

        @Test
        void knownTypesHoldPalettesCloudsInDeclarationOrder() {
            assertThat(CloudType.knownTypes()).extracting(CloudType::wireName).startsWith("all", "aws", "azure", "gcp",
                    "vsphere").contains("maas", "nested", "baremetal", "eks", "aks", "gke", "edge", "edge-native",
                    "apache-cloudstack", "generic", "virtual", "openstack", "tke", "libvirt", "coxedge");
            assertThatThrownBy(() -> CloudType.knownTypes().add(CloudType.of("x")))
                    .isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void blankAndNullNamesAreRejected() {
            assertThatThrownBy(() -> CloudType.of(null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("cloud must not be null");
            assertThatThrownBy(() -> CloudType.of(" ")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("cloud must not be blank");
        }

        @Test
        void cloudTypesOrderByWireName() {
            assertThat(CloudType.AWS.compareTo(CloudType.AZURE)).isNegative();
            assertThat(CloudType.of("nutanix").compareTo(CloudType.MAAS)).isPositive();
            assertThat(CloudType.AWS.compareTo(CloudType.of("aws"))).isZero();
        }
    }

    @Nested
    class WireNames {
        @Test
        void layerTypesHavePalettesWireNamesInStackOrder() {
            assertThat(LayerType.declared()).extracting(LayerType::wireName)
                    .containsExactly("os", "k8s", "cni", "csi", "addon");
            assertThat(LayerType.declared()).extracting(LayerType::displayName)
                    .containsExactly("Operating System", "Kubernetes", "Network", "Storage", "Add-on");
            assertThat(LayerType.core()).containsExactly(LayerType.OS, LayerType.KUBERNETES, LayerType.NETWORK,
                    LayerType.STORAGE).allMatch(LayerType::isCore);
            assertThat(LayerType.UNSPECIFIED.isCore()).isFalse();
            assertThat(LayerType.UNSPECIFIED.wireName()).isEmpty();
            assertThat(LayerType.fromWireName("")).isEmpty();
            assertThat(LayerType.ADDON.compareTo(LayerType.UNSPECIFIED)).isNegative();
            assertThat(LayerType.OS.compareTo(LayerType.KUBERNETES)).isNegative();
            assertThat(LayerType.STORAGE.compareTo(LayerType.ADDON)).isNegative();
            assertThat(LayerType.ADDON.isCore()).isFalse();
            assertThat(LayerType.NETWORK.isCore()).isTrue();
            assertThat(LayerType.KUBERNETES).hasToString("k8s");
            for (LayerType t : LayerType.declared()) {
                assertThat(LayerType.fromWireName(t.wireName())).contains(t);
                assertThat(LayerType.fromWireName(t.wireName().toUpperCase(java.util.Locale.ROOT))).contains(t);
            }
            assertThat(LayerType.fromWireName("kernel")).isEmpty();
            assertThat(LayerType.fromWireName("kubernetes")).isEmpty();
            assertThatThrownBy(() -> LayerType.fromWireName(null)).isInstanceOf(NullPointerException.class);
        }

        @Test
        void packTypesHavePalettesWireNames() {
            assertThat(PackType.values()).extracting(PackType::wireName)
                    .containsExactly("spectro", "helm", "manifest", "oci");
            for (PackType t : PackType.values()) {
                assertThat(PackType.fromWireName(t.wireName())).contains(t);
                assertThat(t).hasToString(t.wireName());
            }
            assertThat(PackType.fromWireName("HELM")).contains(PackType.HELM);
            assertThat(PackType.fromWireName("zarf")).isEmpty();
            assertThatThrownBy(() -> PackType.fromWireName(null)).isInstanceOf(NullPointerException.class);
        }

        @Test
        void profileTypesHavePalettesWireNames() {
            assertThat(ProfileType.values()).extracting(ProfileType::wireName)
                    .containsExactly("infra", "add-on", "cluster", "system");
            for (ProfileType t : ProfileType.values()) {
                assertThat(ProfileType.fromWireName(t.wireName())).contains(t);
                assertThat(t).hasToString(t.wireName());
            }
            assertThat(ProfileType.fromWireName("Add-On")).contains(ProfileType.ADD_ON);
            assertThat(ProfileType.fromWireName("full")).isEmpty();
            assertThatThrownBy(() -> ProfileType.fromWireName(null)).isInstanceOf(NullPointerException.class);
        }
    }
}
