package io.profilekit.yaml.registry;

import io.profilekit.yaml.ReadWarning;
import io.profilekit.CloudType;
import io.profilekit.InfrastructureProfile;
import io.profilekit.LayerType;
import io.profilekit.PackType;
import io.profilekit.PackVersion;
import io.profilekit.VersionSelector;
import io.profilekit.registry.DependencyType;
import io.profilekit.registry.PackDependency;
import io.profilekit.registry.PackDescriptor;
import io.profilekit.registry.PackPreset;
import io.profilekit.registry.PackQuery;
import io.profilekit.registry.PackRegistry;
import io.profilekit.registry.ResourceComponent;
import io.profilekit.registry.ResourceRequirement;
import io.profilekit.registry.ResourceType;
import io.profilekit.resolve.ProfileResolver;
import io.profilekit.resolve.ResolvedProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.profilekit.yaml.registry.PackFolders.pack;
import static io.profilekit.yaml.registry.PackFolders.packJson;
import static io.profilekit.yaml.registry.PackFolders.write;
import static io.profilekit.yaml.registry.PackFolders.writeBytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PackDirectoryRegistryTest {

    @TempDir
    Path root;

    private static final String CROSSPLANE_JSON = "{\n"
            + "  \"addonType\": \"system app\",\n"
            + "  \"annotations\": {\"source\": \"community\", \"contributor\": \"spectrocloud\"},\n"
            + "  \"cloudTypes\": [\"all\"],\n"
            + "  \"displayName\": \"Crossplane\",\n"
            + "  \"charts\": [\"charts/crossplane-2.3.0.tgz\"],\n"
            + "  \"layer\": \"addon\",\n"
            + "  \"name\": \"crossplane\",\n"
            + "  \"version\": \"2.3.0\",\n"
            + "  \"group\": \"Stable\",\n"
            + "  \"eol\": \"2027-01-31\",\n"
            + "  \"constraints\": {\n"
            + "    \"dependencies\": [\n"
            + "      {\"packName\": \"kubernetes\", \"layer\": \"k8s\", \"minVersion\": \"1.29\", \"maxVersion\": \"\", \"type\": \"optional\"},\n"
            + "      {\"packName\": \"cni-cilium-oss\", \"layer\": \"cni\", \"minVersion\": \"1.10\", \"maxVersion\": \"1.14.1\", \"type\": \"notSupported\"},\n"
            + "      {\"packName\": \"argo-cd\", \"layer\": \"addon\", \"maxVersion\": \"3.26.7\", \"type\": \"upgrade\"},\n"
            + "      {\"packName\": \"csi-aws-ebs\", \"layer\": \"csi\", \"type\": \"required\"}\n"
            + "    ],\n"
            + "    \"resources\": [\n"
            + "      {\"type\": \"cpu\", \"minLimit\": 100},\n"
            + "      {\"type\": \"memory\", \"minLimit\": 256,\n"
            + "       \"components\": [{\"scheduleType\": \"worker\", \"resourceRequestParamRef\": \"charts.crossplane.resources.requests.memory\", \"replicaCountParamRef\": \"charts.crossplane.replicas\"}]},\n"
            + "      {\"type\": \"diskSize\", \"minLimit\": 20}\n"
            + "    ]\n"
            + "  }\n"
            + "}\n";

    private static final String CROSSPLANE_VALUES = "# Crossplane values\r\n"
            + "pack:\r\n"
            + "  namespace: \"crossplane-system\"   # keep\r\n"
            + "  version: 1.10\r\n"
            + "charts:\r\n"
            + "  crossplane:\r\n"
            + "    replicas: 1\r\n";

    private static final String CROSSPLANE_PRESETS = "presets:\n"
            + "  - name: \"palette-provider\"\n"
            + "    displayName: \"Enable Spectro Cloud Palette Provider\"\n"
            + "    group: \"Provider\"\n"
            + "    remove: []\n"
            + "    add: |\n"
            + "      charts:\n"
            + "        crossplane:\n"
            + "          provider:\n"
            + "            packages:\n"
            + "              - \"xpkg.upbound.io/crossplane-contrib/provider-palette:v0.19.2\"\n"
            + "  - name: 1.10\n"
            + "    displayName: 22.04\n"
            + "    group: Versions\n"
            + "    remove:\n"
            + "      - charts.crossplane.provider\n"
            + "      - charts.crossplane.args\n"
            + "    add: \"\"\n";

    private static final String CROSSPLANE_SCHEMA = "# value schema\n"
            + "charts.crossplane.provider.packages:\n"
            + "  schema: '{{ required | format \"${list:[a,b]}\" }}'\n"
            + "\n"
            + "charts.crossplane.apiKey:\n"
            + "  schema: '{{ format \"${password}\" | hints \"The key\" }}'\n";

    private PackDirectoryRegistry crossplane() {
        write(root, "crossplane-2.3.0/pack.json", CROSSPLANE_JSON);
        writeBytes(root, "crossplane-2.3.0/values.yaml", CROSSPLANE_VALUES.getBytes(StandardCharsets.UTF_8));
        write(root, "crossplane-2.3.0/presets.yaml", CROSSPLANE_PRESETS);
        write(root, "crossplane-2.3.0/schema.yaml", CROSSPLANE_SCHEMA);
        return PackDirectoryRegistry.load(root);
    }

    @Test
    void readsEveryPartOfAPackFolder() {
        PackDirectoryRegistry registry = crossplane();

        assertThat(registry.warnings()).isEmpty();
        assertThat(registry.packNames()).containsExactly("crossplane");
        PackDescriptor p = registry.pack("crossplane", PackVersion.parse("2.3.0")).orElseThrow();
        assertThat(p.name()).isEqualTo("crossplane");
        assertThat(p.displayName()).isEqualTo("Crossplane");
        assertThat(p.version().toString()).isEqualTo("2.3.0");
        assertThat(p.layer()).isEqualTo(LayerType.ADDON);
        assertThat(p.cloudTypes()).containsExactly(CloudType.ALL);
        assertThat(p.packType()).isEqualTo(PackType.SPECTRO);
        assertThat(p.group()).contains("Stable");
        assertThat(p.eol()).contains(LocalDate.of(2027, 1, 31));
        assertThat(p.addonType()).contains("system app");
        assertThat(p.annotations()).containsExactly(Map.entry("source", "community"),
                Map.entry("contributor", "spectrocloud"));
    }

    @Test
    void keepsValuesByteForByte() {
        PackDescriptor p = crossplane().packs("crossplane").get(0);

        assertThat(p.values()).isEqualTo(CROSSPLANE_VALUES);
    }

    @Test
    void readsConstraintsWithPartialAndEmptyBounds() {
        PackDescriptor p = crossplane().packs("crossplane").get(0);

        assertThat(p.constraints().dependencies()).containsExactly(
                PackDependency.of("kubernetes", LayerType.KUBERNETES, DependencyType.OPTIONAL,
                        PackVersion.parse("1.29"), null),
                PackDependency.of("cni-cilium-oss", LayerType.NETWORK, DependencyType.NOT_SUPPORTED,
                        PackVersion.parse("1.10"), PackVersion.parse("1.14.1")),
                PackDependency.of("argo-cd", LayerType.ADDON, DependencyType.UPGRADE, null, PackVersion.parse("3.26.7")),
                PackDependency.of("csi-aws-ebs", LayerType.STORAGE, DependencyType.REQUIRED, null, null));
        assertThat(p.constraints().dependencies().get(1).minVersion()).map(PackVersion::toString).contains("1.10");
        assertThat(p.constraints().resources()).containsExactly(
                ResourceRequirement.of(ResourceType.CPU, 100),
                new ResourceRequirement(ResourceType.MEMORY, 256, List.of(new ResourceComponent("worker",
                        "charts.crossplane.resources.requests.memory", "charts.crossplane.replicas"))),
                ResourceRequirement.of(ResourceType.DISK_SIZE, 20));
    }

    @Test
    void readsPresetsWithScalarsAsWritten() {
        PackDescriptor p = crossplane().packs("crossplane").get(0);

        assertThat(p.presets()).containsExactly(
                new PackPreset("palette-provider", "Enable Spectro Cloud Palette Provider", "Provider",
                        "charts:\n  crossplane:\n    provider:\n      packages:\n"
                                + "        - \"xpkg.upbound.io/crossplane-contrib/provider-palette:v0.19.2\"\n",
                        List.of()),
                new PackPreset("1.10", "22.04", "Versions", "",
                        List.of("charts.crossplane.provider", "charts.crossplane.args")));
    }

    @Test
    void readsTheValueSchema() {
        PackDescriptor p = crossplane().packs("crossplane").get(0);

        assertThat(p.valueSchema()).containsExactly(
                Map.entry("charts.crossplane.provider.packages", "{{ required | format \"${list:[a,b]}\" }}"),
                Map.entry("charts.crossplane.apiKey", "{{ format \"${password}\" | hints \"The key\" }}"));
    }

    @Test
    void foldersMayHaveAnyNameAndAreIndexedByNameVersionLayerAndCloud() {
        pack(root, "csi-driver-nfs", packJson("csi-driver-nfs", "4.13.2", "csi", "all"));
        pack(root, "k8s-a", packJson("kubernetes", "1.33.6", "k8s", "aws", "azure"));
        pack(root, "k8s-b", packJson("kubernetes", "1.33.10", "k8s", "aws"));
        pack(root, "k8s-c", packJson("kubernetes", "1.34.0-rc.1", "k8s", "aws"));
        pack(root, "os", packJson("ubuntu-azure", "22.04", "os", "azure"));

        PackDirectoryRegistry registry = PackDirectoryRegistry.load(root);

        assertThat(registry.size()).isEqualTo(5);
        assertThat(registry.versions("kubernetes")).extracting(PackVersion::toString)
                .containsExactly("1.33.6", "1.33.10", "1.34.0-rc.1");
        assertThat(registry.newest("kubernetes", VersionSelector.parse("1.33.x"))).map(d -> d.version().toString())
                .contains("1.33.10");
        assertThat(registry.find(PackQuery.all().cloud(CloudType.AZURE))).extracting(PackDescriptor::name)
                .containsExactly("csi-driver-nfs", "kubernetes", "ubuntu-azure");
        assertThat(registry.find(PackQuery.all().layer(LayerType.STORAGE))).extracting(PackDescriptor::name)
                .containsExactly("csi-driver-nfs");
        assertThat(registry.pack("ubuntu-azure", PackVersion.parse("22.04"))).isPresent();
    }

    @Test
    void defaultIdIsTheFolderNameAndTheBuilderSetsIdNameAndUid() {
        Path packs = root.resolve("my-packs");
        pack(packs, "a", packJson("a", "1.0.0", "addon"));

        assertThat(PackDirectoryRegistry.load(packs).id()).isEqualTo("my-packs");
        PackDirectoryRegistry named = PackDirectoryRegistry.builder().id("in-house").name("In-house packs")
                .uid("64b6c2a1e3f0a9d8c7b6a5f4").load(packs);
        assertThat(named.id()).isEqualTo("in-house");
        assertThat(named.name()).isEqualTo("In-house packs");
        assertThat(named.uid()).contains("64b6c2a1e3f0a9d8c7b6a5f4");
        assertThat(named.source()).isEqualTo(packs.toString());
    }

    @Test
    void palettesPublishedQuirksLoadWithWarningsNamingFileAndField() {
        write(root, "nvidia-dra-driver-25.8.1/pack.json", "{\n"
                + "  \"name\": \"nvidia-dra-driver\",\n"
                + "  \"displayName\": \"NVIDIA DRA Driver\",\n"
                + "  \"version\": \"25.8.1\",\n"
                + "  \"layer\": \"addon\",\n"
                + "  \"cloudTypes\": [\"all\"],\n"
                + "  \"commit_msg\": \"bump\",\n"
                + "  \"kubeVersion\": \">=1.34\",\n"
                + "  \"eol\": \" \",\n"
                + "  \"group\": \"\",\n"
                + "  \"constraints\": {\n"
                + "    \"dependencies\": [\n"
                + "      {\"packName\": \"kubernetes\", \"layer\": \"k8s\", \"minVersion\": \"1.34\", \"maxVersion\": \"\"},\n"
                + "      {\"packName\": \"cert-manager\", \"layer\": \"addon\", \"type\": \"required\"}\n"
                + "    ]\n"
                + "  }\n"
                + "}\n");
        write(root, "nvidia-dra-driver-25.8.1/values.yaml", "charts: {}\n");

        PackDirectoryRegistry registry = PackDirectoryRegistry.load(root);

        PackDescriptor p = registry.packs("nvidia-dra-driver").get(0);
        assertThat(p.eol()).isEmpty();
        assertThat(p.group()).isEmpty();
        assertThat(p.constraints().dependencies()).extracting(PackDependency::packName).containsExactly("cert-manager");
        assertThat(registry.warnings()).extracting(ReadWarning::documentName, ReadWarning::line, ReadWarning::path)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("nvidia-dra-driver-25.8.1/pack.json", 7, "commit_msg"),
                        org.assertj.core.groups.Tuple.tuple("nvidia-dra-driver-25.8.1/pack.json", 8, "kubeVersion"),
                        org.assertj.core.groups.Tuple.tuple("nvidia-dra-driver-25.8.1/pack.json", 13,
                                "constraints.dependencies[0].type"));
        assertThat(registry.warnings().get(2).toString())
                .startsWith("nvidia-dra-driver-25.8.1/pack.json:13:7: constraints.dependencies[0].type: ")
                .contains("dependency on 'kubernetes' is skipped");
    }

    @Test
    void aSinglePackFolderIsARegistryOfThatPack() {
        pack(root, "csi-driver-nfs", packJson("csi-driver-nfs", "4.13.2", "csi"));
        write(root, "csi-driver-nfs/charts/README.md", "charts");

        PackDirectoryRegistry registry = PackDirectoryRegistry.load(root.resolve("csi-driver-nfs"));

        assertThat(registry.packNames()).containsExactly("csi-driver-nfs");
        assertThat(registry.warnings()).isEmpty();
    }

    @Test
    void anEolThatIsNotADateIsIgnoredWithAWarning() {
        pack(root, "a", "{\"name\": \"a\", \"displayName\": \"A\", \"version\": \"1.0.0\", \"layer\": \"addon\",\n"
                + " \"cloudTypes\": [\"all\"], \"eol\": \"31/12/2026\"}");

        PackDirectoryRegistry registry = PackDirectoryRegistry.load(root);

        assertThat(registry.packs("a").get(0).eol()).isEmpty();
        assertThat(registry.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(2);
            assertThat(w.path()).isEqualTo("eol");
            assertThat(w.message()).contains("'31/12/2026' is not a date");
        });
    }

    @Test
    void valuesWithAnchorsAliasesAndTagsLoadByteForByte() {
        String values = "\uFEFF# defaults\r\ncommon: &common\r\n  tag: &tag \"1.27\"\r\n"
                + "charts:\r\n  app:\r\n    <<: *common\r\n    image: *tag\r\n"
                + "    cert: !!binary aGVsbG8=\r\n    secret: !vault kv/db\r\n";
        write(root, "a-1.0.0/pack.json", packJson("a", "1.0.0", "addon"));
        write(root, "a-1.0.0/values.yaml", values);

        PackDirectoryRegistry registry = PackDirectoryRegistry.load(root);

        assertThat(registry.packs("a").get(0).values()).isEqualTo(values);
        assertThat(registry.warnings()).isEmpty();
    }

    @Test
    void aValueSchemaExpressionProfileKitCannotReadIsAWarningWithFileLineAndKey() {
        pack(root, "a-1.0.0", packJson("a", "1.0.0", "addon"));
        write(root, "a-1.0.0/schema.yaml", "pack.namespace:\n  schema: '{{ required | format \"${string}\" }}'\n"
                + "charts.a.licenseId:\n  schema: '{{ format \"${input}\" | hints \"License\" }}'\n"
                + "charts.a.name:\n  schema: '{{ format \"${string:/(a+)+$/}\" }}'\n");

        PackDirectoryRegistry registry = PackDirectoryRegistry.load(root);

        PackDescriptor p = registry.packs("a").get(0);
        assertThat(p.valueSchema()).containsOnlyKeys("pack.namespace", "charts.a.licenseId", "charts.a.name");
        assertThat(registry.warnings()).hasSize(2);
        assertThat(registry.warnings().get(0)).satisfies(w -> {
            assertThat(w.documentName()).isEqualTo("a-1.0.0/schema.yaml");
            assertThat(w.line()).isEqualTo(4);
            assertThat(w.path()).isEqualTo("charts.a.licenseId.schema");
            assertThat(w.message()).contains("charts.a.licenseId").contains("unknown type \"input\"");
        });
        assertThat(registry.warnings().get(1)).satisfies(w -> {
            assertThat(w.line()).isEqualTo(6);
            assertThat(w.message()).contains("nested quantifiers");
        });
    }

    @Test
    void aMissingValuesFileIsAWarningAndEmptyValues() {
        write(root, "a-1.0.0/pack.json", packJson("a", "1.0.0", "addon"));

        PackDirectoryRegistry registry = PackDirectoryRegistry.load(root);

        assertThat(registry.packs("a").get(0).values()).isEmpty();
        assertThat(registry.warnings()).singleElement().satisfies(w -> {
            assertThat(w.documentName()).isEqualTo("a-1.0.0/values.yaml");
            assertThat(w.message()).contains("missing");
        });
    }

    @Test
    void emptyAndCommentOnlyPresetAndSchemaFilesMeanNone() {
        pack(root, "a-1.0.0", packJson("a", "1.0.0", "addon"));
        write(root, "a-1.0.0/presets.yaml", "");
        write(root, "a-1.0.0/schema.yaml", "# charts.x.password:\n#   schema: '{{ format \"${password}\" }}'\n");

        PackDescriptor p = PackDirectoryRegistry.load(root).packs("a").get(0);

        assertThat(p.presets()).isEmpty();
        assertThat(p.valueSchema()).isEmpty();
    }

    @Test
    void yamlTagsInstantiateNothingAndAreReadAsText() {
        pack(root, "a-1.0.0", packJson("a", "1.0.0", "addon"));
        write(root, "a-1.0.0/presets.yaml", "presets:\n  - name: !!java.io.File /tmp\n    group: !!int 22.04\n"
                + "    displayName: ~\n    add: !!binary aGk=\n");

        PackDescriptor p = PackDirectoryRegistry.load(root).packs("a").get(0);

        assertThat(p.presets()).singleElement().satisfies(preset -> {
            assertThat(preset.name()).isEqualTo("/tmp");
            assertThat(preset.group()).isEqualTo("22.04");
            assertThat(preset.add()).isEqualTo("aGk=");
        });
    }

    @Test
    void hiddenFoldersAndFilesAreIgnoredAndFoldersWithoutPackJsonAreWarnedAbout() {
        pack(root, "a-1.0.0", packJson("a", "1.0.0", "addon"));
        write(root, ".git/config", "x");
        write(root, "README.md", "# packs");
        write(root, "pack-schema.json", "{}");
        write(root, "charts/x.tgz", "x");

        PackDirectoryRegistry registry = PackDirectoryRegistry.load(root);

        assertThat(registry.packNames()).containsExactly("a");
        assertThat(registry.warnings()).extracting(ReadWarning::documentName).containsExactly("charts/");
    }

    @Test
    void aMissingDisplayNameOrCloudTypesIsAWarning() {
        pack(root, "a", "{\"name\": \"a\", \"version\": \"1.0.0\", \"layer\": \"addon\"}");
        pack(root, "b", "{\"name\": \"b\", \"displayName\": \"B\", \"version\": \"1.0.0\", \"layer\": \"addon\","
                + " \"cloudType\": \"aws\"}");

        PackDirectoryRegistry registry = PackDirectoryRegistry.load(root);

        assertThat(registry.packs("a").get(0).displayName()).isEqualTo("a");
        assertThat(registry.packs("a").get(0).cloudTypes()).isEmpty();
        assertThat(registry.packs("b").get(0).cloudTypes()).containsExactly(CloudType.AWS);
        assertThat(registry.warnings()).extracting(ReadWarning::path).containsExactly("displayName", "cloudTypes");
    }

    @Test
    void twoSpellingsOfOneVersionInTwoFoldersFailNamingBoth() {
        pack(root, "kubernetes-1.33", packJson("kubernetes", "1.33", "k8s", "aws"));
        pack(root, "kubernetes-v1.33.0", packJson("kubernetes", "v1.33.0", "k8s", "aws"));

        assertThatThrownBy(() -> PackDirectoryRegistry.load(root))
                .isInstanceOf(PackRegistryException.class)
                .hasMessageContaining("is defined twice (also as ")
                .hasMessageContaining("'kubernetes-1.33'")
                .hasMessageContaining("'kubernetes-v1.33.0'");
    }

    @Test
    void theSamePackVersionInTwoFoldersFailsNamingBoth() {
        pack(root, "kubernetes-1.33.6", packJson("kubernetes", "1.33.6", "k8s", "aws"));
        pack(root, "pxk-copy", packJson("kubernetes", "1.33.6", "k8s", "azure"));

        assertThatThrownBy(() -> PackDirectoryRegistry.load(root))
                .isInstanceOf(PackRegistryException.class)
                .hasMessageContaining("'kubernetes' 1.33.6 is defined twice")
                .hasMessageContaining("'kubernetes-1.33.6'")
                .hasMessageContaining("'pxk-copy'")
                .satisfies(e -> {
                    PackRegistryException p = (PackRegistryException) e;
                    assertThat(p.documentName()).isEqualTo("pxk-copy/pack.json");
                    assertThat(p.line()).hasValue(4);
                    assertThat(p.path()).isEqualTo("version");
                });
    }

    @Test
    void aFolderThatIsNotThereFails() {
        assertThatThrownBy(() -> PackDirectoryRegistry.load(root.resolve("nope")))
                .isInstanceOf(PackRegistryException.class)
                .hasMessageContaining("nope")
                .hasMessageContaining("does not exist");
    }

    @Test
    void replacesTheBuiltInCatalogInOneLine() {
        pack(root, "ubuntu-aws-22.04", packJson("ubuntu-aws", "22.04", "os", "aws"));
        pack(root, "kubernetes-1.33.5", packJson("kubernetes", "1.33.5", "k8s", "aws"));
        pack(root, "kubernetes-1.33.9", packJson("kubernetes", "1.33.9", "k8s", "aws"));
        pack(root, "cni-calico-3.31.2", packJson("cni-calico", "3.31.2", "cni", "aws"));
        pack(root, "csi-aws-ebs-1.46.0", packJson("csi-aws-ebs", "1.46.0", "csi", "aws"));
        InfrastructureProfile profile = InfrastructureProfile.builder()
                .name("aws-prod-base").cloud(CloudType.AWS)
                .os("ubuntu-aws", "22.04")
                .kubernetes("kubernetes", "1.33.x")
                .network("cni-calico", "3.31.2")
                .storage("csi-aws-ebs", "1.46.0")
                .build();

        ResolvedProfile locked = ProfileResolver.of(PackDirectoryRegistry.load(root)).resolve(profile);

        assertThat(locked.layers().get(1).version()).map(PackVersion::toString).contains("1.33.9");
        assertThat(locked.layers()).allSatisfy(l -> assertThat(l.registryId()).contains(root.getFileName().toString()));
    }

    @Test
    void isAPackRegistryWithAHelpfulToString() {
        pack(root, "a", packJson("a", "1.0.0", "addon"));

        PackRegistry registry = PackDirectoryRegistry.load(root);

        assertThat(registry.toString()).contains("1 packs", "1 versions", "0 warnings");
    }
}
