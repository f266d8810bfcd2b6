package dev.cjm.core.observed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.cjm.core.Journey;
import dev.cjm.core.JourneyBuilder;
import dev.cjm.core.Touchpoint;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A step's plan position is where its id is in the plan, whether it is where the plan expects it, a
 * skip or a swap away, or anywhere else, and whether its id is the plan's own String or an equal
 * one.
 */
class PlanIndexTest {
  private static Journey plan(int size) {
    JourneyBuilder journey = Journey.builder("Plan of " + size);
    journey.stage(
        "Only stage",
        s -> {
          for (int i = 0; i < size; i++) {
            s.touchpoint("Step " + i);
          }
        });
    return journey.build();
  }

  @Test
  void positions_areThoseOfTheIdsInThePlan() {
    qt().withExamples(500)
        .forAll(
            integers().between(1, 30),
            lists().of(integers().between(-3, 40)).ofSizeBetween(0, 60),
            integers().between(0, 3))
        .checkAssert(
            (size, moves, copies) -> {
              List<Touchpoint> plan = plan(size).allTouchpoints();
              // A negative move is an ad-hoc step; a move below 8 goes from just after the last
              // planned step by -2 to +5 (the plan's order, skips and swaps); a larger one jumps to
              // move - 8. A step outside the plan names an id it lacks; some ids are equal copies.
              ObservedJourney.Builder observed = ObservedJourney.builder("customer");
              int[] expected = new int[moves.size()];
              int next = 0;
              for (int k = 0; k < moves.size(); k++) {
                int move = moves.get(k);
                int step = move < 8 ? next + move - 2 : move - 8;
                if (move < 0) {
                  observed.adHoc("Called the hotline");
                  expected[k] = -1;
                } else if (step >= 0 && step < size) {
                  String id = plan.get(step).id();
                  observed.planned(k % 4 < copies ? new String(id.toCharArray()) : id);
                  expected[k] = indexOf(plan, id);
                  next = step + 1;
                } else {
                  observed.planned("step-" + step + "-not-planned");
                  expected[k] = -1;
                }
              }

              int[] positions =
                  DeviationReport.positions(
                      observed.build().occurrences(), new DeviationReport.PlanIndex(plan));

              assertThat(positions).containsExactly(expected);
            });
  }

  /** The reference: a search of the whole plan. */
  private static int indexOf(List<Touchpoint> plan, String id) {
    for (int i = 0; i < plan.size(); i++) {
      if (plan.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void position_ofAnIdThePlanLacksIsMinusOne() {
    DeviationReport.PlanIndex index = new DeviationReport.PlanIndex(plan(3).allTouchpoints());

    assertThat(index.position("step-1")).isEqualTo(1);
    assertThat(index.position("step-1", 0)).isEqualTo(1);
    assertThat(index.position("step-9", 2)).isEqualTo(-1);
    assertThat(index.position("step-0", 3)).isEqualTo(0);
  }
}
