package dev.cjm.examples;

import dev.cjm.core.Channel;
import dev.cjm.core.Journey;
import dev.cjm.core.Level;
import dev.cjm.core.Phase;
import dev.cjm.core.Severity;

/**
 * Example 2, a B2B software purchase driven by marketing automation: Tomasz meets a fleet-planning
 * product on LinkedIn, researches it on his phone between meetings, buys it at his desk, then lives
 * through onboarding and the first renewal. The team's own stages "Onboarding" and "Renewal" name
 * the standard phase they cover. The map ends at the renewal: advocacy lies outside its scope, and
 * the analysis claims nothing about it.
 */
public final class B2bSoftwarePurchase {
  private static final Channel MOBILE_WEB = Channel.of("Mobile web");
  private static final Channel DESKTOP_WEB = Channel.of("Desktop web");
  private static final Channel VIDEO_CALL = Channel.of("Video call");
  private static final Channel IN_APP = Channel.of("In-app");

  private B2bSoftwarePurchase() {}

  /** The journey as the vendor's marketing, sales and customer success teams mapped it. */
  public static Journey journey() {
    return Journey.builder("Buying fleet-planning software (B2B)")
        .description(
            "Lead-to-renewal journey of a mid-size logistics buyer, from CRM and marketing"
                + " automation data and eight win/loss interviews.")
        .persona(
            "Tomasz, head of operations",
            p ->
                p.description("41, runs 60 delivery vans at a regional logistics firm")
                    .goal("Cut empty kilometres by 10% this year")
                    .goal("Convince the CFO with numbers, not slides")
                    .need("A price range early, to know if it is worth his time")
                    .need("Import of the existing routes without IT's help")
                    .expectation("One contact who knows his case from the first demo to renewal")
                    .frustration("Gated content and forms that are painful on a phone")
                    .frustration("Repeating his fleet size to every new person at the vendor")
                    .quote("I read about tools on the tram; I sign contracts at my desk."))
        .stage(
            "Awareness",
            s ->
                s.goal("Learn that route planning can be automated")
                    .touchpoint(
                        "LinkedIn post",
                        t ->
                            t.channel(Channel.SOCIAL_MEDIA)
                                .owner("Content marketing")
                                .doing("Reads a peer's post about saving 12% fuel")
                                .thinking("Is that realistic for a fleet our size?")
                                .emotion(1, "intrigued")
                                .expectedEmotion(1))
                    .touchpoint(
                        "Retargeting ad",
                        t ->
                            t.channel(Channel.ADVERTISING)
                                .owner("Performance marketing")
                                .doing("Sees the same product in an ad two days later")
                                .thinking("They are following me around")
                                .emotion(0))
                    .metric("Visitors from social", m -> m.value(3400).target(3000)))
        .stage(
            "Consideration",
            s ->
                s.goal("Understand what it costs and whether it fits their routes")
                    .touchpoint(
                        "Case study on mobile",
                        t ->
                            t.channel(MOBILE_WEB)
                                .owner("Content marketing")
                                .doing("Opens a case study of a similar logistics firm")
                                .thinking("Good, real numbers")
                                .emotion(1, "interested")
                                .expectedEmotion(1))
                    .touchpoint(
                        "Gated whitepaper form",
                        t ->
                            t.channel(MOBILE_WEB)
                                .owner("Marketing operations")
                                .doing("Fills in 11 fields on a phone to download a PDF")
                                .thinking("Why do they need my VAT number for a PDF?")
                                .feeling("Fed up")
                                .emotion(-1, "fed up")
                                .expectedEmotion(0)
                                .barrier(
                                    "Eleven-field form, unusable on a phone",
                                    b ->
                                        b.id("long-mobile-form")
                                            .severity(Severity.HIGH)
                                            .frequency(0.7)))
                    .touchpoint(
                        "Nurture e-mail sequence",
                        t ->
                            t.channel(Channel.EMAIL)
                                .owner("Marketing automation")
                                .doing("Gets five e-mails in a week, scored as a hot lead")
                                .thinking("Generic; none mentions vans or routes")
                                .emotion(-1, "spammed")
                                .expectedEmotion(0)
                                .barrier(
                                    "Nurture e-mails ignore the industry and role given in the form",
                                    b -> b.id("generic-nurture").severity(Severity.MEDIUM)))
                    .barrier(
                        "No price range anywhere on the site",
                        b -> b.id("no-price-range").severity(Severity.HIGH).frequency(0.9))
                    .metric("MQL to SQL conversion", m -> m.value(9).target(15).unit("%")))
        .stage(
            "Decision",
            s ->
                s.goal("Get a demo on his own data and a price the CFO accepts")
                    .touchpoint(
                        "Demo with account executive",
                        t ->
                            t.channel(VIDEO_CALL)
                                .owner("Sales")
                                .actor("Account executive")
                                .doing("Watches a demo, shares his route spreadsheet")
                                .thinking("She already knew our fleet size from the form")
                                .emotion(2, "convinced")
                                .expectedEmotion(1))
                    .touchpoint(
                        "Security questionnaire",
                        t ->
                            t.channel(Channel.EMAIL)
                                .owner("IT security")
                                .actor("Vendor's security engineer")
                                .doing("Forwards a 90-question questionnaire to his IT")
                                .thinking("This will take weeks")
                                .emotion(-1, "worried")
                                .expectedEmotion(0)
                                .barrier(
                                    "Security review stalls the deal for three weeks",
                                    b -> b.id("security-review").severity(Severity.MEDIUM)))
                    .metric("Demo to close", m -> m.value(22).target(25).unit("%")))
        .stage(
            "Purchase",
            s ->
                s.goal("Sign without surprises")
                    .touchpoint(
                        "Quote and e-signature on desktop",
                        t ->
                            t.channel(DESKTOP_WEB)
                                .owner("Sales operations")
                                .doing("Reviews the quote and signs at his desk")
                                .thinking("Clear, and the discount is there")
                                .emotion(1, "satisfied")
                                .expectedEmotion(1))
                    .touchpoint(
                        "First invoice",
                        t ->
                            t.channel(Channel.EMAIL)
                                .owner("Finance")
                                .doing("Receives an invoice without the agreed discount")
                                .thinking("Now I have to chase this with finance")
                                .emotion(-2, "let down")
                                .expectedEmotion(0)
                                .barrier(
                                    "Invoice does not match the signed quote",
                                    b -> b.id("invoice-mismatch").severity(Severity.HIGH))))
        .stage(
            "Onboarding",
            s ->
                s.phase(Phase.POST_PURCHASE)
                    .goal("Plan the first real routes within two weeks")
                    .touchpoint(
                        "Kick-off call",
                        t ->
                            t.channel(VIDEO_CALL)
                                .owner("Customer success")
                                .actor("Onboarding manager")
                                .doing("Meets a new onboarding manager")
                                .thinking("I'm explaining our fleet again")
                                .emotion(0)
                                .expectedEmotion(1)
                                .barrier(
                                    "Sales notes are not handed over to customer success",
                                    b -> b.id("lost-handover").severity(Severity.MEDIUM)))
                    .touchpoint(
                        "Route import",
                        t ->
                            t.channel(IN_APP)
                                .owner("Product")
                                .doing("Uploads last month's routes as CSV")
                                .thinking("Row 214: invalid date? Which format do they want?")
                                .feeling("Stuck")
                                .emotion(-2, "stuck")
                                .expectedEmotion(1)
                                .barrier(
                                    "CSV import rejects local date formats without saying which"
                                        + " format it expects",
                                    b ->
                                        b.id("csv-import")
                                            .severity(Severity.CRITICAL)
                                            .frequency(0.4)))
                    .touchpoint(
                        "Support chat",
                        t ->
                            t.channel(Channel.LIVE_CHAT)
                                .owner("Support")
                                .doing("Gets the file fixed by support in an hour")
                                .thinking("Finally, the first plan is running")
                                .emotion(1, "relieved")
                                .expectedEmotion(1))
                    .metric(
                        "Days to first planned route",
                        m -> m.value(19).target(14).unit("days").lowerIsBetter()))
        .stage(
            "Renewal",
            s ->
                s.phase(Phase.LOYALTY)
                    .goal("Renew at a price justified by the savings")
                    .touchpoint(
                        "Renewal reminder",
                        t ->
                            t.channel(Channel.EMAIL)
                                .owner("Marketing automation")
                                .doing("Gets an automated reminder with an 8% price rise")
                                .thinking("What did we save this year? Nobody told me")
                                .emotion(-1, "sceptical")
                                .expectedEmotion(0)
                                .barrier(
                                    "Price rise announced with no summary of the value delivered",
                                    b -> b.id("unexplained-rise").severity(Severity.HIGH)))
                    .touchpoint(
                        "Business review with account manager",
                        t ->
                            t.channel(VIDEO_CALL)
                                .owner("Customer success")
                                .actor("Account manager")
                                .doing("Sees a report: 11% fewer empty kilometres")
                                .thinking("That's the number for the CFO")
                                .emotion(1, "confident")
                                .expectedEmotion(1))
                    .metric("Gross renewal rate", m -> m.value(84).target(90).unit("%")))
        .opportunity(
            "Publish price ranges per fleet size",
            o -> o.addresses("no-price-range").impact(Level.HIGH).effort(Level.LOW))
        .opportunity(
            "Three-field mobile form, enriched later from the CRM",
            o -> o.addresses("long-mobile-form").impact(Level.HIGH).effort(Level.LOW))
        .opportunity(
            "Segment nurture e-mails by industry and role",
            o -> o.addresses("generic-nurture").impact(Level.MEDIUM).effort(Level.MEDIUM))
        .opportunity(
            "Pre-filled security pack (ISO 27001, DPA, pen-test summary)",
            o -> o.addresses("security-review").impact(Level.MEDIUM).effort(Level.LOW))
        .opportunity(
            "Invoice generated from the signed quote in the CRM",
            o -> o.addresses("invoice-mismatch").impact(Level.HIGH).effort(Level.MEDIUM))
        .opportunity(
            "CRM handover note required before the kick-off",
            o -> o.addresses("lost-handover").impact(Level.MEDIUM).effort(Level.LOW))
        .opportunity(
            "Import that recognises local date formats and shows the failing row with a fix",
            o -> o.addresses("csv-import").impact(Level.HIGH).effort(Level.MEDIUM))
        .build();
  }

  /** Prints the journey's outline and its gap report. */
  public static void main(String[] args) {
    Examples.print(journey());
  }
}
