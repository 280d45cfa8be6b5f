/**
 * Implementation of the registry readers of {@code io.profilekit.yaml.registry}: safe parsers, the
 * pack-folder and Helm-index readers, and the provider of the built-in catalog. Not part of the
 * public API: the types here may change or disappear in any release. Do not use them from your code.
 */
package io.profilekit.yaml.internal.registry;
