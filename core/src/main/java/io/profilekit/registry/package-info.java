/**
 * Pack registries: the catalogs that say which packs and versions exist, for which layers and
 * clouds, with which constraints. {@link io.profilekit.registry.PackRegistry} is the interface to
 * implement; {@link io.profilekit.registry.PackRegistries} has the built-in catalog and composition.
 */
package io.profilekit.registry;
