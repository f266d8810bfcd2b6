package dev.cjm.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cjm.core.Channel;
import dev.cjm.core.Journey;
import dev.cjm.core.Level;
import dev.cjm.core.Phase;
import dev.cjm.core.Severity;
import dev.cjm.core.testing.EnglishWords;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The diff in the future journey's language: its own words and numbers, not the user's. */
class DiffWordsTest {
  private static final Locale POLISH = Locale.forLanguageTag("pl");

  /** A Polish shoe shop's current state. */
  static final Journey CURRENT =
      Journey.builder("Zakup butów do biegania")
          .locale(POLISH)
          .stage(
              "Rozważanie",
              s ->
                  s.id("rozwazanie")
                      .phase(Phase.CONSIDERATION)
                      .touchpoint(
                          "Opinie", t -> t.id("opinie").channel(Channel.SEARCH).emotion(-0.5)))
          .stage(
              "Zakup",
              s ->
                  s.id("zakup")
                      .phase(Phase.PURCHASE)
                      .metric("Czas oczekiwania", m -> m.value(4.5).target(3).unit("min"))
                      .touchpoint(
                          "Kasa",
                          t ->
                              t.id("kasa")
                                  .channel(Channel.WEB)
                                  .owner("Zespół sklepu")
                                  .emotion(-2)
                                  .barrier(
                                      "Koszt dostawy dopiero na końcu",
                                      b -> b.id("koszt-dostawy").severity(Severity.HIGH))
                                  .barrier(
                                      "Tylko płatność kartą",
                                      b -> b.id("tylko-karta").severity(Severity.MEDIUM))))
          .opportunity(
              "Koszt dostawy na stronie produktu",
              o ->
                  o.id("koszt-na-stronie")
                      .addresses("koszt-dostawy")
                      .impact(Level.HIGH)
                      .effort(Level.MEDIUM))
          .build();

  /**
   * Its future state: the delivery cost shows early, card-only payment matters less, a new stage.
   */
  static final Journey FUTURE =
      CURRENT.toBuilder()
          .state(Journey.State.FUTURE)
          .editStage(
              "zakup",
              s ->
                  s.phase(Phase.DECISION)
                      .removeMetric("Czas oczekiwania")
                      .metric("Czas oczekiwania", m -> m.value(2.5).target(3).unit("min")))
          .editTouchpoint("opinie", t -> t.channel(Channel.LIVE_CHAT).emotion(1.5))
          .editTouchpoint("kasa", t -> t.emotion(1).removeBarrier("koszt-dostawy"))
          .editBarrier("tylko-karta", b -> b.severity(Severity.LOW).frequency(0.125))
          .removeOpportunity("koszt-na-stronie")
          .opportunity(
              "Koszt dostawy na stronie produktu",
              o ->
                  o.id("koszt-na-stronie")
                      .addresses("tylko-karta")
                      .impact(Level.MEDIUM)
                      .effort(Level.MEDIUM))
          .stage(
              "Po zakupie",
              s ->
                  s.id("po-zakupie")
                      .touchpoint("Śledzenie paczki", t -> t.id("sledzenie").channel(Channel.SMS)))
          .build();

  private static final JourneyDiff DIFF = JourneyDiff.between(CURRENT, FUTURE);

  @Test
  void polishMarkdown_isInPolish_withDecimalCommas() {
    assertThat(DIFF.toMarkdown())
        .isEqualTo(
            """
            ## Stan obecny a docelowy: Zakup butów do biegania

            dodano 2, usunięto 0, zmieniono 5; 1 bariera wyeliminowana, 0 możliwości zrealizowanych.

            | zmiana | rodzaj | nazwa | co się zmieniło |
            |---|---|---|---|
            | zmieniono | etap | „Zakup” | faza: Zakup → Decyzja; wskaźniki: Czas oczekiwania 4,5 min (cel 3) → Czas oczekiwania 2,5 min (cel 3) |
            | dodano | etap | „Po zakupie” | – |
            | zmieniono | punkt styku | „Opinie” | kanał: Wyszukiwarka → Czat na żywo; emocja: -0,5 → +1,5 |
            | zmieniono | punkt styku | „Kasa” | emocja: -2 → +1 |
            | dodano | punkt styku | „Śledzenie paczki” | – |
            | wyeliminowano | bariera | „Koszt dostawy dopiero na końcu” | – |
            | zmieniono | bariera | „Tylko płatność kartą” | waga: średnia → niska; częstość: – → 12,5% |
            | zmieniono | możliwość | „Koszt dostawy na stronie produktu” | usuwa: „Koszt dostawy dopiero na końcu” → „Tylko płatność kartą”; wpływ: wysoki → średni |

            ### Emocje w punktach styku

            | punkt styku | obecnie | docelowo | zmiana |
            |---|---:|---:|---:|
            | Opinie | -0,5 | +1,5 | +2 |
            | Kasa | -2 | +1 | +3 |

            ### Średnie emocje na etapach

            | etap | obecnie | docelowo | zmiana |
            |---|---:|---:|---:|
            | Rozważanie | -0,5 | +1,5 | +2 |
            | Zakup | -2 | +1 | +3 |

            ### Wyeliminowane bariery

            - „Koszt dostawy dopiero na końcu” (wysoka)
            """);
  }

  @Test
  void polishText_isInPolish() {
    assertThat(DIFF.toText())
        .startsWith(
            """
            Stan obecny a docelowy mapy „Zakup butów do biegania”: dodano 2, usunięto 0, \
            zmieniono 5; 1 bariera wyeliminowana, 0 możliwości zrealizowanych

            zmieniono     etap „Zakup”
                          faza: Zakup → Decyzja
            """)
        .contains("\ndodano        punkt styku „Śledzenie paczki”\n")
        .contains("\nwyeliminowano bariera „Koszt dostawy dopiero na końcu”\n")
        .contains("\nWyeliminowane bariery:\n  „Koszt dostawy dopiero na końcu” (wysoka)\n");
  }

