package dev.cjm.core.assertions;

import static dev.cjm.core.assertions.CjmAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cjm.core.Journey;
import dev.cjm.core.analysis.FindingSeverity;
import dev.cjm.core.analysis.GapAnalysis;
import dev.cjm.core.analysis.GapReport;
import dev.cjm.core.analysis.Priority;
import dev.cjm.core.testing.TestJourneys;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Assertions on a gap report, on the README's journey: Anna feels -2 at the checkout where she
 * expected +1 (an expectation gap, an error, and four warnings there: one critical pain point); the
 * Instagram ad has no owner and the journey stops at the purchase (map checks, warnings).
 */
class GapReportAssertTest {
  private static final Journey SHOES = TestJourneys.runningShoes();
  private static final GapReport REPORT = GapAnalysis.standard().analyze(SHOES);

  @Nested
  class HasNoProblems {
    @Test
    void passes_whenNoFindingIsAnError() {
      GapReport lenient =
          GapAnalysis.standard()
              .severity("emotion.expectation-gap", FindingSeverity.WARNING)
              .analyze(SHOES);

      assertThat(lenient).hasNoProblems();
    }

    @Test
    void fails_listingEachErrorWithItsPlaceRuleAndMessage() {
      assertThatThrownBy(() -> assertThat(REPORT).hasNoProblems())
          .isInstanceOf(AssertionError.class)
          .hasMessage(
              """
              expected no problems (findings of severity error), but found 1:
                Purchase › Checkout (touchpoint checkout, stages[1].touchpoints[0]): \
              emotion.expectation-gap (error): At "Checkout" customers feel -2 but expected +1, \
              a gap of 3.
              journey: "Buying running shoes online\"""");
    }

    @Test
    void fails_withTheDescriptionGivenByAs() {
      assertThatThrownBy(() -> assertThat(REPORT).as("Anna's map").hasNoProblems())
          .hasMessageStartingWith("[Anna's map] expected no problems");
    }

    @Test
    void fails_onANullReport() {
      assertThatThrownBy(() -> assertThat((GapReport) null).hasNoProblems())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Expecting actual not to be null");
    }
  }

  @Nested
  class HasNoFindingsAbove {
    @Test
    void passes_whenNoFindingIsMoreSevere() {
      assertThat(REPORT).hasNoFindingsAbove(FindingSeverity.ERROR);
    }

    @Test
    void fails_listingFiveFindingsAndHowManyMore() {
      assertThatThrownBy(() -> assertThat(REPORT).hasNoFindingsAbove(FindingSeverity.INFO))
          .hasMessage(
              """
              expected no finding more severe than info, but found 7:
                Purchase › Checkout (touchpoint checkout, stages[1].touchpoints[0]): \
              emotion.expectation-gap (error): At "Checkout" customers feel -2 but expected +1, \
              a gap of 3.
                the journey as a whole: lifecycle.missing-phase (warning): The journey ends at \
              "Purchase" (Purchase): what happens after the purchase is left out.
                Awareness › Instagram ad (touchpoint instagram-ad, stages[0].touchpoints[0]): \
              touchpoint.no-owner (warning): Nobody owns "Instagram ad", so nobody is accountable \
              for what happens there.
                Purchase › Checkout (touchpoint checkout, stages[1].touchpoints[0]): \
              emotion.low-point (warning): The emotion curve dips to -2 at "Checkout", its lowest \
              point.
                Purchase › Checkout (touchpoint checkout, stages[1].touchpoints[0]): \
              emotion.sharp-drop (warning): The emotion falls sharply from "Instagram ad" to \
              "Checkout", from +1 to -2.
                and 2 more
              journey: "Buying running shoes online\"""");
    }

    @Test
    @SuppressWarnings("NullAway") // null is the point
    void rejectsANullSeverity() {
      assertThatNullPointerException()
          .isThrownBy(() -> assertThat(REPORT).hasNoFindingsAbove(null))
          .withMessage("severity is null");
    }
  }

