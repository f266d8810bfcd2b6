package dev.cjm.core.json;

import dev.cjm.core.Channel;
import dev.cjm.core.Journey;
import dev.cjm.core.Level;
import dev.cjm.core.Phase;
import dev.cjm.core.Severity;
import java.util.Locale;

/** Journeys with every field of the model set, for the format tests. */
final class Documents {
  private Documents() {}

  /** A future-state journey in Polish that uses every field the model has. */
  static Journey everyField() {
    return Journey.builder("Zakup butów")
        .description("Anna kupuje buty\nprzez telefon")
        .accessibilityTitle("Zakup")
        .accessibilityDescription("Mapa podróży")
        .state(Journey.State.FUTURE)
        .locale(Locale.forLanguageTag("pl"))
        .persona(
            "Anna",
            p ->
                p.description("Biegaczka")
                    .goal("Buty bez sklepu")
                    .need("Rozmiar")
                    .expectation("Darmowe zwroty")
                    .frustration("Ukryte koszty")
                    .quote("\"Gdzie jest koszyk?\""))
        .stage(
            "Zakup",
            s ->
                s.id("zakup")
                    .phase(Phase.POST_PURCHASE)
                    .goal("Zapłacić")
                    .touchpoint(
                        "Kasa",
                        t ->
                            t.channel(Channel.WEB)
                                .owner("Zespół e-commerce")
                                .actor("Kurier")
                                .actor("Konsultant")
                                .doing("Płaci")
                                .thinking("Ile to kosztuje?")
                                .feeling("Złość")
                                .emotion(-1.5, "zła")
                                .expectedEmotion(1)
                                .barrier(
                                    "Koszt dostawy na końcu",
                                    b -> b.id("koszt").severity(Severity.CRITICAL).frequency(0.4))
                                .opportunity(
                                    "Koszt na stronie produktu", o -> o.addresses("koszt")))
                    .touchpoint("Kiosk", t -> t.channel("Kiosk").emotion(-0.0))
                    .barrier("Kolejka", b -> b.severity(Severity.LOW))
                    .opportunity("Więcej kas", o -> o.impact(Level.LOW).effort(Level.HIGH))
                    .metric("Czas", m -> m.value(4.5).target(3).unit("min").lowerIsBetter())
                    .metric("NPS", 31))
        .opportunity(
            "Darmowa dostawa",
            o -> o.id("dostawa").addresses("koszt").impact(Level.HIGH).effort(Level.MEDIUM))
        .build();
  }
}
