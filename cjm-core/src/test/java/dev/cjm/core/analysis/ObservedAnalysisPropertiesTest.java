package dev.cjm.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.cjm.core.Journey;
import dev.cjm.core.Touchpoint;
import dev.cjm.core.observed.JourneyMonitor;
import dev.cjm.core.observed.ObservedJourney;
import dev.cjm.core.observed.ObservedSummary;
import dev.cjm.core.testing.PlanChoices;
import dev.cjm.core.testing.RandomJourneys;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Any valid plan, with choices or without, analysed with any cases folded into its summary, gives a
 * report without throwing, the same twice, whose observed findings are all about planned
 * touchpoints that at least {@link GapAnalysis#OBSERVED_MINIMUM} cases back.
 */
class ObservedAnalysisPropertiesTest {
  private static final Instant START = Instant.parse("2026-05-01T08:00:00Z");

  /**
   * {@code count} random cases: each walks up to 12 steps, each a planned touchpoint (or, one step
   * in eight, an ad-hoc one), failing one time in six, scored one time in three, after a wait of
   * minutes or, one time in ten, days.
   */
  private static ObservedSummary summary(Journey plan, long seed, int count) {
    Random random = new Random(seed);
    List<Touchpoint> touchpoints = plan.allTouchpoints();
    JourneyMonitor monitor = JourneyMonitor.of(plan);
    for (int c = 0; c < count; c++) {
      ObservedJourney.Builder observed = ObservedJourney.builder("case-" + c);
      Instant at = START;
      int steps = random.nextInt(13);
      for (int k = 0; k < steps; k++) {
        at =
            at.plus(
                random.nextInt(10) == 0
                    ? Duration.ofDays(1 + random.nextInt(5))
                    : Duration.ofMinutes(1 + random.nextInt(60)));
        Instant time = at;
        boolean failed = random.nextInt(6) == 0;
        boolean scored = random.nextInt(3) == 0;
        double score = random.nextInt(9) / 2.0 - 2;
        java.util.function.Consumer<ObservedJourney.OccurrenceBuilder> how =
            o -> {
              o.at(time);
              if (failed) {
                o.failed();
              }
              if (scored) {
                o.emotion(score);
              }
            };
        if (touchpoints.isEmpty() || random.nextInt(8) == 0) {
          observed.adHoc("Called the hotline", how);
        } else {
          observed.planned(touchpoints.get(random.nextInt(touchpoints.size())).id(), how);
        }
      }
      monitor.add(observed.build());
    }
    return monitor.summary();
  }

  @Test
  void analyze_anyPlanWithAnyObservedCases_neverThrowsAndIsDeterministic() {
    qt().withExamples(150)
        .forAll(RandomJourneys.standard().journeys(), longs().all(), integers().between(0, 300))
        .checkAssert(
            (journey, seed, count) -> {
              Journey plan = PlanChoices.sometimes(journey);
              ObservedSummary observed = summary(plan, seed, count);

              GapReport first = GapAnalysis.standard().analyze(plan, observed);
              GapReport second = GapAnalysis.standard().analyze(plan, observed);

              assertThat(second.findings()).isEqualTo(first.findings());
              assertThat(second.toMarkdown()).isEqualTo(first.toMarkdown());
              assertThat(first.toText(Locale.forLanguageTag("pl"))).isNotBlank();
              for (Finding finding : first.findings()) {
                if (finding.ruleId().startsWith("observed.")) {
                  assertThat(plan.touchpoint(finding.subjectId())).isPresent();
                  assertThat(Long.parseLong(finding.facts().get("n")))
                      .isGreaterThanOrEqualTo(GapAnalysis.OBSERVED_MINIMUM);
                }
              }
              for (PainPoint painPoint : first.painPoints()) {
                assertThat(painPoint.score()).isFinite().isNotNegative();
                assertThat(painPoint.summary(Locale.forLanguageTag("pl"))).isNotBlank();
              }
            });
  }
}
