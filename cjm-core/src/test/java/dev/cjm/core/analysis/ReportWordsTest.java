package dev.cjm.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cjm.core.Journey;
import dev.cjm.core.internal.Words;
import dev.cjm.core.testing.TestJourneys;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
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
  void polishReports_haveNoEnglishChromeWords() throws IOException {
    for (String report : List.of(REPORT.toMarkdown(POLISH), REPORT.toText(POLISH))) {
      String chrome = withoutRuleIdsAndUserText(report);
      for (String phrase : englishPhrases()) {
        assertThat(chrome)
            .as("Polish report")
            .doesNotContainPattern("\\b" + Pattern.quote(phrase) + "\\b");
      }
    }
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

  /** The report without its rule ids and the journey's own words (names, descriptions). */
  private static String withoutRuleIdsAndUserText(String report) {
    String chrome = report;
    for (Finding finding : REPORT.findings()) {
      chrome = chrome.replace(finding.ruleId(), "");
    }
    return withoutUserText(chrome, REPORT.journey());
  }

  /** The text without the journey's names and descriptions, which are in the user's words. */
  static String withoutUserText(String text, Journey journey) {
    List<String> userTexts = new ArrayList<>();
    journey.stages().forEach(stage -> userTexts.add(stage.name()));
    journey.allTouchpoints().forEach(touchpoint -> userTexts.add(touchpoint.name()));
    journey.allBarriers().forEach(barrier -> userTexts.add(barrier.description()));
    journey.allOpportunities().forEach(opportunity -> userTexts.add(opportunity.description()));
    journey.stages().forEach(stage -> stage.metrics().forEach(m -> userTexts.add(m.name())));
    userTexts.sort(java.util.Comparator.comparingInt(String::length).reversed());
    String chrome = text;
    for (String userText : userTexts) {
      chrome = chrome.replace(userText, "");
    }
    return chrome;
  }

  /** Each run of text in the English words between placeholders, with a word of four letters. */
  private static List<String> englishPhrases() throws IOException {
    Properties english = new Properties();
    try (InputStream in = Words.class.getResourceAsStream("words.properties")) {
      english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    List<String> phrases = new ArrayList<>();
    for (String value : english.stringPropertyNames().stream().map(english::getProperty).toList()) {
      for (String part : Pattern.compile("\\{\\d}|\\|").split(value, -1)) {
        String phrase = part.strip();
        if (phrase.matches(".*[a-z]{4}.*")) {
          phrases.add(phrase);
        }
      }
    }
    assertThat(phrases).contains("Fix first", "of customers", "no opportunity yet");
    return phrases;
  }
}
