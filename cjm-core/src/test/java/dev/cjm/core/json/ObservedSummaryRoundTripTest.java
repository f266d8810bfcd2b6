package dev.cjm.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.cjm.core.Journey;
import dev.cjm.core.Touchpoint;
import dev.cjm.core.observed.JourneyMonitor;
import dev.cjm.core.observed.ObservedJourney;
import dev.cjm.core.observed.ObservedSummary;
import dev.cjm.core.testing.HostileText;
import dev.cjm.core.testing.PlanChoices;
import dev.cjm.core.testing.RandomJourneys;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The summary format is lossless: every summary a monitor makes, of any plan (with optional and
 * "one of" touchpoints) over any cases (planned, ad hoc with hostile names, failed, with emotions
 * and waits long and short, paths cut at {@link JourneyMonitor#MAX_PATH_STEPS}), exact or with
 * approximate paths, reads back equal to itself, and writing what was read gives the same text.
 */
class ObservedSummaryRoundTripTest {
  private static final Instant START = Instant.parse("2026-05-01T08:00:00Z");

  @Test
  void everySummarySurvivesJson() {
    Set<String> seen = new HashSet<>();
    qt().withExamples(300)
        .forAll(summaries())
        .checkAssert(
            summary -> {
              String json = ObservedSummaryJson.format(summary);
              ObservedSummary read = ObservedSummaryJson.parse(json);
              assertThat(read).isEqualTo(summary);
              assertThat(ObservedSummaryJson.format(read)).isEqualTo(json);
              assertThat(ObservedSummaryJson.parse(new StringReader(json))).isEqualTo(summary);
              seen.addAll(kinds(summary));
            });
    // The generator reaches every kind of figure the format has to keep.
    assertThat(seen)
        .contains(
            "approximate paths", "cut path", "alternative", "optional", "long wait", "ad hoc");
  }

  private static Set<String> kinds(ObservedSummary summary) {
    Set<String> kinds = new HashSet<>();
    if (summary.pathError() > 0) {
      kinds.add("approximate paths");
    }
    if (summary.paths().stream().anyMatch(p -> p.stepsCut() > 0)) {
      kinds.add("cut path");
    }
    if (summary.touchpoints().stream().anyMatch(t -> t.oneOf().isPresent())) {
      kinds.add("alternative");
    }
    if (summary.touchpoints().stream().anyMatch(t -> t.optional())) {
      kinds.add("optional");
    }
    if (!summary.longWaits().isEmpty()) {
      kinds.add("long wait");
    }
    if (!summary.adHoc().isEmpty()) {
      kinds.add("ad hoc");
    }
    return kinds;
  }

  /**
   * Summaries of random small plans over up to 30 random cases, kept in 1 to 3 counters (so that
   * paths and ad-hoc places are approximate, with an error bound) or in the default 1,000 (exact).
   */
  static Gen<ObservedSummary> summaries() {
    Gen<Journey> plans =
        RandomJourneys.standard().smallOnly().journeys().map(PlanChoices::sometimes);
    Gen<List<List<Integer>>> cases =
        lists().of(lists().of(integers().between(0, 23)).ofSizeBetween(0, 12)).ofSizeBetween(0, 30);
    Gen<Integer> kept = Generate.pick(List.of(1, 2, 3, JourneyMonitor.DEFAULT_KEPT));
    Gen<String> names = Generate.pick(HostileText.SAMPLES);
    return in -> {
      Journey plan = plans.generate(in);
      JourneyMonitor monitor = JourneyMonitor.of(plan, kept.generate(in));
      List<String> adHoc = List.of(names.generate(in), names.generate(in));
      List<List<Integer>> steps = cases.generate(in);
      for (int j = 0; j < steps.size(); j++) {
        monitor.add(observed("customer-" + j, plan.allTouchpoints(), adHoc, steps.get(j)));
      }
      if (Generate.booleans().generate(in)) {
        // A path longer than the steps kept: its last steps are counted as cut.
        monitor.add(observed("long", plan.allTouchpoints(), adHoc, Collections.nCopies(61, 20)));
      }
      return monitor.summary();
    };
  }

  /**
   * One occurrence per step: 0..19 a planned touchpoint (modulo the plan), 20..22 an ad-hoc one, 23
   * an id the plan lacks; a step divisible by 7 fails, one divisible by 5 records an emotion; the
   * step's number is the minutes waited before it (times 1,000 for a step divisible by 11: a long
   * wait).
   */
  private static ObservedJourney observed(
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
