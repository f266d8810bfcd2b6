package dev.cjm.core.assertions;

import static dev.cjm.core.assertions.CjmAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cjm.core.Journey;
import dev.cjm.core.testing.TestJourneys;
import org.junit.jupiter.api.Test;

/**
 * Assertions on a journey, on the README's: Anna sees an Instagram ad (+1) and pays at the checkout
 * (-2), where the delivery cost appears only at the last step; one opportunity addresses it.
 */
class JourneyAssertTest {
  private static final Journey SHOES = TestJourneys.runningShoes();
  private static final Journey NO_OPPORTUNITY =
      SHOES.toBuilder().removeOpportunity("show-delivery-cost-on-the-product-page").build();

  @Test
  void hasElements_passes_forTheIdsOfItsStagesTouchpointsBarriersAndOpportunities() {
    assertThat(SHOES)
        .hasStage("purchase")
        .hasTouchpoint("checkout")
        .hasBarrier("late-delivery-cost")
        .hasOpportunity("show-delivery-cost-on-the-product-page");
    assertThat(SHOES.stages()).hasSize(2); // AssertJ's own assertThat, imported beside cjm's
  }

  @Test
  void hasTouchpoint_fails_listingTheTouchpointIds() {
    assertThatThrownBy(() -> assertThat(SHOES).hasTouchpoint("chekout"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            """
            expected a touchpoint with id chekout, but the journey has none
            touchpoints: instagram-ad, checkout
            journey: "Buying running shoes online\"""");
  }

  @Test
  void hasStage_fails_sayingWhatKindOfElementHasTheId() {
    assertThatThrownBy(() -> assertThat(SHOES).hasStage("checkout"))
        .hasMessage(
            """
            expected a stage with id checkout, but checkout is the id of a touchpoint
            stages: awareness, purchase
            journey: "Buying running shoes online\"""");
  }

  @Test
  void hasBarrier_andHasOpportunity_fail_listingTheIds() {
    assertThatThrownBy(() -> assertThat(SHOES).hasBarrier("hidden-fees"))
        .hasMessageContaining("\nbarriers: late-delivery-cost\n");
    assertThatThrownBy(() -> assertThat(NO_OPPORTUNITY).hasOpportunity("free-returns"))
        .hasMessageContaining("\nopportunities: none\n");
  }

  @Test
  void hasEmotionAt_passes_forTheRecordedScore() {
    assertThat(SHOES).hasEmotionAt("checkout", -2).hasEmotionAt("instagram-ad", 1);
  }

  @Test
  void hasEmotionAt_fails_withTheScoreFound() {
    assertThatThrownBy(() -> assertThat(SHOES).hasEmotionAt("checkout", 1))
        .hasMessage(
            """
            expected emotion +1 at Purchase › Checkout (touchpoint checkout, \
            stages[1].touchpoints[0]), but it is -2
            journey: "Buying running shoes online\"""");
  }

  @Test
  void hasEmotionAt_fails_whereNoneIsRecorded() {
    Journey unscored = SHOES.toBuilder().editTouchpoint("checkout", t -> t.clearEmotion()).build();

    assertThatThrownBy(() -> assertThat(unscored).hasEmotionAt("checkout", -2))
        .hasMessageStartingWith(
            "expected emotion -2 at Purchase › Checkout (touchpoint checkout,"
                + " stages[1].touchpoints[0]), but none is recorded there\n");
  }

  @Test
  void hasNoEmotionBelow_passes_atTheLowestScore_andFailsAboveIt() {
    assertThat(SHOES).hasNoEmotionBelow(-2);

    assertThatThrownBy(() -> assertThat(SHOES).hasNoEmotionBelow(0))
        .hasMessage(
            """
            expected no emotion below 0, but found 1:
              Purchase › Checkout (touchpoint checkout, stages[1].touchpoints[0]): -2
            journey: "Buying running shoes online\"""");
  }

  @Test
  void addressesEveryBarrier_passes_whenAnOpportunityAddressesEach() {
    assertThat(SHOES).addressesEveryBarrier();
  }

  @Test
  void addressesEveryBarrier_fails_listingTheBarriersLeftWithTheirSeverity() {
    assertThatThrownBy(() -> assertThat(NO_OPPORTUNITY).addressesEveryBarrier())
        .hasMessage(
            """
            expected every barrier to be addressed by an opportunity, but 1 is not:
              Purchase › Checkout › "Delivery cost appears only at the last step" (barrier \
            late-delivery-cost, stages[1].touchpoints[0].barriers[0]): high
            journey: "Buying running shoes online\"""");
  }

  @Test
  void failsOnANullJourney_withTheDescription() {
    assertThatThrownBy(() -> assertThat((Journey) null).as("Anna's map").hasStage("purchase"))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("[Anna's map] ")
        .hasMessageContaining("Expecting actual not to be null");
  }

  @Test
  @SuppressWarnings("NullAway") // null is the point
  void rejectsANullId() {
    assertThatNullPointerException()
        .isThrownBy(() -> assertThat(SHOES).hasTouchpoint(null))
        .withMessage("touchpoint id is null");
  }
}
