/**
 * The implementation of ProfileKit's validator: built-in rules, field checks and Jakarta
 * constraint validators. Internal: not part of ProfileKit's API; it may change in any release.
 * Use {@code io.profilekit.validation} instead.
 */
package io.profilekit.validation.internal;
