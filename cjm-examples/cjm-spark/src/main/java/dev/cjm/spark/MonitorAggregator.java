package dev.cjm.spark;

import dev.cjm.core.Journey;
import dev.cjm.core.observed.EventLog;
import dev.cjm.core.observed.EventLogException;
import dev.cjm.core.observed.JourneyMonitor;
import java.io.StringReader;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;
import org.jspecify.annotations.Nullable;
import scala.Tuple2;

/**
 * The Spark {@code Aggregator} of the job: it folds each case, given as a pair (where it is, its
 * events as CSV with a header), into a {@link JourneyMonitor} of the plan, merges the monitors of
 * the partitions, and ends with the monitor's bytes ({@link JourneyMonitor#toBytes()}). The buffer
 * travels between executors by Java serialisation, which a monitor writes as the same bytes.
 *
 * <p>The plan and the import travel as their recipes, not as objects: each executor makes them once
 * from the {@link Plan} and the {@link LogFormat}.
 */
final class MonitorAggregator extends Aggregator<Tuple2<String, String>, JourneyMonitor, byte[]> {
  private static final long serialVersionUID = 1L;

  private final Plan planned;
  private final LogFormat format;
  private transient @Nullable Journey plan;
  private transient @Nullable EventLog log;

  MonitorAggregator(Plan planned, LogFormat format) {
    this.planned = planned;
    this.format = format;
  }

  @Override
  public JourneyMonitor zero() {
    return JourneyMonitor.of(plan());
  }

  /** Folds one case in: {@code where} names it for errors, {@code csv} holds its events. */
  @Override
  public JourneyMonitor reduce(JourneyMonitor monitor, Tuple2<String, String> caseEvents) {
    String where = caseEvents._1();
    try (EventLog.Cases cases = eventLog().read(plan(), new StringReader(caseEvents._2()))) {
      cases.forEachRemaining(monitor::add);
    } catch (EventLogException e) {
      throw new IllegalArgumentException(
          "bad event in "
              + where
              + ", its event "
              + (e.line() - 1)
              + e.columnName().map(column -> ", column " + column).orElse("")
              + ": "
              + e.problem(),
          e);
    }
    return monitor;
  }

  @Override
  public JourneyMonitor merge(JourneyMonitor one, JourneyMonitor other) {
    return one.merge(other);
  }

  @Override
  public byte[] finish(JourneyMonitor monitor) {
    return monitor.toBytes();
  }

  @Override
  public Encoder<JourneyMonitor> bufferEncoder() {
    return Encoders.javaSerialization(JourneyMonitor.class);
  }

  @Override
  public Encoder<byte[]> outputEncoder() {
    return Encoders.BINARY();
  }

  private Journey plan() {
    Journey known = plan;
    if (known == null) {
      known = planned.journey();
      plan = known;
    }
    return known;
  }

  private EventLog eventLog() {
    EventLog known = log;
    if (known == null) {
      known = format.eventLog();
      log = known;
    }
    return known;
  }
}
