package dev.cjm.core.testing;

import dev.cjm.core.Channel;
import dev.cjm.core.Journey;
import dev.cjm.core.JourneyBuilder;
import dev.cjm.core.Level;
import dev.cjm.core.Limits;
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

  /**
   * The most text a journey may have in the fewest texts: 99 touchpoints whose {@code doing} is
   * 100,000 characters of one-letter lines ({@code Limits.MAX_TEXT_LENGTH} each, 9.9 million of
   * {@code Limits.MAX_TOTAL_TEXT_LENGTH}), each felt at -2, for the small-heap scenarios of the
   * core and the renderer.
   */
  public static Journey longTexts() {
    String lines = "a\n".repeat(Limits.MAX_TEXT_LENGTH / 2);
    return Journey.builder("Long texts")
        .stage(
            "Stage",
            s -> {
              for (int i = 0; i < 99; i++) {
                String number = String.valueOf(i); // a text of its own, not one shared
                String doing = number + lines.substring(number.length());
                s.touchpoint("Touchpoint " + i, t -> t.doing(doing).emotion(-2));
              }
            })
        .build();
  }

  /**
   * The most texts a journey may have: 1,000 stages of 10 touchpoints ({@code Limits.MAX_STAGES},
   * {@code Limits.MAX_TOUCHPOINTS}), each with an emotion, an expected emotion and 23 actors, for
   * the small-heap scenarios of the core and the renderer.
   */
  public static Journey mostTexts() {
    return mostTextsBuilder(23).build();
  }

  /**
   * The builder of {@link #mostTexts()} with {@code actors} actors on each touchpoint instead of
   * 23, for a scenario that adds to it. Its 11,000 derived ids do not count as texts, not even when
   * JSON, YAML or {@code toBuilder()} give them, so the journey survives every round trip.
   */
  public static JourneyBuilder mostTextsBuilder(int actors) {
    JourneyBuilder builder = Journey.builder("Most texts").persona("Me");
    for (int stage = 0; stage < Limits.MAX_STAGES; stage++) {
      int first = stage * 10;
      builder.stage(
          "Stage " + stage,
          s -> {
            for (int i = first; i < first + 10; i++) {
              s.touchpoint(
                  "Touchpoint " + i,
                  t -> {
                    t.emotion(-1).expectedEmotion(1);
                    for (int a = 0; a < actors; a++) {
                      t.actor("Actor " + a);
                    }
                  });
            }
          });
    }
    return builder;
  }
}
