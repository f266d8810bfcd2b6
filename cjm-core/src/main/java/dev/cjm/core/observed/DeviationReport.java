package dev.cjm.core.observed;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.cjm.core.Journey;
import dev.cjm.core.Touchpoint;
import dev.cjm.core.internal.Markup;
import dev.cjm.core.internal.Words;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How one observed journey departs from the planned one: its {@link Deviation}s, missing
 * touchpoints first (in planned order), then the others in the order they happened. Its texts are
 * in the planned journey's language ({@link Journey#locale()}); {@link #toText(Locale)} and {@link
 * #summary(Locale)} give them in another.
 *
 * <p><b>Alignment.</b> The observed sequence is aligned with the planned one by their longest
 * common subsequence (LCS): planned touchpoints met in the planned order are on plan; every other
 * occurrence of a planned touchpoint (met too early, too late, or again) is a sequence
 * irregularity. A textbook LCS table costs O(n·m) time and memory for n planned touchpoints and m
 * occurrences. Because a plan's ids are unique, the LCS here is computed as the longest strictly
 * increasing subsequence of the occurrences' planned positions (patience sorting), which finds an
 * LCS of the same length in O(m log m) time and O(n + m) memory, so long observed journeys cost
 * little. Among equally long alignments the same one is always chosen, so results are
 * deterministic.
 *
 * <p><b>Choices.</b> An optional planned touchpoint is never missing; an alternative of a "one of"
 * group is missing only if no touchpoint of its group was met, and the alternatives of a group
 * count as one step of the plan in the alignment. A retry (the same planned touchpoint again right
 * away, or again after it failed) and another alternative right after one are not out of sequence.
 */
public final class DeviationReport {
  private final ObservedJourney observed;
  private final ImmutableList<Deviation> deviations;
  private final Locale language;

  private DeviationReport(
      ObservedJourney observed, ImmutableList<Deviation> deviations, Locale language) {
    this.observed = observed;
    this.deviations = deviations;
    this.language = language;
  }

  /** Compares one observed journey with the planned journey. */
  public static DeviationReport of(Journey planned, ObservedJourney observed) {
    checkNotNull(planned, "planned journey is null");
    checkNotNull(observed, "observed journey is null");
    return new DeviationReport(observed, deviations(planned, observed), planned.locale());
  }

  /** The observed journey compared. */
  public ObservedJourney observed() {
    return observed;
  }

  /** Every deviation: missing touchpoints in planned order, then the rest as they happened. */
  public ImmutableList<Deviation> deviations() {
    return deviations;
  }

  /** The deviations of one type, in report order. */
  public ImmutableList<Deviation> deviations(Deviation.Type type) {
    checkNotNull(type, "type is null");
    return deviations.stream()
        .filter(deviation -> deviation.type() == type)
        .collect(ImmutableList.toImmutableList());
  }

  /** True if the customer followed the plan exactly: no deviation of any type. */
  public boolean followsPlan() {
    return deviations.isEmpty();
  }

  /**
   * The report in one line, in the planned journey's language: {@code "3 deviations"} or {@code
   * "follows the plan"}.
   */
  public String summary() {
    return summary(language);
  }

  /** The report in one line in {@code language}: Polish {@code "3 odchylenia"}. */
  public String summary(Locale language) {
    checkNotNull(language, "language is null");
    Words words = Words.of(language);
    return deviations.isEmpty()
        ? words.get("deviation.followsPlan")
        : words.count("deviation.count", deviations.size());
  }

  /** The report as plain text, one line per deviation, in the planned journey's language. */
  public String toText() {
    return toText(language);
  }