  @Test
  void polishTexts_haveNoEnglishChromeWords() {
    for (String text : new String[] {DIFF.toMarkdown(), DIFF.toText(), DIFF.summary()}) {
      String chrome = EnglishWords.withoutUserText(text, CURRENT, FUTURE);

      assertThat(EnglishWords.in(chrome)).as(text).isEmpty();
    }
    assertThat(EnglishWords.phrases()).contains("barrier resolved", "what changed");
  }

  @Test
  void polishSummary_hasPolishPluralForms() {
    assertThat(resolving(1).summary())
        .endsWith("; 1 bariera wyeliminowana, 1 możliwość zrealizowana");
    assertThat(resolving(2).summary())
        .endsWith("; 2 bariery wyeliminowane, 2 możliwości zrealizowane");
    assertThat(resolving(5).summary())
        .endsWith("; 5 barier wyeliminowanych, 5 możliwości zrealizowanych");
    assertThat(resolving(22).summary())
        .endsWith("; 22 bariery wyeliminowane, 22 możliwości zrealizowane");
    assertThat(resolving(0).summary())
        .isEqualTo(
            "dodano 0, usunięto 0, zmieniono 1; 0 barier wyeliminowanych,"
                + " 0 możliwości zrealizowanych");
  }

  @Test
  void aChange_readsInTheDiffsLanguage_andInEnglishOnAsking() {
    ElementChange opinions = DIFF.changes(ElementChange.Kind.TOUCHPOINT).get(0);
    ElementChange.Field channel = opinions.fields().get(0);

    assertThat(opinions.summary())
        .isEqualTo(
            "zmieniono punkt styku „Opinie”: kanał: Wyszukiwarka → Czat na żywo;"
                + " emocja: -0,5 → +1,5");
    assertThat(opinions.summary(Locale.ENGLISH))
        .isEqualTo(
            "changed touchpoint \"Opinie\": channel: Search → Live chat; emotion: -0.5 → +1.5");
    assertThat(channel.name()).isEqualTo("channel");
    assertThat(channel.name(POLISH)).isEqualTo("kanał");
    assertThat(channel.after()).isEqualTo("Czat na żywo");
    assertThat(channel.after(Locale.ENGLISH)).isEqualTo("Live chat");
    assertThat(opinions.toString())
        .isEqualTo(
            "changed touchpoint opinie: [channel: Search → Live chat, emotion: -0.5 → +1.5]");
  }

  @Test
  void theLocaleOverloads_giveTheDefault_forTheJourneysLanguage() {
    assertThat(DIFF.toMarkdown(POLISH)).isEqualTo(DIFF.toMarkdown());
    assertThat(DIFF.toText(POLISH)).isEqualTo(DIFF.toText());
    assertThat(DIFF.summary(POLISH)).isEqualTo(DIFF.summary());

    JourneyDiff english = JourneyDiff.between(JourneyDiffTest.CURRENT, JourneyDiffTest.FUTURE);
    assertThat(english.toMarkdown(Locale.ENGLISH)).isEqualTo(english.toMarkdown());
    assertThat(english.toText(Locale.ENGLISH)).isEqualTo(english.toText());
    assertThat(english.summary())
        .isEqualTo("4 added, 0 removed, 2 changed; 1 barrier resolved, 1 opportunity delivered");
  }

  @Test
  void aPolishDiff_readInEnglish_isTheEnglishDiff() {
    JourneyDiff inEnglish =
        JourneyDiff.between(
            CURRENT.toBuilder().locale(Locale.ENGLISH).build(),
            FUTURE.toBuilder().locale(Locale.ENGLISH).build());

    assertThat(DIFF.toMarkdown(Locale.ENGLISH)).isEqualTo(inEnglish.toMarkdown());
    assertThat(DIFF.toText(Locale.ENGLISH)).isEqualTo(inEnglish.toText());
    assertThat(DIFF.toMarkdown(Locale.ENGLISH))
        .contains("phase: purchase → decision", "Czas oczekiwania 4.5 min (target 3)");
  }

  @Test
  void theDiffSpeaksTheFutureJourneysLanguage() {
    JourneyDiff toEnglish =
        JourneyDiff.between(CURRENT, FUTURE.toBuilder().locale(Locale.ENGLISH).build());

    assertThat(toEnglish.toMarkdown()).startsWith("## Current vs future: ");
    assertThat(
            JourneyDiff.between(CURRENT.toBuilder().locale(Locale.ENGLISH).build(), FUTURE)
                .toText())
        .startsWith("Stan obecny a docelowy mapy ");
  }

  /**
   * A Polish diff whose future state resolves {@code count} of the current state's barriers and
   * delivers the {@code count} opportunities addressing them.
   */
  private static JourneyDiff resolving(int count) {
    Journey current =
        Journey.builder("Sklep")
            .locale(POLISH)
            .stage(
                "Zakup",
                s ->
                    s.touchpoint(
                        "Kasa",
                        t -> {
                          t.id("kasa").emotion(-1);
                          for (int i = 1; i <= count; i++) {
                            String barrier = "bariera-" + i;
                            t.barrier("Bariera " + i, b -> b.id(barrier))
                                .opportunity("Pomysł " + i, o -> o.addresses(barrier));
                          }
                        }))
            .build();
    Journey future =
        Journey.builder("Sklep")
            .locale(POLISH)
            .stage("Zakup", s -> s.touchpoint("Kasa", t -> t.id("kasa").emotion(1)))
            .build();
    return JourneyDiff.between(current, future);
  }
}
