package dev.cjm.examples;

import dev.cjm.core.Channel;
import dev.cjm.core.Journey;
import dev.cjm.core.Level;
import dev.cjm.core.Severity;

/**
 * Example 1, an online shop: Marta buys running shoes. Price and delivery information is hard to
 * find, the checkout disappoints, the return is slow, and the loyalty programme does not speak to
 * her; the map covers all seven phases, from an Instagram ad to recommending the shop at her
 * running club.
 */
public final class RunningShoes {
  private RunningShoes() {}

  /** The journey as the shop's CX team mapped it from interviews and web analytics. */
  public static Journey journey() {
    return Journey.builder("Buying running shoes online")
        .description("Current state, mapped from 12 customer interviews and Q3 web analytics.")
        .persona(
            "Marta, the weekend runner",
            p ->
                p.description("34, accountant, runs 25 km a week, shops mostly on her phone")
                    .goal("Replace worn-out shoes before her first half marathon")
                    .goal("Pay a fair price without spending an evening comparing shops")
                    .need("The right size and cushioning for her gait")
                    .need("Delivery before Saturday's long run")
                    .expectation("Total price, delivery included, visible before the checkout")
                    .expectation("Free, simple returns if the shoes do not fit")
                    .frustration("Delivery costs that appear only at the last step")
                    .frustration("Having to ask the same question in several channels")
                    .quote("If I can't see when they arrive, I'll buy them at the mall."))
        .stage(
            "Awareness",
            s ->
                s.goal("Notice that it is time for new shoes, and where to get them")
                    .touchpoint(
                        "Instagram ad",
                        t ->
                            t.channel(Channel.SOCIAL_MEDIA)
                                .owner("Marketing")
                                .doing("Sees a carousel ad for a new cushioned model")
                                .thinking("Those look like what I need for the half")
                                .feeling("Curious")
                                .emotion(1, "curious")
                                .expectedEmotion(1))
                    .touchpoint(
                        "Running club recommendation",
                        t ->
                            t.channel(Channel.WORD_OF_MOUTH)
                                .owner("Community team")
                                .actor("Club coach")
                                .doing("Asks her club where they buy shoes")
                                .thinking("If the coach buys there, it must be fine")
                                .emotion(1, "reassured"))
                    .metric("Ad click-through rate", m -> m.value(1.1).target(1.5).unit("%")))
        .stage(
            "Consideration",
            s ->
                s.goal("Find the right model in her size at a fair price")
                    .touchpoint(
                        "Search results",
                        t ->
                            t.channel(Channel.SEARCH)
                                .owner("Marketing")
                                .doing("Searches for the model name and 'cheapest'")
                                .thinking("Is it cheaper somewhere else?")
                                .emotion(1, "hopeful"))
                    .touchpoint(
                        "Product page on mobile",
                        t ->
                            t.channel(Channel.WEB)
                                .owner("E-commerce team")
                                .doing("Reads reviews, looks for the size chart and delivery times")
                                .thinking("How much is delivery? When would they arrive?")
                                .feeling("Irritated that she has to dig for basic facts")
                                .emotion(-1, "irritated")
                                .expectedEmotion(1)
                                .barrier(
                                    "Delivery cost and time are not on the product page",
                                    b ->
                                        b.id("hidden-delivery-info")
                                            .severity(Severity.HIGH)
                                            .frequency(0.6))
                                .barrier(
                                    "Size chart opens a PDF that is unreadable on a phone",
                                    b -> b.id("size-chart-pdf").severity(Severity.MEDIUM)))
                    .touchpoint(
                        "Live chat about sizing",
                        t ->
                            t.channel(Channel.LIVE_CHAT)
                                .owner("Customer service")
                                .doing("Asks whether the model runs small")
                                .thinking("Good, a human answered in two minutes")
                                .emotion(1, "helped")
                                .expectedEmotion(1))
                    .metric(
                        "Product page bounce rate",
                        m -> m.value(58).target(45).unit("%").lowerIsBetter()))
        .stage(
            "Decision",
            s ->
                s.goal("Be sure of size, price and delivery date")
                    .touchpoint(
                        "Basket",
                        t ->
                            t.channel(Channel.WEB)
                                .owner("E-commerce team")
                                .doing("Adds the shoes and a pair of socks")
                                .thinking("Still no delivery date")
                                .emotion(0)
                                .expectedEmotion(1)))
        .stage(
            "Purchase",
            s ->
                s.goal("Pay quickly, with the payment method she always uses")
                    .touchpoint(
                        "Checkout",
                        t ->
                            t.channel(Channel.WEB)
                                .owner("E-commerce team")
                                .doing(
                                    "Fills in the address, sees the delivery fee for the first time")
                                .thinking("Another 19 zł? Why didn't they say so before?")
                                .feeling("Cheated")
                                .emotion(-2, "cheated")
                                .expectedEmotion(1)
                                .barrier(
                                    "Delivery fee appears only at the last step",
                                    b ->
                                        b.id("late-delivery-fee")
                                            .severity(Severity.HIGH)
                                            .frequency(0.8))
                                .barrier(
                                    "Forced account creation before payment",
                                    b -> b.id("forced-account").severity(Severity.MEDIUM)))
                    .touchpoint(
                        "Order confirmation e-mail",
                        t ->
                            t.channel(Channel.EMAIL)
                                .owner("CRM team")
                                .doing("Reads the confirmation")
                                .thinking("At least it is ordered")
                                .emotion(0, "relieved"))
                    .metric("Checkout conversion", m -> m.value(2.1).target(3.0).unit("%")))
        .stage(
            "Post-purchase experience",
            s ->
                s.goal("Get shoes that fit, or return them without hassle")
                    .touchpoint(
                        "Courier delivery",
                        t ->
                            t.channel(Channel.DELIVERY)
                                .owner("Logistics partner")
                                .actor("Courier")
                                .doing("Receives the parcel a day late")
                                .thinking("Just in time, barely")
                                .emotion(0)
                                .expectedEmotion(1))
                    .touchpoint(
                        "Return request",
                        t ->
                            t.channel(Channel.WEB)
                                .owner("Customer service")
                                .doing("Prints a return label for the half size too small")
                                .thinking("Why do I need a printer in 2026?")
                                .feeling("Annoyed")
                                .emotion(-1, "annoyed")
                                .expectedEmotion(0)
                                .barrier(
                                    "Returns need a printed label",
                                    b -> b.id("printed-label").severity(Severity.MEDIUM)))
                    .touchpoint(
                        "Refund e-mail",
                        t ->
                            t.channel(Channel.EMAIL)
                                .owner("Finance")
                                .doing("Waits nine days for the refund")
                                .thinking("Did they even get the parcel?")
                                .emotion(-1, "uncertain")
                                .expectedEmotion(0)
                                .barrier(
                                    "No status between sending the parcel and the refund",
                                    b -> b.id("silent-refund").severity(Severity.LOW)))
                    .metric("Return rate", m -> m.value(24).target(18).unit("%").lowerIsBetter()))
        .stage(
            "Loyalty",
            s ->
                s.goal("Get something back for buying again")
                    .touchpoint(
                        "Loyalty programme e-mail",
                        t ->
                            t.channel(Channel.EMAIL)
                                .owner("CRM team")
                                .doing("Gets points for her purchase and a generic newsletter")
                                .thinking("Nothing here about running")
                                .emotion(0, "indifferent")
                                .expectedEmotion(1)
                                .barrier(
                                    "Offers are not personalised to the sport she buys for",
                                    b -> b.id("generic-offers").severity(Severity.LOW)))
                    .metric(
                        "Repeat purchase within 12 months", m -> m.value(31).target(40).unit("%")))
        .stage(
            "Advocacy",
            s ->
                s.goal("Share a good find with her running club")
                    .touchpoint(
                        "Review request",
                        t ->
                            t.channel(Channel.MOBILE_APP)
                                .owner("E-commerce team")
                                .doing("Rates the shoes four stars and mentions the late fee")
                                .thinking("Great shoes, shame about the shop")
                                .emotion(0)))
        .opportunity(
            "Show delivery cost and date on every product page",
            o ->
                o.id("delivery-on-product-page")
                    .addresses("hidden-delivery-info", "late-delivery-fee")
                    .impact(Level.HIGH)
                    .effort(Level.LOW))
        .opportunity(
            "Guest checkout with BLIK",
            o -> o.addresses("forced-account").impact(Level.MEDIUM).effort(Level.MEDIUM))
        .opportunity(
            "Interactive size guide with a 'runs small' note from reviews",
            o -> o.addresses("size-chart-pdf").impact(Level.MEDIUM).effort(Level.MEDIUM))
        .opportunity(
            "QR-code returns at parcel lockers, refund on drop-off",
            o ->
                o.addresses("printed-label", "silent-refund").impact(Level.HIGH).effort(Level.HIGH))
        .opportunity(
            "Invite reviewers to the shop's running club events",
            o -> o.impact(Level.LOW).effort(Level.LOW))
        .build();
  }

  /** Prints the journey's outline and its gap report. */
  public static void main(String[] args) {
    Examples.print(journey());
  }
}
