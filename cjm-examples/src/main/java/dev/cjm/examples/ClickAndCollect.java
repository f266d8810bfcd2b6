package dev.cjm.examples;

import com.google.common.collect.ImmutableList;
import dev.cjm.core.Channel;
import dev.cjm.core.Journey;
import dev.cjm.core.Level;
import dev.cjm.core.Severity;
import dev.cjm.core.observed.DeviationSummary;
import dev.cjm.core.observed.EventLog;
import dev.cjm.core.observed.JourneyMonitor;
import dev.cjm.core.observed.ObservedJourney;
import dev.cjm.core.observed.ObservedSummary;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Example 6, planned vs actual journeys: the click-and-collect journey a DIY chain designed, and
 * 400 orders as customers actually went through them, read from an event log. The log is written by
 * the seeded {@link EventLogGenerator} ({@link #eventLog()}, {@link #writeEventLog(Path)}), so
 * every run gives the same one, with known true rates ({@link #generator()}): orders stop after a
 * step, steps fail, customers call support between steps, and some waits take days. {@link
 * #summary(Path)} reads it through {@link EventLog} into the monitoring summary (reached, drop-off,
 * failures, mean emotion, top paths, ad-hoc steps, long waits) that the gallery draws on the
 * planned map; {@link #deviations()} sums up where the orders leave the plan.
 *
 * <p>The plan leaves choices: customers come in through one of three entry points (a Facebook ad, a
 * Google search, a price comparison site), and the review request after the pick-up is optional, so
 * neither an entry not taken nor an unanswered review request counts as missing.
 */
public final class ClickAndCollect {
  /** The seed of the generated event log: the same seed, the same 400 orders. */
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
   * The generator of the observed orders' event log, with its true rates: after each step 12 % of
   * the orders stop; 2 % of the steps fail, but 9 % of the payments (the 3-D Secure barrier is
   * worse than the map's 7 %) and 12 % of the pick-ups; 10 % of the orders that go on call support
   * before the next step; and 4 % of the waits for the next step take days instead of minutes.
   */
  public static EventLogGenerator generator() {
    return new EventLogGenerator(journey(), 0.12, 0.02, 0.10, 0.04)
        .withFailure("reserve-and-pay", 0.09)
        .withFailure("pickup", 0.12);
  }

  /**
   * The event log of the {@link #ORDERS} observed orders, generated from {@link #SEED}, as CSV
   * ({@code case,time,activity,outcome,score,channel}): the same bytes on every run.
   */
  public static String eventLog() {
    StringBuilder csv = new StringBuilder();
    generator().write(SEED, ORDERS, csv);
    return csv.toString();
  }

  /**
   * Writes {@link #eventLog()} to {@code file} in UTF-8, replacing it if it exists.
   *
   * @throws IOException if the file cannot be written
   */
  public static void writeEventLog(Path file) throws IOException {
    Files.writeString(file, eventLog(), StandardCharsets.UTF_8);
  }

  /**
   * How the event log is read: the generator's column names, outcomes "ok" and "failed", scores
   * from −3 to +3 rescaled to the map's −2 to +2, rows sorted by case.
   */
  public static EventLog eventLogFormat() {
    return EventLog.builder().outcome("outcome").emotion("score", -3, 3).sortedByCase().build();
  }

  /**
   * What the orders of the event log in {@code csv} show: each order read through {@link
   * #eventLogFormat()} and folded into a {@link JourneyMonitor} of the planned journey.
   *
   * @throws IOException if the file cannot be read
   */
  public static ObservedSummary summary(Path csv) throws IOException {
    Journey planned = journey();
    JourneyMonitor monitor = JourneyMonitor.of(planned);
    try (EventLog.Cases cases =
        eventLogFormat().read(planned, Files.newBufferedReader(csv, StandardCharsets.UTF_8))) {
      cases.forEachRemaining(monitor::add);
    }
    return monitor.summary();
  }

  /** What the orders of {@link #eventLog()} show, read from memory: as {@link #summary(Path)}. */
  public static ObservedSummary summary() {
    JourneyMonitor monitor = JourneyMonitor.of(journey());
    observed().forEach(monitor::add);
    return monitor.summary();
  }

  /** The observed orders of {@link #eventLog()}, read from memory, in the log's order. */
  public static ImmutableList<ObservedJourney> observed() {
    try (EventLog.Cases cases = eventLogFormat().read(journey(), new StringReader(eventLog()))) {
      return cases.stream().collect(ImmutableList.toImmutableList());
    }
  }

  /** How the observed orders deviate from the plan, per planned touchpoint and ad hoc. */
  public static DeviationSummary deviations() {
    return DeviationSummary.of(journey(), observed());
  }

  /**
   * Prints the planned journey's outline and gap report, then the observed summary and the
   * deviation summary.
   */
  public static void main(String[] args) {
    Examples.print(journey());
    System.out.println();
    System.out.print(summary().toText());
    System.out.println();
    System.out.print(deviations().toText());
  }
}
