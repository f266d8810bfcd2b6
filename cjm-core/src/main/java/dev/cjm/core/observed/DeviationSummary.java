package dev.cjm.core.observed;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.cjm.core.Emotion;
import dev.cjm.core.Journey;
import dev.cjm.core.Touchpoint;
import dev.cjm.core.internal.Figures;
import dev.cjm.core.internal.Markup;
import dev.cjm.core.internal.Words;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The deviations of many observed journeys from one plan: for each planned touchpoint, in how many
 * journeys it was missing, out of sequence or failing ("checkout missing in 37% of 1,000
 * journeys"), and which ad-hoc touchpoints customers met and how often. Each journey counts once
 * per touchpoint and type, however often the deviation happened in it.
 *
 * <pre>{@code
 * DeviationSummary summary = DeviationSummary.of(plannedJourney, observedJourneys);
 * summary.touchpoints().get(3).missingShare();   // 0.37
 * System.out.println(summary.toMarkdown());
 * }</pre>
 *
 * <p>Its texts are in the planned journey's language ({@link Journey#locale()}); the overloads
 * taking a {@code Locale} give them in another.
 *
 * <p>Cost: one alignment per observed journey, see {@link DeviationReport}.
 */
public final class DeviationSummary {
  /** The deviations at one planned touchpoint, over all observed journeys. */
  public static final class TouchpointDeviations {
    private final String id;
    private final String name;
    private final int journeys;
    private final int missing;
    private final int outOfSequence;
    private final int failing;
    private final OptionalDouble meanEmotion;

    TouchpointDeviations(
        String id,
        String name,
        int journeys,
        int missing,
        int outOfSequence,
        int failing,
        OptionalDouble meanEmotion) {
      this.id = id;
      this.name = name;
      this.journeys = journeys;
      this.missing = missing;
      this.outOfSequence = outOfSequence;
      this.failing = failing;
      this.meanEmotion = meanEmotion;
    }

    /** The planned touchpoint's id. */
    public String id() {
      return id;
    }

    /** The planned touchpoint's name. */
    public String name() {
      return name;
    }

    /** In how many observed journeys the touchpoint was missing. */
    public int missing() {
      return missing;
    }

    /** In how many it happened out of the planned sequence (at least once). */
    public int outOfSequence() {
      return outOfSequence;
    }

    /** In how many it failed (at least once). */
    public int failing() {
      return failing;
    }

    /** The share of journeys, 0 to 1, in which it was missing; 0 if there are none. */
    public double missingShare() {
      return share(missing);
    }

    /** The share of journeys in which it was out of sequence. */
    public double outOfSequenceShare() {
      return share(outOfSequence);
    }

    /** The share of journeys in which it failed. */
    public double failingShare() {
      return share(failing);
    }

    /** The mean emotion customers recorded there, over every occurrence with one. */
    public OptionalDouble meanEmotion() {
      return meanEmotion;
    }

    /** True if no journey deviated here. */
    public boolean isClean() {
      return missing == 0 && outOfSequence == 0 && failing == 0;
    }

    private double share(int count) {
      return journeys == 0 ? 0 : (double) count / journeys;
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof TouchpointDeviations that
          && id.equals(that.id)
          && name.equals(that.name)
          && journeys == that.journeys
          && missing == that.missing
          && outOfSequence == that.outOfSequence
          && failing == that.failing
          && meanEmotion.equals(that.meanEmotion);
    }

    @Override
    public int hashCode() {
      return Objects.hash(id, name, journeys, missing, outOfSequence, failing, meanEmotion);
    }

    /** {@code "checkout: missing 37%, out of sequence 0%, failing 5%"}. */
    @Override
    public String toString() {
      return id
          + ": missing "
          + Figures.percent(missingShare())
          + ", out of sequence "
          + Figures.percent(outOfSequenceShare())
          + ", failing "
          + Figures.percent(failingShare());
    }
  }

  private final Journey planned;
  private final int journeys;
  private final int followingPlan;
  private final ImmutableList<TouchpointDeviations> touchpoints;
  private final ImmutableMap<String, Integer> adHoc;

  private DeviationSummary(Journey planned, List<ObservedJourney> observed) {
    this.planned = planned;
    this.journeys = observed.size();
    List<Touchpoint> plan = planned.allTouchpoints();
    DeviationReport.PlanIndex index = new DeviationReport.PlanIndex(plan);
    PlanCoverage coverage = PlanCoverage.of(plan);
    int[][] counts = new int[plan.size()][3];
    double[] emotionSums = new double[plan.size()];
    int[] emotionCounts = new int[plan.size()];
    // The journey that last counted each type at each planned touchpoint: a journey counts once.
    int[][] countedIn = new int[3][plan.size()];
    for (int[] journeyNumbers : countedIn) {
      Arrays.fill(journeyNumbers, -1);
    }
    Map<String, Integer> adHocCounts = new TreeMap<>();
    Set<String> adHocHere = new HashSet<>();
    int following = 0;
    for (int j = 0; j < observed.size(); j++) {
      // The same deviations as DeviationReport.of(planned, journey), counted without writing
      // their messages: one alignment, then one pass over the occurrences and one over the plan.
      List<ObservedJourney.Occurrence> occurrences = observed.get(j).occurrences();
      int[] positions = DeviationReport.positions(occurrences, index);
      int[] keys = coverage.alignmentKeys(occurrences, positions);
      boolean[] onPlan = DeviationReport.alignedOccurrences(keys);
      boolean deviated = false;
      adHocHere.clear();
      for (int k = 0; k < occurrences.size(); k++) {
        ObservedJourney.Occurrence occurrence = occurrences.get(k);
        if (positions[k] >= 0) {
          if (keys[k] >= 0 && !onPlan[k]) {
            deviated = true;
            count(counts, countedIn, positions[k], SEQUENCE, j);
          }
        } else {
          deviated = true;
          if (adHocHere.add(occurrence.name())) {
            adHocCounts.merge(occurrence.name(), 1, Integer::sum);
          }
        }
        if (occurrence.failed()) {
          deviated = true;
          // Deviations are counted by name: an ad-hoc name equal to a planned id counts there.
          // A planned step's name is its planned id, whose position is known.
          int at = positions[k] >= 0 ? positions[k] : index.position(occurrence.name());
          if (at >= 0) {
            count(counts, countedIn, at, FAILING, j);
          }
        }
        Emotion emotion = occurrence.emotionOrNull();
        if (positions[k] >= 0 && emotion != null) {
          emotionSums[positions[k]] += emotion.score();
          emotionCounts[positions[k]]++;
        }
      }
      boolean[] reached = coverage.reached(positions);
      for (int i = 0; i < plan.size(); i++) {
        if (coverage.missing(i, reached)) {
          deviated = true;
          counts[i][MISSING]++;
        }
      }
      if (!deviated) {
        following++;
      }
    }
    this.followingPlan = following;
    ImmutableList.Builder<TouchpointDeviations> list = ImmutableList.builder();
    for (int i = 0; i < plan.size(); i++) {
      list.add(
          new TouchpointDeviations(
              plan.get(i).id(),
              plan.get(i).name(),
              journeys,
              counts[i][0],
              counts[i][1],
              counts[i][2],
              emotionCounts[i] == 0
                  ? OptionalDouble.empty()
                  : OptionalDouble.of(emotionSums[i] / emotionCounts[i])));
    }
    this.touchpoints = list.build();
    List<Map.Entry<String, Integer>> sorted = new ArrayList<>(adHocCounts.entrySet());
    sorted.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()));
    ImmutableMap.Builder<String, Integer> adHocMap = ImmutableMap.builder();
    sorted.forEach(adHocMap::put);
    this.adHoc = adHocMap.buildOrThrow();
  }

  private static final int MISSING = 0;
  private static final int SEQUENCE = 1;
  private static final int FAILING = 2;

  /** Counts a deviation of this type at planned touchpoint {@code at}, once per journey. */
  private static void count(int[][] counts, int[][] countedIn, int at, int type, int journey) {
    if (countedIn[type][at] != journey) {
      countedIn[type][at] = journey;
      counts[at][type]++;
    }
  }

  /** Compares every observed journey with the planned one and sums up the deviations. */
  public static DeviationSummary of(Journey planned, List<ObservedJourney> observed) {
    checkNotNull(planned, "planned journey is null");
    checkNotNull(observed, "observed journeys are null");
    for (int i = 0; i < observed.size(); i++) {
      checkNotNull(observed.get(i), "observed journey [%s] is null", i);
    }
    return new DeviationSummary(planned, List.copyOf(observed));
  }

  /** The planned journey. */
  public Journey planned() {
    return planned;
  }

  /** How many observed journeys were compared. */
  public int journeys() {
    return journeys;
  }

  /** How many of them followed the plan exactly. */
  public int followingPlan() {
    return followingPlan;
  }

  /** The deviations at each planned touchpoint, in planned order. */
  public ImmutableList<TouchpointDeviations> touchpoints() {
    return touchpoints;
  }

  /**
   * The ad-hoc touchpoints (by name, or by an id the plan does not know) and in how many journeys
   * each happened; most frequent first, ties by name.
   */
  public ImmutableMap<String, Integer> adHoc() {
    return adHoc;
  }

  /**
   * The summary in one line, in the planned journey's language: {@code "3 of 10 journeys followed
   * the plan exactly"}.
   */
  public String summary() {
    return summary(planned.locale());
  }

  /**
   * The summary in one line in {@code language} (English for a language cjm has no words for):
   * Polish {@code "dokładnie według planu: 3 z 10 podróży"}.
   */
  public String summary(Locale language) {
    checkNotNull(language, "language is null");
    Words words = Words.of(language);
    return words.get(
        "deviation.summary", Figures.count(language, followingPlan), journeysText(words));
  }

  private String journeysText(Words words) {
    return words.count("deviation.journeys", journeys);
  }

  /** The summary as GitHub-flavoured Markdown, in the planned journey's language. */
  public String toMarkdown() {
    return toMarkdown(planned.locale());
  }

  /**
   * The summary as GitHub-flavoured Markdown in {@code language}: its headings, words and numbers
   * (English for a language cjm has no words for).
   */
  public String toMarkdown(Locale language) {
    checkNotNull(language, "language is null");
    Words words = Words.of(language);
    StringBuilder out =
        new StringBuilder("## ")
            .append(words.get("deviation.title.markdown", Markup.cell(planned.title())))
            .append("\n\n")
            .append(capitalised(summary(language)))
            .append(".\n");
    if (!touchpoints.isEmpty()) {
      out.append('\n')
          .append(words.get("deviation.table.touchpoints"))
          .append("\n|---|---:|---:|---:|---:|\n");
      for (TouchpointDeviations t : touchpoints) {
        out.append("| ")
            .append(Markup.cell(t.name()))
            .append(" | ")
            .append(Figures.percent(language, t.missingShare()))
            .append(" | ")
            .append(Figures.percent(language, t.outOfSequenceShare()))
            .append(" | ")
            .append(Figures.percent(language, t.failingShare()))
            .append(" | ")
            .append(
                t.meanEmotion().isPresent()
                    ? Figures.score(language, t.meanEmotion().getAsDouble())
                    : "–")
            .append(" |\n");
      }
    }
    if (!adHoc.isEmpty()) {
      out.append("\n### ")
          .append(words.get("deviation.heading.adHoc"))
          .append("\n\n")
          .append(words.get("deviation.table.adHoc"))
          .append("\n|---|---:|\n");
      adHoc.forEach(
          (name, count) ->
              out.append("| ")
                  .append(Markup.cell(name))
                  .append(" | ")
                  .append(Figures.percent(language, journeys == 0 ? 0 : (double) count / journeys))
                  .append(" |\n"));
    }
    return out.toString();
  }

  /** The summary as plain text, one sentence per deviation, in the planned journey's language. */
  public String toText() {
    return toText(planned.locale());
  }

  /**
   * The summary as plain text in {@code language} (English for a language cjm has no words for):
   * one sentence per deviation that happened.
   */
  public String toText(Locale language) {
    checkNotNull(language, "language is null");
    Words words = Words.of(language);
    StringBuilder out =
        new StringBuilder(
                words.get(
                    "deviation.title.text",
                    Markup.line(Deviation.quoted(words, planned.title())),
                    summary(language)))
            .append('\n');
    for (TouchpointDeviations t : touchpoints) {
      line(out, words, t.id(), "deviation.what.missing", t.missing());
      line(out, words, t.id(), "deviation.what.sequence", t.outOfSequence());
      line(out, words, t.id(), "deviation.what.failing", t.failing());
    }
    adHoc.forEach(
        (name, count) ->
            line(out, words, Deviation.quoted(words, name), "deviation.what.adHoc", count));
    return out.toString();
  }

  private void line(StringBuilder out, Words words, String subject, String what, int count) {
    if (count > 0) {
      out.append("  ")
          .append(
              words.get(
                  "deviation.line",
                  Markup.line(subject),
                  words.get(what),
                  Figures.percent(words.language(), (double) count / journeys),
                  journeysText(words)))
          .append('\n');
    }
  }

  /** The text with its first letter upper-case, to open a sentence. */
  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
