/** Runnable ProfileKit examples. */
package io.profilekit.examples;
