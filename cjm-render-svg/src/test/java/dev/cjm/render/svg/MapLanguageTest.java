package dev.cjm.render.svg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cjm.core.Barrier;
import dev.cjm.core.Journey;
import dev.cjm.core.Metric;
import dev.cjm.core.Opportunity;
import dev.cjm.core.Stage;
import dev.cjm.core.Touchpoint;
import dev.cjm.core.analysis.Finding;
import dev.cjm.core.analysis.GapAnalysis;
import dev.cjm.core.analysis.GapReport;
import dev.cjm.core.analysis.MapCheck;
import dev.cjm.core.internal.Words;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A map speaks its journey's language, or the one its renderer is given: every word the map adds to
 * the journey's own (lane names, persona headings, card lines, the legend, the report panel,
 * tooltips, the accessible description) and its numbers.
 */
class MapLanguageTest {
  private static final Locale POLISH = SampleJourneys.POLISH;
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}|\\|");
  private static final SvgRenderer WITH_EVERY_FINDING =
      SvgRenderer.builder().findingsList(true).build();

  @Test
  void aPolishJourney_hasNoEnglishWordOfTheMapsOwn() throws IOException {
    Journey journey = SampleJourneys.polishInPolish();
    GapReport report = GapAnalysis.standard().analyze(journey);

    String svg = WITH_EVERY_FINDING.render(journey, report);

    assertNoEnglishChrome(svg, journey, report);
  }

  @Test
  void anEnglishJourney_renderedInPolish_hasNoEnglishWordOfTheMapsOwn() throws IOException {
    Journey journey = SampleJourneys.small();
    GapReport report = GapAnalysis.standard().analyze(journey);
    SvgRenderer polish = WITH_EVERY_FINDING.toBuilder().locale(POLISH).build();

    String svg = polish.render(journey, report);

    assertThat(journey.locale()).isEqualTo(Locale.ENGLISH);
    assertNoEnglishChrome(svg, journey, report);
  }

  @Test
  void aPolishMap_saysItIsPolish_readsPolishWords_andWritesPolishNumbers() {
    String svg = SvgRenderer.create().render(SampleJourneys.polishInPolish());

    assertThat(svg)
        .contains("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"")
        .contains(" xml:lang=\"pl\" role=\"img\"")
        .contains(">Punkty styku<", ">Co robi<", ">Bariery<", ">Możliwości<", ">Wskaźniki<")
        .contains(">CELE<", ">OCZEKIWANIA<", ">FRUSTRACJE<", ">Legenda<")
        .contains("Doświadczenie po zakupie", "Czat na żywo", "Media społecznościowe")
        .contains("ŚREDNIA · 40% klientów", "Cel: 3% · poza celem", ">2,1%<", ">4,5%<")
        .contains(">120\u00a0000 osób<", "&#8722;0,5", "Szybka wygrana", "Wpływ: średni")
        .contains(">„Chcę wiedzieć, ile naprawdę", "„Kupuję”.”<")
        .contains("Mapa podróży klienta, persona Małgorzata, 38 lat: 6 etapów (")
        .contains("9 punktów styku, 4 bariery, 3 możliwości.");
  }

  @Test
  void theRenderersLanguage_overridesTheJourneys_bothWays() {
    Journey polishJourney = SampleJourneys.polishInPolish();
    SvgRenderer english = SvgRenderer.builder().locale(Locale.ENGLISH).build();
    SvgRenderer polish = SvgRenderer.builder().locale(POLISH).build();

    assertThat(english.render(polishJourney))
        .isEqualTo(SvgRenderer.create().render(SampleJourneys.polish()))
        .contains(" xml:lang=\"en\" role=\"img\"");
    assertThat(polish.render(SampleJourneys.polish()))
        .isEqualTo(SvgRenderer.create().render(polishJourney));
    assertThat(polish.toBuilder().build().toString()).contains("locale=pl");
    assertThat(SvgRenderer.create().toString()).contains("locale=the journey's");
  }

  @Test
  void aPolishPanel_countsPainPointsAndFindingsInPolish() {
    Journey journey = SampleJourneys.manyTouchpoints().toBuilder().locale(POLISH).build();
    GapReport report = GapAnalysis.standard().analyze(journey);

    String svg = WITH_EVERY_FINDING.render(journey, report);

    assertThat(report.painPoints().size()).isGreaterThan(report.fixFirst().size());
    assertThat(svg)
        .contains(">Punkty bólu (" + report.painPoints().size() + ")<")
        .containsPattern(">Znalezisk[oa] \\(" + report.findings().size() + "\\)<")
        .contains(">Uwagi do mapy<");
  }

  /**
   * Fails on any phrase of the English words file in the map's text (its texts, tooltips and
   * description, not its style sheet), once the journey's own texts and the messages of the
   * analysis (localised by cjm-core, and tested there) are taken out. Phrases the Polish words
   * share ("E-mail", "persona") are not English only, so not looked for.
   */
  private static void assertNoEnglishChrome(String svg, Journey journey, GapReport report)
      throws IOException {
    String chrome = mapText(svg);
    for (Finding finding : report.findings()) {
      chrome = chrome.replace(finding.message(POLISH), "\u2026");
    }
    for (MapCheck check : report.mapChecks()) {
      chrome = chrome.replace(check.message(POLISH), "\u2026");
    }
    List<String> userTexts = userTexts(journey);
    userTexts.sort(Comparator.comparingInt(String::length).reversed());
    for (String text : userTexts) {
      chrome = chrome.replace(text, "\u2026");
    }
    List<String> english = englishOnlyPhrases();
    assertThat(english).contains("Touchpoints", "GOALS", "Owner:", "of customers", "Fix first");
    for (String phrase : english) {
      assertThat(chrome)
          .as("the Polish map's own words")
          .doesNotContainPattern(
              "(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])");
    }
  }

  /** Every text of the map: each text element's lines joined again, each title, the desc. */
  private static String mapText(String svg) {
    Document document = SvgDocuments.parse(svg);
    StringBuilder text = new StringBuilder();
    for (String name : List.of("text", "title", "desc")) {
      NodeList elements = document.getElementsByTagNameNS("*", name);
      for (int i = 0; i < elements.getLength(); i++) {
        Element element = (Element) elements.item(i);
        NodeList lines = element.getElementsByTagNameNS("*", "tspan");
        if (lines.getLength() == 0) {
          text.append(element.getTextContent());
        }
        for (int l = 0; l < lines.getLength(); l++) {
          String line = lines.item(l).getTextContent();
          // Lines wrap at spaces, which they drop, and after hyphens, which they keep.
          text.append(line).append(line.endsWith("-") ? "" : " ");
        }
        text.append('\n');
      }
    }
    return text.toString();
  }

  /** The journey's own texts, in the user's words: names, descriptions, scenarios, feelings. */
  private static List<String> userTexts(Journey journey) {
    List<String> texts = new ArrayList<>();
    texts.add(journey.title());
    journey.description().ifPresent(texts::add);
    journey
        .persona()
        .ifPresent(
            p -> {
              texts.add(p.name());
              p.description().ifPresent(texts::add);
              p.quote().ifPresent(texts::add);
              texts.addAll(p.goals());
              texts.addAll(p.needs());
              texts.addAll(p.expectations());
              texts.addAll(p.frustrations());
            });
    for (Stage stage : journey.stages()) {
      texts.add(stage.name());
      stage.goal().ifPresent(texts::add);
      for (Metric metric : stage.metrics()) {
        texts.add(metric.name());
        metric.unit().ifPresent(texts::add);
      }
    }
    for (Touchpoint t : journey.allTouchpoints()) {
      texts.add(t.name());
      t.channel().filter(c -> !c.isWellKnown()).ifPresent(c -> texts.add(c.name()));
      t.owner().ifPresent(texts::add);
      texts.addAll(t.actors());
      t.doing().ifPresent(texts::add);
      t.thinking().ifPresent(texts::add);
      t.feeling().ifPresent(texts::add);
      t.emotion().flatMap(e -> e.word()).ifPresent(texts::add);
      t.expectedEmotion().flatMap(e -> e.word()).ifPresent(texts::add);
    }
    journey.allBarriers().stream().map(Barrier::description).forEach(texts::add);
    journey.allOpportunities().stream().map(Opportunity::description).forEach(texts::add);
    return texts;
  }

  /**
   * Each run of text between placeholders in the English words file with a word of four letters or
   * more, unless the Polish words file has it too.
   */
  private static List<String> englishOnlyPhrases() throws IOException {
    List<String> polish = phrases(words("words_pl.properties"));
    List<String> english = new ArrayList<>();
    for (String phrase : phrases(words("words.properties"))) {
      if (!polish.contains(phrase)) {
        english.add(phrase);
      }
    }
    return english;
  }

  private static List<String> phrases(Properties words) {
    List<String> phrases = new ArrayList<>();
    for (String key : words.stringPropertyNames()) {
      for (String part : PLACEHOLDER.split(words.getProperty(key), -1)) {
        String phrase = part.strip();
        if (phrase.matches(".*\\p{L}{4}.*")) {
          phrases.add(phrase);
        }
      }
    }
    return phrases;
  }

  private static Properties words(String file) throws IOException {
    Properties words = new Properties();
    try (InputStream in = Words.class.getResourceAsStream(file)) {
      assertThat(in).as(file).isNotNull();
      words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return words;
  }
}
