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
    EventLogGenerator generator = new EventLogGenerator(plan, 0.15, 0.08, 0.10, 0.05);
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
    for (int i = 0; i < steps.size(); i++) {
      ObservedSummary.TouchpointStats step = steps.get(i);
      double reached = generator.reachedShare(i);
      assertThat(step.reachedShare()).as(step.id()).isCloseTo(reached, fourErrors(reached, CASES));
      assertThat(step.failedShare())
          .as(step.id())
          .isCloseTo(generator.failure(), fourErrors(generator.failure(), step.reached()));
      double endedHere = i == steps.size() - 1 ? reached : reached * generator.dropOff();
      assertThat(step.endedHereShare())
          .as(step.id())
          .isCloseTo(endedHere, fourErrors(endedHere, CASES));
      waits += step.waits();
      longWaits += step.longWaits();
    }
    assertThat((double) longWaits / waits)
        .isCloseTo(generator.longWait(), fourErrors(generator.longWait(), waits));
    for (ObservedSummary.AdHocPlace place : summary.adHoc()) {
      assertThat(place.name()).isEqualTo(EventLogGenerator.DETOUR);
      int next = indexOf(steps, place.before().orElseThrow());
      assertThat(place.after()).hasValue(steps.get(next - 1).id());
      double detour = generator.reachedShare(next) * generator.detour();
      assertThat(place.share()).as(place.toString()).isCloseTo(detour, fourErrors(detour, CASES));
    }
    assertThat(summary.adHoc()).hasSize(steps.size() - 1);
    assertThat(summary.pathError()).isZero();
  }

  private static org.assertj.core.data.Offset<Double> fourErrors(double p, long n) {
    return within(4 * Math.sqrt(p * (1 - p) / n));
  }

  private static int indexOf(List<ObservedSummary.TouchpointStats> steps, String id) {
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new AssertionError("no step " + id);
  }
}
