package io.profilekit.yaml;

import io.profilekit.ClusterProfile;
import io.profilekit.InfrastructureProfile;
import io.profilekit.Layer;
import io.profilekit.PackVersion;
import io.profilekit.RegistryRef;
import io.profilekit.VersionSelector;
import io.profilekit.registry.InMemoryPackRegistry;
import io.profilekit.registry.PackDescriptor;
import io.profilekit.registry.PackRegistries;
import io.profilekit.registry.PackRegistry;
import io.profilekit.resolve.ProfileResolver;
import io.profilekit.resolve.ResolvedProfile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/** Shared test data: resources, seeds, and registries that resolve generated profiles. */
final class Fixtures {
    static final String PUBLIC_REPO_UID = "5e2031962f090e2d3d8a3290";
    private static final Pattern NUMBERS = Pattern.compile("\\d+(\\.\\d+)*");

    private Fixtures() {
    }

    /** Seeds for property-style tests: 1,000 of them, fixed so failures repeat. */
    static LongStream seeds() {
        return LongStream.range(0, 1000).map(i -> 0x9E3779B97F4A7C15L * (i + 1));
    }

    static String resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A version of the pack that the selector picks. */
    static String versionFor(VersionSelector s) {
        switch (s.kind()) {
            case EXACT:
                return s.exactVersion().orElseThrow().toString();
            case TRAIN:
                return String.join(".", s.trainPrefix()) + ".7";
            default:
                Matcher m = NUMBERS.matcher(s.toString());
                if (!m.find()) {
                    throw new IllegalArgumentException("cannot pick a version for " + s);
                }
                String v = m.group();
                while (v.split("\\.").length < 3) {
                    v = v + ".0";
                }
                return v;
        }
    }

    /**
     * Registries holding exactly the packs a profile names, each in the registry its layer names
     * (by name, or by uid), so that the profile resolves. Registries known by name get a uid.
     */
    static PackRegistry registryFor(ClusterProfile profile) {
        Map<String, InMemoryPackRegistry.Builder> registries = new LinkedHashMap<>();
        for (Layer l : profile.layers()) {
            RegistryRef ref = l.pack().registry().orElse(RegistryRef.byName("Public Repo"));
            String name = ref.name().orElseGet(() -> "registry-" + ref.uid().orElseThrow());
            String uid = ref.uid().orElse(name.equals("Public Repo") ? PUBLIC_REPO_UID
                    : String.format("%024x", Math.abs((long) name.hashCode())));
            InMemoryPackRegistry.Builder b = registries.computeIfAbsent(uid,
                    k -> InMemoryPackRegistry.builder(k).name(name).uid(k));
            VersionSelector s = l.pack().version();
            PackVersion v = PackVersion.parse(versionFor(s));
            if (!s.matches(v)) {
                throw new IllegalStateException(s + " does not match " + v);
            }
            PackDescriptor.Builder d = PackDescriptor.builder(l.pack().name(), v, l.type()).packType(l.pack().type());
            s.group().ifPresent(d::group);
            b.add(d.build());
        }
        List<PackRegistry> built = registries.values().stream().map(InMemoryPackRegistry.Builder::build)
                .collect(Collectors.toList());
        return PackRegistries.compose(built);
    }

    static ResolvedProfile resolve(ClusterProfile profile) {
        return ProfileResolver.of(registryFor(profile)).resolve(profile);
    }

    /**
     * What Palette's API create entity can carry of a profile: its registries by uid only (the
     * entity has no registry name), and none where the uid is unknown.
     */
    static ClusterProfile apiView(ClusterProfile p) {
        List<Layer> layers = new ArrayList<>();
        for (Layer l : p.layers()) {
            Layer.Builder b = l.toBuilder();
            b.pack(l.pack().registry().flatMap(RegistryRef::uid).map(u -> l.pack().withRegistry(RegistryRef.byUid(u)))
                    .orElse(l.pack().withoutRegistry()));
            layers.add(b.build());
        }
        return ((InfrastructureProfile) p).toBuilder().layers(layers).buildLenient();
    }
}
