package io.profilekit.yaml.registry;

import io.profilekit.CloudType;
import io.profilekit.InfrastructureProfile;
import io.profilekit.LayerType;
import io.profilekit.PackVersion;
import io.profilekit.VersionSelector;
import io.profilekit.registry.DependencyType;
import io.profilekit.registry.PackDescriptor;
import io.profilekit.registry.PackQuery;
import io.profilekit.registry.PackRegistries;
import io.profilekit.registry.PackRegistry;
import io.profilekit.registry.PackRegistryProvider;
import io.profilekit.resolve.ProfileResolver;
import io.profilekit.resolve.ResolvedLayer;
import io.profilekit.resolve.ResolvedProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BuiltInCatalogTest {
    private static final String ROOT = "io/profilekit/catalog/";

    private static List<String> indexedFolders() throws IOException {
        try (InputStream in = PackRegistries.class.getClassLoader().getResourceAsStream(ROOT + "index.txt")) {
            assertThat(in).as("index.txt on the class path").isNotNull();
            List<String> folders = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\\R")) {
                if (!line.isBlank() && !line.trim().startsWith("#")) {
                    folders.add(line.trim());
                }
            }
            return folders;
        }
    }

    @Test
    void builtInLoadsTheSampleCatalogCleanly() throws IOException {
        PackRegistry registry = PackRegistries.builtIn();

        assertThat(registry.id()).isEqualTo(PackRegistries.BUILT_IN_ID);
        assertThat(registry.name()).isEqualTo("ProfileKit sample catalog");
        // builtIn() reads folders as they are asked for; the whole catalog, read at once with every
        // check, holds every indexed folder without a warning.
        PackDirectoryRegistry catalog = PackDirectoryRegistry.builder().id(PackRegistries.BUILT_IN_ID)
                .name("ProfileKit sample catalog").loadResources(PackRegistries.class.getClassLoader(), ROOT);
        assertThat(catalog.warnings()).isEmpty();
        assertThat(catalog.size()).isEqualTo(indexedFolders().size());
        assertThat(catalog.source()).isEqualTo("classpath:" + ROOT);
        assertThat(registry.packNames()).isEqualTo(catalog.packNames());
        assertThat(PackRegistries.builtIn()).isSameAs(registry);
    }

    /** Every question the catalog read by pack name answers as the whole catalog read at once does. */
    @Test
    void answersByPackNameAsTheWholeCatalogDoes() {
        PackDirectoryRegistry whole = PackDirectoryRegistry.builder().id(PackRegistries.BUILT_IN_ID)
                .name("ProfileKit sample catalog").loadResources(PackRegistries.class.getClassLoader(), ROOT);
        List<String> names = new ArrayList<>(whole.packNames());
        for (String name : whole.packNames()) {
            // prefixes of other packs' names, names with a dash more or less, and unknown names
            names.add(name + "-");
            names.add(name.substring(0, name.length() / 2));
            names.add(name.contains("-") ? name.substring(0, name.lastIndexOf('-')) : name + "-x");
            names.add(name.toUpperCase(java.util.Locale.ROOT));
        }
        names.addAll(List.of("", "-", "kubernetes-", "cni", "csi-aws", "no-such-pack", "1.33.6"));

        PackRegistry byName = new io.profilekit.yaml.internal.registry.BuiltInCatalogProvider().registry();
        assertSameAnswers(byName, whole, names);
        // Once the whole catalog was needed (packNames), it answers every question.
        PackRegistry mixed = new io.profilekit.yaml.internal.registry.BuiltInCatalogProvider().registry();
        assertSameAnswers(mixed, whole, names.subList(0, 5));
        assertThat(mixed.packNames()).isEqualTo(whole.packNames());
        assertThat(mixed.find(PackQuery.all())).isEqualTo(whole.find(PackQuery.all()));
        assertSameAnswers(mixed, whole, names);
        assertThat(byName.id()).isEqualTo(whole.id());
        assertThat(byName.name()).isEqualTo(whole.name());
        assertThat(byName.uid()).isEqualTo(whole.uid());
        assertThat(byName.members()).containsExactly(byName);
    }

    private static void assertSameAnswers(PackRegistry actual, PackRegistry expected, List<String> names) {
        for (String name : names) {
            assertThat(actual.contains(name)).as("contains %s", name).isEqualTo(expected.contains(name));
            assertThat(actual.packs(name)).as("packs %s", name).isEqualTo(expected.packs(name));
            assertThat(actual.versions(name)).as("versions %s", name).isEqualTo(expected.versions(name));
            List<String> selectors = new ArrayList<>(List.of("*", "1.x", "1.33.x", ">=1.0.0 <2.0.0", "0.0.1"));
            for (PackVersion v : expected.versions(name)) {
                selectors.add(v.toString());
                List<String> release = v.releaseNumbers();
                if (release.size() >= 2) {
                    selectors.add(release.get(0) + "." + release.get(1) + ".x");
                    selectors.add(release.get(0) + ".x");
                }
                assertThat(actual.pack(name, v)).as("pack %s %s", name, v).isEqualTo(expected.pack(name, v));
            }
            for (String selector : selectors) {
                VersionSelector s = VersionSelector.parse(selector);
                assertThat(actual.newest(name, s)).as("newest %s %s", name, selector)
                        .isEqualTo(expected.newest(name, s));
            }
        }
    }

    @Test
    void readsByPackNameForAFewNamesThenTheWholeCatalog() {
        PackRegistry catalog = new io.profilekit.yaml.internal.registry.BuiltInCatalogProvider().registry();
        for (int i = 0; i < 100; i++) {
            assertThat(catalog.contains("unknown-" + i)).isFalse();
        }
        assertThat(catalog.newest("kubernetes", VersionSelector.parse("1.33.x")).map(d -> d.version().toString()))
                .contains("1.33.6");
        assertThat(catalog.toString()).contains(PackRegistries.BUILT_IN_ID);
    }

    @Test
    void holdsTheCorePacksOfEveryLayer() {
        PackRegistry registry = PackRegistries.builtIn();

        assertThat(registry.packNames()).contains("ubuntu-aws", "ubuntu-azure", "ubuntu-vsphere", "generic-byoi",
                "edge-native-byoi", "kubernetes", "edge-k8s", "kubernetes-eks", "kubernetes-aks", "cni-calico",
                "cni-calico-azure", "cni-cilium-oss", "cni-aws-vpc-eks", "cni-kubenet", "csi-aws-ebs", "csi-azure",
                "csi-vsphere-csi", "csi-maas-volume", "csi-driver-nfs", "crossplane");
        assertThat(registry.versions("ubuntu-aws")).extracting(PackVersion::toString)
                .containsExactly("20.04", "22.04", "24.04");
        assertThat(registry.find(PackQuery.all().layer(LayerType.OS).cloud(CloudType.AWS)))
                .extracting(PackDescriptor::name).contains("ubuntu-aws", "generic-byoi").doesNotContain("ubuntu-azure");
        assertThat(registry.pack("csi-aws-ebs", PackVersion.parse("1.46.0")).orElseThrow().layer())
                .isEqualTo(LayerType.STORAGE);
        assertThat(registry.versions("csi-azure")).extracting(PackVersion::toString).containsExactly("1.31.2-rev2");
        assertThat(registry.versions("kubernetes-eks")).extracting(PackVersion::toString)
                .containsExactly("1.31", "1.32", "1.33");
    }

    @Test
    void carriesEolConstraintsAndPresets() {
        PackRegistry registry = PackRegistries.builtIn();

        assertThat(registry.pack("ubuntu-aws", PackVersion.parse("20.04")).orElseThrow().eol())
                .contains(LocalDate.of(2025, 5, 31));
        assertThat(registry.pack("ubuntu-aws", PackVersion.parse("22.04")).orElseThrow().group()).contains("LTS");
        PackDescriptor crossplane = registry.packs("crossplane").get(0);
        assertThat(crossplane.constraints().dependencies()).singleElement().satisfies(d -> {
            assertThat(d.packName()).isEqualTo("kubernetes");
            assertThat(d.type()).isEqualTo(DependencyType.OPTIONAL);
            assertThat(d.admits(PackVersion.parse("1.29.10"))).isTrue();
            assertThat(d.admits(PackVersion.parse("1.28.4"))).isFalse();
        });
        assertThat(registry.packs("hello-universe").get(0).presets()).isNotEmpty();
        assertThat(registry.packs("cni-kubenet").get(0).values()).isEmpty();
    }

    @Test
    void resolvesTheDesignExampleProfile() {
        InfrastructureProfile profile = InfrastructureProfile.builder()
                .name("aws-prod-base")
                .version("1.2.0")
                .description("Production base for AWS")
                .cloud(CloudType.AWS)
                .tag("owner:platform").tag("env:prod")
                .os("ubuntu-aws", "22.04")
                .kubernetes("kubernetes", "1.33.x")
                .network("cni-calico", "3.31.2")
                .storage("csi-aws-ebs", "1.46.0")
                .build();

        ResolvedProfile locked = ProfileResolver.of(PackRegistries.builtIn()).resolve(profile);

        assertThat(locked.layers()).extracting(l -> l.version().map(PackVersion::toString).orElse("?"))
                .containsExactly("22.04", "1.33.6", "3.31.2", "1.46.0");
        assertThat(locked.layers()).extracting(ResolvedLayer::registryId)
                .allSatisfy(id -> assertThat(id).contains("builtin"));
    }

    @Test
    void theProviderIsDiscoveredWithTheLowestPriority() {
        List<PackRegistryProvider> providers = PackRegistries.providers(getClass().getClassLoader());

        assertThat(providers).filteredOn(p -> p.id().equals(PackRegistries.BUILT_IN_ID)).singleElement()
                .satisfies(p -> assertThat(p.priority()).isEqualTo(Integer.MIN_VALUE));
        assertThat(PackRegistries.discover(getClass().getClassLoader()).newest("kubernetes",
                VersionSelector.parse("1.33.x"))).isPresent();
    }

    @Test
    void theFolderReaderReadsACopyOfTheCatalogIdentically(@TempDir Path dir) throws IOException {
        for (String folder : indexedFolders()) {
            for (String file : List.of("pack.json", "values.yaml", "presets.yaml", "schema.yaml")) {
                try (InputStream in = getClass().getClassLoader().getResourceAsStream(ROOT + folder + "/" + file)) {
                    if (in != null) {
                        PackFolders.writeBytes(dir, folder + "/" + file, in.readAllBytes());
                    }
                }
            }
        }

        PackDirectoryRegistry copy = PackDirectoryRegistry.load(dir);
        PackRegistry builtIn = PackRegistries.builtIn();

        assertThat(copy.packNames()).isEqualTo(builtIn.packNames());
        for (String name : builtIn.packNames()) {
            assertThat(copy.packs(name)).as(name).isEqualTo(builtIn.packs(name));
        }
    }

    @Test
    void classPathTreesNeedAnIndexOfRelativeFolders(@TempDir Path dir) throws IOException {
        PackFolders.pack(dir, "trees/good/a-1.0.0", PackFolders.packJson("a", "1.0.0", "addon"));
        PackFolders.write(dir, "trees/good/index.txt", "# packs\n\na-1.0.0/\n");
        PackFolders.write(dir, "trees/escape/index.txt", "../good/a-1.0.0\n");
        PackFolders.write(dir, "trees/missing/index.txt", "a-1.0.0\n");
        PackFolders.write(dir, "trees/twice/index.txt", "x\nx\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            PackDirectoryRegistry good = PackDirectoryRegistry.loadResources(loader, "/trees/good");
            assertThat(good.packNames()).containsExactly("a");
            assertThat(good.id()).isEqualTo("trees/good");

            assertThatThrownBy(() -> PackDirectoryRegistry.loadResources(loader, "trees/none/"))
                    .isInstanceOf(PackRegistryException.class)
                    .hasMessageContaining("classpath:trees/none/index.txt: not found");
            assertThatThrownBy(() -> PackDirectoryRegistry.loadResources(loader, "trees/escape/"))
                    .isInstanceOf(PackRegistryException.class)
                    .hasMessageContaining("trees/escape/index.txt:1:1: ")
                    .hasMessageContaining("is not a relative folder name");
            assertThatThrownBy(() -> PackDirectoryRegistry.loadResources(loader, "trees/missing/"))
                    .isInstanceOf(PackRegistryException.class)
                    .hasMessage("a-1.0.0/pack.json: missing — every pack folder needs a pack.json");
            assertThatThrownBy(() -> PackDirectoryRegistry.loadResources(loader, "trees/twice/"))
                    .isInstanceOf(PackRegistryException.class)
                    .hasMessageContaining("index.txt:2:1: ")
                    .hasMessageContaining("listed twice");
        }
    }

    /**
     * A class-path tree is read as the class loader sees it: files beside the index first, then
     * anywhere on the class path (a tree split over two entries), folder names with characters that
     * URLs treat apart, and trees inside a jar.
     */
    @Test
    void classPathTreesAreReadAsTheClassLoaderSeesThem(@TempDir Path dir) throws IOException {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        PackFolders.write(first, "tree/index.txt", "a-1.0.0\nb-2.0.0\nc%41 #1?-1.0.0\n");
        PackFolders.pack(first, "tree/a-1.0.0", PackFolders.packJson("a", "1.0.0", "addon"));
        PackFolders.write(first, "tree/a-1.0.0/values.yaml", "replicas: 1\n");
        // b's folder lives in the second entry only; a's presets too
        PackFolders.pack(second, "tree/b-2.0.0", PackFolders.packJson("b", "2.0.0", "addon"));
        PackFolders.write(second, "tree/a-1.0.0/presets.yaml", "presets: []\n");
        PackFolders.pack(first, "tree/c%41 #1?-1.0.0", PackFolders.packJson("c", "1.0.0", "addon"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {first.toUri().toURL(), second.toUri().toURL()},
                null)) {
            PackDirectoryRegistry tree = PackDirectoryRegistry.loadResources(loader, "tree/");
            assertThat(tree.packNames()).containsExactly("a", "b", "c");
            assertThat(tree.packs("a").get(0).values()).isEqualTo("replicas: 1\n");
        }
        Path jar = dir.resolve("tree.jar");
        try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(java.nio.file.Files.newOutputStream(jar));
             java.util.stream.Stream<Path> files = java.nio.file.Files.walk(first)) {
            for (Path f : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                out.putNextEntry(new java.util.jar.JarEntry(first.relativize(f).toString().replace('\\', '/')));
                out.write(java.nio.file.Files.readAllBytes(f));
                out.closeEntry();
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL(), second.toUri().toURL()}, null)) {
            PackDirectoryRegistry tree = PackDirectoryRegistry.loadResources(loader, "tree/");
            assertThat(tree.packNames()).containsExactly("a", "b", "c");
        }
    }
}