  @Nested
  class HasNoPainPointAbove {
    @Test
    void passes_whenNoPainPointHasAHigherPriorityOrScore() {
      assertThat(REPORT).hasNoPainPointAbove(Priority.CRITICAL).hasNoPainPointAbove(6.5);
    }

    @Test
    void fails_listingEachPainPointWithItsRankPlacePriorityAndFindings() {
      assertThatThrownBy(() -> assertThat(REPORT).hasNoPainPointAbove(Priority.HIGH))
          .hasMessage(
              """
              expected no pain point above priority high, but found 1:
                #1 Purchase › Checkout (touchpoint checkout, stages[1].touchpoints[0]): priority \
              critical (score 6.5), 5 findings: emotion.expectation-gap (error), emotion.low-point \
              (warning), emotion.sharp-drop (warning), and 2 more
              journey: "Buying running shoes online\"""");
    }

    @Test
    void fails_aboveAScore() {
      assertThatThrownBy(() -> assertThat(REPORT).hasNoPainPointAbove(4.5))
          .hasMessageStartingWith(
              "expected no pain point scoring above 4.5, but found 1:\n  #1 Purchase › Checkout");
    }
  }

  @Nested
  class HasFinding {
    @Test
    void passes_andNarrowsDownToAPlaceASeverityAndAFact() {
      assertThat(REPORT)
          .hasFinding("emotion.expectation-gap")
          .at("checkout")
          .withSeverity(FindingSeverity.ERROR)
          .withFact("gap", "3");
      assertThat(REPORT).hasFinding("lifecycle.missing-phase").at("");
    }

    @Test
    void fails_whenTheRuleFoundNothing_namingTheRulesThatDid() {
      assertThatThrownBy(() -> assertThat(REPORT).hasFinding("persona.no-goals"))
          .hasMessage(
              """
              expected a finding of rule persona.no-goals, but found none
              rules with findings: emotion.expectation-gap (1), emotion.low-point (1), \
              emotion.sharp-drop (1), barrier.widespread (1), lifecycle.missing-phase (2), \
              channel.broken-handover (1), touchpoint.no-owner (1)
              journey: "Buying running shoes online\"""");
    }

    @Test
    void fails_whenNoSuchRuleRan_sayingSo() {
      assertThatThrownBy(() -> assertThat(REPORT).hasFinding("emotion.low-pont"))
          .hasMessageContaining("\nno rule emotion.low-pont ran; rules with findings: ");
    }

    @Test
    void at_fails_listingWhereTheRuleFoundSomethingAndWhatWasFoundThere() {
      assertThatThrownBy(
              () -> assertThat(REPORT).hasFinding("emotion.expectation-gap").at("instagram-ad"))
          .hasMessage(
              """
              expected a finding of rule emotion.expectation-gap at Awareness › Instagram ad \
              (touchpoint instagram-ad, stages[0].touchpoints[0]), but found only this one:
                Purchase › Checkout (touchpoint checkout, stages[1].touchpoints[0]): \
              emotion.expectation-gap (error): At "Checkout" customers feel -2 but expected +1, \
              a gap of 3.
              findings at instagram-ad: touchpoint.no-owner (warning)
              journey: "Buying running shoes online\"""");
    }

    @Test
    void withSeverity_fails_afterTheStepsSoFar() {
      assertThatThrownBy(
              () ->
                  assertThat(REPORT)
                      .hasFinding("emotion.expectation-gap")
                      .at("checkout")
                      .withSeverity(FindingSeverity.WARNING))
          .hasMessage(
              """
              expected a finding of rule emotion.expectation-gap at checkout with severity \
              warning, but found only this one:
                Purchase › Checkout (touchpoint checkout, stages[1].touchpoints[0]): \
              emotion.expectation-gap (error): At "Checkout" customers feel -2 but expected +1, \
              a gap of 3.
              journey: "Buying running shoes online\"""");
    }

