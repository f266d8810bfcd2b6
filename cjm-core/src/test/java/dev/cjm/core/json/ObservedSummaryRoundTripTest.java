package dev.cjm.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.cjm.core.Journey;
import dev.cjm.core.observed.JourneyMonitor;
import dev.cjm.core.observed.ObservedSummary;
import dev.cjm.core.testing.HostileText;
import dev.cjm.core.testing.ObservedCases;
import dev.cjm.core.testing.PlanChoices;
import dev.cjm.core.testing.RandomJourneys;
import java.io.StringReader;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
        monitor.add(
            ObservedCases.observed("customer-" + j, plan.allTouchpoints(), adHoc, steps.get(j)));
      }
      if (Generate.booleans().generate(in)) {
        // A path longer than the steps kept: its last steps are counted as cut.
        monitor.add(
            ObservedCases.observed(
                "long", plan.allTouchpoints(), adHoc, Collections.nCopies(61, 20)));
      }
      return monitor.summary();
    };
  }
}
