package dev.cjm.core.observed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cjm.core.Journey;
import dev.cjm.core.testing.EnglishWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Deviations in the planned journey's language: their own words and numbers. */
class DeviationWordsTest {
  private static final Locale POLISH = Locale.forLanguageTag("pl");

  /** Planned: ad, product page, basket, checkout, confirmation e-mail; in Polish. */
  static final Journey PLAN =
      Journey.builder("Zakup butów")
          .locale(POLISH)
          .stage("Świadomość", s -> s.touchpoint("Reklama", t -> t.id("reklama")))
          .stage(
              "Zakup",
              s ->
                  s.touchpoint("Strona produktu", t -> t.id("strona-produktu"))
                      .touchpoint("Koszyk", t -> t.id("koszyk"))
                      .touchpoint("Kasa", t -> t.id("kasa")))
          .stage(
              "Po zakupie", s -> s.touchpoint("Potwierdzenie e-mailem", t -> t.id("potwierdzenie")))
          .build();

  /**
   * Anna fails at the checkout, asks the live chat, pays (a retry, on plan), and gets no
   * confirmation.
   */
  static final ObservedJourney ANNA =
      ObservedJourney.builder("anna")
          .planned("reklama")
          .planned("koszyk")
          .planned("strona-produktu")
          .planned("kasa", o -> o.failed().emotion(-2))
          .adHoc("Czat na żywo", o -> o.failed())
          .planned("kasa")
          .planned("karta-podarunkowa")
          .build();

  private static final DeviationReport REPORT = DeviationReport.of(PLAN, ANNA);
  private static final DeviationSummary SUMMARY = DeviationSummary.of(PLAN, journeys());

  @Test
  void polishReport_isInPolish() {
    assertThat(REPORT.toText())
        .isEqualTo(
            """
            Obserwowana podróż „anna”: 6 odchyleń
              pominięty   Zaplanowany punkt styku „Potwierdzenie e-mailem” nie wystąpił.
              kolejność   Krok 2, „Koszyk”, wystąpił poza zaplanowaną kolejnością.
              nieudany    Krok 4, „kasa”, zakończył się niepowodzeniem.
              spoza planu Krok 5, „Czat na żywo”, nie występuje w planie.
              nieudany    Krok 5, „Czat na żywo”, zakończył się niepowodzeniem.
              spoza planu Krok 7, „karta-podarunkowa”, wskazuje punkt styku, którego nie ma w planie.
            """);
  }

  @Test
  void polishSummary_isInPolish_withDecimalCommas() {
    assertThat(SUMMARY.toMarkdown())
        .isEqualTo(
            """
            ## Plan a rzeczywistość: Zakup butów

            Dokładnie według planu: 565 z 1000 podróży.

            | punkt styku | pominięty | poza kolejnością | nieudany | średnia emocja |
            |---|---:|---:|---:|---:|
            | Reklama | 0% | 0% | 0% | – |
            | Strona produktu | 0% | 0% | 0% | – |
            | Koszyk | 0% | 0% | 0% | – |
            | Kasa | 37,5% | 0% | 0% | +0,5 |
            | Potwierdzenie e-mailem | 0% | 0% | 0% | – |

            ### Punkty styku spoza planu

            | punkt styku | podróże |
            |---|---:|
            | Telefon na infolinię | 10% |
            """);
    assertThat(SUMMARY.toText())
        .isEqualTo(
            """
            Plan a rzeczywistość dla „Zakup butów” – dokładnie według planu: 565 z 1000 podróży
              kasa: pominięty w 37,5% z 1000 podróży
              „Telefon na infolinię”: spoza planu w 10% z 1000 podróży
            """);
  }

  @Test
  void polishTexts_haveNoEnglishChromeWords() {
    List<String> texts = new ArrayList<>();
    texts.add(REPORT.toText());
    texts.add(SUMMARY.toMarkdown());
    texts.add(SUMMARY.toText());
    REPORT.deviations().forEach(deviation -> texts.add(deviation.message()));
    for (String text : texts) {
      String chrome = EnglishWords.withoutUserText(text, PLAN);

      assertThat(EnglishWords.in(chrome)).as(text).isEmpty();
    }
    assertThat(EnglishWords.phrases()).contains("never happened.", "followed the plan exactly");
  }

