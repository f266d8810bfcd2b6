package dev.cjm.examples;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.cjm.core.Emotion;
import dev.cjm.core.Journey;
import dev.cjm.core.Touchpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * A seeded generator of CSV event logs with known true rates, for tests, benchmarks and the
 * gallery. Each case walks the planned journey's steps in order: a step is a touchpoint, or a "one
 * of" group, of which the case meets one alternative, each as likely; an optional touchpoint is met
 * by {@link #OPTIONAL_TAKEN} of the cases that reach it, the others skip it. After each step it
 * meets but the last, a case drops off with the {@link #dropOff} rate; each step fails with the
 * {@link #failure} rate, or the rate {@link #withFailure(String, double)} set for its touchpoint (a
 * hot spot); a case that goes on takes an ad-hoc detour ("Called support") before its next step
 * with the {@link #detour} rate; and each wait after a planned step is long (2 to 5 days instead of
 * 1 to 10 minutes) with the {@link #longWait} rate. {@link #reachedShare(String)}, {@link
 * #endedHereShare(String)} and {@link #detoursPerCase()} give the true figures these rates make for
 * each touchpoint.
 *
 * <p>Columns: {@code case,time,activity,outcome,score,channel}. Case ids ({@code c0000001}) come in
 * sorted order, so {@code EventLog.builder().sortedByCase()} streams the log. Activities are the
 * touchpoints' names (the import maps them by the journey's slug rules); times are ISO-8601 at
 * +02:00. The score is from −3 to +3: the touchpoint's planned emotion (−2 to +2) scaled by 1.5 and
 * rounded, one point either way now and then; −3 when the step failed. So the observed curve
 * follows the planned one where nothing goes wrong and sinks where steps fail.
 */
public final class EventLogGenerator {
  /** The ad-hoc detour's activity. */
  public static final String DETOUR = "Called support";

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneOffset.ofHours(2));
  private static final Instant START = Instant.parse("2026-05-01T06:00:00Z");
  private static final String[] CHANNELS = {"web", "app", "store"};

  /** The share of the cases reaching an optional touchpoint that meet it. */
  public static final double OPTIONAL_TAKEN = 0.5;

  /** The plan's steps in order: one touchpoint each, or the alternatives of a "one of" group. */
  private final ImmutableList<ImmutableList<Touchpoint>> steps;

  private final double dropOff;
  private final double failure;
  private final ImmutableMap<String, Double> failureAt;
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
    checkArgument(!planned.allTouchpoints().isEmpty(), "the planned journey has no touchpoint");
    this.steps = steps(planned.allTouchpoints());
    this.dropOff = rate(dropOff, "drop-off");
    this.failure = rate(failure, "failure");
    this.failureAt = ImmutableMap.of();
    this.detour = rate(detour, "detour");
    this.longWait = rate(longWait, "long wait");
  }

  private EventLogGenerator(EventLogGenerator base, ImmutableMap<String, Double> failureAt) {
    this.steps = base.steps;
    this.dropOff = base.dropOff;
    this.failure = base.failure;
    this.failureAt = failureAt;
    this.detour = base.detour;
    this.longWait = base.longWait;
  }

  /**
   * This generator with the touchpoint {@code id} failing at {@code rate} instead of {@link
   * #failure()}: a hot spot, such as a payment step that fails more often than the others.
   *
   * @throws IllegalArgumentException if the plan has no such touchpoint or the rate is not from 0
   *     to 1
   */
  public EventLogGenerator withFailure(String id, double rate) {
    stepOf(id);
    Map<String, Double> failures = new LinkedHashMap<>(failureAt);
    failures.put(id, rate(rate, "failure"));
    return new EventLogGenerator(this, ImmutableMap.copyOf(failures));
  }

  /** The touchpoints grouped into steps: the members of a "one of" group are next to each other. */
  private static ImmutableList<ImmutableList<Touchpoint>> steps(List<Touchpoint> touchpoints) {
    ImmutableList.Builder<ImmutableList<Touchpoint>> steps = ImmutableList.builder();
    for (int i = 0; i < touchpoints.size(); ) {
      Optional<String> group = touchpoints.get(i).oneOf();
      int end = i + 1;
      while (group.isPresent() && end < touchpoints.size()) {
        if (!touchpoints.get(end).oneOf().equals(group)) {
          break;
        }
        end++;
      }
      steps.add(ImmutableList.copyOf(touchpoints.subList(i, end)));
      i = end;
    }
    return steps.build();
  }

  private static double rate(double rate, String what) {
    checkArgument(rate >= 0 && rate <= 1, "the %s rate %s is not from 0 to 1", what, rate);
    return rate;
  }

  /** The chance that a case drops off after each planned step but the last. */
  public double dropOff() {
    return dropOff;
  }

  /** The chance that a planned step fails, but at a hot spot set by {@link #withFailure}. */
  public double failure() {
    return failure;
  }

  /**
   * The chance that the touchpoint {@code id} fails: its hot-spot rate, else {@link #failure()}.
   */
  public double failure(String id) {
    stepOf(id);
    return failureAt.getOrDefault(id, failure);
  }

  /** The chance of the ad-hoc detour before each next planned step. */
  public double detour() {
    return detour;
  }

  /** The chance that a wait after a planned step is long. */
  public double longWait() {
    return longWait;
  }

  /** The true share of the cases that meet the touchpoint {@code id}. */
  public double reachedShare(String id) {
    int step = stepOf(id);
    return reachedStep(step) * touchpointTaken(steps.get(step));
  }

  /** The true share of the cases whose last planned touchpoint is {@code id}. */
  public double endedHereShare(String id) {
    int step = stepOf(id);
    double noneLater = 1;
    for (int later = step + 1; later < steps.size(); later++) {
      noneLater *= 1 - stepTaken(steps.get(later));
    }
    double endsAfterIt = step == steps.size() - 1 ? 1 : dropOff + (1 - dropOff) * noneLater;
    return reachedShare(id) * endsAfterIt;
  }

  /** The true mean number of ad-hoc detours per case. */
  public double detoursPerCase() {
    double detours = 0;
    for (int step = 0; step < steps.size() - 1; step++) {
      detours += reachedStep(step) * stepTaken(steps.get(step)) * (1 - dropOff) * detour;
    }
    return detours;
  }

  /**
   * The true share of the cases that get as far as step {@code step}: those that met an earlier
   * step and dropped off after it are gone; those that skipped an optional one go on.
   */
  private double reachedStep(int step) {
    double share = 1;
    for (int earlier = 0; earlier < step; earlier++) {
      share *= 1 - dropOff * stepTaken(steps.get(earlier));
    }
    return share;
  }

  /** The chance that a case reaching {@code step} meets it: below 1 for an optional touchpoint. */
  private static double stepTaken(List<Touchpoint> step) {
    return step.size() == 1 && step.get(0).optional() ? OPTIONAL_TAKEN : 1;
  }

  /** The chance that a case reaching {@code step} meets a given one of its touchpoints. */
  private static double touchpointTaken(List<Touchpoint> step) {
    return step.size() == 1 ? stepTaken(step) : 1.0 / step.size();
  }

  private int stepOf(String id) {
    for (int step = 0; step < steps.size(); step++) {
      for (Touchpoint touchpoint : steps.get(step)) {
        if (touchpoint.id().equals(id)) {
          return step;
        }
      }
    }
    throw new IllegalArgumentException("the plan has no touchpoint " + id);
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
        for (int step = 0; step < steps.size(); step++) {
          Touchpoint touchpoint = pick(steps.get(step), random);
          if (touchpoint == null) {
            continue; // an optional touchpoint this case skips
          }
          boolean failed = random.nextDouble() < failureAt.getOrDefault(touchpoint.id(), failure);
          int score = failed ? -3 : score(touchpoint, random);
          event(row, id, time, touchpoint.name(), failed ? "failed" : "ok", score, channel);
          out.append(row);
          events++;
          time = time.plus(wait(random));
          if (step == steps.size() - 1 || random.nextDouble() < dropOff) {
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

  /**
   * The touchpoint of {@code step} a case meets: one of its alternatives, each as likely; or null
   * if the step is an optional touchpoint the case skips.
   */
  private static @Nullable Touchpoint pick(List<Touchpoint> step, Random random) {
    if (step.size() > 1) {
      return step.get(random.nextInt(step.size()));
    }
    Touchpoint touchpoint = step.get(0);
    return touchpoint.optional() && random.nextDouble() >= OPTIONAL_TAKEN ? null : touchpoint;
  }

  /**
   * The score of a step that went well: the planned emotion (0 if the plan gives none) scaled from
   * −2..+2 to −3..+3, one point lower in a fifth of the cases and one higher in a fifth.
   */
  private static int score(Touchpoint touchpoint, Random random) {
    double planned = touchpoint.emotion().map(Emotion::score).orElse(0.0);
    double roll = random.nextDouble();
    int noise = roll < 0.2 ? -1 : roll >= 0.8 ? 1 : 0;
    return Math.max(-3, Math.min(3, (int) Math.round(planned * 1.5) + noise));
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
