package io.profilekit.validation;

import io.profilekit.CloudType;
import io.profilekit.InfrastructureProfile;
import io.profilekit.Layer;
import io.profilekit.LayerType;
import io.profilekit.Manifest;
import io.profilekit.PackRef;
import io.profilekit.PackType;
import io.profilekit.ProfileType;
import io.profilekit.ProfileVersion;
import io.profilekit.RegistryRef;
import io.profilekit.Tag;
import io.profilekit.Tags;
import io.profilekit.VersionSelector;
import io.profilekit.testing.ProfileGenerator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded profiles for property-style tests: a quarter are {@link ProfileGenerator#profile()} as
 * generated; the rest carry {@link ProfileGenerator#hostileText()} (or real pack names, so that
 * registry checks run deep) in every text field, and missing, doubled, shuffled and foreign layers,
 * built with {@code buildLenient()}.
 */
final class HostileProfiles {
    private static final List<String> REAL_PACKS = List.of("ubuntu-aws", "ubuntu-azure", "kubernetes", "cni-calico",
            "cni-cilium-oss", "csi-aws-ebs", "csi-azure", "crossplane", "hello-universe", "argo-cd", "cert-manager");
    private static final List<String> REAL_SELECTORS = List.of("22.04", "1.33.x", "1.29.x", "3.31.2", "1.16.6",
            "1.46.0", "1.31.2-rev2", "2.3.0", "1.3.1", "LTS__22.04", ">=1.30 <1.33", "1.x");
    private static final List<String> REAL_PRESETS = List.of("ipam-kubernetes", "ipam-cluster-pool", "enable-api",
            "disable-api", "kubeproxy");

    private static final List<String> RESERVED = List.of("aws:", "AZURE", "microsoft", "windows", "k8s.io/", "Env", "env");

    private HostileProfiles() {
    }

    static InfrastructureProfile profile(long seed) {
        ProfileGenerator g = new ProfileGenerator(seed);
        Random r = g.random();
        InfrastructureProfile base = g.profile();
        if (r.nextInt(4) == 0) {
            return base;
        }
        InfrastructureProfile.Builder b = base.toBuilder()
                .name(text(g))
                .version(r.nextBoolean() ? ProfileVersion.of(text(g)) : base.version())
                .description(text(g))
                .type(ProfileType.values()[r.nextInt(ProfileType.values().length)])
                .cloud(cloud(g));
        Map<String, Tag> tags = new LinkedHashMap<>();
        int tagCount = r.nextInt(10) == 0 ? 40 + r.nextInt(40) : r.nextInt(6);
        for (int i = 0; i < tagCount; i++) {
            Tag t = r.nextInt(8) == 0 ? Tag.of(RESERVED.get(r.nextInt(RESERVED.size())) + text(g), text(g))
                    : r.nextBoolean() ? Tag.parse(text(g)) : Tag.of(text(g), text(g));
            tags.putIfAbsent(t.key(), t);
        }
        b.tags(Tags.copyOf(new ArrayList<>(tags.values())));
        List<Layer> layers = new ArrayList<>();
        int layerCount = r.nextInt(8);
        for (int i = 0; i < layerCount; i++) {
            layers.add(layer(g, r));
        }
        if (r.nextBoolean()) {
            layers.addAll(base.layers().subList(0, r.nextInt(base.layers().size() + 1)));
        }
        Collections.shuffle(layers, r);
        return b.layers(layers).buildLenient();
    }

    /** Layers that resolve in the test registry, so the checks behind resolution run too. */
    private static final List<Layer> REAL_LAYERS = List.of(
            Layer.builder(LayerType.OS, "ubuntu-aws", "22.04").build(),
            Layer.builder(LayerType.OS, "ubuntu-aws", "20.04").build(),
            Layer.builder(LayerType.KUBERNETES, "kubernetes", "1.33.x").build(),
            Layer.builder(LayerType.KUBERNETES, "kubernetes", "1.29.x").build(),
            Layer.builder(LayerType.KUBERNETES, "kubernetes", "1.30.10").build(),
            Layer.builder(LayerType.NETWORK, "cni-calico", "3.29.2").build(),
            Layer.builder(LayerType.NETWORK, "cni-cilium-oss", "1.16.6").preset("ipam-kubernetes")
                    .preset("ipam-cluster-pool").build(),
            Layer.builder(LayerType.STORAGE, "csi-aws-ebs", "1.46.0").build(),
            Layer.builder(LayerType.ADDON, "crossplane", "2.3.0").build(),
            Layer.builder(LayerType.ADDON, "argo-cd", "7.7.1").build(),
            Layer.builder(LayerType.ADDON, "hello-universe", "1.3.1").preset("enable-api").preset("disable-api").build());

    private static Layer layer(ProfileGenerator g, Random r) {
        if (r.nextInt(3) == 0) {
            Layer real = REAL_LAYERS.get(r.nextInt(REAL_LAYERS.size()));
            return r.nextBoolean() ? real : real.toBuilder().preset(text(g)).build();
        }
        LayerType type = LayerType.values()[r.nextInt(LayerType.values().length)];
        String name = r.nextBoolean() ? REAL_PACKS.get(r.nextInt(REAL_PACKS.size())) : text(g);
        String selector = r.nextBoolean() ? REAL_SELECTORS.get(r.nextInt(REAL_SELECTORS.size())) : text(g);
        PackRef ref = PackRef.of(name, VersionSelector.parse(selector));
        ref = ref.withType(PackType.values()[r.nextInt(PackType.values().length)]);
        switch (r.nextInt(5)) {
            case 0:
                ref = ref.withRegistry(RegistryRef.byName(text(g)));
                break;
            case 1:
                ref = ref.withRegistry(RegistryRef.byUid(text(g)));
                break;
            case 2:
                ref = ref.withRegistry(RegistryRef.of(TestRegistry.PUBLIC_UID, text(g)));
                break;
            case 3:
                ref = ref.withRegistry(RegistryRef.byName(r.nextBoolean() ? "Public Repo" : "Palette Community Registry"));
                break;
            default:
                break;
        }
        Layer.Builder lb = Layer.builder(type, ref).values(text(g));
        int presets = r.nextInt(4);
        for (int i = 0; i < presets; i++) {
            lb.preset(r.nextBoolean() ? REAL_PRESETS.get(r.nextInt(REAL_PRESETS.size())) : text(g));
        }
        int manifests = r.nextInt(4);
        List<Manifest> list = new ArrayList<>();
        for (int i = 0; i < manifests; i++) {
            list.add(new Manifest(r.nextInt(3) == 0 ? "ns" : text(g), text(g)));
        }
        return lb.manifests(list).build();
    }

    private static CloudType cloud(ProfileGenerator g) {
        Random r = g.random();
        if (r.nextInt(3) == 0) {
            return CloudType.AWS;
        }
        if (r.nextBoolean()) {
            List<CloudType> known = new ArrayList<>(CloudType.knownTypes());
            return known.get(r.nextInt(known.size()));
        }
        String text = g.hostileText();
        return text.isBlank() ? CloudType.of("custom-" + r.nextInt(10)) : CloudType.of(text);
    }

    private static String text(ProfileGenerator g) {
        return g.random().nextInt(5) == 0 ? g.word() : g.hostileText();
    }
}
