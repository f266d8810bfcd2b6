package dev.cjm.render.svg;

import dev.cjm.core.Channel;
import dev.cjm.core.Journey;
import dev.cjm.core.Severity;
import dev.cjm.core.diff.JourneyDiff;

/**
 * A current state and a future state of one journey, for the tests and the golden file of the map
 * that compares them: the future state changes two touchpoints, adds two, removes two from stages
 * it keeps and drops a whole stage with its one touchpoint.
 */
public final class ComparisonJourneys {
  private ComparisonJourneys() {}

  /** Buying a bicycle online today: four stages, seven touchpoints. */
  public static Journey current() {
    return Journey.builder("Buying a bicycle online")
        .stage(
            "Discover",
            s ->
                s.id("discover")
                    .touchpoint(
                        "Search ad",
                        t -> t.id("ad").channel(Channel.SEARCH).emotion(0).expectedEmotion(1))
                    .touchpoint(
                        "Store visit to try the frame size",
                        t -> t.id("store").channel(Channel.STORE).emotion(-1, "tired")))
        .stage(
            "Buy",
            s ->
                s.id("buy")
                    .touchpoint(
                        "Checkout",
                        t ->
                            t.id("checkout")
                                .channel(Channel.WEB)
                                .emotion(-2, "angry")
                                .expectedEmotion(1)
                                .barrier(
                                    "Delivery fee shown only at the last step",
                                    b -> b.id("fee").severity(Severity.HIGH)))
                    .touchpoint(
                        "Order by phone", t -> t.id("phone").channel(Channel.PHONE).emotion(-1)))
        .stage(
            "Wait",
            s ->
                s.id("wait")
                    .touchpoint(
                        "Paper invoice by post",
                        t -> t.id("invoice").channel(Channel.of("Post")).emotion(-0.5)))
        .stage(
            "Ride",
            s ->
                s.id("ride")
                    .touchpoint(
                        "Delivery",
                        t ->
                            t.id("delivery")
                                .channel(Channel.DELIVERY)
                                .emotion(0.5)
                                .expectedEmotion(1)))
        .build();
  }

  /**
   * The future state: the search ad and the checkout feel better, a size guide and a review request
   * are new, the store visit and the phone order are gone, and so is the whole "Wait" stage.
   */
  public static Journey future() {
    return current().toBuilder()
        .state(Journey.State.FUTURE)
        .editTouchpoint("ad", t -> t.emotion(1))
        .editStage(
            "discover",
            s ->
                s.touchpoint(
                    "Online size guide with a frame calculator",
                    t -> t.id("size-guide").channel(Channel.WEB).emotion(1.5).expectedEmotion(1)))
        .removeTouchpoint("store")
        .removeBarrier("fee")
        .editTouchpoint("checkout", t -> t.emotion(1, "relieved"))
        .removeTouchpoint("phone")
        .removeStage("wait")
        .editStage(
            "ride",
            s ->
                s.touchpoint(
                    "Review request", t -> t.id("review").channel(Channel.EMAIL).emotion(1)))
        .build();
  }

  /** What the future state changes. */
  public static JourneyDiff diff() {
    return JourneyDiff.between(current(), future());
  }
}
