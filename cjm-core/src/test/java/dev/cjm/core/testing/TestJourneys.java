package dev.cjm.core.testing;

import dev.cjm.core.Channel;
import dev.cjm.core.Journey;
import dev.cjm.core.Level;
import dev.cjm.core.Severity;

/** Journeys shared by the tests of every module (through the cjm-core test-jar). */
public final class TestJourneys {
  private TestJourneys() {}

  /** The README's quickstart journey: Anna buys running shoes online. */
  public static Journey runningShoes() {
    return Journey.builder("Buying running shoes online")
        .persona(
            "Anna",
            p ->
                p.description("Amateur runner who shops on her phone")
                    .goal("Find shoes that fit without visiting a store")
                    .expectation("Free returns"))
        .stage(
            "Awareness",
            s ->
                s.touchpoint(
                    "Instagram ad",
                    t ->
                        t.channel(Channel.SOCIAL_MEDIA)
                            .doing("Taps the ad")
                            .thinking("Do they have my size?")
                            .emotion(1)))
        .stage(
            "Purchase",
            s ->
                s.touchpoint(
                    "Checkout",
                    t ->
                        t.channel(Channel.WEB)
                            .owner("E-commerce team")
                            .emotion(-2)
                            .expectedEmotion(1)
                            .barrier(
                                "Delivery cost appears only at the last step",
                                b -> b.id("late-delivery-cost").severity(Severity.HIGH))))
        .opportunity(
            "Show delivery cost on the product page",
            o -> o.addresses("late-delivery-cost").impact(Level.HIGH).effort(Level.LOW))
        .build();
  }
}
