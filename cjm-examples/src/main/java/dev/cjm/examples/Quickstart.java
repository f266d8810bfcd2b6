package dev.cjm.examples;

import dev.cjm.core.Channel;
import dev.cjm.core.Journey;
import dev.cjm.core.Level;
import dev.cjm.core.Severity;
import dev.cjm.core.Touchpoint;
import dev.cjm.core.analysis.GapAnalysis;
import dev.cjm.core.analysis.GapReport;
import dev.cjm.core.analysis.PainPoint;

/**
 * The README's quickstart, compiled and run as written: a test checks that the README shows exactly
 * the code between the {@code quickstart} markers below.
 */
public final class Quickstart {
  private Quickstart() {}

  /** The quickstart journey: Anna buys running shoes online. */
  static Journey journey() {
    // quickstart:start
    Journey journey =
        Journey.builder("Buying running shoes online")
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
            .build(); // or throws InvalidJourneyException: e.problems(), each path() and message()
    // quickstart:pause
    return journey;
  }

  /** Builds the quickstart journey and prints what the README says it prints. */
  public static void main(String[] args) {
    Journey journey = journey();
    // quickstart:resume
    Touchpoint checkout = journey.stages().get(1).touchpoints().get(0); // plain accessors
    System.out.println(checkout.id()); // checkout
    System.out.println(checkout.emotion().orElseThrow().score()); // -2.0
    System.out.println(journey.persona().orElseThrow().name()); // Anna

    GapReport report = GapAnalysis.standard().analyze(journey);
    PainPoint first = report.painPoints().get(0); // worst first: what to fix first
    System.out.println(first.name() + ", " + first.priority().label()); // Checkout, critical
    System.out.println(first.opportunities().get(0).id()); // show-delivery-cost-on-the-product-page
    // quickstart:end
  }
}
