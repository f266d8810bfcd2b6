package dev.cjm.examples;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.cjm.core.Journey;
import dev.cjm.core.Touchpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A seeded generator of CSV event logs with known true rates, for tests, benchmarks and the
 * gallery: each case walks the planned journey's touchpoints in order and, after each step but the
 * last, drops off with the {@link #dropOff} rate; each step fails with the {@link #failure} rate; a
 * case that goes on takes an ad-hoc detour ("Called support") before the next step with the {@link
 * #detour} rate; and each wait after a planned step is long (2 to 5 days instead of 1 to 10
 * minutes) with the {@link #longWait} rate. So at planned step {@code i} (from 0) the true reached
 * share is {@code (1 − dropOff)^i} ({@link #reachedShare}), the failed share among those reaching
 * it is {@code failure}, the detour between steps {@code i} and {@code i + 1} happens in {@code
 * reachedShare(i + 1) × detour} of the cases, and {@code longWait} of the waits after a step are
 * long.
 *
 * <p>Columns: {@code case,time,activity,outcome,score,channel}. Case ids ({@code c0000001}) come in
 * sorted order, so {@code EventLog.builder().sortedByCase()} streams the log. Activities are the
 * touchpoints' names (the import maps them by the journey's slug rules); times are ISO-8601 at
 * +02:00; the score is from −3 to +3 (−3 when the step failed).
 */
public final class EventLogGenerator {
  /** The ad-hoc detour's activity. */
  public static final String DETOUR = "Called support";

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneOffset.ofHours(2));
  private static final Instant START = Instant.parse("2026-05-01T06:00:00Z");
  private static final String[] CHANNELS = {"web", "app", "store"};

  private final List<Touchpoint> plan;
  private final double dropOff;
  private final double failure;
  private final double detour;
  private final double longWait;

  /**
   * A generator over {@code planned}'s touchpoints with these true rates, each from 0 to 1.
   *
   * @throws IllegalArgumentException if the plan has no touchpoint or a rate is not from 0 to 1
   */
  public EventLogGenerator(
      Journey planned, double dropOff, double failure, double detour, double longWait) {
    checkNotNull(planned, "planned journey is null");
    this.plan = planned.allTouchpoints();
    checkArgument(!plan.isEmpty(), "the planned journey has no touchpoint");
    this.dropOff = rate(dropOff, "drop-off");
    this.failure = rate(failure, "failure");
    this.detour = rate(detour, "detour");
    this.longWait = rate(longWait, "long wait");
  }

  private static double rate(double rate, String what) {
    checkArgument(rate >= 0 && rate <= 1, "the %s rate %s is not from 0 to 1", what, rate);
    return rate;
  }

  /** The chance that a case drops off after each planned step but the last. */
  public double dropOff() {
    return dropOff;
  }

  /** The chance that a planned step fails. */
  public double failure() {
    return failure;
  }

  /** The chance of the ad-hoc detour before each next planned step. */
  public double detour() {
    return detour;
  }

  /** The chance that a wait after a planned step is long. */
  public double longWait() {
    return longWait;
  }

  /** The true share of cases that reach planned step {@code i} (from 0). */
  public double reachedShare(int i) {
    return Math.pow(1 - dropOff, i);
  }

  /**
   * Writes {@code cases} cases from {@code seed} as CSV to {@code out}, header first; returns the
   * number of events (rows) written.
   */
  public long write(long seed, int cases, Appendable out) {
    checkArgument(cases >= 0, "cases is %s; give 0 or more", cases);
    Random random = new Random(seed);
    long events = 0;
    try {
      out.append("case,time,activity,outcome,score,channel\n");
      StringBuilder row = new StringBuilder(96);
      for (int c = 0; c < cases; c++) {
        String id = String.format(Locale.ROOT, "c%07d", c);
        String channel = CHANNELS[random.nextInt(CHANNELS.length)];
        Instant time = START.plusSeconds(37L * c);
        for (int i = 0; i < plan.size(); i++) {
          boolean failed = random.nextDouble() < failure;
          int score = failed ? -3 : random.nextInt(5) - 1;
          event(row, id, time, plan.get(i).name(), failed ? "failed" : "ok", score, channel);
          out.append(row);
          events++;
          time = time.plus(wait(random));
          if (i == plan.size() - 1 || random.nextDouble() < dropOff) {
            break;
          }
          if (random.nextDouble() < detour) {
            event(row, id, time, DETOUR, "ok", random.nextInt(3) - 2, "phone");
            out.append(row);
            events++;
            time = time.plus(Duration.ofMinutes(1 + random.nextInt(10)));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return events;
  }

  /** The wait after a planned step: 1 to 10 minutes, or with the long-wait rate 2 to 5 days. */
  private Duration wait(Random random) {
    return random.nextDouble() < longWait
        ? Duration.ofHours(48 + random.nextInt(72))
        : Duration.ofSeconds(60 + random.nextInt(540));
  }

  private static void event(
      StringBuilder row,
      String id,
      Instant time,
      String activity,
      String outcome,
      int score,
      String channel) {
    row.setLength(0);
    row.append(id)
        .append(',')
        .append(TIME.format(time))
        .append(',')
        .append(csvField(activity))
        .append(',')
        .append(outcome)
        .append(',')
        .append(score)
        .append(',')
        .append(channel)
        .append('\n');
  }

  /** A field quoted as RFC 4180 asks when it holds a comma, a quote or a line break. */
  static String csvField(String text) {
    boolean plain = text.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
    return plain ? text : '"' + text.replace("\"", "\"\"") + '"';
  }
}
