package dev.cjm.core.observed;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.cjm.core.internal.Figures;
import dev.cjm.core.internal.Words;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link JourneyMonitor}'s cases show, for the people who watch a journey: per planned
 * touchpoint how many cases reached it, ended there (the funnel's drop-off), failed there, how they
 * felt and how long they waited for the next step; the top paths; the ad-hoc steps and where they
 * happen; and the unexpected breaks in contact ({@link #longWaits()}). Its texts are in the planned
 * journey's language; the overloads taking a {@code Locale} give them in another.
 *
 * <pre>{@code
 * ObservedSummary summary = monitor.summary();
 * summary.touchpoints().get(2).reachedShare();   // 0.64
 * summary.paths().get(0).share();                // the most common path's share of the cases
 * System.out.println(summary.toMarkdown());
 * }</pre>
 *
 * <p><b>Long waits.</b> A wait for the next step is long when it is longer than {@link
 * #LONG_WAIT_FACTOR} times the 90th percentile of the waits after that step, and longer than {@link
 * #LONG_WAIT_MINIMUM} in any case; they are counted by whole wait buckets (see {@link
 * TouchpointStats#medianWait()}). Analysed with its plan ({@code GapAnalysis.analyze(plan,
 * summary)}), a touchpoint where many waits are long is a finding of {@code observed.long-waits},
 * part of its pain point.
 */
public final class ObservedSummary {
  /**
   * How many times the step's usual long wait (its 90th percentile) a wait must exceed to be long.
   */
  public static final int LONG_WAIT_FACTOR = 3;

  /** No wait shorter than this is a break in contact, however short the usual waits. */
  public static final Duration LONG_WAIT_MINIMUM = Duration.ofHours(1);

  /** The paths the texts show. */
  private static final int PATHS_SHOWN = 10;

  /** One planned touchpoint's figures over all cases. */
  public static final class TouchpointStats {
    private final String id;
    private final String name;
    private final long cases;
    private final long reached;
    private final boolean optional;
    private final Optional<String> oneOf;
    private final long stepReached;
    private final long endedHere;
    private final long failed;
    private final long emotions;
    private final OptionalDouble meanEmotion;
    private final long waits;
    private final Optional<Duration> medianWait;
    private final Optional<Duration> longWait;
    private final long longWaits;

    TouchpointStats(JourneyMonitor monitor, int i) {
      this.id = monitor.ids()[i];
      this.name = monitor.names()[i];
      this.cases = monitor.cases();
      this.reached = monitor.reached(i);
      this.optional = monitor.coverage().optional(i);
      this.oneOf = Optional.ofNullable(monitor.coverage().group(i));
      this.stepReached = monitor.stepReached(i);
      this.endedHere = monitor.endedHere(i);
      this.failed = monitor.failed(i);
      this.emotions = monitor.emotions(i);
      this.meanEmotion =
          emotions == 0
              ? OptionalDouble.empty()
              : OptionalDouble.of(monitor.emotionSum(i) / emotions);
      WaitHistogram histogram = monitor.waits(i);
      this.waits = histogram.total();
      this.medianWait = Optional.ofNullable(histogram.quantile(0.5));
      this.longWait = Optional.ofNullable(histogram.quantile(0.9));
      this.longWaits = longWait.map(p90 -> histogram.longerThan(threshold(p90))).orElse(0L);
    }

    /** The planned touchpoint's id. */
    public String id() {
      return id;
    }

    /** The planned touchpoint's name. */
    public String name() {
      return name;
    }

    /** How many cases reached it (met it at least once). */
    public long reached() {
      return reached;
    }

    /** The share of all cases, 0 to 1, that reached it; 0 if there are none. */
    public double reachedShare() {
      return share(reached, cases);
    }

    /** True if the plan lets customers skip this touchpoint. */
    public boolean optional() {
      return optional;
    }

    /** The "one of" group this touchpoint is an alternative in, if any ({@code "entry"}). */
    public Optional<String> oneOf() {
      return oneOf;
    }

    /**
     * How many cases reached this step of the plan: for an alternative, the cases that met any
     * touchpoint of its group (the funnel counts the group as one step); for any other touchpoint,
     * {@link #reached()}.
     */
    public long stepReached() {
      return stepReached;
    }

    /** The share of all cases that reached this step of the plan. */
    public double stepReachedShare() {
      return share(stepReached, cases);
    }

    /**
     * How many cases ended here: it was their last planned step (the drop-off after it; at the
     * plan's last touchpoint, the cases that went all the way).
     */
    public long endedHere() {
      return endedHere;
    }

    /** The share of all cases that ended here. */
    public double endedHereShare() {
      return share(endedHere, cases);
    }

    /** In how many cases it failed (at least once). */
    public long failed() {
      return failed;
    }

    /** The share of the cases that reached it in which it failed. */
    public double failedShare() {
      return share(failed, reached);
    }

    /** How many emotion scores were recorded here (the n of the mean). */
    public long emotions() {
      return emotions;
    }

    /** The mean emotion recorded here, −2 to +2, exact to a millionth. */
    public OptionalDouble meanEmotion() {
      return meanEmotion;
    }

    /** How many waits from here to the next step were measured (both with a time). */
    public long waits() {
      return waits;
    }

    /**
     * The median wait from here to the next step; at most 6.25 % off the true median (waits are
     * counted in logarithmic buckets, 8 per doubling, each read as its middle).
     */
    public Optional<Duration> medianWait() {
      return medianWait;
    }

    /** The 90th percentile of the waits from here to the next step; at most 6.25 % off. */
    public Optional<Duration> wait90() {
      return longWait;
    }

    /** How many waits from here were long: unexpected breaks in contact (see the class). */
    public long longWaits() {
      return longWaits;
    }

    /** The wait beyond which a wait from here is long; empty without waits. */
    public Optional<Duration> longWaitThreshold() {
      return longWait.map(ObservedSummary::threshold);
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof TouchpointStats that
          && id.equals(that.id)
          && name.equals(that.name)
          && cases == that.cases
          && reached == that.reached
          && optional == that.optional
          && oneOf.equals(that.oneOf)
          && stepReached == that.stepReached
          && endedHere == that.endedHere
          && failed == that.failed
          && emotions == that.emotions
          && meanEmotion.equals(that.meanEmotion)
          && waits == that.waits
          && medianWait.equals(that.medianWait)
          && longWait.equals(that.longWait)
          && longWaits == that.longWaits;
    }

    @Override
    public int hashCode() {
      return Objects.hash(id, reached, endedHere, failed, emotions, waits, longWaits);
    }

    /** {@code "checkout: reached 64%, ended here 10%, failed 5%"}. */
    @Override
    public String toString() {
      return id
          + ": reached "
          + Figures.percent(reachedShare())
          + ", ended here "
          + Figures.percent(endedHereShare())
          + ", failed "
          + Figures.percent(failedShare());
    }
  }

  /** One step of a path: a planned touchpoint (by id) or an ad-hoc one (by name). */
  public static final class Step {
    private final String name;
    private final boolean planned;

    Step(String name, boolean planned) {
      this.name = name;
      this.planned = planned;
    }

    /** The planned touchpoint's id, or the ad-hoc step's name. */
    public String name() {
      return name;
    }

    /** True for a planned touchpoint, false for an ad-hoc step. */
    public boolean planned() {
      return planned;
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof Step that && name.equals(that.name) && planned == that.planned;
    }

    @Override
    public int hashCode() {
      return Objects.hash(name, planned);
    }

    /** {@code "checkout"}, or {@code "ad hoc: Called support"}. */
    @Override
    public String toString() {
      return (planned ? "" : "ad hoc: ") + name;
    }
  }

  /** One path (variant): the steps of the cases that took it, and how many did. */
  public static final class PathShare {
    private final ImmutableList<Step> steps;
    private final long stepsCut;
    private final long cases;
    private final double share;

    PathShare(ImmutableList<Step> steps, long stepsCut, long cases, double share) {
      this.steps = steps;
      this.stepsCut = stepsCut;
      this.cases = cases;
      this.share = share;
    }

    /** The steps in order (the first {@link JourneyMonitor#MAX_PATH_STEPS} of a longer path). */
    public ImmutableList<Step> steps() {
      return steps;
    }

    /** How many steps the path had beyond those kept; 0 for most paths. */
    public long stepsCut() {
      return stepsCut;
    }

    /** How many cases took it (see {@link ObservedSummary#pathError()}). */
    public long cases() {
      return cases;
    }

    /** The share of all cases that took it. */
    public double share() {
      return share;
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof PathShare that
          && steps.equals(that.steps)
          && stepsCut == that.stepsCut
          && cases == that.cases;
    }

    @Override
    public int hashCode() {
      return Objects.hash(steps, stepsCut, cases);
    }

    @Override
    public String toString() {
      return cases + " " + steps + (stepsCut == 0 ? "" : " +" + stepsCut);
    }
  }

  /** An ad-hoc step, the planned steps around it, and in how many cases it happened there. */
  public static final class AdHocPlace {
    private final String name;
    private final Optional<String> after;
    private final Optional<String> before;
    private final long cases;
    private final double share;

    AdHocPlace(String name, String after, String before, long cases, double share) {
      this.name = name;
      this.after = after.isEmpty() ? Optional.empty() : Optional.of(after);
      this.before = before.isEmpty() ? Optional.empty() : Optional.of(before);
      this.cases = cases;
      this.share = share;
    }

    /** The ad-hoc step's name. */
    public String name() {
      return name;
    }

    /** The id of the planned step before it; empty when it came before any. */
    public Optional<String> after() {
      return after;
    }

    /** The id of the planned step after it; empty when none followed. */
    public Optional<String> before() {
      return before;
    }

    /** In how many cases it happened there. */
    public long cases() {
      return cases;
    }

    /** The share of all cases in which it happened there. */
    public double share() {
      return share;
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof AdHocPlace that
          && name.equals(that.name)
          && after.equals(that.after)
          && before.equals(that.before)
          && cases == that.cases;
    }

    @Override
    public int hashCode() {
      return Objects.hash(name, after, before, cases);
    }

    @Override
    public String toString() {
      return name + " between " + after.orElse("start") + " and " + before.orElse("end");
    }
  }

  private final String title;
  private final Locale language;
  private final long cases;
  private final long withoutPlannedStep;
  private final ImmutableList<TouchpointStats> touchpoints;
  private final ImmutableList<PathShare> paths;
  private final long pathError;
  private final ImmutableList<AdHocPlace> adHoc;
  private final long adHocError;

  ObservedSummary(JourneyMonitor monitor) {
    this.title = monitor.title();
    this.language = monitor.language();
    this.cases = monitor.cases();
    this.withoutPlannedStep = monitor.withoutPlannedStep();
    ImmutableList.Builder<TouchpointStats> stats = ImmutableList.builder();
    for (int i = 0; i < monitor.ids().length; i++) {
      stats.add(new TouchpointStats(monitor, i));
    }
    this.touchpoints = stats.build();
    ImmutableList.Builder<PathShare> pathList = ImmutableList.builder();
    for (Map.Entry<String, Long> entry : monitor.paths().sorted()) {
      ImmutableList.Builder<Step> steps = ImmutableList.builder();
      long cut = 0;
      for (PathKey.Part part : PathKey.parts(entry.getKey())) {
        if (part.cut()) {
          cut = Long.parseLong(part.text);
        } else {
          steps.add(new Step(part.text, part.planned()));
        }
      }
      pathList.add(new PathShare(steps.build(), cut, entry.getValue(), share(entry.getValue())));
    }
    this.paths = pathList.build();
    this.pathError = monitor.paths().maxUndercount();
    ImmutableList.Builder<AdHocPlace> places = ImmutableList.builder();
    for (Map.Entry<String, Long> entry : monitor.adHoc().sorted()) {
      ImmutableList<PathKey.Part> parts = PathKey.parts(entry.getKey());
      places.add(
          new AdHocPlace(
              parts.get(0).text,
              parts.get(1).text,
              parts.get(2).text,
              entry.getValue(),
              share(entry.getValue())));
    }
    this.adHoc = places.build();
    this.adHocError = monitor.adHoc().maxUndercount();
  }

  private double share(long count) {
    return share(count, cases);
  }

  private static double share(long count, long of) {
    return of == 0 ? 0 : (double) count / of;
  }

  private static Duration threshold(Duration wait90) {
    Duration relative = wait90.multipliedBy(LONG_WAIT_FACTOR);
    return relative.compareTo(LONG_WAIT_MINIMUM) > 0 ? relative : LONG_WAIT_MINIMUM;
  }

  /** The planned journey's title. */
  public String title() {
    return title;
  }

  /** How many cases were observed. */
  public long cases() {
    return cases;
  }

  /** How many cases met no planned touchpoint at all (only ad-hoc steps). */
  public long casesWithoutPlannedStep() {
    return withoutPlannedStep;
  }

  /** The figures of each planned touchpoint, in planned order. */
  public ImmutableList<TouchpointStats> touchpoints() {
    return touchpoints;
  }

  /** The paths kept, most common first, ties by their steps. */
  public ImmutableList<PathShare> paths() {
    return paths;
  }

  /**
   * How many cases any path's count may lack: 0 while the monitor kept every distinct path (exact),
   * else at most (cases − the counts kept) / (counters + 1). A path taken by more cases than that
   * is always among {@link #paths()}.
   */
  public long pathError() {
    return pathError;
  }

  /** The ad-hoc steps and where they happened, most common first. */
  public ImmutableList<AdHocPlace> adHoc() {
    return adHoc;
  }

  /** As {@link #pathError()}, for the ad-hoc places' counts. */
  public long adHocError() {
    return adHocError;
  }

  /** The planned touchpoints after which some waits were unexpected breaks in contact. */
  public ImmutableList<TouchpointStats> longWaits() {
    return touchpoints.stream()
        .filter(t -> t.longWaits() > 0)
        .collect(ImmutableList.toImmutableList());
  }

  /** The summary as plain text, in the planned journey's language. */
  public String toText() {
    return toText(language);
  }

  /**
   * The summary as plain text in {@code language} (English for a language cjm has no words for).
   */
  public String toText(Locale language) {
    checkNotNull(language, "language is null");
    return new ObservedSummaryText(this, Words.of(language)).text();
  }

  /** The summary as GitHub-flavoured Markdown, in the planned journey's language. */
  public String toMarkdown() {
    return toMarkdown(language);
  }

  /** The summary as GitHub-flavoured Markdown in {@code language}. */
  public String toMarkdown(Locale language) {
    checkNotNull(language, "language is null");
    return new ObservedSummaryText(this, Words.of(language)).markdown();
  }

  static int pathsShown() {
    return PATHS_SHOWN;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ObservedSummary that
        && title.equals(that.title)
        && language.equals(that.language)
        && cases == that.cases
        && withoutPlannedStep == that.withoutPlannedStep
        && touchpoints.equals(that.touchpoints)
        && paths.equals(that.paths)
        && pathError == that.pathError
        && adHoc.equals(that.adHoc)
        && adHocError == that.adHocError;
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, cases, touchpoints, paths, adHoc);
  }

  @Override
  public String toString() {
    return title + ": " + cases + " cases, " + touchpoints;
  }
}
