/**
 * JMH benchmarks of cjm: building a journey with the DSL, gap analysis, deviation analysis, Mermaid
 * parse and format, and rendering, at sizes from 7 stages × 5 touchpoints to 100 × 100; and the
 * event-log import with a journey monitor, at 1 and 10 million events ({@link
 * dev.cjm.examples.bench.EventLogBenchmark}, with its heap in {@link
 * dev.cjm.examples.bench.EventLogHeap}).
 *
 * <pre>{@code
 * ./mvnw -q -DskipTests package exec:exec@bench
 * ./mvnw -q -DskipTests package exec:exec@bench -Dbench.args="-f 1 -wi 2 -i 3 -p size=7x20 render"
 * ./mvnw -q -DskipTests package exec:exec@compare -Dcompare.args="../cjm-before . 7x20 analyze"
 * }</pre>
 *
 * <p>{@link dev.cjm.examples.bench.SideBySide} compares two builds in one JVM, for hosts too noisy
 * for two runs to be compared.
 */
@NullMarked
package dev.cjm.examples.bench;

import org.jspecify.annotations.NullMarked;
