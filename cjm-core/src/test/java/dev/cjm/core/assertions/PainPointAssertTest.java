package dev.cjm.core.assertions;

import static dev.cjm.core.assertions.CjmAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cjm.core.analysis.FindingSeverity;
import dev.cjm.core.analysis.GapAnalysis;
import dev.cjm.core.analysis.GapReport;
import dev.cjm.core.analysis.PainPoint;
import dev.cjm.core.analysis.Priority;
import dev.cjm.core.testing.TestJourneys;
import org.junit.jupiter.api.Test;

/**
 * Assertions on one pain point: the README journey's checkout, where Anna feels -2 against an
 * expected +1 and the delivery cost appears late (critical, score 6.5).
 */
class PainPointAssertTest {
  private static final GapReport REPORT =
      GapAnalysis.standard().analyze(TestJourneys.runningShoes());
  private static final PainPoint CHECKOUT = REPORT.painPoints().get(0);

  @Test
  void passes_forItsPlaceRankPriorityFindingsBarriersAndOpportunities() {
    assertThat(CHECKOUT)
        .isAt("checkout")
        .hasRank(1)
        .hasPriority(Priority.CRITICAL)
        .hasFinding("emotion.expectation-gap")
        .hasBarrier("late-delivery-cost")
        .hasOpportunity("show-delivery-cost-on-the-product-page");
  }

  @Test
  void hasPriority_fails_withThePriorityAndScoreFound() {
    assertThatThrownBy(
            () -> assertThat(REPORT).hasPainPointAt("checkout").hasPriority(Priority.HIGH))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            """
            expected the pain point to be of priority high, but it is critical (score 6.5)
            pain point: #1 Purchase › Checkout (touchpoint checkout, stages[1].touchpoints[0])
            priority: critical (score 6.5)
            journey: "Buying running shoes online\"""");
  }

  @Test
  void isAt_andHasRank_fail_withoutAJourneyTitle_whenMadeFromThePainPointAlone() {
    assertThatThrownBy(() -> assertThat(CHECKOUT).isAt("instagram-ad"))
        .hasMessage(
            """
            expected the pain point to be at instagram-ad, but it is at Purchase › Checkout \
            (touchpoint checkout, stages[1].touchpoints[0])
            pain point: #1 Purchase › Checkout (touchpoint checkout, stages[1].touchpoints[0])
            priority: critical (score 6.5)""");
    assertThatThrownBy(() -> assertThat(CHECKOUT).hasRank(2))
        .hasMessageStartingWith("expected the pain point to be ranked #2, but it is #1\n");
  }

  @Test
  void hasFinding_fails_listingItsFindingsWithTheirSeverities() {
    assertThatThrownBy(() -> assertThat(CHECKOUT).hasFinding("touchpoint.no-owner"))
        .hasMessageStartingWith(
            "expected the pain point to have a finding of rule touchpoint.no-owner, but its"
                + " findings are emotion.expectation-gap (error), emotion.low-point (warning),"
                + " emotion.sharp-drop (warning), channel.broken-handover (warning),"
                + " barrier.widespread (warning)\n");
  }

  @Test
  void hasBarrier_andHasOpportunity_fail_listingTheIdsItHas() {
    assertThatThrownBy(() -> assertThat(CHECKOUT).hasBarrier("hidden-fees"))
        .hasMessageStartingWith(
            "expected the pain point to have barrier hidden-fees, but its barriers are"
                + " late-delivery-cost\n");
    assertThatThrownBy(() -> assertThat(CHECKOUT).hasOpportunity("free-returns"))
        .hasMessageStartingWith(
            "expected the pain point to have opportunity free-returns, but the opportunities for"
                + " its barriers are show-delivery-cost-on-the-product-page\n");
  }

  @Test
  void aPainPointOfAReportWithoutErrors_isNoLessAPainPoint() {
    GapReport lenient =
        GapAnalysis.standard()
            .severity("emotion.expectation-gap", FindingSeverity.WARNING)
            .analyze(TestJourneys.runningShoes());

    assertThat(lenient)
        .hasNoProblems()
        .hasTopPainPointAt("checkout")
        .hasPriority(Priority.CRITICAL);
  }
}
