package dev.cjm.spark.bench;

import dev.cjm.core.observed.JourneyMonitor;
import dev.cjm.spark.LogFormat;
import dev.cjm.spark.Plan;
import dev.cjm.spark.SparkMonitorJob;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.SparkSession;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The Spark job on {@code local[2]} against one JVM on one thread, over the same CSV file: time per
 * whole log, from reading the file to the merged monitor. Spark's session is started once per
 * trial, as a cluster's would be running already.
 */
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgsAppend = {
      "-Xms2g",
      "-Xmx2g",
      "--add-opens=java.base/java.lang=ALL-UNNAMED",
      "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
      "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
      "--add-opens=java.base/java.io=ALL-UNNAMED",
      "--add-opens=java.base/java.net=ALL-UNNAMED",
      "--add-opens=java.base/java.nio=ALL-UNNAMED",
      "--add-opens=java.base/java.util=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
      "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
      "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
      "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
      "-Djdk.reflect.useDirectMethodHandle=false",
      "-Dio.netty.tryReflectionSetAccessible=true"
    })
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SparkVsOneJvmBenchmark {
  /** Cases in the log: 300,000 make about 1 million events. */
  @Param({"300000"})
  public int cases = 300_000;

  private Path file = Path.of("");
  private final SparkSession spark =
      SparkSession.builder()
          .master("local[2]")
          .config("spark.ui.enabled", false)
          .config("spark.sql.shuffle.partitions", 4)
          .getOrCreate();

  /** JMH makes one per trial. */
  public SparkVsOneJvmBenchmark() {}

  /** Writes the log (Spark started with the benchmark). */
  @Setup
  public void setUp() throws IOException {
    file = BenchLog.write(Files.createTempDirectory("cjm-bench"), cases);
    spark.sparkContext().setLogLevel("WARN");
  }

  /** Stops Spark. */
  @TearDown
  public void tearDown() {
    spark.stop();
  }

  /** The Spark job: read, group by case, aggregate, merge. */
  @Benchmark
  public JourneyMonitor sparkLocal2() {
    return SparkMonitorJob.monitor(
        spark, file.toString(), Plan.named(BenchLog.PLAN_NAME), LogFormat.generated());
  }

  /** One JVM, one thread: the core's streamed import and monitor. */
  @Benchmark
  public JourneyMonitor oneJvmOneThread() {
    return BenchLog.monitor(file);
  }
}
