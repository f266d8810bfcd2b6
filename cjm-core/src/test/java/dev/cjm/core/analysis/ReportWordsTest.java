package dev.cjm.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cjm.core.Journey;
import dev.cjm.core.testing.EnglishWords;
import dev.cjm.core.testing.TestJourneys;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The gap report in the journey's language: its own words and numbers, not its findings. */
class ReportWordsTest {
  private static final Locale POLISH = Locale.forLanguageTag("pl");
  private static final GapReport REPORT =
      GapAnalysis.standard().analyze(TestJourneys.runningShoes());

  @Test
  void polishMarkdown_hasPolishHeadingsAndDecimalCommas() {
    String markdown = REPORT.toMarkdown(POLISH);

    assertThat(markdown)
        .startsWith("## Analiza luk: ")
        .contains("### Najpierw napraw", "### Punkty bólu", "### Uwagi do mapy")
        .contains("### Emocje na etapach", "### Możliwości, od najlepszej")
        .contains("| etap | faza | odczuwane | oczekiwane | luka | ocenione punkty styku |")
        .containsPattern("wynik \\d+,\\d")
        .doesNotContainPattern("wynik \\d+\\.\\d");
  }

  @Test
  void polishReports_haveNoEnglishWords() {
    for (String report : List.of(REPORT.toMarkdown(POLISH), REPORT.toText(POLISH))) {
      String chrome = EnglishWords.withoutUserText(report, REPORT.journey());
      for (Finding finding : REPORT.findings()) {
        chrome = chrome.replace(finding.ruleId(), "");
      }
      assertThat(EnglishWords.in(chrome)).as("Polish report").isEmpty();
    }
    assertThat(EnglishWords.phrases()).contains("Fix first", "of customers", "no opportunity yet");
  }

  @Test
  void aPolishJourney_isReportedInPolish_andEnglishOnAsking() {
    Journey polishShoes = TestJourneys.runningShoes().toBuilder().locale(POLISH).build();
    GapReport polish = GapAnalysis.standard().analyze(polishShoes);

    assertThat(polish.toMarkdown()).isEqualTo(polish.toMarkdown(POLISH));
    assertThat(polish.toText()).isEqualTo(polish.toText(POLISH));
    assertThat(polish.toMarkdown(Locale.ENGLISH)).isEqualTo(REPORT.toMarkdown());
    assertThat(REPORT.toMarkdown(Locale.ENGLISH)).isEqualTo(REPORT.toMarkdown());
    assertThat(REPORT.toText(Locale.ENGLISH)).isEqualTo(REPORT.toText());
  }

  @Test
  void polishSummary_countsInPolish() {
    assertThat(REPORT.summary(POLISH))
        .containsPattern("\\d+ punkt(y|ów)? bólu")
        .containsPattern("na podstawie: \\d+ znalez");
  }
}
