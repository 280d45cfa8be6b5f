package io.profilekit.resolve;

import io.profilekit.ClusterProfile;
import io.profilekit.Layer;
import io.profilekit.PackType;
import io.profilekit.PackVersion;
import io.profilekit.RegistryRef;
import io.profilekit.VersionSelector;
import io.profilekit.internal.Checks;
import io.profilekit.registry.PackDescriptor;
import io.profilekit.registry.PackRegistry;
import io.profilekit.rules.SafeText;
import io.profilekit.rules.Suggestions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Pins every layer of a profile to one exact pack version and registry.
 *
 * <p>Semantics: an exact selector takes that version; a train ({@code 1.30.x}) takes the newest
 * release of the train; a range takes the newest version in range; pre-releases are taken only
 * when the selector names one; a group-prefixed selector ({@code LTS__20.04}) considers only packs
 * of that group. A layer that names a registry is looked up in that registry only; otherwise the
 * first registry that has the pack answers. {@linkplain PackType#MANIFEST Manifest} layers come
 * from no registry and resolve to themselves. The result depends only on the profile and the
 * registry's content. Thread-safe.
 *
 * <pre>{@code
 * ProfileResolver resolver = ProfileResolver.of(PackRegistries.builtIn());
 * ResolvedProfile locked = resolver.resolve(profile);     // throws, listing every failure
 * Resolution outcome = resolver.attempt(profile);          // never throws on a built profile
 * }</pre>
 */
public final class ProfileResolver {
    private static final int MAX_SUGGESTIONS = 3;

    private final PackRegistry registry;

    private ProfileResolver(PackRegistry registry) {
        this.registry = registry;
    }

    /**
     * A resolver over a registry (possibly {@linkplain io.profilekit.registry.PackRegistries#compose composed}).
     *
     * @param registry the registry
     * @return the resolver
     * @throws NullPointerException if {@code registry} is null
     */
    public static ProfileResolver of(PackRegistry registry) {
        return new ProfileResolver(Checks.notNull(registry, "registry"));
    }

    /**
     * The registry this resolver reads.
     *
     * @return the registry
     */
    public PackRegistry registry() {
        return registry;
    }

    /**
     * Resolves a profile.
     *
     * @param profile the profile
     * @return the resolved profile
     * @throws ProfileResolutionException listing every layer that failed, if any did
     */
    public ResolvedProfile resolve(ClusterProfile profile) {
        return attempt(profile).toResolvedProfile();
    }

    /**
     * Resolves what can be resolved and collects every failure.
     *
     * @param profile the profile
     * @return the outcome
     */
    public Resolution attempt(ClusterProfile profile) {
        Checks.notNull(profile, "profile");
        List<ResolvedLayer> resolved = new ArrayList<>();
        List<ResolutionFailure> failures = new ArrayList<>();
        List<Layer> layers = profile.layers();
        for (int i = 0; i < layers.size(); i++) {
            Layer layer = layers.get(i);
            Object outcome = resolveLayer(i, layer);
            if (outcome instanceof ResolvedLayer) {
                resolved.add((ResolvedLayer) outcome);
            } else {
                failures.add((ResolutionFailure) outcome);
            }
        }
        return new Resolution(profile, resolved, failures);
    }

    private Object resolveLayer(int index, Layer layer) {
        if (layer.pack().type() == PackType.MANIFEST) {
            return new ResolvedLayer(index, layer, null, null, null, null);
        }
        String name = layer.pack().name();
        VersionSelector selector = layer.pack().version();
        if (!selector.isValid()) {
            return failure(index, layer, ResolutionFailure.Reason.INVALID_SELECTOR, selector.problem().orElseThrow(),
                    List.of());
        }
        List<PackRegistry> members = registry.members();
        PackRegistry source = null;
        Optional<RegistryRef> named = layer.pack().registry();
        if (named.isPresent()) {
            for (PackRegistry m : members) {
                if (m.isNamedBy(named.get())) {
                    source = m;
                    break;
                }
            }
            if (source == null) {
                List<String> known = members.stream().map(PackRegistry::name).collect(Collectors.toList());
                return failure(index, layer, ResolutionFailure.Reason.UNKNOWN_REGISTRY,
                        "registry '" + named.get() + "' is not in use; known registries: " + String.join(", ", known),
                        known);
            }
            if (!source.contains(name)) {
                List<String> close = closestNames(name, source);
                return failure(index, layer, ResolutionFailure.Reason.UNKNOWN_PACK,
                        "registry " + SafeText.quote(source.name()) + " has no pack " + SafeText.quote(name) + didYouMean(name, close), close);
            }
        } else {
            for (PackRegistry m : members) {
                if (m.contains(name)) {
                    source = m;
                    break;
                }
            }
            if (source == null) {
                List<String> close = closestNames(name, registry);
                return failure(index, layer, ResolutionFailure.Reason.UNKNOWN_PACK,
                        "no registry has a pack named " + SafeText.quote(name) + didYouMean(name, close), close);
            }
        }
        Optional<PackDescriptor> chosen = source.newest(name, selector);
        if (chosen.isEmpty()) {
            List<String> nearest = nearestVersions(source, name, selector);
            String groups = selector.group().map(g -> " in group " + g).orElse("");
            return failure(index, layer, ResolutionFailure.Reason.NO_MATCHING_VERSION,
                    "no version of " + name + groups + " matches '" + selector + "'"
                            + (nearest.isEmpty() ? "" : "; nearest: " + String.join(", ", nearest)), nearest);
        }
        return new ResolvedLayer(index, layer, chosen.get(), source.id(), source.name(), source.uid().orElse(null));
    }

    private static ResolutionFailure failure(int index, Layer layer, ResolutionFailure.Reason reason, String message,
                                             List<String> suggestions) {
        return new ResolutionFailure(index, layer.type(), layer.pack().name(), layer.pack().version().toString(),
                reason, message, suggestions);
    }

    private static String didYouMean(String name, List<String> close) {
        String mixed = SafeText.mixedScripts(name).map(m -> " (the name given " + m + ", so it only looks like"
                + " a Latin name)").orElse("");
        return close.isEmpty() ? mixed.isEmpty() ? "" : ";" + mixed
                : "; did you mean " + String.join(", ", close) + "?" + mixed;
    }

    /**
     * The pack names closest to {@code name}: by edit distance (case-insensitive), at most a third of
     * the name's length (and at least 2), plus names that contain it or that it contains.
     *
     * @param name the unknown name
     * @param registry where to look
     * @return up to three names, closest first
     */
    static List<String> closestNames(String name, PackRegistry registry) {
        return Suggestions.closest(name, registry.packNames(), MAX_SUGGESTIONS);
    }

    /**
     * The available versions nearest to where the selector points: around the exact version or the
     * train's start, or the newest versions for a range; newest first.
     */
    static List<String> nearestVersions(PackRegistry source, String name, VersionSelector selector) {
        List<PackDescriptor> all = source.packs(name).stream()
                .filter(p -> selector.matchesGroup(p.group().orElse(null))).collect(Collectors.toList());
        if (all.isEmpty()) {
            all = source.packs(name);
        }
        List<PackVersion> versions = all.stream().map(PackDescriptor::version).collect(Collectors.toList());
        if (versions.isEmpty()) {
            return List.of();
        }
        Optional<PackVersion> anchor = selector.exactVersion();
        if (anchor.isEmpty() && !selector.trainPrefix().isEmpty()) {
            anchor = PackVersion.tryParse(String.join(".", selector.trainPrefix()));
        }
        int at = versions.size();
        if (anchor.isPresent()) {
            at = 0;
            while (at < versions.size() && versions.get(at).compareTo(anchor.get()) < 0) {
                at++;
            }
        }
        // A window of MAX_SUGGESTIONS versions around the anchor's place (the newest ones when the
        // anchor lies above every version, or for a range), kept inside the list.
        int low = Math.max(0, Math.min(at - 1, versions.size() - MAX_SUGGESTIONS));
        int high = Math.min(versions.size() - 1, low + MAX_SUGGESTIONS - 1);
        List<String> out = new ArrayList<>();
        for (int i = high; i >= low; i--) {
            out.add(versions.get(i).toString());
        }
        return out;
    }
}
