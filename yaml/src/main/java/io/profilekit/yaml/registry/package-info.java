/**
 * Pack registries read from files: {@link io.profilekit.yaml.registry.PackDirectoryRegistry} reads a
 * folder of packs in Palette's own format (also from class-path resources, as the built-in catalog
 * is), {@link io.profilekit.yaml.registry.HelmIndexRegistry} reads a Helm repository
 * {@code index.yaml}. Either can stand in for {@link io.profilekit.registry.PackRegistries#builtIn()}
 * with one line:
 *
 * <pre>{@code
 * PackRegistry registry = PackDirectoryRegistry.load(Path.of("packs"));
 * PackRegistry charts = HelmIndexRegistry.load(Path.of("index.yaml"));
 * ResolvedProfile locked = ProfileResolver.of(PackRegistries.compose(registry, charts)).resolve(profile);
 * }</pre>
 *
 * Files are treated as untrusted input: sizes, nesting and YAML length are bounded, duplicate keys
 * and YAML anchors/aliases are refused, and nothing is instantiated from YAML tags.
 */
package io.profilekit.yaml.registry;
