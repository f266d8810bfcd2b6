package dev.cjm.render.svg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cjm.core.Journey;
import dev.cjm.core.analysis.GapAnalysis;
import dev.cjm.core.analysis.GapReport;
import dev.cjm.core.testing.EnglishWords;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
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
  private static final SvgRenderer WITH_EVERY_FINDING =
      SvgRenderer.builder().findingsList(true).build();

  @Test
  void aPolishJourney_hasNoEnglishWordOfTheMapsOwn() throws IOException {
    Journey journey = SampleJourneys.polishInPolish();
    GapReport report = GapAnalysis.standard().analyze(journey);

    String svg = WITH_EVERY_FINDING.render(journey, report);

    assertNoEnglishChrome(svg, journey);
  }

  @Test
  void anEnglishJourney_renderedInPolish_hasNoEnglishWordOfTheMapsOwn() throws IOException {
    Journey journey = SampleJourneys.small();
    GapReport report = GapAnalysis.standard().analyze(journey);
    SvgRenderer polish = WITH_EVERY_FINDING.toBuilder().locale(POLISH).build();

    String svg = polish.render(journey, report);

    assertThat(journey.locale()).isEqualTo(Locale.ENGLISH);
    assertNoEnglishChrome(svg, journey);
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
        .contains("ŚREDNIA · 40% klientów", "Docelowo 3% · poza celem", ">2,1%<", ">4,5%<")
        .contains(">120\u00a0000 osób<", "&#8722;0,5", "Szybka wygrana", "Wpływ: średni")
        .contains(">„Chcę wiedzieć, ile naprawdę", "„Kupuję”.”<")
        .contains("Mapa podróży klienta, persona Małgorzata, 38 lat: 6 etapów (")
        .contains("9 punktów styku, 4 bariery, 3 możliwości.");
  }

  @Test
  void theRenderersLanguage_overridesTheJourneys_bothWays() {
    Journey polishJourney = SampleJourneys.polishInPolish();
    // One map id for all: the journeys differ in their locale, so their maps' own ids would too.
    SvgRenderer plain = SvgRenderer.builder().mapId("sofa").build();
    SvgRenderer english = plain.toBuilder().locale(Locale.ENGLISH).build();
    SvgRenderer polish = plain.toBuilder().locale(POLISH).build();

    assertThat(english.render(polishJourney))
        .isEqualTo(plain.render(SampleJourneys.polish()))
        .contains(" xml:lang=\"en\" role=\"img\"");
    assertThat(polish.render(SampleJourneys.polish())).isEqualTo(plain.render(polishJourney));
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
   * description, not its style sheet), finding messages included, once the journey's own texts are
   * taken out. Phrases the Polish words share ("E-mail", "persona") are not English only, so not
   * looked for.
   */
  private static void assertNoEnglishChrome(String svg, Journey journey) {
    String chrome = EnglishWords.withoutUserText(mapText(svg), journey);
    assertThat(EnglishWords.phrases())
        .contains("Touchpoints", "GOALS", "Owner:", "of customers", "Fix first");
    assertThat(EnglishWords.in(chrome)).as("the Polish map's words").isEmpty();
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
}
