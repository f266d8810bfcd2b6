package dev.cjm.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cjm.core.Journey;
import dev.cjm.core.observed.EventLog;
import dev.cjm.core.observed.JourneyMonitor;
import dev.cjm.core.observed.ObservedSummary;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The monitor recovers the generator's true rates from the generated log, within sampling error:
 * each observed share is within four standard errors of the true one (a chance of about 1 in 16,000
 * per share of failing by bad luck; the seed is fixed, so the test is deterministic).
 */
class EventLogGeneratorTest {
  private static final int CASES = 20_000;

  @Test
  void theSummaryRecoversTheTrueRates() {
    Journey plan = ClickAndCollect.journey();
    EventLogGenerator generator =
        new EventLogGenerator(plan, 0.15, 0.08, 0.10, 0.05).withFailure("reserve-and-pay", 0.2);
    StringBuilder csv = new StringBuilder();
    long events = generator.write(ClickAndCollect.SEED, CASES, csv);
    JourneyMonitor monitor = JourneyMonitor.of(plan);
    EventLog log =
        EventLog.builder().outcome("outcome").emotion("score", -3, 3).sortedByCase().build();

    try (EventLog.Cases cases = log.read(plan, new StringReader(csv.toString()))) {
      cases.forEachRemaining(monitor::add);
      assertThat(cases.events()).isEqualTo(events);
      assertThat(cases.skippedRows()).isZero();
    }
    ObservedSummary summary = monitor.summary();

    assertThat(summary.cases()).isEqualTo(CASES);
    List<ObservedSummary.TouchpointStats> steps = summary.touchpoints();
    long waits = 0;
    long longWaits = 0;
    for (ObservedSummary.TouchpointStats step : steps) {
      double reached = generator.reachedShare(step.id());
      assertThat(step.reachedShare()).as(step.id()).isCloseTo(reached, fourErrors(reached, CASES));
      double failure = generator.failure(step.id());
      assertThat(step.failedShare())
          .as(step.id())
          .isCloseTo(failure, fourErrors(failure, step.reached()));
      double endedHere = generator.endedHereShare(step.id());
      assertThat(step.endedHereShare())
          .as(step.id())
          .isCloseTo(endedHere, fourErrors(endedHere, CASES));
      waits += step.waits();
      longWaits += step.longWaits();
    }
    assertThat((double) longWaits / waits)
        .isCloseTo(generator.longWait(), fourErrors(generator.longWait(), waits));
    assertThat(summary.adHoc())
        .extracting(ObservedSummary.AdHocPlace::name)
        .containsOnly(EventLogGenerator.DETOUR);
    long detours = summary.adHoc().stream().mapToLong(ObservedSummary.AdHocPlace::cases).sum();
    double perCase = generator.detoursPerCase();
    assertThat((double) detours / CASES).isCloseTo(perCase, within(4 * Math.sqrt(perCase / CASES)));
    assertThat(summary.pathError()).isZero();
  }

  @Test
  void aCaseMeetsOneAlternativeOfAGroup_andSkipsHalfOfTheOptionalTouchpoints() {
    Journey plan = ClickAndCollect.journey(); // three entry points, an optional review request
    EventLogGenerator generator = new EventLogGenerator(plan, 0.1, 0, 0, 0);

    assertThat(generator.reachedShare("facebook-ad")).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(generator.reachedShare("product-page")).isEqualTo(0.9);
    assertThat(generator.reachedShare("review-request"))
        .isCloseTo(Math.pow(0.9, 6) * EventLogGenerator.OPTIONAL_TAKEN, within(1e-12));
    // After the pick-up: ended by a drop-off, or by going on and skipping the review request.
    assertThat(generator.endedHereShare("pickup"))
        .isCloseTo(Math.pow(0.9, 5) * (0.1 + 0.9 * 0.5), within(1e-12));
  }

  private static org.assertj.core.data.Offset<Double> fourErrors(double p, long n) {
    return within(4 * Math.sqrt(p * (1 - p) / n));
  }
}