  /**
   * The report as plain text in {@code language} (English for a language cjm has no words for): one
   * line per deviation.
   */
  public String toText(Locale language) {
    checkNotNull(language, "language is null");
    Words words = Words.of(language);
    StringBuilder out =
        new StringBuilder(
                words.get(
                    "deviation.report.text",
                    Markup.line(Deviation.quoted(words, observed.id())),
                    summary(language)))
            .append('\n');
    int width = 8;
    for (Deviation.Type type : Deviation.Type.values()) {
      width = Math.max(width, type.displayName(language).length());
    }
    for (Deviation deviation : deviations) {
      String type = deviation.type().displayName(language);
      out.append("  ")
          .append(type)
          .append(" ".repeat(width - type.length() + 1))
          .append(Markup.line(deviation.message(language)))
          .append('\n');
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return observed.id() + ": " + deviations;
  }

  /**
   * The planned touchpoints' ids in plan order, and their positions by id (ids are unique in a
   * journey).
   */
  static final class PlanIndex {
    private final String[] ids;
    private final Map<String, Integer> positions;

    PlanIndex(List<Touchpoint> plan) {
      this(plan.stream().map(Touchpoint::id).toArray(String[]::new));
    }

    PlanIndex(String[] planIds) {
      ids = planIds.clone();
      positions = new HashMap<>();
      for (int i = 0; i < ids.length; i++) {
        positions.put(ids[i], i);
      }
    }

    /** The plan position of the touchpoint with this id, or -1 if the plan has none. */
    int position(String id) {
      Integer position = positions.get(id);
      return position == null ? -1 : position;
    }

    /**
     * As {@link #position(String)}, trying first {@code expected}, where the next step is when the
     * customer follows the plan, then the places a skipped or a swapped step leads to. Most steps
     * are found there without hashing, and usually without a look at the id's text (it is the
     * plan's own String); on a large plan, hashing every step cost more per touchpoint than on a
     * small one, as the ids and the table no longer fit the cache.
     */
    int position(String id, int expected) {
      for (int offset : NEARBY) {
        int at = expected + offset;
        if (at >= 0 && at < ids.length && id.equals(ids[at])) {
          return at;
        }
      }
      return position(id);
    }

    /** Where the next step is tried before its id is looked up, from where it is expected. */
    private static final int[] NEARBY = {0, 1, 2, -1, -2};
  }

  /** The plan position of each occurrence; -1 for an ad-hoc one or an id the plan lacks. */
  static int[] positions(List<ObservedJourney.Occurrence> occurrences, PlanIndex plan) {
    int[] positions = new int[occurrences.size()];
    int expected = 0; // the plan position after the last planned step's
    for (int k = 0; k < occurrences.size(); k++) {
      String id = occurrences.get(k).plannedIdOrNull();
      int position = id == null ? -1 : plan.position(id, expected);
      positions[k] = position;
      if (position >= 0) {
        expected = position + 1;
      }
    }
    return positions;
  }

  static ImmutableList<Deviation> deviations(Journey planned, ObservedJourney observed) {
    Locale language = planned.locale();
    List<Touchpoint> plan = planned.allTouchpoints();
    List<ObservedJourney.Occurrence> occurrences = observed.occurrences();
    int[] positions = positions(occurrences, new PlanIndex(plan));
    PlanCoverage coverage = PlanCoverage.of(plan);
    int[] keys = coverage.alignmentKeys(occurrences, positions);
    boolean[] onPlan = alignedOccurrences(keys);

    List<Deviation> out = new ArrayList<>();
    boolean[] reached = coverage.reached(positions);
    for (int i = 0; i < plan.size(); i++) {
      if (coverage.missing(i, reached)) {
        Touchpoint touchpoint = plan.get(i);
        out.add(
            new Deviation(
                Deviation.Type.MISSING,
                touchpoint.id(),
                -1,
                "deviation.missing",
                touchpoint.name(),
                language));
      }
    }
    for (int k = 0; k < occurrences.size(); k++) {
      ObservedJourney.Occurrence occurrence = occurrences.get(k);
      String name = occurrence.name();
      if (positions[k] < 0) {
        out.add(
            new Deviation(
                Deviation.Type.AD_HOC,
                name,
                k,
                occurrence.plannedId().isPresent() ? "deviation.unknownId" : "deviation.adHoc",
                name,
                language));
      } else if (keys[k] >= 0 && !onPlan[k]) {
        out.add(
            new Deviation(
                Deviation.Type.SEQUENCE,
                name,
                k,
                "deviation.sequence",
                plan.get(positions[k]).name(),
                language));
      }
      if (occurrence.failed()) {
        out.add(
            new Deviation(Deviation.Type.FAILING, name, k, "deviation.failing", name, language));
      }
    }
    out.sort(Comparator.comparing(d -> d.type() == Deviation.Type.MISSING ? 0 : 1));
    return ImmutableList.copyOf(out);
  }

  /**
   * Marks the occurrences on one longest strictly increasing subsequence of planned positions
   * (negative positions, ad-hoc occurrences, take no part). Patience sorting: O(m log m) at worst;
   * an occurrence that comes after every chain so far (the common case: customers mostly follow the
   * plan) extends the longest chain without a search, so a journey in planned order with k
   * occurrences out of it costs O(m + k log m).
   */
  static boolean[] alignedOccurrences(int[] positions) {
    int m = positions.length;
    int[] tails =
        new int[m]; // tails[l]: index of the occurrence ending the best chain of length l+1
    int[] previous = new int[m];
    Arrays.fill(previous, -1);
    int length = 0;
    for (int k = 0; k < m; k++) {
      int value = positions[k];
      if (value < 0) {
        continue;
      }
      if (length > 0 && positions[tails[length - 1]] < value) { // extends the longest chain
        previous[k] = tails[length - 1];
        tails[length++] = k;
        continue;
      }
      int low = 0;
      int high = length;
      while (low < high) { // first chain whose tail value is >= value (strictly increasing)
        int mid = (low + high) >>> 1;
        if (positions[tails[mid]] < value) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      if (low > 0) {
        previous[k] = tails[low - 1];
      }
      if (low == length || positions[tails[low]] > value) {
        tails[low] = k;
      }
      if (low == length) {
        length++;
      }
    }
    boolean[] onPlan = new boolean[m];
    for (int k = length == 0 ? -1 : tails[length - 1]; k >= 0; k = previous[k]) {
      onPlan[k] = true;
    }
    return onPlan;
  }
}
