package dev.cjm.examples.bench;

import dev.cjm.core.Journey;
import dev.cjm.core.observed.EventLog;
import dev.cjm.core.observed.JourneyMonitor;
import dev.cjm.core.observed.ObservedSummary;
import dev.cjm.examples.ClickAndCollect;
import dev.cjm.examples.EventLogGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Event-log import and aggregation on one core: a generated log of the click-and-collect journey
 * (about 1 million and 10 million events), written to a temporary file at setup, read by {@link
 * EventLog} (sorted by case, so streamed) and folded into a {@link JourneyMonitor}. Time per whole
 * log; events per second is the log's events (printed at setup) over that time. With {@code -prof
 * gc}, allocation per log. {@link EventLogHeap} measures the heap the same work needs.
 *
 * <p>{@code ./mvnw -q -DskipTests package exec:exec@bench -Dbench.args="-f 1 -wi 2 -i 3 -prof gc
 * EventLogBenchmark"}
 */
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EventLogBenchmark {
  /**
   * Cases in the log: 213,000 make about 1 million events at the rates below, 2,130,000 about 10
   * million (some 680 MB).
   */
  @Param({"213000", "2130000"})
  public int cases = 213_000;

  private final Journey journey = ClickAndCollect.journey();
  private final EventLog log = importer();
  private Path file = Path.of("");

  /** JMH makes one per trial. */
  public EventLogBenchmark() {}

  /** The import the benchmark times: the generated log's columns, sorted by case. */
  static EventLog importer() {
    return EventLog.builder()
        .outcome("outcome")
        .emotion("score", -3, 3)
        .channel("channel")
        .sortedByCase()
        .build();
  }

  /** The generator of the benchmark's logs: its rates of drop-off, failure, detours, long waits. */
  static EventLogGenerator generator(Journey journey) {
    return new EventLogGenerator(journey, 0.15, 0.08, 0.10, 0.05);
  }

  /** Writes the log to a temporary file once per trial. */
  @Setup
  public void setUp() throws IOException {
    file = Files.createTempFile("cjm-event-log-", ".csv");
    file.toFile().deleteOnExit(); // also where SideBySide, not JMH, runs it
    long events;
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      events = generator(journey).write(ClickAndCollect.SEED, cases, out);
    }
    System.out.printf("%n%,d cases, %,d events, %,d bytes%n", cases, events, Files.size(file));
  }

  /** Deletes the log. */
  @TearDown
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  /** Reading the whole log and folding every case into a monitor, then its summary. */
  @Benchmark
  public ObservedSummary importAndAggregate() throws IOException {
    JourneyMonitor monitor = JourneyMonitor.of(journey);
    try (EventLog.Cases observed =
        log.read(journey, Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
      observed.forEachRemaining(monitor::add);
    }
    return monitor.summary();
  }

  /** Reading the whole log only, to tell the import's share from the aggregation's. */
  @Benchmark
  public long importOnly() throws IOException {
    long occurrences = 0;
    try (EventLog.Cases observed =
        log.read(journey, Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
      while (observed.hasNext()) {
        occurrences += observed.next().occurrences().size();
      }
    }
    return occurrences;
  }
}
