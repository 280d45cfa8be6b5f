/**
 * Test support for ProfileKit users and ProfileKit's own tests: seeded generators of random
 * profiles, versions, selectors and registries, and ready-made fixtures. Everything here is
 * deterministic for a given seed.
 */
package io.profilekit.testing;
