/**
 * Version resolution: pinning every layer of a profile to one exact pack version and registry.
 * Start with {@link io.profilekit.resolve.ProfileResolver#of(io.profilekit.registry.PackRegistry)}.
 */
package io.profilekit.resolve;
