package io.profilekit.yaml;

import io.profilekit.ClusterProfile;
import io.profilekit.Layer;
import io.profilekit.LayerType;
import io.profilekit.PackRef;
import io.profilekit.PackType;
import io.profilekit.RegistryRef;
import io.profilekit.VariableOption;
import io.profilekit.VersionSelector;
import io.profilekit.ProfileVariable;
import io.profilekit.testing.ProfileGenerator;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded profiles of every kind (infrastructure, Full, add-on, system) holding every field the
 * model has: {@link ProfileGenerator#anyProfile()}, plus now and then what Palette's export
 * records beside a pack (a resolved version, preset groups), layers not yet known, and variable
 * options with descriptions and a default. {@code new ProfileGenerator(seed)} repeats a failure.
 */
final class EveryKind {
    private EveryKind() {
    }

    static ClusterProfile profile(long seed) {
        ProfileGenerator gen = new ProfileGenerator(seed);
        ClusterProfile p = gen.anyProfile();
        Random r = gen.random();
        List<Layer> layers = new ArrayList<>();
        for (Layer l : p.layers()) {
            layers.add(enrich(l, r, gen));
        }
        List<ProfileVariable> variables = new ArrayList<>();
        for (ProfileVariable v : p.variables()) {
            if (!v.options().isEmpty() && r.nextBoolean()) {
                List<VariableOption> options = new ArrayList<>();
                for (VariableOption o : v.options()) {
                    options.add(new VariableOption(o.label(), o.value(), r.nextBoolean() ? gen.word() : "",
                            options.isEmpty()));
                }
                v = v.toBuilder().options(options).build();
            }
            variables.add(v);
        }
        return p.toBuilder().layers(layers).variables(variables).buildLenient();
    }

    private static Layer enrich(Layer l, Random r, ProfileGenerator gen) {
        PackRef pack = l.pack();
        Layer.Builder b = l.toBuilder();
        VersionSelector v = pack.version();
        if (pack.type() != PackType.MANIFEST && v.kind() != VersionSelector.Kind.INVALID && r.nextInt(3) == 0) {
            b.pack(pack.withResolvedVersion(Fixtures.versionFor(v)));
        }
        if (!l.presets().isEmpty() && r.nextBoolean()) {
            List<String> presets = l.presets();
            b.presets(List.of());
            for (String preset : presets) {
                if (r.nextBoolean()) {
                    b.preset(preset, r.nextBoolean() ? "Group " + gen.word() : gen.word());
                } else {
                    b.preset(preset);
                }
            }
        }
        Layer built = b.build();
        if (!l.type().isCore() && r.nextInt(6) == 0) {
            // As Palette's packs sent without 'layer' (the Terraform provider's) read.
            Layer.Builder u = Layer.builder(LayerType.UNSPECIFIED, built.pack()).values(built.values())
                    .manifests(built.manifests());
            for (String preset : built.presets()) {
                built.presetGroup(preset).ifPresentOrElse(g -> u.preset(preset, g), () -> u.preset(preset));
            }
            built = u.build();
        }
        return built;
    }

    /**
     * What Palette's export/import entity can carry of a profile: no profile uid and no pack uids
     * ({@code V1ClusterProfileImportEntity} has neither).
     */
    static ClusterProfile exportView(ClusterProfile p) {
        List<Layer> layers = new ArrayList<>();
        for (Layer l : p.layers()) {
            layers.add(l.toBuilder().pack(l.pack().withoutUid()).build());
        }
        ClusterProfile.Builder b = p.kind().builder();
        b.name(p.name()).version(p.version()).description(p.description()).type(p.type()).tags(p.tags())
                .variables(p.variables()).layers(layers);
        if (p.cloudGiven()) {
            b.cloud(p.cloud());
        }
        return b.buildLenient();
    }

    /**
     * A profile whose every registry pack has an exact version (the selector a resolver would
     * choose), as Palette's API create entity takes them.
     */
    static ClusterProfile pinned(ClusterProfile p) {
        List<Layer> layers = new ArrayList<>();
        for (Layer l : p.layers()) {
            VersionSelector v = l.pack().version();
            if (l.pack().type() == PackType.MANIFEST || v.kind() == VersionSelector.Kind.EXACT) {
                layers.add(l);
            } else {
                String exact = v.kind() == VersionSelector.Kind.INVALID ? "1.0.0" : Fixtures.versionFor(v);
                layers.add(l.toBuilder().pack(l.pack().withVersion(VersionSelector.parse(exact))).build());
            }
        }
        return p.toBuilder().layers(layers).buildLenient();
    }

    /**
     * What Palette's API create entity can carry of a pinned profile: registries by uid only (no
     * name, kind, providerType or isPrivate), none where the uid is unknown, and no resolved version
     * beside the tag ({@code V1PackManifestEntity} has {@code registryUid} and {@code tag} only).
     */
    static ClusterProfile apiView(ClusterProfile p) {
        List<Layer> layers = new ArrayList<>();
        for (Layer l : p.layers()) {
            PackRef pack = l.pack().registry().flatMap(RegistryRef::uid)
                    .map(u -> l.pack().withRegistry(RegistryRef.byUid(u))).orElse(l.pack().withoutRegistry());
            PackRef bare = PackRef.of(pack.name(), pack.version()).withType(pack.type());
            bare = pack.registry().map(bare::withRegistry).orElse(bare);
            bare = pack.uid().map(bare::withUid).orElse(bare);
            layers.add(l.toBuilder().pack(bare).build());
        }
        return p.toBuilder().layers(layers).buildLenient();
    }
}
