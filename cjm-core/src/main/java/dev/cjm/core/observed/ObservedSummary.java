package dev.cjm.core.observed;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import dev.cjm.core.Emotion;
import dev.cjm.core.internal.Figures;
import dev.cjm.core.internal.Texts;
import dev.cjm.core.internal.Words;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
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

    /** The figures of touchpoint {@code id}, checked against each other and the {@code cases}. */
    TouchpointStats(String id, String name, long cases, TouchpointFigures figures) {
      this.id = checkText(id, "touchpoint id");
      this.name = checkText(name, "name of touchpoint " + Texts.quote(id));
      this.cases = cases;
      this.reached = figures.reached;
      this.optional = figures.optional;
      this.oneOf = Optional.ofNullable(figures.oneOf);
      this.stepReached = figures.stepReached;
      this.endedHere = figures.endedHere;
      this.failed = figures.failed;
      this.emotions = figures.emotions;
      this.meanEmotion =
          emotions == 0 ? OptionalDouble.empty() : OptionalDouble.of(figures.meanEmotion);
      this.waits = figures.waits;
      this.medianWait = Optional.ofNullable(figures.medianWait);
      this.longWait = Optional.ofNullable(figures.wait90);
      this.longWaits = figures.longWaits;
      atMost("reached", reached, cases, "cases");
      atMost("stepReached", stepReached, cases, "cases");
      checkArgument(
          stepReached >= reached,
          "stepReached is %s at touchpoint %s, fewer than reached (%s): a case that reached the"
              + " touchpoint reached its step",
          stepReached,
          Texts.quote(id),
          reached);
      checkArgument(
          oneOf.isPresent() || stepReached == reached,
          "stepReached is %s at touchpoint %s, not reached (%s); only an alternative of a \"one"
              + " of\" group is reached as a step more often than itself",
          stepReached,
          Texts.quote(id),
          reached);
      atMost("endedHere", endedHere, reached, "reached");
      atMost("failed", failed, reached, "reached");
    }

    /** The figures of planned touchpoint {@code i} of {@code monitor}. */
    static TouchpointFigures figures(JourneyMonitor monitor, int i) {
      TouchpointFigures figures =
          new TouchpointFigures()
              .reached(monitor.reached(i))
              .stepReached(monitor.stepReached(i))
              .endedHere(monitor.endedHere(i))
              .failed(monitor.failed(i));
      if (monitor.coverage().optional(i)) {
        figures.optional();
      }
      String group = monitor.coverage().group(i);
      if (group != null) {
        figures.oneOf(group);
      }
      long emotions = monitor.emotions(i);
      if (emotions > 0) {
        figures.emotions(emotions, monitor.emotionSum(i) / emotions);
      }
      WaitHistogram histogram = monitor.waits(i);
      Duration median = histogram.quantile(0.5);
      Duration wait90 = histogram.quantile(0.9);
      if (median != null && wait90 != null) {
        figures.waits(histogram.total(), median, wait90, histogram.longerThan(threshold(wait90)));
      }
      return figures;
    }

    private void atMost(String field, long count, long most, String what) {
      checkArgument(
          count <= most,
          "%s is %s at touchpoint %s, more than %s (%s)",
          field,
          count,
          Texts.quote(id),
          what,
          most);
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

    private Step(String name, boolean planned) {
      this.name = name;
      this.planned = planned;
    }

    /** A step at the planned touchpoint {@code id}. */
    public static Step ofPlanned(String id) {
      return new Step(checkText(id, "planned step id"), true);
    }

    /** An ad-hoc step of that name. */
    public static Step ofAdHoc(String name) {
      return new Step(checkText(name, "ad-hoc step name"), false);
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

    PathShare(ImmutableList<Step> steps, long stepsCut, long cases, long allCases) {
      this.steps = steps;
      this.stepsCut = stepsCut;
      this.cases = cases;
      this.share = ObservedSummary.share(cases, allCases);
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

    AdHocPlace(
        String name, @Nullable String after, @Nullable String before, long cases, long allCases) {
      this.name = name;
      this.after = Optional.ofNullable(after);
      this.before = Optional.ofNullable(before);
      this.cases = cases;
      this.share = ObservedSummary.share(cases, allCases);
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

  /** What {@code monitor}'s cases show. */
  ObservedSummary(JourneyMonitor monitor) {
    this(figures(monitor).checked());
  }

  private ObservedSummary(Builder checked) {
    this.title = checked.title;
    this.language = checked.language;
    this.cases = checked.cases;
    this.withoutPlannedStep = checked.withoutPlannedStep;
    this.touchpoints = ImmutableList.copyOf(checked.touchpoints);
    this.paths = checked.sortedPaths;
    this.pathError = checked.pathError;
    this.adHoc = checked.sortedAdHoc;
    this.adHocError = checked.adHocError;
  }

  /** The figures of {@code monitor}'s cases, to be checked and sorted as any summary's are. */
  private static Builder figures(JourneyMonitor monitor) {
    Builder summary =
        builder(monitor.title(), monitor.language(), monitor.cases())
            .casesWithoutPlannedStep(monitor.withoutPlannedStep())
            .pathError(monitor.paths().maxUndercount())
            .adHocError(monitor.adHoc().maxUndercount());
    String[] ids = monitor.ids();
    for (int i = 0; i < ids.length; i++) {
      TouchpointFigures figures = TouchpointStats.figures(monitor, i);
      summary.touchpoint(ids[i], monitor.names()[i], t -> t.copy(figures));
    }
    for (Map.Entry<String, Long> entry : monitor.paths().sorted()) {
      List<Step> steps = new ArrayList<>();
      long cut = 0;
      for (PathKey.Part part : PathKey.parts(entry.getKey())) {
        if (part.cut()) {
          cut = Long.parseLong(part.text);
        } else {
          steps.add(new Step(part.text, part.planned()));
        }
      }
      summary.path(steps, cut, entry.getValue());
    }
    for (Map.Entry<String, Long> entry : monitor.adHoc().sorted()) {
      ImmutableList<PathKey.Part> parts = PathKey.parts(entry.getKey());
      summary.adHoc(
          parts.get(0).text,
          Strings.emptyToNull(parts.get(1).text),
          Strings.emptyToNull(parts.get(2).text),
          entry.getValue());
    }
    return summary;
  }

  /**
   * A summary from its figures, for programs that store summaries and read them back (such as
   * {@code dev.cjm.core.json.ObservedSummaryJson}); a {@link JourneyMonitor} makes summaries from
   * cases. Every figure is checked against the others when it is given or at {@link
   * Builder#build()}: no count is negative or above the cases it counts among, and the paths and
   * ad-hoc places name the summary's touchpoints.
   *
   * @param title the planned journey's title
   * @param language the planned journey's language, for the texts
   * @param cases how many cases were observed
   */
  public static Builder builder(String title, Locale language, long cases) {
    return new Builder(title, language, cases);
  }

  /**
   * The figures of one planned touchpoint, given to {@link Builder#touchpoint}: each count starts
   * at 0, and each is checked as it is given (never negative) and against the others when the
   * touchpoint is added. The names are those of {@link TouchpointStats}.
   */
  public static final class TouchpointFigures {
    private long reached;
    private long stepReached;
    private long endedHere;
    private long failed;
    private boolean optional;
    private @Nullable String oneOf;
    private long emotions;
    private double meanEmotion;
    private long waits;
    private @Nullable Duration medianWait;
    private @Nullable Duration wait90;
    private long longWaits;

    TouchpointFigures() {}

    /** How many cases reached the touchpoint. */
    public TouchpointFigures reached(long count) {
      reached = count("reached", count);
      return this;
    }

    /** How many cases reached its step of the plan (its group's, for an alternative). */
    public TouchpointFigures stepReached(long count) {
      stepReached = count("stepReached", count);
      return this;
    }

    /** How many cases ended there. */
    public TouchpointFigures endedHere(long count) {
      endedHere = count("endedHere", count);
      return this;
    }

    /** In how many cases it failed. */
    public TouchpointFigures failed(long count) {
      failed = count("failed", count);
      return this;
    }

    /** The plan lets customers skip it. */
    public TouchpointFigures optional() {
      optional = true;
      return this;
    }

    /** It is an alternative in the "one of" group {@code group}. */
    public TouchpointFigures oneOf(String group) {
      oneOf = checkText(group, "oneOf group");
      return this;
    }

    /**
     * How many emotion scores were recorded there ({@code count}, at least 1), and their mean, −2
     * to +2.
     */
    public TouchpointFigures emotions(long count, double mean) {
      checkArgument(
          count >= 1, "emotions is %s; give the scores' count only when there are", count);
      checkArgument(
          mean >= Emotion.MIN_SCORE && mean <= Emotion.MAX_SCORE,
          "meanEmotion is %s; a mean emotion is from %s to %s",
          mean,
          Emotion.MIN_SCORE,
          Emotion.MAX_SCORE);
      emotions = count;
      meanEmotion = mean;
      return this;
    }

    /**
     * How many waits for the next step were measured ({@code count}, at least 1), their median and
     * 90th percentile (whole milliseconds, as a monitor measures them), and how many were long.
     */
    public TouchpointFigures waits(long count, Duration median, Duration wait90, long longWaits) {
      checkArgument(count >= 1, "waits is %s; give the waits only when there are", count);
      checkWait("medianWait", median);
      checkWait("wait90", wait90);
      checkArgument(
          median.compareTo(wait90) <= 0,
          "medianWait %s is longer than wait90 %s; the median is the shorter",
          median,
          wait90);
      count("longWaits", longWaits);
      checkArgument(longWaits <= count, "longWaits is %s, more than waits (%s)", longWaits, count);
      this.waits = count;
      this.medianWait = median;
      this.wait90 = wait90;
      this.longWaits = longWaits;
      return this;
    }

    private void copy(TouchpointFigures other) {
      reached = other.reached;
      stepReached = other.stepReached;
      endedHere = other.endedHere;
      failed = other.failed;
      optional = other.optional;
      oneOf = other.oneOf;
      emotions = other.emotions;
      meanEmotion = other.meanEmotion;
      waits = other.waits;
      medianWait = other.medianWait;
      wait90 = other.wait90;
      longWaits = other.longWaits;
    }

    private static void checkWait(String field, Duration wait) {
      checkNotNull(wait, "%s is null", field);
      checkArgument(
          !wait.isNegative()
              && wait.getNano() % 1_000_000 == 0
              && wait.getSeconds() < Long.MAX_VALUE / 1_000,
          "%s is %s; a wait is 0 or longer, in whole milliseconds",
          field,
          wait);
    }
  }

  /**
   * Collects a summary's figures; see {@link ObservedSummary#builder}. The paths and the ad-hoc
   * places may be given in any order: the summary sorts them, most common first.
   */
  public static final class Builder {
    private final String title;
    private final Locale language;
    private final long cases;
    private long withoutPlannedStep;
    private final List<TouchpointStats> touchpoints = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private final Map<String, PathShare> paths = new HashMap<>();
    private long pathError;
    private final Map<String, AdHocPlace> adHoc = new HashMap<>();
    private long adHocError;
    private ImmutableList<PathShare> sortedPaths = ImmutableList.of();
    private ImmutableList<AdHocPlace> sortedAdHoc = ImmutableList.of();

    private Builder(String title, Locale language, long cases) {
      this.title = checkText(title, "title");
      checkNotNull(language, "language is null");
      // As a language tag and back, so that the summary's language survives being stored as one.
      this.language = Locale.forLanguageTag(language.toLanguageTag());
      this.cases = count("cases", cases);
    }

    /** How many cases met no planned touchpoint. */
    public Builder casesWithoutPlannedStep(long count) {
      withoutPlannedStep = count("casesWithoutPlannedStep", count);
      checkArgument(
          count <= cases, "casesWithoutPlannedStep is %s, more than cases (%s)", count, cases);
      return this;
    }

    /**
     * Adds the next planned touchpoint, in planned order, with the figures {@code figures} sets.
     *
     * @throws IllegalArgumentException if a figure is out of range or the id is already given
     */
    public Builder touchpoint(String id, String name, Consumer<TouchpointFigures> figures) {
      checkNotNull(figures, "the figures of touchpoint %s are null", Texts.quote(id));
      TouchpointFigures given = new TouchpointFigures();
      figures.accept(given);
      TouchpointStats stats = new TouchpointStats(id, name, cases, given);
      checkArgument(ids.add(id), "touchpoint %s is given twice; give each once", Texts.quote(id));
      if (!touchpoints.isEmpty()) {
        TouchpointStats previous = touchpoints.get(touchpoints.size() - 1);
        checkArgument(
            !stats.oneOf().isPresent()
                || !stats.oneOf().equals(previous.oneOf())
                || stats.stepReached() == previous.stepReached(),
            "stepReached is %s at touchpoint %s, but %s at %s of the same \"one of\" group: the"
                + " alternatives of a group are one step",
            stats.stepReached(),
            Texts.quote(id),
            previous.stepReached(),
            Texts.quote(previous.id()));
      }
      touchpoints.add(stats);
      return this;
    }

    /**
     * Adds a path: its steps (at most {@link JourneyMonitor#MAX_PATH_STEPS}), how many steps were
     * cut beyond those, and how many cases took it (at least 1).
     */
    public Builder path(List<Step> steps, long stepsCut, long cases) {
      checkNotNull(steps, "steps are null");
      ImmutableList<Step> kept = ImmutableList.copyOf(steps);
      checkArgument(
          kept.size() <= JourneyMonitor.MAX_PATH_STEPS,
          "a path has %s steps; at most %s are kept, the others counted as stepsCut",
          kept.size(),
          JourneyMonitor.MAX_PATH_STEPS);
      count("stepsCut", stepsCut);
      checkArgument(
          stepsCut == 0 || kept.size() == JourneyMonitor.MAX_PATH_STEPS,
          "stepsCut is %s of a path of %s steps; only a path of %s steps is cut",
          stepsCut,
          kept.size(),
          JourneyMonitor.MAX_PATH_STEPS);
      checkArgument(cases >= 1, "cases is %s; a path is kept only when a case took it", cases);
      checkArgument(
          cases <= this.cases, "cases is %s, more than the summary's (%s)", cases, this.cases);
      String key = PathKey.of(kept, stepsCut);
      checkArgument(!paths.containsKey(key), "the path %s is given twice", kept);
      paths.put(key, new PathShare(kept, stepsCut, cases, this.cases));
      return this;
    }

    /** How many cases any path's count may lack (0: the paths are exact). */
    public Builder pathError(long error) {
      pathError = count("pathError", error);
      return this;
    }

    /**
     * Adds an ad-hoc place: an ad-hoc step's name, the ids of the planned steps before and after it
     * (null for none), and in how many cases it happened there (at least 1).
     */
    public Builder adHoc(String name, @Nullable String after, @Nullable String before, long cases) {
      checkText(name, "ad-hoc step name");
      checkArgument(cases >= 1, "cases is %s; a place is kept only when it happened", cases);
      checkArgument(
          cases <= this.cases, "cases is %s, more than the summary's (%s)", cases, this.cases);
      String key =
          PathKey.adHocPlace(
              name, Objects.requireNonNullElse(after, ""), Objects.requireNonNullElse(before, ""));
      checkArgument(
          !adHoc.containsKey(key),
          "the ad-hoc step %s between %s and %s is given twice",
          Texts.quote(name),
          after,
          before);
      adHoc.put(key, new AdHocPlace(name, after, before, cases, this.cases));
      return this;
    }

    /** As {@link #pathError}, for the ad-hoc places. */
    public Builder adHocError(long error) {
      adHocError = count("adHocError", error);
      return this;
    }

    /**
     * The summary.
     *
     * @throws IllegalArgumentException if the figures do not fit together: the cases that ended at
     *     each touchpoint and those without a planned step do not add up to the cases, more cases
     *     took the paths than there are, or a path or place names a touchpoint the summary lacks
     */
    public ObservedSummary build() {
      return new ObservedSummary(checked());
    }

    /** This builder, its figures checked against each other, the paths and places sorted. */
    private Builder checked() {
      long ended = withoutPlannedStep;
      for (TouchpointStats touchpoint : touchpoints) {
        ended += touchpoint.endedHere();
      }
      checkArgument(
          ended == cases,
          "the cases that ended at each touchpoint (endedHere) and those without a planned step"
              + " add up to %s, not cases (%s): every case ends at its last planned step or has"
              + " none",
          ended,
          cases);
      long pathCases = 0;
      for (PathShare path : paths.values()) {
        pathCases += path.cases();
        for (Step step : path.steps()) {
          checkArgument(
              !step.planned() || ids.contains(step.name()),
              "a path's planned step %s is no touchpoint of the summary",
              Texts.quote(step.name()));
        }
      }
      checkArgument(
          pathCases <= cases,
          "the paths' cases add up to %s, more than cases (%s)",
          pathCases,
          cases);
      for (AdHocPlace place : adHoc.values()) {
        for (Optional<String> around : List.of(place.after(), place.before())) {
          checkArgument(
              around.isEmpty() || ids.contains(around.get()),
              "the ad-hoc step %s is placed next to %s, no touchpoint of the summary",
              Texts.quote(place.name()),
              Texts.quote(around.orElse("")));
        }
      }
      sortedPaths = mostCommonFirst(paths, PathShare::cases);
      sortedAdHoc = mostCommonFirst(adHoc, AdHocPlace::cases);
      return this;
    }
  }

  /** The values most common first, ties by their keys, as a monitor sorts its counts. */
  private static <T> ImmutableList<T> mostCommonFirst(
      Map<String, T> byKey, ToLongFunction<T> cases) {
    return byKey.entrySet().stream()
        .sorted(
            Comparator.comparingLong(
                    (Map.Entry<String, T> entry) -> cases.applyAsLong(entry.getValue()))
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getValue)
        .collect(ImmutableList.toImmutableList());
  }

  /** A count given for {@code field}: 0 or more. */
  private static long count(String field, long count) {
    checkArgument(count >= 0, "%s is %s; a count is 0 or more", field, count);
    return count;
  }

  /** A name or id: not blank, valid Unicode. */
  private static String checkText(String text, String what) {
    checkNotNull(text, "%s is null", what);
    checkArgument(!Texts.isBlank(text), "%s is blank; give it a name", what);
    int bad = Texts.firstUnpairedSurrogate(text);
    checkArgument(
        bad < 0,
        "%s %s is not valid Unicode: unpaired surrogate at index %s",
        what,
        Texts.quote(text),
        bad);
    return text;
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

  /** The planned journey's language: the texts' ({@link #toText()}, {@link #toMarkdown()}). */
  public Locale language() {
    return language;
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
