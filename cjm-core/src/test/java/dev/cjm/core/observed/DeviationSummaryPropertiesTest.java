package dev.cjm.core.observed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.cjm.core.Touchpoint;
import dev.cjm.core.testing.PlanChoices;
import dev.cjm.core.testing.RandomJourneys;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The summary of many observed journeys says exactly what their reports say one by one: a journey
 * counts once per touchpoint and type, deviations are counted by the name they carry (so an ad-hoc
 * touchpoint named like a planned id that fails counts as a failure there), and a journey follows
 * the plan when its report has no deviation.
 */
class DeviationSummaryPropertiesTest {
  /**
   * One occurrence per step: 0..19 a planned touchpoint (modulo the plan), 20..23 an ad-hoc one
   * (two of them named like planned ids), 24 an id the plan lacks; a step divisible by 7 fails, one
   * divisible by 5 records an emotion.
   */
  private static ObservedJourney observed(String id, List<Touchpoint> plan, List<Integer> steps) {
    ObservedJourney.Builder observed = ObservedJourney.builder(id);
    for (int step : steps) {
      boolean failed = step % 7 == 0;
      java.util.function.Consumer<ObservedJourney.OccurrenceBuilder> how =
          o -> {
            if (failed) {
              o.failed();
            }
            if (step % 5 == 0) {
              o.emotion((step % 5) - 2 + step % 3);
            }
          };
      if (step < 20 && !plan.isEmpty()) {
        observed.planned(plan.get(step % plan.size()).id(), how);
      } else if (step < 22 && !plan.isEmpty()) {
        observed.adHoc(plan.get(step % plan.size()).id(), how);
      } else if (step < 24) {
        observed.adHoc("Called the hotline " + step % 2, how);
      } else {
        observed.planned("no-such-touchpoint", how);
      }
    }
    return observed.build();
  }

  @Test
  void summary_countsWhatEachReportFinds() {
    qt().withExamples(200)
        .forAll(
            RandomJourneys.standard().smallOnly().journeys().map(PlanChoices::sometimes),
            lists()
                .of(lists().of(integers().between(0, 24)).ofSizeBetween(0, 16))
                .ofSizeBetween(0, 8))
        .checkAssert(
            (journey, stepLists) -> {
              List<Touchpoint> plan = journey.allTouchpoints();
              List<ObservedJourney> observed = new ArrayList<>();
              for (int j = 0; j < stepLists.size(); j++) {
                observed.add(observed("customer-" + j, plan, stepLists.get(j)));
              }

              DeviationSummary summary = DeviationSummary.of(journey, observed);

              int following = 0;
              int[][] counts = new int[plan.size()][3];
              Map<String, Integer> adHoc = new TreeMap<>();
              for (ObservedJourney one : observed) {
                DeviationReport report = DeviationReport.of(journey, one);
                following += report.followsPlan() ? 1 : 0;
                for (int i = 0; i < plan.size(); i++) {
                  String planned = plan.get(i).id();
                  counts[i][0] += countsAt(report, Deviation.Type.MISSING, planned);
                  counts[i][1] += countsAt(report, Deviation.Type.SEQUENCE, planned);
                  counts[i][2] += countsAt(report, Deviation.Type.FAILING, planned);
                }
                Set<String> names = new HashSet<>();
                report.deviations(Deviation.Type.AD_HOC).forEach(d -> names.add(d.touchpoint()));
                names.forEach(name -> adHoc.merge(name, 1, Integer::sum));
              }
              assertThat(summary.followingPlan()).isEqualTo(following);
              assertThat(summary.touchpoints()).hasSize(plan.size());
              for (int i = 0; i < plan.size(); i++) {
                DeviationSummary.TouchpointDeviations at = summary.touchpoints().get(i);
                assertThat(new int[] {at.missing(), at.outOfSequence(), at.failing()})
                    .as(plan.get(i).id())
                    .containsExactly(counts[i]);
              }
              assertThat(summary.adHoc()).containsExactlyInAnyOrderEntriesOf(adHoc);
            });
  }

  private static int countsAt(DeviationReport report, Deviation.Type type, String touchpoint) {
    return report.deviations(type).stream().anyMatch(d -> d.touchpoint().equals(touchpoint))
        ? 1
        : 0;
  }
}
