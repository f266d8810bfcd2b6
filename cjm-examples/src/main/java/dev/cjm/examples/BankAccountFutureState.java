package dev.cjm.examples;

import dev.cjm.core.Channel;
import dev.cjm.core.Journey;
import dev.cjm.core.Level;
import dev.cjm.core.Severity;
import dev.cjm.core.diff.JourneyDiff;

/**
 * Example 5, current state and future state: opening a personal bank account today needs a branch
 * visit, a paper contract and ten days of waiting for a card; the future state, derived from the
 * current one with {@link Journey#toBuilder()}, moves identity checks and signing into the app and
 * issues a virtual card at once. {@link #diff()} shows what changed and which barriers are gone.
 */
public final class BankAccountFutureState {
  private BankAccountFutureState() {}

  /** The current state, as customers experience it today. */
  public static Journey journey() {
    return Journey.builder("Opening a personal bank account")
        .description("Current state, from onboarding funnel data and 15 applicant interviews.")
        .persona(
            "Piotr, switching banks",
            p ->
                p.description("29, software tester, moving his salary to a bank with lower fees")
                    .goal("A working account and card before next month's salary")
                    .need("To compare fees without reading the small print")
                    .need("To do everything from his phone, after work")
                    .expectation("No branch visit in 2026")
                    .frustration("Paper forms and opening hours that clash with his job")
                    .quote("If I have to take a day off to open an account, I'll stay where I am."))
        .stage(
            "Awareness",
            s ->
                s.touchpoint(
                        "Friend's referral",
                        t ->
                            t.channel(Channel.WORD_OF_MOUTH)
                                .owner("Marketing")
                                .actor("Friend")
                                .doing("Hears that a friend pays no account fees")
                                .thinking("Maybe worth switching")
                                .emotion(1, "interested")
                                .expectedEmotion(1))
                    .touchpoint(
                        "Video ad",
                        t ->
                            t.channel(Channel.ADVERTISING)
                                .owner("Marketing")
                                .doing("Sees an ad: 'account in 10 minutes'")
                                .thinking("Sounds too good")
                                .emotion(1)))
        .stage(
            "Consideration",
            s ->
                s.touchpoint(
                    "Fee comparison",
                    t ->
                        t.id("fees")
                            .channel(Channel.WEB)
                            .owner("Product marketing")
                            .doing("Looks for card and ATM fees")
                            .thinking("Thirty pages of tables. What will I actually pay?")
                            .emotion(-1, "confused")
                            .expectedEmotion(1)
                            .barrier(
                                "Fees are buried in a 30-page PDF table",
                                b -> b.id("fee-table-pdf").severity(Severity.HIGH))))
        .stage(
            "Decision",
            s ->
                s.touchpoint(
                    "Online application",
                    t ->
                        t.id("application")
                            .channel(Channel.WEB)
                            .owner("Digital channels")
                            .doing("Fills in the application in 8 minutes")
                            .thinking("So far, so good")
                            .emotion(1, "optimistic")
                            .expectedEmotion(1)))
        .stage(
            "Purchase",
            s ->
                s.touchpoint(
                        "Identity check at a branch",
                        t ->
                            t.id("id-check")
                                .channel(Channel.STORE)
                                .owner("Branch network")
                                .actor("Branch advisor")
                                .doing("Books the only free slot, takes two hours off work")
                                .thinking("'Account in 10 minutes', they said")
                                .feeling("Misled")
                                .emotion(-2, "misled")
                                .expectedEmotion(1)
                                .barrier(
                                    "Identity must be checked in person at a branch",
                                    b ->
                                        b.id("branch-visit")
                                            .severity(Severity.CRITICAL)
                                            .frequency(0.7)))
                    .touchpoint(
                        "Paper contract",
                        t ->
                            t.id("contract")
                                .channel(Channel.STORE)
                                .owner("Branch network")
                                .actor("Branch advisor")
                                .doing("Signs four copies of the contract")
                                .thinking("Why is this not digital?")
                                .emotion(-1, "impatient")
                                .expectedEmotion(0)
                                .barrier(
                                    "The contract is signed on paper, in four copies",
                                    b -> b.id("paper-contract").severity(Severity.MEDIUM)))
                    .metric("Applications completed", m -> m.value(34).target(60).unit("%")))
        .stage(
            "Post-purchase experience",
            s ->
                s.id("after-opening")
                    .touchpoint(
                        "Card by post",
                        t ->
                            t.id("card")
                                .channel(Channel.DELIVERY)
                                .owner("Card operations")
                                .doing("Waits ten working days for the card")
                                .thinking("My salary comes in on Friday")
                                .emotion(-1, "anxious")
                                .expectedEmotion(0)
                                .barrier(
                                    "The first card arrives after ten working days",
                                    b -> b.id("slow-card").severity(Severity.MEDIUM)))
                    .touchpoint(
                        "First login to the app",
                        t ->
                            t.id("first-login")
                                .channel(Channel.MOBILE_APP)
                                .owner("Digital channels")
                                .doing("Logs in and sets up BLIK")
                                .thinking("The app itself is really good")
                                .emotion(2, "pleased")
                                .expectedEmotion(1))
                    .metric(
                        "Days to first payment",
                        m -> m.value(12).target(1).unit("days").lowerIsBetter()))
        .stage(
            "Loyalty",
            s ->
                s.touchpoint(
                    "Monthly statement",
                    t ->
                        t.id("statement")
                            .channel(Channel.EMAIL)
                            .owner("Retail banking")
                            .doing("Reads the first statement: no fees charged")
                            .thinking("As promised")
                            .emotion(1, "reassured")
                            .expectedEmotion(1)))
        .opportunity(
            "Video identity check and e-signature in the app",
            o ->
                o.id("remote-onboarding")
                    .addresses("branch-visit", "paper-contract")
                    .impact(Level.HIGH)
                    .effort(Level.HIGH))
        .opportunity(
            "One-screen fee summary in plain language",
            o ->
                o.id("fee-summary").addresses("fee-table-pdf").impact(Level.HIGH).effort(Level.LOW))
        .opportunity(
            "Virtual card in the app as soon as the account is open",
            o ->
                o.id("virtual-card").addresses("slow-card").impact(Level.HIGH).effort(Level.MEDIUM))
        .build();
  }

