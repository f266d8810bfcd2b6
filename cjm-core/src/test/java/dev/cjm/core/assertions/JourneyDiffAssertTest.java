package dev.cjm.core.assertions;

import static dev.cjm.core.assertions.CjmAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cjm.core.Journey;
import dev.cjm.core.diff.JourneyDiff;
import dev.cjm.core.testing.TestJourneys;
import org.junit.jupiter.api.Test;

/**
 * Assertions on a current vs future diff. In the future state of the README's journey the delivery
 * cost no longer appears late (the barrier is resolved and the opportunity that addressed it
 * delivered), Anna feels +1 at the checkout, marketing owns the ad, and a delivery stage is added.
 */
class JourneyDiffAssertTest {
  private static final Journey CURRENT = TestJourneys.runningShoes();
  private static final Journey FUTURE =
      CURRENT.toBuilder()
          .title("Buying running shoes online, next year")
          .editTouchpoint("checkout", t -> t.emotion(1).removeBarrier("late-delivery-cost"))
          .editTouchpoint("instagram-ad", t -> t.owner("Marketing"))
          .removeOpportunity("show-delivery-cost-on-the-product-page")
          .stage("Delivery", s -> s.touchpoint("Parcel arrives", t -> t.emotion(2)))
          .state(Journey.State.FUTURE)
          .build();
  private static final JourneyDiff DIFF = JourneyDiff.between(CURRENT, FUTURE);

  @Test
  void passes_forWhatTheFutureStateResolvesDeliversAddsAndChanges() {
    assertThat(DIFF)
        .resolves("late-delivery-cost")
        .delivers("show-delivery-cost-on-the-product-page")
        .adds("delivery", "parcel-arrives")
        .changes("checkout", "instagram-ad")
        .improvesEmotionAt("checkout");
  }

  @Test
  void resolves_fails_sayingForEachIdWhatTheDiffDoesInstead() {
    JourneyDiff nothingResolved = JourneyDiff.between(CURRENT, CURRENT);

    assertThatThrownBy(
            () -> assertThat(nothingResolved).resolves("late-delivery-cost", "hidden-fees"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            """
            expected the future state to resolve late-delivery-cost, hidden-fees, but 2 are not \
            resolved:
              late-delivery-cost: it is the same in both states, at Purchase › Checkout › \
            "Delivery cost appears only at the last step" (barrier late-delivery-cost, \
            stages[1].touchpoints[0].barriers[0])
              hidden-fees: neither state has an element with that id
            resolved: none
            current: "Buying running shoes online"
            future: "Buying running shoes online\"""");
  }

  @Test
  void delivers_fails_forAnOpportunityDroppedWhileItsBarrierRemains() {
    Journey dropped =
        CURRENT.toBuilder().removeOpportunity("show-delivery-cost-on-the-product-page").build();

    assertThatThrownBy(
            () ->
                assertThat(JourneyDiff.between(CURRENT, dropped))
                    .delivers("show-delivery-cost-on-the-product-page"))
        .hasMessage(
            """
            expected the future state to deliver show-delivery-cost-on-the-product-page, but 1 is \
            not delivered:
              show-delivery-cost-on-the-product-page: it is removed (an opportunity); the future \
            state still has the barriers it addresses: late-delivery-cost
            delivered: none
            current: "Buying running shoes online"
            future: "Buying running shoes online\"""");
  }

  @Test
  void adds_fails_forAnElementOfBothStates_namingItsChange() {
    assertThatThrownBy(() -> assertThat(DIFF).adds("checkout"))
        .hasMessage(
            """
            expected the future state to add checkout, but 1 is not added:
              checkout: it is changed (a touchpoint)
            added: delivery, parcel-arrives
            current: "Buying running shoes online"
            future: "Buying running shoes online, next year\"""");
  }

  @Test
  void removes_passes_forADroppedTouchpoint_andFailsForAResolvedBarrier() {
    Journey withoutAd = CURRENT.toBuilder().removeTouchpoint("instagram-ad").build();
    assertThat(JourneyDiff.between(CURRENT, withoutAd)).removes("instagram-ad");

    assertThatThrownBy(() -> assertThat(DIFF).removes("late-delivery-cost"))
        .hasMessageContaining(
            "\n  late-delivery-cost: it is resolved (a barrier)\nremoved: none\n");
  }

  @Test
  void changes_fails_forAnElementTheSameInBothStates() {
    assertThatThrownBy(() -> assertThat(DIFF).changes("awareness"))
        .hasMessageContaining(
            "\n  awareness: it is the same in both states, at Awareness (stage awareness,"
                + " stages[0])\nchanged: instagram-ad, checkout\n");
  }

  @Test
  void improvesEmotionAt_fails_whenTheEmotionStaysOrFalls() {
    assertThatThrownBy(() -> assertThat(DIFF).improvesEmotionAt("instagram-ad"))
        .hasMessage(
            """
            expected the emotion at Awareness › Instagram ad (touchpoint instagram-ad, \
            stages[0].touchpoints[0]) to improve, but it stays at +1
            current: "Buying running shoes online"
            future: "Buying running shoes online, next year\"""");
    assertThatThrownBy(
            () ->
                assertThat(JourneyDiff.between(/* current= */ FUTURE, /* future= */ CURRENT))
                    .improvesEmotionAt("checkout"))
        .hasMessageContaining("to improve, but it falls from +1 to -2\n");
  }

  @Test
  void improvesEmotionAt_fails_forATouchpointOfOneStateOnly() {
    assertThatThrownBy(() -> assertThat(DIFF).improvesEmotionAt("parcel-arrives"))
        .hasMessageContaining("to improve, but the current state has no such touchpoint\n");
  }

  @Test
  void rejectsNoIds() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> assertThat(DIFF).resolves())
        .withMessage("no id given; name the elements the diff should resolve");
  }
}
