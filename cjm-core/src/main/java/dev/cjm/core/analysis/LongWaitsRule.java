package dev.cjm.core.analysis;

import dev.cjm.core.observed.ObservedSummary;
import java.util.Optional;

/**
 * {@code observed.long-waits}: unexpected breaks in contact. Of the observed waits from a
 * touchpoint to the next step, the share that are long ({@link
 * ObservedSummary.TouchpointStats#longWaits()}: far longer than the step's usual long wait) is at
 * least the threshold (5% by default); an error at twice it. Judged on at least {@link
 * GapAnalysis#OBSERVED_MINIMUM} waits.
 */
final class LongWaitsRule extends ObservedShareRule {
  static final String ID = "observed.long-waits";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "unexpected breaks in contact: the share of long waits after a touchpoint is at least"
        + " the threshold; an error at twice it";
  }

  @Override
  public Optional<Threshold> threshold() {
    return Optional.of(
        Threshold.above("the share of the waits after a touchpoint that are long", 0.05, 0, 1));
  }

  @Override
  long basis(ObservedSummary.TouchpointStats stats) {
    return stats.waits();
  }

  @Override
  long count(ObservedSummary.TouchpointStats stats) {
    return stats.longWaits();
  }
}
