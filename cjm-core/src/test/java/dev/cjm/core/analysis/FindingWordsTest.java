package dev.cjm.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cjm.core.Channel;
import dev.cjm.core.Journey;
import dev.cjm.core.Level;
import dev.cjm.core.Phase;
import dev.cjm.core.Severity;
import dev.cjm.core.Touchpoint;
import dev.cjm.core.observed.JourneyMonitor;
import dev.cjm.core.observed.ObservedJourney;
import dev.cjm.core.observed.ObservedSummary;
import dev.cjm.core.testing.EnglishWords;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every standard rule speaks English and Polish: a Polish journey that, with the cases observed
 * against it, trips all twenty rules is reported with no English sentence, in Polish quotation
 * marks and numbers, and the same analysis reads in English on asking.
 */
class FindingWordsTest {
  private static final Locale POLISH = Locale.forLanguageTag("pl");

  /** A Polish café journey with something wrong for every standard rule. */
  static final Journey EVERYTHING_WRONG =
      Journey.builder("Kawa na wynos")
          .locale(POLISH)
          .persona("Marta", p -> p.description("Pracuje w biurze obok"))
          .stage(
              "Świadomość",
              s ->
                  s.touchpoint("Plakat", t -> t.channel(Channel.ADVERTISING).emotion(1))
                      .touchpoint("Ulotka", t -> t.channel(Channel.ADVERTISING)))
          .stage(
              "Zakup",
              s ->
                  s.touchpoint(
                          "Kolejka",
                          t ->
                              t.channel(Channel.STORE)
                                  .emotion(-2, "zła")
                                  .expectedEmotion(1)
                                  .barrier(
                                      "Kolejka na 15 minut",
                                      b ->
                                          b.id("dluga-kolejka")
                                              .severity(Severity.HIGH)
                                              .frequency(0.6)))
                      .touchpoint(
                          "Płatność",
                          t -> t.channel(Channel.STORE).emotion(-1.5, "zniecierpliwiona"))
                      .metric(
                          "Czas obsługi", m -> m.value(4.5).target(3).unit("min").lowerIsBetter())
                      .metric("Ocena", m -> m.value(3.1).target(4.5).unit("/5").higherIsBetter()))
          .stage("Rozważanie", s -> s.phase(Phase.CONSIDERATION))
          .stage(
              "Decyzja",
              s ->
                  s.touchpoint("Aplikacja", t -> t.channel(Channel.MOBILE_APP).emotion(0.5))
                      .barrier("Brak cen w aplikacji", b -> b.severity(Severity.MEDIUM)))
          .opportunity(
              "Zamawianie w aplikacji",
              o -> o.addresses("dluga-kolejka").impact(Level.HIGH).effort(Level.MEDIUM))
          .opportunity("Karta lojalnościowa")
          .build();

  /**
   * 100 cases observed against the café's plan, with something wrong for every observed rule: 30
   * stop after the first touchpoint, where all feel -1 (the plan says +1); of the 70 who go all the
   * way, 10 fail at the third, and 5 wait five days after the second.
   */
  static final ObservedSummary OBSERVED = observed(EVERYTHING_WRONG);

  private static ObservedSummary observed(Journey plan) {
    List<String> ids = plan.allTouchpoints().stream().map(Touchpoint::id).toList();
    Instant start = Instant.parse("2026-05-04T08:00:00Z");
    JourneyMonitor monitor = JourneyMonitor.of(plan);
    for (int i = 0; i < 100; i++) {
      ObservedJourney.Builder observed = ObservedJourney.builder("klient-" + i);
      int steps = i < 30 ? 1 : ids.size();
      Instant at = start;
      for (int k = 0; k < steps; k++) {
        boolean longWait = k == 2 && i >= 30 && i < 35;
        at = at.plus(longWait ? Duration.ofDays(5) : Duration.ofMinutes(10));
        Instant time = at;
        boolean failed = k == 2 && i >= 90;
        observed.planned(
            ids.get(k),
            o -> {
              o.at(time);
              if (failed) {
                o.failed();
              }
              if (time.equals(start.plus(Duration.ofMinutes(10)))) {
                o.emotion(-1); // at the first touchpoint
              }
            });
      }
      monitor.add(observed.build());
    }
    return monitor.summary();
  }

