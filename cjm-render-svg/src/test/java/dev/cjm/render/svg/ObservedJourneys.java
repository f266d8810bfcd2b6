package dev.cjm.render.svg;

import dev.cjm.core.Channel;
import dev.cjm.core.Journey;
import dev.cjm.core.observed.JourneyMonitor;
import dev.cjm.core.observed.ObservedJourney;
import dev.cjm.core.observed.ObservedSummary;
import java.time.Duration;
import java.time.Instant;

/**
 * A planned journey and 20 observed cases of it, for the tests and the golden file of the map with
 * the observed overlay. Case {@code i} goes as far as planned step {@code i % 5}, so 20, 16, 12, 8
 * and 4 cases reach the five steps and 4 end at each; the payment fails in every case divisible by
 * 3 that reaches it; one case in three calls support between the basket and the payment, one case
 * opens a chat before any planned step, and the cases that get the review request write a complaint
 * after it; case 1 waits three days after the product page (a long wait); no case scores the review
 * request.
 */
public final class ObservedJourneys {
  /** How many cases are observed. */
  public static final int CASES = 20;

  private static final Instant START = Instant.parse("2026-05-01T08:00:00Z");
  private static final String[] STEPS = {"product", "basket", "payment", "delivery", "review"};

  private ObservedJourneys() {}

  /** The planned journey: three stages, five touchpoints, felt and expected emotions. */
  public static Journey plan() {
    return Journey.builder("Ordering a lamp")
        .stage(
            "Choose",
            s ->
                s.touchpoint(
                        "Product page",
                        t -> t.id("product").channel(Channel.WEB).emotion(1).expectedEmotion(1))
                    .touchpoint(
                        "Basket",
                        t -> t.id("basket").channel(Channel.WEB).emotion(1).expectedEmotion(1)))
        .stage(
            "Pay",
            s ->
                s.touchpoint(
                    "Payment",
                    t -> t.id("payment").channel(Channel.WEB).emotion(0).expectedEmotion(1)))
        .stage(
            "Receive",
            s ->
                s.touchpoint(
                        "Delivery",
                        t -> t.id("delivery").channel(Channel.STORE).emotion(1).expectedEmotion(2))
                    .touchpoint("Review request", t -> t.id("review").channel(Channel.EMAIL)))
        .build();
  }

  /** The 20 cases, as the class describes them. */
  public static ObservedSummary summary() {
    JourneyMonitor monitor = JourneyMonitor.of(plan());
    for (int i = 0; i < CASES; i++) {
      monitor.add(observed(i));
    }
    return monitor.summary();
  }

  private static ObservedJourney observed(int i) {
    ObservedJourney.Builder order = ObservedJourney.builder("case-" + i);
    Instant time = START.plus(Duration.ofHours(i));
    if (i == 7) {
      Instant at = time;
      order.adHoc("Opened a chat", o -> o.at(at).emotion(0));
      time = time.plus(Duration.ofMinutes(5));
    }
    int last = i % 5;
    for (int step = 0; step <= last; step++) {
      Instant at = time;
      int score = step == 0 ? 2 - i % 3 : step == 1 ? 1 : step == 2 ? -1 : 0;
      boolean failed = step == 2 && i % 3 == 0;
      String id = STEPS[step];
      order.planned(
          id,
          o -> {
            o.at(at);
            if (!id.equals("review")) {
              o.emotion(score);
            }
            if (failed) {
              o.failed();
            }
          });
      time = time.plus(i == 1 && step == 0 ? Duration.ofDays(3) : Duration.ofMinutes(10));
      if (step == 1 && step < last && i % 3 == 0) {
        Instant called = time;
        order.adHoc("Called support", o -> o.at(called).emotion(-1));
        time = time.plus(Duration.ofMinutes(5));
      }
      if (step == 4) {
        Instant wrote = time;
        order.adHoc("Wrote a complaint", o -> o.at(wrote).emotion(-2));
      }
    }
    return order.build();
  }
}