  /**
   * The future state, derived from the current one: the three opportunities are carried out, so
   * their barriers and the paper contract are gone, and a new touchpoint welcomes the customer.
   */
  public static Journey future() {
    return journey().toBuilder()
        .state(Journey.State.FUTURE)
        .description("Future state after the 2027 remote onboarding programme; emotions are goals.")
        .removeOpportunity("remote-onboarding")
        .removeOpportunity("fee-summary")
        .removeOpportunity("virtual-card")
        .editTouchpoint(
            "fees",
            t ->
                t.removeBarrier("fee-table-pdf")
                    .doing("Reads a one-screen fee summary")
                    .thinking("Zero for the account, zero for the card. Clear.")
                    .emotion(1, "confident"))
        .editTouchpoint(
            "id-check",
            t ->
                t.removeBarrier("branch-visit")
                    .name("Video identity check and e-signature")
                    .channel(Channel.MOBILE_APP)
                    .owner("Digital channels")
                    .doing("Shows his ID to the camera, signs in the app")
                    .thinking("That really was ten minutes")
                    .feeling("Impressed")
                    .emotion(2, "impressed"))
        .removeTouchpoint("contract")
        .editTouchpoint(
            "card",
            t ->
                t.removeBarrier("slow-card")
                    .name("Virtual card in the app")
                    .channel(Channel.MOBILE_APP)
                    .doing("Adds the virtual card to his phone's wallet")
                    .thinking("I can pay today")
                    .emotion(1, "ready")
                    .expectedEmotion(0))
        .editStage(
            "after-opening",
            s ->
                s.touchpoint(
                    "Welcome call",
                    t ->
                        t.channel(Channel.PHONE)
                            .owner("Customer care")
                            .doing("Gets a two-minute call offering help moving standing orders")
                            .thinking("Nice touch")
                            .emotion(1)
                            .expectedEmotion(0)))
        .editStage(
            "purchase",
            s ->
                s.removeMetric("Applications completed")
                    .metric("Applications completed", m -> m.value(62).target(60).unit("%")))
        .editStage(
            "after-opening",
            s ->
                s.removeMetric("Days to first payment")
                    .metric(
                        "Days to first payment",
                        m -> m.value(1).target(1).unit("days").lowerIsBetter()))
        .build();
  }

  /** What changes from the current state to the future state. */
  public static JourneyDiff diff() {
    return JourneyDiff.between(journey(), future());
  }

  /** Prints both states' outlines and gap reports, then the diff. */
  public static void main(String[] args) {
    System.out.println("# Current state");
    Examples.print(journey());
    System.out.println();
    System.out.println("# Future state");
    Examples.print(future());
    System.out.println();
    System.out.print(diff().toText());
  }
}
