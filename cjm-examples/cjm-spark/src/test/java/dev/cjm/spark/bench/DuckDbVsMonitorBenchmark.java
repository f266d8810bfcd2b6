package dev.cjm.spark.bench;

import static com.google.common.base.Preconditions.checkState;

import dev.cjm.core.observed.JourneyMonitor;
import dev.cjm.core.observed.ObservedSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
 * DuckDB, the engine a data analyst would reach for, against the monitor, with the same number of
 * threads (one, then two) over the same CSV file: DuckDB reads the file into a table and computes
 * in SQL the funnel (cases reaching each step), the failed cases per step and the ten top variants;
 * the monitor reads the file split at case boundaries, one part per thread, folds each part into a
 * monitor of its own and merges them (and keeps more: emotions, waits, ad-hoc places). Time per
 * whole log. The setup checks that both count the same cases reaching each step.
 */
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DuckDbVsMonitorBenchmark {
  /** Cases in the log: 300,000 make about 1 million events. */
  @Param({"300000"})
  public int cases = 300_000;

  /** Threads for both: DuckDB's {@code SET threads}, the monitor's parts. */
  @Param({"1", "2"})
  public int threads = 1;

  private static final String FUNNEL =
      """
      SELECT activity, count(DISTINCT "case") AS reached,
             count(DISTINCT "case") FILTER (WHERE outcome = 'failed') AS failed
      FROM events GROUP BY activity ORDER BY activity""";

  private static final String TOP_VARIANTS =
      """
      SELECT path, count(*) AS cases
      FROM (SELECT "case", string_agg(activity, ' > ' ORDER BY time) AS path
            FROM events GROUP BY "case")
      GROUP BY path ORDER BY cases DESC, path LIMIT 10""";

  private Path file = Path.of("");
  private List<Path> parts = List.of();
  private ExecutorService pool = Executors.newSingleThreadExecutor();
  private final Connection duckDb = openDuckDb();

  /** JMH makes one per trial. */
  public DuckDbVsMonitorBenchmark() {}

  /** Writes the log and its parts, opens DuckDB in memory, checks both agree. */
  @Setup
  public void setUp() throws IOException, SQLException, ExecutionException, InterruptedException {
    file = BenchLog.write(Files.createTempDirectory("cjm-bench"), cases);
    parts = BenchLog.split(file, threads);
    pool = Executors.newFixedThreadPool(threads);
    try (Statement statement = duckDb.createStatement()) {
      statement.execute("SET threads = " + threads);
    }
    Map<String, Long> reached = duckDbReached();
    for (ObservedSummary.TouchpointStats step : monitor().summary().touchpoints()) {
      checkState(
          reached.getOrDefault(step.name(), 0L) == step.reached(),
          "DuckDB and the monitor disagree at %s: %s and %s",
          step.name(),
          reached.get(step.name()),
          step.reached());
    }
  }

  /** Closes DuckDB and the threads. */
  @TearDown
  public void tearDown() throws SQLException {
    duckDb.close();
    pool.shutdown();
  }

  /** DuckDB: the file into a table, then the funnel with failures, and the top variants. */
  @Benchmark
  public long duckDb() throws SQLException {
    long rows = 0;
    try (Statement statement = duckDb.createStatement()) {
      statement.execute(
          "CREATE OR REPLACE TEMP TABLE events AS SELECT * FROM read_csv('"
              + file
              + "', header = true, columns = {'case': 'VARCHAR', 'time': 'TIMESTAMPTZ',"
              + " 'activity': 'VARCHAR', 'outcome': 'VARCHAR', 'score': 'INTEGER',"
              + " 'channel': 'VARCHAR'})");
      for (String query : List.of(FUNNEL, TOP_VARIANTS)) {
        try (ResultSet result = statement.executeQuery(query)) {
          while (result.next()) {
            rows += result.getLong(2);
          }
        }
      }
    }
    return rows;
  }

  /** The monitor: one part per thread, each folded into its own monitor, then merged. */
  @Benchmark
  public JourneyMonitor monitor() throws ExecutionException, InterruptedException {
    List<Future<JourneyMonitor>> monitors = new ArrayList<>();
    for (Path part : parts) {
      monitors.add(pool.submit(() -> BenchLog.monitor(part)));
    }
    JourneyMonitor merged = monitors.get(0).get();
    for (Future<JourneyMonitor> other : monitors.subList(1, monitors.size())) {
      merged.merge(other.get());
    }
    return merged;
  }

  /** DuckDB in memory, in this JVM. */
  private static Connection openDuckDb() {
    try {
      return DriverManager.getConnection("jdbc:duckdb:");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot open DuckDB in memory", e);
    }
  }

  private Map<String, Long> duckDbReached() throws SQLException {
    duckDb();
    Map<String, Long> reached = new HashMap<>();
    try (Statement statement = duckDb.createStatement();
        ResultSet result = statement.executeQuery(FUNNEL)) {
      while (result.next()) {
        reached.put(result.getString(1), result.getLong(2));
      }
    }
    return reached;
  }
}
