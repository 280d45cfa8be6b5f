/**
 * The built-in sample pack catalog: resources only (pack folders and their {@code index.txt}), read
 * by {@code profilekit-yaml} through {@link io.profilekit.registry.PackRegistries#builtIn()}. This
 * package holds no types; it exists so that the module can open the catalog's resources to readers
 * in other modules. Not part of the public API.
 */
package io.profilekit.catalog;
