/**
 * Pack registries read from OCI registries: {@link io.profilekit.oci.OciPackRegistry}.
 *
 * <pre>{@code
 * PackRegistry packs = OciPackRegistry.builder().url("https://registry.example.com/packs").build();
 * }</pre>
 */
package io.profilekit.oci;
