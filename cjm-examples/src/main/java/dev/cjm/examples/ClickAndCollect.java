package dev.cjm.examples;

import com.google.common.collect.ImmutableList;
import dev.cjm.core.Channel;
import dev.cjm.core.Journey;
import dev.cjm.core.Level;
import dev.cjm.core.Severity;
import dev.cjm.core.observed.DeviationSummary;
import dev.cjm.core.observed.ObservedJourney;
import java.util.Locale;
import java.util.Random;

/**
 * Example 6, planned vs actual journeys: the click-and-collect journey a DIY chain designed, and
 * 400 orders as customers actually went through them. The observed journeys are generated from a
 * fixed seed, so every run gives the same ones: some confirmation e-mails land in spam, stores
 * forget to send the "ready" SMS, customers call the store or arrive before the SMS, payments and
 * pick-ups fail. {@link #deviations()} sums up where reality leaves the plan.
 *
 * <p>The plan leaves choices: customers come in through one of three entry points (a Facebook ad, a
 * Google search, a price comparison site), and the review request after the pick-up is optional, so
 * neither an entry not taken nor an unanswered review request counts as missing.
 */
public final class ClickAndCollect {
  /** The seed of the generated orders: the same seed, the same 400 journeys. */
  public static final long SEED = 20261122L;

  /** How many orders are generated. */
  public static final int ORDERS = 400;

  private ClickAndCollect() {}

  /** The planned journey: the touchpoints the chain designed, in the order it designed them. */
  public static Journey journey() {
    return Journey.builder("Click and collect at a DIY store")
        .description("Planned journey, as designed by the omnichannel team in 2025.")
        .persona(
            "Ewa, renovating her flat",
            p ->
                p.description("45, renovating her bathroom herself on weekends")
                    .goal("Pick up tiles and grout on the way home, without queuing")
                    .need("Certainty that the goods are in stock and set aside")
                    .expectation("A message when the order is ready, and a quick hand-over")
                    .frustration("Driving to the store for nothing")
                    .quote("Tell me when it's ready and I'll be there in 20 minutes."))
        .stage(
            "Awareness",
            s ->
                s.oneOf(
                    "entry",
                    entry ->
                        entry
                            .touchpoint(
                                "Facebook ad",
                                t ->
                                    t.channel(Channel.SOCIAL_MEDIA)
                                        .owner("Marketing team")
                                        .doing("Sees a bathroom tiles offer")
                                        .emotion(1)
                                        .expectedEmotion(1))
                            .touchpoint(
                                "Google search",
                                t ->
                                    t.channel(Channel.SEARCH)
                                        .owner("Marketing team")
                                        .doing("Searches for the tiles by name")
                                        .emotion(1)
                                        .expectedEmotion(1))
                            .touchpoint(
                                "Price comparison site",
                                t ->
                                    t.channel(Channel.WEB)
                                        .owner("Marketing team")
                                        .doing("Compares the price with two other chains")
                                        .emotion(1)
                                        .expectedEmotion(1))))
        .stage(
            "Consideration",
            s ->
                s.touchpoint(
                    "Stock check on the product page",
                    t ->
                        t.id("product-page")
                            .channel(Channel.WEB)
                            .owner("E-commerce team")
                            .doing("Checks stock at her nearest store")
                            .thinking("42 boxes in stock, good")
                            .emotion(1)
                            .expectedEmotion(1)))
        .stage(
            "Purchase",
            s ->
                s.touchpoint(
                        "Reserve and pay online",
                        t ->
                            t.id("reserve-and-pay")
                                .channel(Channel.WEB)
                                .owner("E-commerce team")
                                .doing("Chooses pick-up in store and pays by card")
                                .thinking("Done in two minutes")
                                .emotion(1)
                                .expectedEmotion(1)
                                .barrier(
                                    "Card payments fail on the 3-D Secure step in some banks",
                                    b ->
                                        b.id("payment-failure")
                                            .severity(Severity.HIGH)
                                            .frequency(0.07)))
                    .touchpoint(
                        "Order confirmation e-mail",
                        t ->
                            t.id("order-confirmation")
                                .channel(Channel.EMAIL)
                                .owner("CRM team")
                                .doing("Gets the order number")
                                .thinking("Confirmed")
                                .emotion(0)
                                .expectedEmotion(0)
                                .barrier(
                                    "Confirmation e-mails land in spam folders",
                                    b ->
                                        b.id("spam-folder")
                                            .severity(Severity.MEDIUM)
                                            .frequency(0.12)))
                    .metric("Payment success", m -> m.value(93).target(98).unit("%")))
        .stage(
            "Post-purchase experience",
            s ->
                s.touchpoint(
                        "'Ready for pick-up' SMS",
                        t ->
                            t.id("ready-sms")
                                .channel(Channel.SMS)
                                .owner("Store operations")
                                .doing("Gets an SMS that the order is ready")
                                .thinking("I'll go after work")
                                .emotion(1)
                                .expectedEmotion(1)
                                .barrier(
                                    "Store staff forget to mark orders ready, so no SMS is sent",
                                    b ->
                                        b.id("no-ready-sms")
                                            .severity(Severity.HIGH)
                                            .frequency(0.15)))
                    .touchpoint(
                        "Pick-up at the store desk",
                        t ->
                            t.id("pickup")
                                .channel(Channel.STORE)
                                .owner("Store operations")
                                .actor("Store assistant")
                                .doing("Shows the order number, takes the goods")
                                .thinking("Quick, as promised")
                                .emotion(1)
                                .expectedEmotion(1)
                                .barrier(
                                    "The order cannot be found, or the desk has a long queue",
                                    b ->
                                        b.id("pickup-delay")
                                            .severity(Severity.HIGH)
                                            .frequency(0.1)))
                    .metric("Picked up within 15 minutes", m -> m.value(81).target(95).unit("%")))
        .stage(
            "Advocacy",
            s ->
                s.touchpoint(
                    "Review request e-mail",
                    t ->
                        t.id("review-request")
                            .optional()
                            .channel(Channel.EMAIL)
                            .owner("CRM team")
                            .doing("Rates the pick-up")
                            .emotion(0)))
        .opportunity(
            "Order status page linked from the confirmation and the SMS",
            o -> o.addresses("spam-folder", "no-ready-sms").impact(Level.HIGH).effort(Level.MEDIUM))
        .opportunity(
            "Auto-send the SMS when the picking list is closed in the store system",
            o -> o.addresses("no-ready-sms").impact(Level.HIGH).effort(Level.LOW))
        .opportunity(
            "Pick-up lockers for prepaid orders",
            o -> o.addresses("pickup-delay").impact(Level.HIGH).effort(Level.HIGH))
        .opportunity(
            "BLIK as a payment option",
            o -> o.addresses("payment-failure").impact(Level.MEDIUM).effort(Level.LOW))
        .build();
  }

