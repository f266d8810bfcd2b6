package dev.cjm.examples;

import dev.cjm.core.Channel;
import dev.cjm.core.Journey;
import dev.cjm.core.Level;
import dev.cjm.core.Phase;
import dev.cjm.core.Severity;

/**
 * Example 4, a service journey after the purchase: Jan's washing machine breaks under warranty, and
 * getting it fixed takes a phone call, an e-mail thread and a store visit. It shows broken promises
 * (a call-back that never comes), gaps in contact (six days of silence) and channels that do not
 * share what the customer already said. Its stages are the team's own, each naming its phase.
 */
public final class SupportCall {
  private SupportCall() {}

  /** The journey as the retailer's service design team mapped it from complaint records. */
  public static Journey journey() {
    return Journey.builder("Getting a broken washing machine repaired")
        .description(
            "Current state, reconstructed from 40 complaint cases and call recordings of Q2.")
        .persona(
            "Jan, the busy parent",
            p ->
                p.description(
                        "38, two small children, bought the machine in the store 5 months ago")
                    .goal("A working washing machine within a week")
                    .need("To know at every moment what happens next, and when")
                    .need("To tell his story once")
                    .expectation("Warranty repair without arguing")
                    .expectation("Promises kept: a call-back when they say so")
                    .frustration("Waiting on hold and repeating the case number")
                    .frustration("Each department blaming another")
                    .quote("I don't mind waiting. I mind not knowing what I'm waiting for."))
        .stage(
            "Reporting the fault",
            s ->
                s.phase(Phase.POST_PURCHASE)
                    .goal("Report the fault and get a repair date")
                    .touchpoint(
                        "Help page",
                        t ->
                            t.channel(Channel.WEB)
                                .owner("E-commerce team")
                                .doing("Looks for a warranty form, finds only a phone number")
                                .thinking("So I have to call")
                                .emotion(-1, "resigned")
                                .expectedEmotion(0))
                    .touchpoint(
                        "Hotline",
                        t ->
                            t.channel(Channel.PHONE)
                                .owner("Contact centre")
                                .actor("Hotline agent")
                                .doing("Waits 25 minutes, explains the fault, gets a case number")
                                .thinking("They promised a call-back within 24 hours. OK.")
                                .feeling("Tired but hopeful")
                                .emotion(0, "hopeful")
                                .expectedEmotion(1)
                                .barrier(
                                    "25 minutes on hold with no option to be called back",
                                    b ->
                                        b.id("long-hold").severity(Severity.MEDIUM).frequency(0.6)))
                    .touchpoint(
                        "Promised call-back",
                        t ->
                            t.channel(Channel.PHONE)
                                .owner("Service department")
                                .doing("Waits by the phone; nobody calls")
                                .thinking("Did they forget me?")
                                .feeling("Let down")
                                .emotion(-2, "let down")
                                .expectedEmotion(1)
                                .barrier(
                                    "The promised call-back within 24 hours does not happen",
                                    b ->
                                        b.id("broken-callback")
                                            .severity(Severity.HIGH)
                                            .frequency(0.35)))
                    .metric("Call-backs made on time", m -> m.value(65).target(95).unit("%")))
        .stage(
            "Chasing by e-mail",
            s ->
                s.phase(Phase.POST_PURCHASE)
                    .goal("Find out what is happening with the case")
                    .touchpoint(
                        "E-mail to customer service",
                        t ->
                            t.channel(Channel.EMAIL)
                                .owner("Customer service")
                                .doing("Writes the whole story again, with the case number")
                                .thinking("They should have all this already")
                                .emotion(-1, "irritated")
                                .expectedEmotion(0)
                                .barrier(
                                    "The e-mail team cannot see cases opened by phone",
                                    b ->
                                        b.id("siloed-cases")
                                            .severity(Severity.HIGH)
                                            .frequency(0.8)))
                    .touchpoint(
                        "Auto-reply",
                        t ->
                            t.channel(Channel.EMAIL)
                                .owner("Customer service")
                                .doing("Gets 'we reply within 2 working days', then silence")
                                .thinking("Six days. Nothing.")
                                .feeling("Ignored")
                                .emotion(-2, "ignored")
                                .expectedEmotion(0)
                                .barrier(
                                    "Six days without any contact after the auto-reply",
                                    b -> b.id("silence").severity(Severity.HIGH).frequency(0.5)))
                    .barrier(
                        "No place to see the status of a repair",
                        b -> b.id("no-status").severity(Severity.MEDIUM))
                    .metric(
                        "Average days to first real answer",
                        m -> m.value(5.8).target(2).unit("days").lowerIsBetter()))
        .stage(
            "Store visit",
            s ->
                s.phase(Phase.POST_PURCHASE)
                    .goal("Get someone to take responsibility, face to face")
                    .touchpoint(
                        "Service desk in the store",
                        t ->
                            t.channel(Channel.STORE)
                                .owner("Store staff")
                                .actor("Store manager")
                                .doing("Goes to the store with the receipt")
                                .thinking("They can't see my case either?!")
                                .emotion(-2, "angry")
                                .expectedEmotion(1)
                                .barrier(
                                    "Store staff have no access to service cases",
                                    b -> b.id("store-blind").severity(Severity.CRITICAL)))
                    .touchpoint(
                        "Store manager escalates",
                        t ->
                            t.channel(Channel.STORE)
                                .owner("Store staff")
                                .actor("Store manager")
                                .doing("The manager calls the service department in front of him")
                                .thinking("Finally someone who owns the problem")
                                .emotion(1, "relieved")
                                .expectedEmotion(1)))
        .stage(
            "Repair",
            s ->
                s.phase(Phase.POST_PURCHASE)
                    .goal("Have the machine fixed at home")
                    .touchpoint(
                        "Visit booking SMS",
                        t ->
                            t.channel(Channel.SMS)
                                .owner("Service partner")
                                .doing("Gets an SMS with a date and a 4-hour window")
                                .thinking("At last, a date")
                                .emotion(1)
                                .expectedEmotion(1))
                    .touchpoint(
                        "Technician visit",
                        t ->
                            t.channel(Channel.of("Home visit"))
                                .owner("Service partner")
                                .actor("Technician")
                                .doing("Technician replaces the pump in 40 minutes")
                                .thinking("That was it? Three weeks for this?")
                                .emotion(1, "satisfied")
                                .expectedEmotion(2))
                    .metric(
                        "Days from report to repair",
                        m -> m.value(21).target(7).unit("days").lowerIsBetter()))
        .stage(
            "After the repair",
            s ->
                s.phase(Phase.LOYALTY)
                    .goal("Decide whether to buy from them again")
                    .touchpoint(
                        "Satisfaction survey",
                        t ->
                            t.channel(Channel.EMAIL)
                                .owner("CX team")
                                .doing("Gets a survey asking only about the technician")
                                .thinking("They don't want to hear about the three weeks")
                                .emotion(-1, "unheard")
                                .expectedEmotion(0)
                                .barrier(
                                    "The survey asks about the last step only, not the whole case",
                                    b -> b.id("narrow-survey").severity(Severity.LOW)))
                    .metric("CSAT of the whole case", m -> m.value(2.9).target(4.2).unit("/5")))
        .opportunity(
            "Offer a call-back slot instead of holding",
            o -> o.addresses("long-hold").impact(Level.MEDIUM).effort(Level.MEDIUM))
        .opportunity(
            "Call-back promises tracked as tasks with an owner and an alarm when overdue",
            o -> o.addresses("broken-callback").impact(Level.HIGH).effort(Level.LOW))
        .opportunity(
            "One case record shared by phone, e-mail and store",
            o ->
                o.id("one-case-record")
                    .addresses("siloed-cases", "store-blind")
                    .impact(Level.HIGH)
                    .effort(Level.HIGH))
        .opportunity(
            "Proactive status SMS at every step of the repair, with a tracking page",
            o -> o.addresses("silence", "no-status").impact(Level.HIGH).effort(Level.MEDIUM))
        .build();
  }

  /** Prints the journey's outline and its gap report. */
  public static void main(String[] args) {
    Examples.print(journey());
  }
}
