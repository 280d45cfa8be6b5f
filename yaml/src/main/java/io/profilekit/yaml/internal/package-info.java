/**
 * Implementation of ProfileKit's document formats. Not API: these types may change in any release
 * without notice; use {@link io.profilekit.yaml.ProfileDocuments} and
 * {@link io.profilekit.yaml.ProfileKitModule} instead.
 */
package io.profilekit.yaml.internal;
