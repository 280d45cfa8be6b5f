/**
 * Implementation details of ProfileKit core. Not part of the public API: the types here may change
 * or disappear in any release. Do not use them from your code.
 */
package io.profilekit.internal;