    @Test
    void withFact_fails_showingTheFindingsFacts() {
      assertThatThrownBy(
              () -> assertThat(REPORT).hasFinding("emotion.expectation-gap").withFact("gap", "2"))
          .hasMessageContaining(
              "a gap of 3. {experienced=-2, expected=+1, gap=3, threshold=1}\njourney:");
    }
  }

  @Nested
  class HasNoFinding {
    @Test
    void passes_whenTheRuleFoundNothing() {
      assertThat(REPORT).hasNoFinding("persona.no-goals");
    }

    @Test
    void fails_listingTheFindings() {
      assertThatThrownBy(() -> assertThat(REPORT).hasNoFinding("touchpoint.no-owner"))
          .hasMessage(
              """
              expected no finding of rule touchpoint.no-owner, but found 1:
                Awareness › Instagram ad (touchpoint instagram-ad, stages[0].touchpoints[0]): \
              touchpoint.no-owner (warning): Nobody owns "Instagram ad", so nobody is accountable \
              for what happens there.
              journey: "Buying running shoes online\"""");
    }
  }

  @Nested
  class PainPointsByPlace {
    @Test
    void hasPainPointAt_andHasTopPainPointAt_pass_andGoOnWithThePainPoint() {
      assertThat(REPORT).hasPainPointAt("checkout").hasRank(1);
      assertThat(REPORT).hasTopPainPointAt("checkout").hasPriority(Priority.CRITICAL);
      assertThat(REPORT).hasNoPainPointAt("instagram-ad");
    }

    @Test
    void hasPainPointAt_fails_atAPlaceWithNone() {
      assertThatThrownBy(() -> assertThat(REPORT).hasPainPointAt("instagram-ad"))
          .hasMessage(
              """
              expected a pain point at instagram-ad, but there is none at Awareness › Instagram ad \
              (touchpoint instagram-ad, stages[0].touchpoints[0])
              pain points: #1 checkout
              journey: "Buying running shoes online\"""");
    }

    @Test
    void hasPainPointAt_fails_atABarrier_sayingWherePainPointsAre() {
      assertThatThrownBy(() -> assertThat(REPORT).hasPainPointAt("late-delivery-cost"))
          .hasMessageStartingWith(
              "expected a pain point at late-delivery-cost, but late-delivery-cost is a barrier;"
                  + " pain points are at touchpoints and stages\n");
    }

    @Test
    void hasPainPointAt_fails_atAnUnknownId() {
      assertThatThrownBy(() -> assertThat(REPORT).hasPainPointAt("chekout"))
          .hasMessageStartingWith(
              "expected a pain point at chekout, but the journey has no stage or touchpoint with"
                  + " that id\n");
    }

    @Test
    void hasTopPainPointAt_fails_listingTheTopOnes() {
      assertThatThrownBy(() -> assertThat(REPORT).hasTopPainPointAt("instagram-ad"))
          .hasMessage(
              """
              expected the top pain point at Awareness › Instagram ad (touchpoint instagram-ad, \
              stages[0].touchpoints[0]), but the top ones are:
                #1 Purchase › Checkout (touchpoint checkout, stages[1].touchpoints[0]): priority \
              critical (score 6.5), 5 findings: emotion.expectation-gap (error), emotion.low-point \
              (warning), emotion.sharp-drop (warning), and 2 more
              pain point at instagram-ad: none
              journey: "Buying running shoes online\"""");
    }

    @Test
    void hasNoPainPointAt_fails_showingIt() {
      assertThatThrownBy(() -> assertThat(REPORT).hasNoPainPointAt("checkout"))
          .hasMessageStartingWith(
              "expected no pain point at checkout, but found one:\n"
                  + "  #1 Purchase › Checkout (touchpoint checkout, stages[1].touchpoints[0]):"
                  + " priority critical (score 6.5)");
    }

    @Test
    @SuppressWarnings("NullAway") // null is the point
    void rejectANullId() {
      assertThatNullPointerException()
          .isThrownBy(() -> assertThat(REPORT).hasPainPointAt(null))
          .withMessage("subject id is null");
    }
  }
}
