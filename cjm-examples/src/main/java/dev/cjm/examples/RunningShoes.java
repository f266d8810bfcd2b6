package dev.cjm.examples;

import dev.cjm.core.Channel;
import dev.cjm.core.Journey;
import dev.cjm.core.Level;
import dev.cjm.core.Severity;

/**
 * An online shop's journey: Anna, an amateur runner, buys running shoes on her phone. The delivery
 * cost shows up only at the last step of the checkout, and the map records it.
 */
public final class RunningShoes {
  private RunningShoes() {}

  /** The journey, as the README's quickstart writes it. */
  public static Journey journey() {
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

  /** Prints the journey's outline. */
  public static void main(String[] args) {
    System.out.print(Outline.of(journey()));
  }
}
