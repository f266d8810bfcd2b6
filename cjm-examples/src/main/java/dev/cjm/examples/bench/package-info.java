/**
 * JMH benchmarks of cjm: building a journey with the DSL, gap analysis, deviation analysis, Mermaid
 * parse and format, and rendering, at sizes from 7 stages × 5 touchpoints to 100 × 100.
 *
 * <pre>{@code
 * ./mvnw -q -DskipTests package exec:exec@bench
 * ./mvnw -q -DskipTests package exec:exec@bench -Dbench.args="-f 1 -wi 2 -i 3 -p size=7x20 render"
 * }</pre>
 */
@NullMarked
package dev.cjm.examples.bench;

import org.jspecify.annotations.NullMarked;
