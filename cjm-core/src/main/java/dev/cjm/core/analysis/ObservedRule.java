package dev.cjm.core.analysis;

import dev.cjm.core.Journey;
import dev.cjm.core.Touchpoint;
import dev.cjm.core.internal.Figures;
import dev.cjm.core.observed.ObservedSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What the four standard rules on observed data ({@code observed.*}) share: each judges every
 * planned touchpoint by one measure of what the observed cases show there (a share of them, or an
 * emotion shortfall in points), once at least {@link GapAnalysis#OBSERVED_MINIMUM} cases back it; a
 * measure of at least the threshold is a warning, of at least twice it an error. Without observed
 * data ({@link RuleContext#observed()} empty) they find nothing; {@link GapAnalysis} does not even
 * run them then.
 *
 * <p>Their findings are evidence of the customer's experience at the touchpoint: {@link #weight}
 * gives what one weighs in its pain point's score ({@link PriorityFactor#OBSERVED}), {@link
 * #evidence} how the pain point's summary says it.
 */
abstract class ObservedRule implements GapRule {
  /** The most a place's observed evidence weighs in its pain point's score. */
  static final double MAX_WEIGHT = 4;

  @Override
  public FindingSeverity defaultSeverity() {
    return FindingSeverity.WARNING;
  }

  /**
   * How many cases (or waits, or scores) the measure at this touchpoint is taken over: the n that
   * must reach {@link GapAnalysis#OBSERVED_MINIMUM}.
   */
  abstract long basis(ObservedSummary.TouchpointStats stats);

  /**
   * How many of the plan's touchpoints, from the first, the rule judges: all of them unless a rule
   * says otherwise.
   */
  int judged(List<Touchpoint> plan) {
    return plan.size();
  }

  /**
   * The measure at a judged touchpoint: a share of the basis, 0 to 1, or points of emotion; empty
   * where there is nothing to measure.
   */
  abstract OptionalDouble measure(Touchpoint touchpoint, ObservedSummary.TouchpointStats stats);

  /** The finding's message about a touchpoint whose measure reached the threshold. */
  abstract Phrase message(
      Touchpoint touchpoint, ObservedSummary.TouchpointStats stats, double measure);

  /** The evidence in a few words, for a pain point's one-line summary. */
  abstract Phrase evidence(ObservedSummary.TouchpointStats stats, double measure);

  /** How many of the basis the measure counts (failed, ended here, long waits). */
  abstract long count(ObservedSummary.TouchpointStats stats);

  /** What the measure weighs in a pain point's score: 4 × the share of cases it concerns. */
  double weight(double measure) {
    return 4 * measure;
  }

  @Override
  public final List<Finding> check(Journey journey, RuleContext context) {
    Optional<ObservedSummary> observed = context.observed();
    if (observed.isEmpty()) {
      return List.of();
    }
    double threshold = context.threshold();
    List<Touchpoint> plan = journey.allTouchpoints();
    List<ObservedSummary.TouchpointStats> stats = observed.get().touchpoints();
    List<Finding> findings = new ArrayList<>();
    int judged = judged(plan);
    for (int i = 0; i < judged; i++) {
      Touchpoint touchpoint = plan.get(i);
      ObservedSummary.TouchpointStats here = stats.get(i);
      if (basis(here) < GapAnalysis.OBSERVED_MINIMUM) {
        continue; // a handful of cases says nothing
      }
      OptionalDouble measure = measure(touchpoint, here);
      if (measure.isEmpty() || measure.getAsDouble() < threshold) {
        continue;
      }
      double value = measure.getAsDouble();
      findings.add(
          facts(
                  context
                      .finding(touchpoint.id())
                      .severity(
                          value >= 2 * threshold ? FindingSeverity.ERROR : FindingSeverity.WARNING)
                      .message(message(touchpoint, here, value)),
                  here,
                  value,
                  context)
              .fact("threshold", factOf(threshold, context))
              .build());
    }
    return findings;
  }

  /** The finding's facts before the threshold: the share, the count and the n. */
  Finding.Builder facts(
      Finding.Builder finding,
      ObservedSummary.TouchpointStats stats,
      double measure,
      RuleContext context) {
    return finding
        .fact("share", context.percent(measure))
        .fact("count", Long.toString(count(stats)))
        .fact("n", Long.toString(basis(stats)));
  }

  /** A measure or threshold as a fact: a percentage, for the rules that measure shares. */
  String factOf(double value, RuleContext context) {
    return context.percent(value);
  }

  /** A count as the reader's language writes it: {@code 1,204}, Polish {@code 1204}. */
  static Phrase count(long count) {
    return language -> Figures.count(language, count);
  }
}
