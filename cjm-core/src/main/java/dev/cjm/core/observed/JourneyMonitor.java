package dev.cjm.core.observed;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.cjm.core.Emotion;
import dev.cjm.core.Journey;
import dev.cjm.core.Touchpoint;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The monitoring of one planned journey over many observed cases, for teams that watch their
 * customers' journeys from data: an accumulator that folds cases in one at a time ({@link #add}),
 * merges with another ({@link #merge}, associative and commutative: any split of the cases, merged
 * in any order, gives the same {@link #summary()}), and serialises ({@link #toBytes()}, and Java
 * serialisation through the same bytes), so one can run per file, per thread or per Spark
 * partition.
 *
 * <pre>{@code
 * JourneyMonitor monitor = JourneyMonitor.of(plannedJourney);
 * observedJourneys.forEach(monitor::add);
 * ObservedSummary summary = monitor.summary();
 * System.out.println(summary.toMarkdown());
 * }</pre>
 *
 * <p>What it keeps, per planned touchpoint: the cases that reached it, the cases whose last planned
 * step it was (the funnel's drop-off), the cases in which it failed, the emotion scores recorded
 * there (their number and exact sum, to a millionth), and the waits from it to the next step in
 * exact logarithmic buckets ({@link ObservedSummary.TouchpointStats#medianWait()}: at most 6.25 %
 * off). Over all cases: the paths (variants, the steps of a case in order, planned and ad hoc) and
 * the ad-hoc steps with the planned steps around them, each in at most {@link #DEFAULT_KEPT}
 * counters (or as many as {@link #of(Journey, int)} says): exact while there are no more distinct
 * ones than counters, then approximate with a stated bound ({@link ObservedSummary#pathError()}).
 * Memory is therefore bounded by the plan and the counters, not by the number of cases. A path is
 * kept as its first {@link #MAX_PATH_STEPS} steps.
 *
 * <p>Not thread-safe: one monitor per thread, merged at the end.
 */
public final class JourneyMonitor implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The counters kept for paths, and for ad-hoc places, unless {@link #of(Journey, int)} says. */
  public static final int DEFAULT_KEPT = 1_000;

  /** The steps of a path kept; a longer path is kept as its first steps, marked as cut. */
  public static final int MAX_PATH_STEPS = 50;

  private static final int FORMAT_VERSION = 2;
  private static final byte[] MAGIC = {'C', 'J', 'M', 'M'};
  private static final double MICROS = 1_000_000;

  private final String title;
  private final String language;
  private final String[] ids;
  private final String[] names;
  private final boolean[] optional;
  private final @Nullable String[] groups;
  private long cases;
  private long withoutPlannedStep;
  private final long[] reached;
  private final long[] stepReached;
  private final long[] endedHere;
  private final long[] failed;
  private final long[] emotions;
  private final long[] emotionMicros;
  private final WaitHistogram[] waits;
  private final TopCounts paths;
  private final TopCounts adHoc;
  private final transient DeviationReport.PlanIndex index;
  private final transient PlanCoverage coverage;

  private JourneyMonitor(
      String title,
      String language,
      String[] ids,
      String[] names,
      boolean[] optional,
      @Nullable String[] groups,
      int pathsKept,
      int adHocKept) {
    this.title = title;
    this.language = language;
    this.ids = ids;
    this.names = names;
    this.optional = optional;
    this.groups = groups;
    int n = ids.length;
    reached = new long[n];
    stepReached = new long[n];
    endedHere = new long[n];
    failed = new long[n];
    emotions = new long[n];
    emotionMicros = new long[n];
    waits = new WaitHistogram[n];
    for (int i = 0; i < n; i++) {
      waits[i] = new WaitHistogram();
    }
    paths = new TopCounts(pathsKept);
    adHoc = new TopCounts(adHocKept);
    index = new DeviationReport.PlanIndex(ids);
    coverage = PlanCoverage.of(optional, groups);
  }

  /** An empty monitor of {@code planned}, keeping {@link #DEFAULT_KEPT} paths and ad-hoc places. */
  public static JourneyMonitor of(Journey planned) {
    return of(planned, DEFAULT_KEPT);
  }

  /**
   * An empty monitor of {@code planned} keeping {@code kept} counters for paths and as many for
   * ad-hoc places: exact while there are no more distinct ones, approximate beyond.
   */
  public static JourneyMonitor of(Journey planned, int kept) {
    checkNotNull(planned, "planned journey is null");
    checkArgument(kept >= 1, "kept is %s; keep at least 1 path", kept);
    List<Touchpoint> plan = planned.allTouchpoints();
    String[] ids = plan.stream().map(Touchpoint::id).toArray(String[]::new);
    String[] names = plan.stream().map(Touchpoint::name).toArray(String[]::new);
    boolean[] optional = new boolean[plan.size()];
    @Nullable String[] groups = new String[plan.size()];
    for (int i = 0; i < plan.size(); i++) {
      optional[i] = plan.get(i).optional();
      groups[i] = plan.get(i).oneOf().orElse(null);
    }
    return new JourneyMonitor(
        planned.title(),
        planned.locale().toLanguageTag(),
        ids,
        names,
        optional,
        groups,
        kept,
        kept);
  }

  /** Folds one observed case in. */
  public JourneyMonitor add(ObservedJourney observed) {
    checkNotNull(observed, "observed journey is null");
    List<ObservedJourney.Occurrence> occurrences = observed.occurrences();
    int[] positions = DeviationReport.positions(occurrences, index);
    cases++;
    boolean[] reachedHere = coverage.reached(positions);
    for (int i = 0; i < ids.length; i++) {
      if (reachedHere[i]) {
        reached[i]++;
      }
      if (coverage.stepReached(i, reachedHere)) {
        stepReached[i]++;
      }
    }
    boolean[] failedHere = new boolean[ids.length];
    int last = -1;
    for (int k = 0; k < occurrences.size(); k++) {
      int at = positions[k];
      if (at < 0) {
        continue;
      }
      last = at;
      ObservedJourney.Occurrence occurrence = occurrences.get(k);
      if (occurrence.failed() && !failedHere[at]) {
        failedHere[at] = true;
        failed[at]++;
      }
      Emotion emotion = occurrence.emotionOrNull();
      if (emotion != null) {
        emotions[at]++;
        emotionMicros[at] += Math.round(emotion.score() * MICROS);
      }
      Instant time = occurrence.timeOrNull();
      Instant next = k + 1 < occurrences.size() ? occurrences.get(k + 1).timeOrNull() : null;
      if (time != null && next != null) {
        waits[at].add(Duration.between(time, next));
      }
    }
    if (last < 0) {
      withoutPlannedStep++;
    } else {
      endedHere[last]++;
    }
    paths.add(PathKey.of(occurrences, positions, MAX_PATH_STEPS));
    countAdHocPlaces(occurrences, positions);
    return this;
  }

  /** Counts each ad-hoc step with the planned steps before and after it, once per case. */
  private void countAdHocPlaces(List<ObservedJourney.Occurrence> occurrences, int[] positions) {
    Set<String> counted = null;
    int before = -1;
    for (int k = 0; k < positions.length; k++) {
      if (positions[k] >= 0) {
        before = positions[k];
        continue;
      }
      int after = -1;
      for (int j = k + 1; j < positions.length && after < 0; j++) {
        after = positions[j];
      }
      String key =
          PathKey.adHocPlace(
              occurrences.get(k).name(),
              before < 0 ? "" : ids[before],
              after < 0 ? "" : ids[after]);
      if (counted == null) {
        counted = new HashSet<>();
      }
      if (counted.add(key)) {
        adHoc.add(key);
      }
    }
  }

  /**
   * Adds {@code other}'s cases to this monitor's; {@code other} is unchanged.
   *
   * @throws IllegalArgumentException if {@code other} monitors another plan or keeps another number
   *     of paths
   */
  public JourneyMonitor merge(JourneyMonitor other) {
    checkNotNull(other, "other monitor is null");
    checkArgument(
        Arrays.equals(ids, other.ids)
            && Arrays.equals(optional, other.optional)
            && Arrays.equals(groups, other.groups),
        "cannot merge monitors of different plans: %s and %s",
        Arrays.toString(ids),
        Arrays.toString(other.ids));
    cases += other.cases;
    withoutPlannedStep += other.withoutPlannedStep;
    for (int i = 0; i < ids.length; i++) {
      reached[i] += other.reached[i];
      stepReached[i] += other.stepReached[i];
      endedHere[i] += other.endedHere[i];
      failed[i] += other.failed[i];
      emotions[i] += other.emotions[i];
      emotionMicros[i] += other.emotionMicros[i];
      waits[i].merge(other.waits[i]);
    }
    paths.merge(other.paths);
    adHoc.merge(other.adHoc);
    return this;
  }

  /** How many cases were folded in. */
  public long cases() {
    return cases;
  }

  /** What the cases so far show, in the planned journey's language. */
  public ObservedSummary summary() {
    return new ObservedSummary(this);
  }

  // Read by ObservedSummary.
  String title() {
    return title;
  }

  Locale language() {
    return Locale.forLanguageTag(language);
  }

  String[] ids() {
    return ids;
  }

  String[] names() {
    return names;
  }

  long withoutPlannedStep() {
    return withoutPlannedStep;
  }

  long reached(int i) {
    return reached[i];
  }

  long stepReached(int i) {
    return stepReached[i];
  }

  PlanCoverage coverage() {
    return coverage;
  }

  long endedHere(int i) {
    return endedHere[i];
  }

  long failed(int i) {
    return failed[i];
  }

  long emotions(int i) {
    return emotions[i];
  }

  double emotionSum(int i) {
    return emotionMicros[i] / MICROS;
  }

  WaitHistogram waits(int i) {
    return waits[i];
  }

  TopCounts paths() {
    return paths;
  }

  TopCounts adHoc() {
    return adHoc;
  }

  /**
   * The monitor in its compact byte form, for storage and for engines that move it between
   * machines. Big-endian ({@link DataOutputStream}); a text is its UTF-8 length (int) and bytes:
   *
   * <pre>
   * "CJMM" version:int(2) title language plan-size:int (id name optional:boolean one-of-group)*
   * cases:long without-planned-step:long
   * per touchpoint: reached failed ended-here emotions emotion-sum-in-millionths step-reached (long)
   *                 used-buckets:int (bucket:short count:long)*
   * paths, then ad-hoc places: counters:int total:long kept:int (key count:long)*, keys sorted
   * </pre>
   *
   * Equal monitors give equal bytes.
   */
  public byte[] toBytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.write(MAGIC);
      out.writeInt(FORMAT_VERSION);
      MonitorBytes.writeString(out, title);
      MonitorBytes.writeString(out, language);
      out.writeInt(ids.length);
      for (int i = 0; i < ids.length; i++) {
        MonitorBytes.writeString(out, ids[i]);
        MonitorBytes.writeString(out, names[i]);
        out.writeBoolean(optional[i]);
        MonitorBytes.writeString(out, Objects.requireNonNullElse(groups[i], ""));
      }
      out.writeLong(cases);
      out.writeLong(withoutPlannedStep);
      for (int i = 0; i < ids.length; i++) {
        out.writeLong(reached[i]);
        out.writeLong(failed[i]);
        out.writeLong(endedHere[i]);
        out.writeLong(emotions[i]);
        out.writeLong(emotionMicros[i]);
        out.writeLong(stepReached[i]);
        waits[i].write(out);
      }
      paths.write(out);
      adHoc.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
    }
    return bytes.toByteArray();
  }

  /**
   * The monitor written by {@link #toBytes()}.
   *
   * @throws IllegalArgumentException if the bytes are not a monitor's, naming what was wrong
   */
  public static JourneyMonitor fromBytes(byte[] bytes) {
    checkNotNull(bytes, "bytes are null");
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      byte[] magic = new byte[MAGIC.length];
      in.readFully(magic);
      MonitorBytes.check(Arrays.equals(magic, MAGIC), "they do not start with CJMM");
      int version = in.readInt();
      MonitorBytes.check(
          version == FORMAT_VERSION,
          "format version " + version + ", this cjm reads version " + FORMAT_VERSION);
      String title = MonitorBytes.readString(in);
      String language = MonitorBytes.readString(in);
      int n = MonitorBytes.readCount(in, "plan size", dev.cjm.core.Limits.MAX_TOUCHPOINTS);
      String[] ids = new String[n];
      String[] names = new String[n];
      boolean[] optional = new boolean[n];
      @Nullable String[] groups = new String[n];
      for (int i = 0; i < n; i++) {
        ids[i] = MonitorBytes.readString(in);
        names[i] = MonitorBytes.readString(in);
        optional[i] = in.readBoolean();
        String group = MonitorBytes.readString(in);
        groups[i] = group.isEmpty() ? null : group;
      }
      long cases = in.readLong();
      long withoutPlannedStep = in.readLong();
      long[][] counts = new long[n][6];
      WaitHistogram[] waits = new WaitHistogram[n];
      for (int i = 0; i < n; i++) {
        for (int c = 0; c < 6; c++) {
          counts[i][c] = in.readLong();
        }
        waits[i] = WaitHistogram.read(in);
      }
      TopCounts paths = TopCounts.read(in);
      TopCounts adHoc = TopCounts.read(in);
      MonitorBytes.check(in.read() < 0, "bytes left over after the monitor");
      JourneyMonitor read =
          new JourneyMonitor(
              title, language, ids, names, optional, groups, paths.capacity(), adHoc.capacity());
      read.cases = cases;
      read.withoutPlannedStep = withoutPlannedStep;
      for (int i = 0; i < n; i++) {
        read.reached[i] = counts[i][0];
        read.failed[i] = counts[i][1];
        read.endedHere[i] = counts[i][2];
        read.emotions[i] = counts[i][3];
        read.emotionMicros[i] = counts[i][4];
        read.stepReached[i] = counts[i][5];
        read.waits[i].merge(waits[i]);
      }
      read.paths.merge(paths);
      read.adHoc.merge(adHoc);
      return read;
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "not a journey monitor's bytes (JourneyMonitor.toBytes()): " + e.getMessage(), e);
    }
  }

  /** Equal when they monitor the same plan and hold the same counts: equal {@link #toBytes()}. */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof JourneyMonitor that && Arrays.equals(toBytes(), that.toBytes());
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(toBytes());
  }

  @Override
  public String toString() {
    return "JourneyMonitor of " + title + ": " + cases + " cases";
  }

  /** Java serialisation writes {@link #toBytes()}. */
  private Object writeReplace() {
    return new SerializedForm(toBytes());
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("a JourneyMonitor is read from its serialised form");
  }

  /** The Java serialisation of a monitor: its {@link #toBytes()}. */
  private static final class SerializedForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private final byte[] bytes;

    SerializedForm(byte[] bytes) {
      this.bytes = bytes;
    }

    private Object readResolve() {
      return fromBytes(bytes);
    }
  }
}
