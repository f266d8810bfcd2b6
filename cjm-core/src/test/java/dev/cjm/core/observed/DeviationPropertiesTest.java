package dev.cjm.core.observed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.cjm.core.Journey;
import dev.cjm.core.Touchpoint;
import dev.cjm.core.testing.RandomJourneys;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of the deviation analysis that hold for every valid journey, checked on random ones.
 */
class DeviationPropertiesTest {
  private static final Gen<Journey> JOURNEYS = RandomJourneys.standard().journeys();

  @Test
  void deviations_ofAJourneyThatFollowsThePlanExactly_areNone() {
    qt().withExamples(300)
        .forAll(JOURNEYS)
        .checkAssert(
            journey -> {
              ObservedJourney.Builder observed = ObservedJourney.builder("as planned");
              journey.allTouchpoints().forEach(t -> observed.planned(t.id()));

              assertThat(DeviationReport.of(journey, observed.build()).deviations()).isEmpty();
            });
  }

  @Test
  void deviations_ofAnyObservedJourney_accountForEveryPlannedTouchpoint() {
    qt().withExamples(300)
        .forAll(
            JOURNEYS, lists().of(integers().between(-1, 12)).ofSizeBetween(0, 20), booleans().all())
        .checkAssert(
            (journey, steps, failSome) -> {
              List<Touchpoint> plan = journey.allTouchpoints();
              ObservedJourney.Builder observed = ObservedJourney.builder("random");
              for (int step : steps) {
                boolean failed = failSome && step % 3 == 0;
                if (step < 0 || step >= plan.size()) {
                  observed.adHoc(
                      "Ad hoc " + step,
                      o -> {
                        if (failed) {
                          o.failed();
                        }
                      });
                } else {
                  observed.planned(
                      plan.get(step).id(),
                      o -> {
                        if (failed) {
                          o.failed();
                        }
                      });
                }
              }
              DeviationReport report = DeviationReport.of(journey, observed.build());

              long met = plan.stream().filter(t -> steps.contains(plan.indexOf(t))).count();
              assertThat(report.deviations(Deviation.Type.MISSING))
                  .hasSize((int) (plan.size() - met));
              assertThat(report.deviations(Deviation.Type.AD_HOC))
                  .hasSize((int) steps.stream().filter(s -> s < 0 || s >= plan.size()).count());
              assertThat(report.followsPlan()).isEqualTo(report.deviations().isEmpty());
            });
  }

  @Test
  void alignment_keepsAStrictlyIncreasingRunAsLongAsAnyOther() {
    qt().withExamples(500)
        .forAll(lists().of(integers().between(-1, 8)).ofSizeBetween(0, 14))
        .checkAssert(
            list -> {
              int[] positions = list.stream().mapToInt(i -> i).toArray();
              boolean[] onPlan = DeviationReport.alignedOccurrences(positions);

              int last = -1;
              int length = 0;
              for (int k = 0; k < positions.length; k++) {
                if (onPlan[k]) {
                  assertThat(positions[k]).isGreaterThan(last);
                  last = positions[k];
                  length++;
                }
              }
              assertThat(length).isEqualTo(longestIncreasing(positions));
            });
  }

  /** The textbook O(m²) longest strictly increasing run of non-negative values. */
  private static int longestIncreasing(int[] values) {
    int[] best = new int[values.length];
    int overall = 0;
    for (int i = 0; i < values.length; i++) {
      if (values[i] < 0) {
        continue;
      }
      best[i] = 1;
      for (int j = 0; j < i; j++) {
        if (values[j] >= 0 && values[j] < values[i]) {
          best[i] = Math.max(best[i], best[j] + 1);
        }
      }
      overall = Math.max(overall, best[i]);
    }
    return overall;
  }
}
