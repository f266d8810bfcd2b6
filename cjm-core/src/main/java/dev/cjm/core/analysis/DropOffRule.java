package dev.cjm.core.analysis;

import dev.cjm.core.Touchpoint;
import dev.cjm.core.observed.ObservedSummary;
import java.util.List;
import java.util.Optional;

/**
 * {@code observed.drop-off}: of the observed cases that reached a touchpoint before the plan's last
 * required step, the share that ended there ({@link ObservedSummary.TouchpointStats#endedHere()})
 * is at least the threshold (20% by default); an error at twice it. The last required step is the
 * last touchpoint that is not optional, with the other alternatives of its "one of" group (the
 * plan's last touchpoint when all are optional): ending there or after it is going all the way.
 * Judged on at least {@link GapAnalysis#OBSERVED_MINIMUM} cases reaching the touchpoint.
 */
final class DropOffRule extends ObservedShareRule {
  static final String ID = "observed.drop-off";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "the share of observed cases that end at a touchpoint before the plan's last required"
        + " step is at least the threshold; an error at twice it";
  }

  @Override
  public Optional<Threshold> threshold() {
    return Optional.of(
        Threshold.above("the share of the cases reaching a touchpoint that end there", 0.2, 0, 1));
  }

  @Override
  long basis(ObservedSummary.TouchpointStats stats) {
    return stats.reached();
  }

  @Override
  long count(ObservedSummary.TouchpointStats stats) {
    return stats.endedHere();
  }

  /**
   * The touchpoints before the plan's last required step, which starts at the last touchpoint that
   * is not optional (else the last touchpoint), moved back to the first alternative of its group.
   */
  @Override
  int judged(List<Touchpoint> plan) {
    int last = plan.size() - 1;
    while (last >= 0 && plan.get(last).optional()) {
      last--;
    }
    if (last < 0) {
      last = plan.size() - 1; // every touchpoint is optional
    }
    if (last < 0) {
      return 0; // no touchpoint at all
    }
    Optional<String> group = plan.get(last).oneOf();
    while (group.isPresent() && last > 0 && plan.get(last - 1).oneOf().equals(group)) {
      last--;
    }
    return last;
  }
}
