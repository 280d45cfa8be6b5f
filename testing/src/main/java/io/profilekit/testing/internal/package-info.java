/**
 * Implementation of profilekit-testing's generators. Not API: it may change in any release; use
 * {@link io.profilekit.testing.ProfileGenerator} and {@link io.profilekit.testing.ProfileSource}.
 */
package io.profilekit.testing.internal;
