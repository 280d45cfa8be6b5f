/** Validating cluster profiles. */
package io.profilekit.validation;
