package dev.cjm.core.observed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cjm.core.observed.ObservedSummary.Step;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A summary rebuilt from its figures ({@link ObservedSummary#builder}) has what it was given, in
 * the order a monitor sorts it; a figure out of range, or figures that do not fit together, are
 * refused with the field named first and what it was checked against.
 */
class ObservedSummaryBuilderTest {

  /** Ten cases: all saw the cart, six paid; two payments failed. */
  private static ObservedSummary.Builder checkout() {
    return ObservedSummary.builder("Checkout", Locale.forLanguageTag("pl"), 10)
        .touchpoint(
            "cart",
            "Cart",
            t ->
                t.reached(10)
                    .stepReached(10)
                    .endedHere(4)
                    .waits(6, Duration.ofMinutes(1), Duration.ofMinutes(10), 1))
        .touchpoint(
            "pay", "Pay", t -> t.reached(6).stepReached(6).endedHere(6).failed(2).emotions(3, -1.5))
        .path(List.of(Step.ofPlanned("cart")), 0, 4)
        .path(List.of(Step.ofPlanned("cart"), Step.ofAdHoc("Called"), Step.ofPlanned("pay")), 0, 6)
        .adHoc("Called", "cart", "pay", 6);
  }

  @Test
  void aSummaryHasTheFiguresItWasGiven_itsPathsMostCommonFirst() {
    ObservedSummary summary = checkout().build();

    assertThat(summary.touchpoints())
        .extracting(Object::toString)
        .containsExactly(
            "cart: reached 100%, ended here 40%, failed 0%",
            "pay: reached 60%, ended here 60%, failed 33.3%");
    assertThat(summary.touchpoints().get(0).longWaitThreshold()).contains(Duration.ofMinutes(60));
    assertThat(summary.touchpoints().get(1).meanEmotion()).hasValue(-1.5);
    assertThat(summary.paths())
        .extracting(ObservedSummary.PathShare::cases)
        .containsExactly(6L, 4L);
    assertThat(summary.adHoc().get(0).share()).isEqualTo(0.6);
    assertThat(summary.toText(Locale.ENGLISH)).contains("Checkout");
    assertThat(checkout().build()).isEqualTo(summary);
  }

  @Test
  void aCountAboveWhatItCountsAmong_isRefused() {
    assertThatThrownBy(
            () ->
                ObservedSummary.builder("T", Locale.ENGLISH, 5)
                    .touchpoint("a", "A", t -> t.reached(6)))
        .hasMessage("reached is 6 at touchpoint \"a\", more than cases (5)");
    assertThatThrownBy(
            () ->
                ObservedSummary.builder("T", Locale.ENGLISH, 5)
                    .touchpoint("a", "A", t -> t.reached(2).stepReached(2).failed(3)))
        .hasMessage("failed is 3 at touchpoint \"a\", more than reached (2)");
    assertThatThrownBy(() -> ObservedSummary.builder("T", Locale.ENGLISH, 5).pathError(-1))
        .hasMessage("pathError is -1; a count is 0 or more");
  }

  @Test
  void casesThatDoNotAddUp_areRefused() {
    assertThatThrownBy(
            () ->
                ObservedSummary.builder("T", Locale.ENGLISH, 5)
                    .touchpoint("a", "A", t -> t.reached(3).stepReached(3).endedHere(3))
                    .build())
        .hasMessageStartingWith(
            "the cases that ended at each touchpoint (endedHere) and those without a planned step"
                + " add up to 3, not cases (5)");
  }

  @Test
  void aPathThroughATouchpointTheSummaryLacks_isRefused() {
    assertThatThrownBy(
            () ->
                ObservedSummary.builder("T", Locale.ENGLISH, 1)
                    .casesWithoutPlannedStep(1)
                    .path(List.of(Step.ofPlanned("nowhere")), 0, 1)
                    .build())
        .hasMessage("a path's planned step \"nowhere\" is no touchpoint of the summary");
  }

  @Test
  void alternativesOfOneGroup_shareTheirStep() {
    assertThatThrownBy(
            () ->
                ObservedSummary.builder("T", Locale.ENGLISH, 4)
                    .touchpoint("fb", "Facebook", t -> t.oneOf("entry").reached(1).stepReached(3))
                    .touchpoint("g", "Google", t -> t.oneOf("entry").reached(2).stepReached(2)))
        .hasMessageStartingWith("stepReached is 2 at touchpoint \"g\", but 3 at \"fb\"");
  }

  @Test
  void waitsAreWholeMilliseconds_theMedianNoLongerThanThe90thPercentile() {
    assertThatThrownBy(
            () ->
                new ObservedSummary.TouchpointFigures()
                    .waits(1, Duration.ofNanos(1), Duration.ZERO, 0))
        .hasMessage("medianWait is PT0.000000001S; a wait is 0 or longer, in whole milliseconds");
    assertThatThrownBy(
            () ->
                new ObservedSummary.TouchpointFigures()
                    .waits(2, Duration.ofMinutes(2), Duration.ofMinutes(1), 0))
        .hasMessageStartingWith("medianWait PT2M is longer than wait90 PT1M");
  }
}
