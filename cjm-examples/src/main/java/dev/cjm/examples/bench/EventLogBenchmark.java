package dev.cjm.examples.bench;

import dev.cjm.core.Journey;
import dev.cjm.core.observed.EventLog;
import dev.cjm.core.observed.JourneyMonitor;
import dev.cjm.core.observed.ObservedSummary;
import dev.cjm.examples.ClickAndCollect;
import dev.cjm.examples.EventLogGenerator;
import java.io.StringReader;
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

/**
 * Event-log import and aggregation on one core: a generated log of the click-and-collect journey
 * (about 1 million events by default) read from memory by {@link EventLog} (sorted by case, so
 * streamed) and folded into a {@link JourneyMonitor}. Time per whole log; events per second is the
 * log's events (printed at setup) over that time. With {@code -prof gc}, allocation per log.
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
  /** Cases in the log: 300,000 make about 1 million events at the rates below. */
  @Param({"300000"})
  public int cases = 300_000;

  private final Journey journey = ClickAndCollect.journey();
  private final EventLog log =
      EventLog.builder()
          .outcome("outcome")
          .emotion("score", -3, 3)
          .channel("channel")
          .sortedByCase()
          .build();
  private String csv = "";

  /** JMH makes one per trial. */
  public EventLogBenchmark() {}

  /** Generates the log once per trial. */
  @Setup
  public void setUp() {
    StringBuilder out = new StringBuilder();
    long events =
        new EventLogGenerator(journey, 0.15, 0.08, 0.10, 0.05)
            .write(ClickAndCollect.SEED, cases, out);
    csv = out.toString();
    System.out.printf("%n%,d cases, %,d events, %,d characters%n", cases, events, csv.length());
  }

  /** Reading the whole log and folding every case into a monitor, then its summary. */
  @Benchmark
  public ObservedSummary importAndAggregate() {
    JourneyMonitor monitor = JourneyMonitor.of(journey);
    try (EventLog.Cases observed = log.read(journey, new StringReader(csv))) {
      observed.forEachRemaining(monitor::add);
    }
    return monitor.summary();
  }

  /** Reading the whole log only, to tell the import's share from the aggregation's. */
  @Benchmark
  public long importOnly() {
    long occurrences = 0;
    try (EventLog.Cases observed = log.read(journey, new StringReader(csv))) {
      while (observed.hasNext()) {
        occurrences += observed.next().occurrences().size();
      }
    }
    return occurrences;
  }
}
