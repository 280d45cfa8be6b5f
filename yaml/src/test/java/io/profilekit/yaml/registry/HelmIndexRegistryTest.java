package io.profilekit.yaml.registry;

import io.profilekit.yaml.ReadWarning;
import io.profilekit.CloudType;
import io.profilekit.LayerType;
import io.profilekit.PackType;
import io.profilekit.PackVersion;
import io.profilekit.VersionSelector;
import io.profilekit.registry.PackDescriptor;
import io.profilekit.registry.PackRegistries;
import io.profilekit.registry.PackRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HelmIndexRegistryTest {

    /** Shaped like what {@code helm repo index} writes, with versions YAML would read as numbers. */
    static final String INDEX = "apiVersion: v1\n"
            + "entries:\n"
            + "  nginx:\n"
            + "  - apiVersion: v2\n"
            + "    appVersion: 1.25.3\n"
            + "    created: \"2024-05-01T10:00:00.000000000Z\"\n"
            + "    description: NGINX Open Source is a web server\n"
            + "    digest: 9f2a\n"
            + "    home: https://nginx.org\n"
            + "    keywords:\n"
            + "    - nginx\n"
            + "    maintainers:\n"
            + "    - name: team\n"
            + "      email: team@example.com\n"
            + "    name: nginx\n"
            + "    type: application\n"
            + "    urls:\n"
            + "    - https://charts.example.com/nginx-15.14.0.tgz\n"
            + "    version: 15.14.0\n"
            + "  - appVersion: 1.10\n"
            + "    name: nginx\n"
            + "    urls:\n"
            + "    - nginx-1.10.tgz\n"
            + "    version: 1.10\n"
            + "  - name: nginx\n"
            + "    version: 1.9\n"
            + "  redis:\n"
            + "  - annotations:\n"
            + "      category: Database\n"
            + "      licenses: Apache-2.0\n"
            + "    appVersion: \"7.2\"\n"
            + "    dependencies:\n"
            + "    - name: common\n"
            + "      repository: oci://registry-1.docker.io/bitnamicharts\n"
            + "      version: 2.x.x\n"
            + "    deprecated: true\n"
            + "    kubeVersion: '>=1.23.0-0'\n"
            + "    name: redis\n"
            + "    version: 18.19.2\n"
            + "  - name: redis\n"
            + "    version: 19.0.0-rc.1\n"
            + "  empty: []\n"
            + "generated: \"2024-05-01T10:00:00Z\"\n"
            + "serverInfo: {}\n";

    @Test
    void everyChartVersionIsAHelmAddOnForEveryCloud() {
        HelmIndexRegistry registry = HelmIndexRegistry.parse(INDEX);

        assertThat(registry.warnings()).isEmpty();
        assertThat(registry.id()).isEqualTo("helm");
        assertThat(registry.packNames()).containsExactly("nginx", "redis");
        assertThat(registry.size()).isEqualTo(5);
        assertThat(registry.packs("nginx")).allSatisfy(p -> {
            assertThat(p.layer()).isEqualTo(LayerType.ADDON);
            assertThat(p.packType()).isEqualTo(PackType.HELM);
            assertThat(p.cloudTypes()).containsExactly(CloudType.ALL);
            assertThat(p.values()).isEmpty();
        });
    }

    @Test
    void versionsStayAsWrittenEvenWhenYamlSeesNumbers() {
        HelmIndexRegistry registry = HelmIndexRegistry.parse(INDEX);

        assertThat(registry.versions("nginx")).extracting(PackVersion::toString).containsExactly("1.9", "1.10", "15.14.0");
        PackDescriptor v110 = registry.pack("nginx", PackVersion.parse("1.10")).orElseThrow();
        assertThat(v110.annotations()).containsEntry("appVersion", "1.10").containsEntry("urls", "nginx-1.10.tgz");
        assertThat(registry.newest("nginx", VersionSelector.parse("1.x"))).map(p -> p.version().toString()).contains("1.10");
        assertThat(registry.newest("redis", VersionSelector.parse("18.x"))).map(p -> p.version().toString())
                .contains("18.19.2");
    }

    @Test
    void chartMetadataBecomesAnnotations() {
        HelmIndexRegistry registry = HelmIndexRegistry.parse(INDEX);

        PackDescriptor nginx = registry.pack("nginx", PackVersion.parse("15.14.0")).orElseThrow();
        assertThat(nginx.displayName()).isEqualTo("nginx");
        assertThat(nginx.annotations()).containsExactly(
                Map.entry("appVersion", "1.25.3"),
                Map.entry("description", "NGINX Open Source is a web server"),
                Map.entry("created", "2024-05-01T10:00:00.000000000Z"),
                Map.entry("digest", "9f2a"),
                Map.entry("home", "https://nginx.org"),
                Map.entry("type", "application"),
                Map.entry("urls", "https://charts.example.com/nginx-15.14.0.tgz"));
        PackDescriptor redis = registry.pack("redis", PackVersion.parse("18.19.2")).orElseThrow();
        assertThat(redis.annotations()).containsExactly(
                Map.entry("appVersion", "7.2"),
                Map.entry("kubeVersion", ">=1.23.0-0"),
                Map.entry("deprecated", "true"),
                Map.entry("category", "Database"),
                Map.entry("licenses", "Apache-2.0"));
    }

    @Test
    void idNameAndUidAreConfigurableAndFilesAndReadersWork(@TempDir Path dir) {
        Path file = PackFolders.write(dir, "index.yaml", INDEX);

        HelmIndexRegistry fromFile = HelmIndexRegistry.builder().id("bitnami").name("Bitnami")
                .uid("5e2031962f090e2d3d8a3291").load(file);
        HelmIndexRegistry fromReader = HelmIndexRegistry.builder().load(new StringReader(INDEX), "https://x/index.yaml");

        assertThat(fromFile.id()).isEqualTo("bitnami");
        assertThat(fromFile.name()).isEqualTo("Bitnami");
        assertThat(fromFile.uid()).contains("5e2031962f090e2d3d8a3291");
        assertThat(fromFile.source()).isEqualTo(file.toString());
        assertThat(HelmIndexRegistry.load(file).packs("nginx")).isEqualTo(fromReader.packs("nginx"));
        assertThat(fromReader.source()).isEqualTo("https://x/index.yaml");
    }

    @Test
    void entriesHelmWouldSkipAreSkippedWithWarnings() {
        HelmIndexRegistry registry = HelmIndexRegistry.parse("apiVersion: v1\n"
                + "entries:\n"
                + "  a:\n"
                + "  - name: a\n"
                + "    version: 1.0.0\n"
                + "  - name: a\n"
                + "    description: no version\n"
                + "  - name: a\n"
                + "    version: not a version\n"
                + "  - name: a\n"
                + "    version: 1.0.0\n"
                + "  - name: b\n"
                + "    version: 2.0.0\n");

        assertThat(registry.packNames()).containsExactly("a");
        assertThat(registry.versions("a")).extracting(PackVersion::toString).containsExactly("1.0.0", "2.0.0");
        assertThat(registry.warnings()).extracting(ReadWarning::line, ReadWarning::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple(6, "entries.a[1].version"),
                org.assertj.core.groups.Tuple.tuple(8, "entries.a[2].version"),
                org.assertj.core.groups.Tuple.tuple(10, "entries.a[3].version"),
                org.assertj.core.groups.Tuple.tuple(12, "entries.a[4].name"));
        assertThat(registry.warnings().get(1).message()).contains("'not a version' is not a pack version",
                "entry of chart 'a' is skipped");
    }

    @Test
    void malformedIndexesFailNamingLineAndField() {
        assertThatThrownBy(() -> HelmIndexRegistry.parse("apiVersion: v1\nentries:\n  a:\n  - name: a: b\n"))
                .isInstanceOf(PackRegistryException.class)
                .hasMessageStartingWith("index.yaml:4:")
                .hasMessageContaining("not valid YAML: mapping values are not allowed here");
        assertThatThrownBy(() -> HelmIndexRegistry.parse("entries: {}\n"))
                .isInstanceOf(PackRegistryException.class)
                .hasMessage("index.yaml:1:1: apiVersion: missing — a Helm repository index starts with apiVersion: v1");
        assertThatThrownBy(() -> HelmIndexRegistry.parse(""))
                .isInstanceOf(PackRegistryException.class)
                .hasMessageContaining("the index is empty");
        assertThatThrownBy(() -> HelmIndexRegistry.parse("apiVersion: v1\nentries:\n  a:\n    name: a\n"))
                .isInstanceOf(PackRegistryException.class)
                .hasMessage("index.yaml:4:5: entries.a: expected a list, found a mapping — write one item per line, each"
                        + " starting with '- '");
        assertThatThrownBy(() -> HelmIndexRegistry.parse("apiVersion: v1\nentries:\n  a:\n  - name: a\n"
                + "    version: 1.0.0\n    urls: https://x/a.tgz\n"))
                .isInstanceOf(PackRegistryException.class)
                .hasMessageContaining("index.yaml:6:")
                .hasMessageContaining("entries.a[0].urls: expected a list");
        assertThatThrownBy(() -> HelmIndexRegistry.parse("apiVersion: v1\nentries:\n  a:\n  - name: a\n"
                + "    version: 1.0.0\n    version: 2.0.0\n"))
                .isInstanceOf(PackRegistryException.class)
                .hasMessageContaining("index.yaml:6:")
                .hasMessageContaining("duplicate key 'version' (first at line 5)");
        assertThatThrownBy(() -> HelmIndexRegistry.parse("apiVersion: v1\nentries:\n  a:\n  - &chart\n    name: a\n"
                + "    version: 1.0.0\n  b:\n  - *chart\n"))
                .isInstanceOf(PackRegistryException.class)
                .hasMessageContaining("index.yaml:4:5: entries.a[0]: YAML anchor '&chart' is not allowed");
    }

    @Test
    void oneVersionSpelledTwiceIsOneEntryAndAWarningNotALostIndex() {
        HelmIndexRegistry registry = HelmIndexRegistry.parse("apiVersion: v1\nentries:\n  a:\n"
                + "  - version: 1.0.0\n  - version: v1.0.0\n  - version: 1.0\n  - version: 1.1.0\n");

        assertThat(registry.versions("a")).extracting(PackVersion::toString).containsExactly("1.0.0", "1.1.0");
        assertThat(registry.warnings()).extracting(ReadWarning::line, ReadWarning::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple(5, "entries.a[1].version"),
                org.assertj.core.groups.Tuple.tuple(6, "entries.a[2].version"));
        assertThat(registry.warnings().get(0).message()).isEqualTo("chart 'a' v1.0.0 is listed twice (also as 1.0.0);"
                + " the first entry is used");
    }

    @Test
    void aLargeIndexIsReadFromAStreamOneEntryAtATime() {
        StringBuilder index = new StringBuilder("apiVersion: v1\nentries:\n");
        for (int c = 0; c < 50; c++) {
            index.append("  chart").append(c).append(":\n");
            for (int v = 0; v < 400; v++) {
                index.append("  - version: 1.").append(v).append(".0\n    urls: [https://x/c.tgz]\n"
                        + "    maintainers: [{name: team, email: t@x}]\n");
            }
        }
        index.append("generated: \"2026-01-01T00:00:00Z\"\n");

        HelmIndexRegistry registry = HelmIndexRegistry.builder()
                .load(new java.io.StringReader(index.toString()), "https://charts.example/index.yaml");

        assertThat(registry.size()).isEqualTo(20_000);
        assertThat(registry.newest("chart49", VersionSelector.parse("1.x"))).map(p -> p.version().toString())
                .contains("1.399.0");
        assertThat(registry.source()).isEqualTo("https://charts.example/index.yaml");
    }

    @Test
    void anIndexOverTheSizeLimitFails() {
        assertThatThrownBy(() -> HelmIndexRegistry.builder().maxBytes(100).parse(INDEX))
                .isInstanceOf(PackRegistryException.class)
                .hasMessageContaining("larger than the limit of 100");
        assertThatThrownBy(() -> HelmIndexRegistry.builder().maxBytes(100).load(new StringReader(INDEX), "remote"))
                .isInstanceOf(PackRegistryException.class)
                .hasMessageStartingWith("remote: ");
    }

    @Test
    void extendsOrReplacesTheBuiltInCatalogInOneLine() {
        PackRegistry registry = PackRegistries.compose(HelmIndexRegistry.parse(INDEX), PackRegistries.builtIn());

        assertThat(registry.newest("redis", VersionSelector.parse("19.0.0-rc.1"))).map(PackDescriptor::packType)
                .contains(PackType.HELM);
        assertThat(registry.newest("kubernetes", VersionSelector.parse("1.33.x"))).map(p -> p.version().toString())
                .contains("1.33.6");
        assertThat(registry.members()).extracting(PackRegistry::id).containsExactly("helm", "builtin");
    }
}
