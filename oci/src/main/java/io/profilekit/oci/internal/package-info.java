/**
 * The implementation of {@code io.profilekit.oci}: the HTTP client of the OCI distribution API,
 * manifests, the bounded {@code tar.gz} reader and the blob cache. Internal: not exported, may
 * change in any release; use {@link io.profilekit.oci.OciPackRegistry}.
 */
package io.profilekit.oci.internal;
