/**
 * The ProfileKit model: cluster profiles, their layers and packs, versions and version selectors.
 *
 * <p>Start with {@link io.profilekit.InfrastructureProfile#builder()}. Every value type here is
 * immutable and thread-safe (the builders are not: use one per thread); no method accepts or
 * returns null (absent values are {@link java.util.Optional} or empty collections).
 */
package io.profilekit;
