/**
 * What changed between two cluster profiles: {@link io.profilekit.yaml.diff.ProfileDiff}, printable
 * as text and JSON. It lives beside the document formats because values are compared as YAML.
 */
package io.profilekit.yaml.diff;
