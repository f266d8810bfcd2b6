package dev.cjm.core.analysis;

import dev.cjm.core.observed.ObservedSummary;
import java.util.Optional;

/**
 * {@code observed.failures}: of the observed cases that reached a touchpoint, the share in which it
 * failed ({@link ObservedSummary.TouchpointStats#failedShare()}) is at least the threshold (5% by
 * default); an error at twice it. Judged on at least {@link GapAnalysis#OBSERVED_MINIMUM} cases
 * reaching the touchpoint, so an optional touchpoint or an alternative is judged on the cases that
 * met it.
 */
final class FailuresRule extends ObservedShareRule {
  static final String ID = "observed.failures";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "the share of observed cases in which a touchpoint failed is at least the threshold;"
        + " an error at twice it";
  }

  @Override
  public Optional<Threshold> threshold() {
    return Optional.of(
        Threshold.above(
            "the share of the cases reaching a touchpoint that fail there", 0.05, 0, 1));
  }

  @Override
  long basis(ObservedSummary.TouchpointStats stats) {
    return stats.reached();
  }

  @Override
  long count(ObservedSummary.TouchpointStats stats) {
    return stats.failed();
  }
}
