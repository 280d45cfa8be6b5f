/** Reading and writing ProfileKit documents. */
package io.profilekit.yaml;