  private static final GapReport REPORT =
      GapAnalysis.standard().analyze(EVERYTHING_WRONG, OBSERVED);

  @Test
  void theJourneyTripsEveryStandardRule() {
    Set<String> tripped = new TreeSet<>();
    REPORT.findings().forEach(finding -> tripped.add(finding.ruleId()));
    Set<String> standard = new TreeSet<>();
    GapAnalysis.standard().rules().forEach(rule -> standard.add(rule.id()));

    assertThat(tripped).isEqualTo(standard);
  }

  @Test
  void everyFinding_readsInPolish_withoutEnglishWords() {
    for (Finding finding : REPORT.findings()) {
      String polish = finding.message(POLISH);
      assertThat(polish).as(finding.toString()).isNotEqualTo(finding.message());
      assertThat(EnglishWords.in(EnglishWords.withoutUserText(polish, EVERYTHING_WRONG)))
          .as(finding.toString())
          .isEmpty();
      assertThat(polish)
          .as(finding.toString())
          .doesNotContain("\"")
          .doesNotContainPattern("\\d\\.\\d");
    }
  }

  @Test
  void polishMessages_quoteAndCountAsPolishDoes() {
    assertThat(messages(EmotionRulesTest.class, "emotion.expectation-gap"))
        .containsExactly(
            "W punkcie styku „Kolejka” emocje klientów wynoszą -2, choć oczekiwali +1: luka 3.");
    assertThat(messages(EmotionRulesTest.class, "emotion.unexplained-negative"))
        .containsExactly(
            "Emocje klientów w punkcie styku „Płatność” wynoszą -1,5 (zniecierpliwiona), ale żadna"
                + " bariera w nim ani na etapie „Zakup” nie mówi dlaczego.");
    assertThat(messages(EmotionRulesTest.class, "metric.off-target"))
        .containsExactly(
            "„Czas obsługi” na etapie „Zakup” wynosi 4,5 min, o 50% powyżej celu 3 min.",
            "„Ocena” na etapie „Zakup” wynosi 3,1/5, o 31,1% poniżej celu 4,5/5.");
    assertThat(messages(EmotionRulesTest.class, "barrier.widespread"))
        .containsExactly(
            "Bariera „Kolejka na 15 minut” (waga: wysoka) dotyka 60% klientów i pozostanie, dopóki"
                + " nie zostanie wdrożone: „Zamawianie w aplikacji”.");
  }

  @Test
  void mapChecks_agreeWithTheirNumberInPolish() {
    MapCheck noOwner =
        REPORT.mapChecks().stream()
            .filter(check -> check.ruleId().equals("touchpoint.no-owner"))
            .findFirst()
            .orElseThrow();

    assertThat(noOwner.message(POLISH))
        .startsWith(
            "5 punktów styku nie ma właściciela, więc nikt za nie nie odpowiada: „Plakat”, ");
    assertThat(noOwner.message(Locale.ENGLISH)).isEqualTo(noOwner.message());
    assertThat(noOwner.message()).startsWith("5 touchpoints have no owner");
  }

  @Test
  void theSameAnalysis_readsInEnglish() {
    for (Finding finding : REPORT.findings()) {
      assertThat(finding.message(Locale.ENGLISH)).isEqualTo(finding.message());
      assertThat(finding.message(Locale.forLanguageTag("en-GB"))).isEqualTo(finding.message());
    }
    assertThat(REPORT.toMarkdown(Locale.ENGLISH)).contains("customers feel -2 but expected +1");
    assertThat(REPORT.toMarkdown()).contains("emocje klientów wynoszą -2, choć oczekiwali +1");
  }

  @Test
  void aLanguageWithoutWords_readsInEnglish() {
    for (Finding finding : REPORT.findings()) {
      assertThat(finding.message(Locale.JAPANESE)).isEqualTo(finding.message());
    }
  }

  private static List<String> messages(Class<?> unused, String ruleId) {
    return REPORT.findings().stream()
        .filter(finding -> finding.ruleId().equals(ruleId))
        .map(finding -> finding.message(POLISH))
        .toList();
  }
}
