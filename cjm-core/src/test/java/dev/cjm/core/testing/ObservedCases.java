package dev.cjm.core.testing;

import dev.cjm.core.Touchpoint;
import dev.cjm.core.observed.ObservedJourney;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** Observed journeys made from lists of numbers, for the monitor's and the summary's properties. */
public final class ObservedCases {
  private static final Instant START = Instant.parse("2026-05-01T08:00:00Z");

  private ObservedCases() {}

  /**
   * One occurrence per step: 0..19 a planned touchpoint (modulo the plan), 20..22 an ad-hoc one
   * (named {@code adHoc.get(step % 2)}), 23 an id the plan lacks; a step divisible by 7 fails, one
   * divisible by 5 records an emotion; the step's number is the minutes waited before it (times
   * 1,000 for a step divisible by 11: a long wait).
   */
  public static ObservedJourney observed(
      String id, List<Touchpoint> plan, List<String> adHoc, List<Integer> steps) {
    ObservedJourney.Builder observed = ObservedJourney.builder(id);
    Instant time = START;
    for (int step : steps) {
      time = time.plus(Duration.ofMinutes(step % 11 == 0 ? step * 1_000L : step));
      Instant at = time;
      Consumer<ObservedJourney.OccurrenceBuilder> how =
          o -> {
            o.at(at);
            if (step % 7 == 0) {
              o.failed();
            }
            if (step % 5 == 0) {
              o.emotion((step % 3) - 1.25);
            }
          };
      if (step < 20 && !plan.isEmpty()) {
        observed.planned(plan.get(step % plan.size()).id(), how);
      } else if (step < 23) {
        observed.adHoc(adHoc.get(step % 2), how);
      } else {
        observed.planned("no-such-touchpoint", how);
      }
    }
    return observed.build();
  }
}
