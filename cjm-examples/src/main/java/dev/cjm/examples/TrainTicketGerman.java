package dev.cjm.examples;

import dev.cjm.core.Channel;
import dev.cjm.core.Journey;
import dev.cjm.core.Level;
import dev.cjm.core.Phase;
import dev.cjm.core.Severity;
import dev.cjm.core.analysis.GapReport;
import java.util.Locale;

/**
 * Example 8, a language cjm does not ship: Lena books and takes a long-distance train, mapped by a
 * German team in German. cjm ships English and Polish; the German words of the map and the report
 * come from {@code META-INF/cjm/words_de.properties} in this module's resources, a user's words
 * file as the README's "Your language" describes, numbers included ({@code 4,5 min}, {@code 70 %
 * der Kunden}).
 */
public final class TrainTicketGerman {
  private TrainTicketGerman() {}

  /** The journey as the rail company's service design team mapped it, in German. */
  public static Journey journey() {
    return Journey.builder("Eine Bahnreise buchen und antreten")
        .locale(Locale.GERMAN)
        .description("Ist-Zustand aus 30 Interviews und den Beschwerden des ersten Quartals.")
        .persona(
            "Lena, die Pendlerin",
            p ->
                p.description("34, fährt zweimal im Monat zu Kunden nach Hamburg")
                    .goal("Pünktlich und entspannt beim Kunden ankommen")
                    .need("Einen sicheren Sitzplatz mit Steckdose")
                    .expectation("Ehrliche Informationen bei Verspätungen")
                    .frustration("Umstiege, die nicht klappen")
                    .quote("Verspätung verzeihe ich. Schweigen nicht."))
        .stage(
            "Suche",
            s ->
                s.phase(Phase.CONSIDERATION)
                    .goal("Die passende Verbindung finden")
                    .touchpoint(
                        "Verbindungssuche in der App",
                        t ->
                            t.channel(Channel.MOBILE_APP)
                                .owner("Digitalteam")
                                .doing("Sucht eine Verbindung mit höchstens einem Umstieg")
                                .thinking("Welcher Zug ist am wenigsten voll?")
                                .emotion(1, "zuversichtlich")
                                .expectedEmotion(1))
                    .touchpoint(
                        "Sparpreis-Kalender",
                        t ->
                            t.channel(Channel.WEB)
                                .owner("Vertrieb")
                                .doing("Vergleicht Preise über mehrere Tage")
                                .emotion(0, "unschlüssig")
                                .expectedEmotion(1)
                                .barrier(
                                    "Die Auslastung der Züge ist im Kalender nicht zu sehen",
                                    b ->
                                        b.id("auslastung")
                                            .severity(Severity.MEDIUM)
                                            .frequency(0.4))))
        .stage(
            "Buchung",
            s ->
                s.phase(Phase.PURCHASE)
                    .goal("Ticket und Sitzplatz in einem Schritt")
                    .touchpoint(
                        "Sitzplatzreservierung",
                        t ->
                            t.channel(Channel.MOBILE_APP)
                                .owner("Digitalteam")
                                .doing("Wählt einen Platz, muss aber extra zahlen")
                                .thinking("Warum kostet das noch einmal?")
                                .emotion(-1, "verärgert")
                                .expectedEmotion(1)
                                .barrier(
                                    "Die Reservierung wird erst im letzten Schritt extra berechnet",
                                    b ->
                                        b.id("reservierung-extra")
                                            .severity(Severity.HIGH)
                                            .frequency(0.7)))
                    .metric(
                        "Abbruchquote im Bezahlschritt",
                        m -> m.value(12.5).target(8).unit("%").lowerIsBetter()))
        .stage(
            "Reise",
            s ->
                s.phase(Phase.POST_PURCHASE)
                    .goal("Ankommen, auch wenn etwas schiefgeht")
                    .touchpoint(
                        "Bahnsteig",
                        t ->
                            t.channel(Channel.of("Bahnhof"))
                                .owner("Bahnhofsmanagement")
                                .doing("Der Zug fährt auf einem anderen Gleis ein")
                                .thinking("Warum sagt mir das niemand?")
                                .emotion(-2, "gestresst")
                                .expectedEmotion(0)
                                .barrier(
                                    "Gleiswechsel werden in der App erst nach der Durchsage"
                                        + " angezeigt",
                                    b ->
                                        b.id("gleiswechsel")
                                            .severity(Severity.CRITICAL)
                                            .frequency(0.25)))
                    .touchpoint(
                        "Verspätungsmeldung",
                        t ->
                            t.channel(Channel.SMS)
                                .owner("Kundendialog")
                                .doing("Bekommt eine SMS: 35 Minuten Verspätung")
                                .thinking("Den Anschluss verpasse ich sicher")
                                .emotion(-1, "besorgt")
                                .expectedEmotion(0))
                    .metric(
                        "Durchschnittliche Verspätung",
                        m -> m.value(4.5).target(3).unit("min").lowerIsBetter()))
        .stage(
            "Nach der Reise",
            s ->
                s.phase(Phase.LOYALTY)
                    .touchpoint(
                        "Fahrgastrechte-Formular",
                        t ->
                            t.channel(Channel.WEB)
                                .doing("Beantragt eine Entschädigung für die Verspätung")
                                .emotion(0.5, "versöhnt")
                                .expectedEmotion(1)))
        .opportunity(
            "Sitzplatz im Ticketpreis enthalten",
            o ->
                o.id("sitzplatz-inklusive")
                    .addresses("reservierung-extra")
                    .impact(Level.HIGH)
                    .effort(Level.MEDIUM))
        .opportunity(
            "Gleiswechsel sofort als Push-Nachricht",
            o ->
                o.id("push-gleiswechsel")
                    .addresses("gleiswechsel")
                    .impact(Level.HIGH)
                    .effort(Level.LOW))
        .build();
  }

  /** Prints the outline of the journey, then its gap report, in German. */
  public static void main(String[] args) {
    GapReport report = Examples.print(journey());
    System.out.println(report.summary(Locale.GERMAN));
  }
}
