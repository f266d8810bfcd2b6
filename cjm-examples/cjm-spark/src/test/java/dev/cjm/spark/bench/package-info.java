/**
 * JMH benchmarks of the monitor at scale, run by hand (never by the tests): the Spark job on {@code
 * local[2]} against one JVM ({@link dev.cjm.spark.bench.SparkVsOneJvmBenchmark}), and DuckDB's SQL
 * against the monitor on one and two threads ({@link
 * dev.cjm.spark.bench.DuckDbVsMonitorBenchmark}), over the same generated CSV file.
 *
 * <pre>{@code
 * ./mvnw -q -Pspark,spark-bench -pl cjm-examples/cjm-spark -am -DskipTests -Djacoco.skip test \
 *     -Dbench.args="-wi 1 -i 5 DuckDbVsMonitor"
 * }</pre>
 */
@NullMarked
package dev.cjm.spark.bench;

import org.jspecify.annotations.NullMarked;
