/**
 * JMH benchmarks of ProfileKit, each run beside a baseline made of the libraries ProfileKit is
 * built on (Jackson, a JSON Schema validator, Hibernate Validator), plus the small programs the
 * cold-start measurement of {@code benchmarks/run} launches. Not API: nothing here is published.
 */
package io.profilekit.benchmarks;