  @Test
  void polishCounts_havePolishPluralForms() {
    assertThat(withAdHocSteps(1).summary()).isEqualTo("1 odchylenie");
    assertThat(withAdHocSteps(2).summary()).isEqualTo("2 odchylenia");
    assertThat(withAdHocSteps(5).summary()).isEqualTo("5 odchyleń");
    assertThat(withAdHocSteps(24).summary()).isEqualTo("24 odchylenia");
    assertThat(DeviationReport.of(PLAN, asPlanned().build()).summary())
        .isEqualTo("zgodna z planem");
    assertThat(DeviationSummary.of(PLAN, List.of(asPlanned().build())).summary())
        .isEqualTo("dokładnie według planu: 1 z 1 podróży");
  }

  @Test
  void theLocaleOverloads_giveTheDefault_forTheJourneysLanguage() {
    assertThat(REPORT.toText(POLISH)).isEqualTo(REPORT.toText());
    assertThat(REPORT.summary(POLISH)).isEqualTo(REPORT.summary());
    assertThat(SUMMARY.toMarkdown(POLISH)).isEqualTo(SUMMARY.toMarkdown());
    assertThat(SUMMARY.toText(POLISH)).isEqualTo(SUMMARY.toText());
    assertThat(SUMMARY.summary(POLISH)).isEqualTo(SUMMARY.summary());
    Deviation first = REPORT.deviations().get(0);
    assertThat(first.message(POLISH)).isEqualTo(first.message());
    assertThat(first.type().displayName(POLISH)).isEqualTo("pominięty");
  }

  @Test
  void aPolishReport_readInEnglish_isTheEnglishReport() {
    Journey englishPlan = PLAN.toBuilder().locale(Locale.ENGLISH).build();
    DeviationReport english = DeviationReport.of(englishPlan, ANNA);
    DeviationSummary englishSummary = DeviationSummary.of(englishPlan, journeys());

    assertThat(REPORT.toText(Locale.ENGLISH)).isEqualTo(english.toText());
    assertThat(REPORT.deviations().get(0).message(Locale.ENGLISH))
        .isEqualTo("Planned touchpoint \"Potwierdzenie e-mailem\" never happened.");
    assertThat(SUMMARY.toMarkdown(Locale.ENGLISH)).isEqualTo(englishSummary.toMarkdown());
    assertThat(SUMMARY.toText(Locale.ENGLISH)).isEqualTo(englishSummary.toText());
    assertThat(english.toText(Locale.ENGLISH)).isEqualTo(english.toText());
    assertThat(englishSummary.summary())
        .isEqualTo("565 of 1,000 journeys followed the plan exactly");
  }

  private static ObservedJourney.Builder asPlanned() {
    return ObservedJourney.builder("jan")
        .planned("reklama")
        .planned("strona-produktu")
        .planned("koszyk")
        .planned("kasa")
        .planned("potwierdzenie");
  }

  private static DeviationReport withAdHocSteps(int count) {
    ObservedJourney.Builder journey = asPlanned();
    for (int i = 1; i <= count; i++) {
      journey.adHoc("Telefon " + i);
    }
    return DeviationReport.of(PLAN, journey.build());
  }

  /** A thousand customers: 37.5% never reach the checkout, one in ten calls the hotline. */
  private static List<ObservedJourney> journeys() {
    List<ObservedJourney> observed = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      ObservedJourney.Builder journey =
          ObservedJourney.builder("klient-" + i)
              .planned("reklama")
              .planned("strona-produktu")
              .planned("koszyk");
      if (i % 200 >= 75) {
        journey.planned("kasa", o -> o.emotion(0.5));
      }
      if (i % 10 == 0) {
        journey.adHoc("Telefon na infolinię");
      }
      observed.add(journey.planned("potwierdzenie").build());
    }
    return observed;
  }
}