  /**
   * The observed orders, generated from {@link #SEED}: {@link #ORDERS} journeys, each following the
   * plan with the deviations real customers show, at the rates the barriers' frequencies give.
   */
  public static ImmutableList<ObservedJourney> observed() {
    Random random = new Random(SEED);
    Random entries = new Random(SEED + 1); // a stream of its own: the other draws stay as they were
    ImmutableList.Builder<ObservedJourney> orders = ImmutableList.builder();
    for (int i = 1; i <= ORDERS; i++) {
      orders.add(order(String.format(Locale.ROOT, "order-%04d", i), random, entries));
    }
    return orders.build();
  }

  private static ObservedJourney order(String id, Random random, Random entries) {
    ObservedJourney.Builder order = ObservedJourney.builder(id);
    // One in ten comes from a link in a newsletter, straight to the basket; the others come in
    // through one of the planned entry points.
    if (random.nextDouble() >= 0.10) {
      double entry = entries.nextDouble();
      order.planned(
          entry < 0.45 ? "google-search" : entry < 0.75 ? "facebook-ad" : "price-comparison-site");
      order.planned("product-page", o -> o.emotion(score(random, 1)));
    }
    if (random.nextDouble() < 0.07) {
      order.planned("reserve-and-pay", o -> o.failed().emotion(-2));
      order.adHoc("Paid again with another card", o -> o.emotion(score(random, -1)));
    } else {
      order.planned("reserve-and-pay", o -> o.emotion(score(random, 1)));
    }
    boolean confirmationSeen = random.nextDouble() >= 0.12;
    if (confirmationSeen) {
      order.planned("order-confirmation", o -> o.emotion(score(random, 0)));
    } else if (random.nextDouble() < 0.4) {
      order.adHoc("Called the store about the order", o -> o.emotion(score(random, -1)));
    }
    double sms = random.nextDouble();
    if (sms < 0.15) {
      // No SMS: half call the store, the rest just go and hope.
      if (random.nextDouble() < 0.5) {
        order.adHoc("Called the store about the order", o -> o.emotion(score(random, -1)));
      }
      pickup(order, random);
    } else if (sms < 0.23) {
      // Came to the store before the SMS arrived: the SMS comes while they wait.
      pickup(order, random);
      order.planned("ready-sms", o -> o.emotion(score(random, -1)));
    } else {
      order.planned("ready-sms", o -> o.emotion(score(random, 1)));
      pickup(order, random);
    }
    if (random.nextDouble() < 0.55) {
      order.planned("review-request", o -> o.emotion(score(random, 0)));
    }
    return order.build();
  }

  private static void pickup(ObservedJourney.Builder order, Random random) {
    if (random.nextDouble() < 0.10) {
      order.planned("pickup", o -> o.failed().emotion(score(random, -2)));
      if (random.nextDouble() < 0.3) {
        order.adHoc("Came back the next day", o -> o.emotion(-1));
      }
    } else {
      order.planned("pickup", o -> o.emotion(score(random, 1)));
    }
  }

  /** A whole-point survey score around {@code typical}: one point either way now and then. */
  private static int score(Random random, int typical) {
    double roll = random.nextDouble();
    int score = roll < 0.2 ? typical - 1 : roll > 0.85 ? typical + 1 : typical;
    return Math.max(-2, Math.min(2, score));
  }

  /** How the observed orders deviate from the plan, per planned touchpoint and ad hoc. */
  public static DeviationSummary deviations() {
    return DeviationSummary.of(journey(), observed());
  }

  /** Prints the planned journey's outline and gap report, then the deviation summary. */
  public static void main(String[] args) {
    Examples.print(journey());
    System.out.println();
    System.out.print(deviations().toText());
  }
}
