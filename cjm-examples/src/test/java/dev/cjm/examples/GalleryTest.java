package dev.cjm.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import dev.cjm.core.Journey;
import dev.cjm.core.analysis.GapReport;
import dev.cjm.core.json.ObservedSummaryJson;
import dev.cjm.render.svg.SvgRenderer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** The gallery writes a report per map and a page that shows them, safely escaped. */
class GalleryTest {
  /** The gap report's heading in each language of the gallery. */
  private static final Map<String, String> GAP_ANALYSIS =
      Map.of("en", "## Gap analysis: ", "pl", "## Analiza luk: ", "de", "## Gap-Analyse: ");

  @Test
  void write_writesAMarkdownReportPerEntryAndTheIndex(@TempDir Path directory) {
    ImmutableList<String> summaries = Gallery.write(directory.resolve("gallery"));

    Path gallery = directory.resolve("gallery");
    assertThat(gallery.resolve("index.html")).isRegularFile();
    for (Gallery.Entry entry : Gallery.entries()) {
      assertThat(gallery.resolve(entry.name() + ".md"))
          .content(StandardCharsets.UTF_8)
          .startsWith("# " + entry.journey().title() + "\n")
          .contains(entry.report().toMarkdown())
          .contains(GAP_ANALYSIS.get(entry.language()));
    }
    assertThat(summaries).hasSameSizeAs(Gallery.entries());
    assertThat(summaries.get(1))
        .startsWith("running-shoes: 7 stages, 13 touchpoints; ")
        .contains("pain points (", "map check", "; fix first: Checkout");
  }

  @Test
  void write_appendsTheDiffToTheFutureStateAndTheObservedSummaryToThePlannedJourney(
      @TempDir Path directory) throws IOException {
    Gallery.write(directory);

    assertThat(Files.readString(directory.resolve("bank-account-future.md")))
        .contains(BankAccountFutureState.diff().toMarkdown());
    assertThat(Files.readString(directory.resolve("click-and-collect.md")))
        .contains(ClickAndCollect.summary().toMarkdown());
  }

  @Test
  void write_writesTheClickAndCollectLogAndSummary_andDrawsWhatItShowsOnThePlannedMap(
      @TempDir Path directory) throws IOException {
    Gallery.write(directory);

    assertThat(Files.readString(directory.resolve(Gallery.CLICK_AND_COLLECT_LOG)))
        .isEqualTo(ClickAndCollect.eventLog());
    assertThat(
            ObservedSummaryJson.parse(
                Files.readString(directory.resolve(Gallery.CLICK_AND_COLLECT_SUMMARY))))
        .isEqualTo(ClickAndCollect.summary());
    assertThat(Files.readString(directory.resolve("click-and-collect.svg")))
        .contains("class=\"cjm-emotion-observed\"", "cjm-observed-bar cjm-observed-reached")
        .containsPattern("Reached \\d+% \\(\\d+\\)")
        .contains("Called support: ", "Long waits after it: ");
    for (String other : List.of("running-shoes.svg", "bank-account-future.svg")) {
      assertThat(Files.readString(directory.resolve(other))).doesNotContain("cjm-observed");
    }
  }

  @Test
  void write_drawsTheFutureStateOverItsCurrentState_andNoOtherMapAsAComparison(
      @TempDir Path directory) throws IOException {
    Gallery.write(directory);

    assertThat(Files.readString(directory.resolve("bank-account-future.svg")))
        .contains("class=\"cjm-emotion-current\"", "cjm-change-badge cjm-change-added")
        .contains("Compared with the current state:");
    assertThat(Files.readString(directory.resolve("bank-account-current.svg")))
        .doesNotContain("cjm-emotion-current", "cjm-change-badge");
  }

  @Test
  void theFutureStatesLine_countsResolvedBarriersAndDeliveredOpportunities_notAsRemoved() {
    Gallery.Entry future =
        Gallery.entries().stream()
            .filter(entry -> entry.name().equals("bank-account-future"))
            .findFirst()
            .orElseThrow();

    assertThat(future.extraSummary())
        .isEqualTo(
            "vs current state: 1 added, 1 removed, 5 changed;"
                + " 4 barriers resolved, 3 opportunities delivered");
  }

  @Test
  void write_isDeterministic(@TempDir Path directory) throws IOException {
    Gallery.write(directory.resolve("a"));
    Gallery.write(directory.resolve("b"));

    try (Stream<Path> files = Files.list(directory.resolve("a"))) {
      for (Path file : files.toList()) {
        assertThat(directory.resolve("b").resolve(file.getFileName().toString()))
            .hasSameBinaryContentAs(file);
      }
    }
  }

  @Test
  void html_isWellFormedXhtmlWithASectionPerEntry() throws Exception {
    ImmutableList<Gallery.Entry> entries = Gallery.entries();

    Document page = parse(Gallery.html(entries));

    NodeList sections = page.getElementsByTagName("section");
    assertThat(sections.getLength()).isEqualTo(entries.size());
    Element cafe = (Element) sections.item(3);
    assertThat(cafe.getAttribute("id")).isEqualTo("cafe-loyalty");
    assertThat(cafe.getAttribute("lang")).isEqualTo("pl");
    assertThat(cafe.getElementsByTagName("h3").item(0).getTextContent())
        .isEqualTo("Analiza luk: Program lojalnościowy kawiarni „Ziarno”");
    assertThat(cafe.getElementsByTagName("table").getLength())
        .as("metrics off target, map checks, emotion by stage, opportunities")
        .isEqualTo(4);
    assertThat(cafe.getElementsByTagName("h4").item(0).getTextContent())
        .isEqualTo("Najpierw napraw");
    assertThat(((Element) cafe.getElementsByTagName("img").item(0)).getAttribute("alt"))
        .isEqualTo("Mapa podróży klienta: Program lojalnościowy kawiarni „Ziarno”");
    Element cafeInList = (Element) page.getElementsByTagName("li").item(3);
    assertThat(cafeInList.getAttribute("lang")).isEqualTo("pl");
    assertThat(cafeInList.getTextContent()).contains("punkty bólu", "; najpierw napraw: ");
    Element shoes = (Element) sections.item(1);
    assertThat(shoes.getAttribute("lang")).isEqualTo("en");
    assertThat(shoes.getElementsByTagName("h4").item(0).getTextContent()).isEqualTo("Fix first");
    Element fixFirst = (Element) cafe.getElementsByTagName("ol").item(0);
    assertThat(fixFirst.getElementsByTagName("li").getLength())
        .as("the fix-first list: the café's four pain points")
        .isEqualTo(4);
    assertThat(page.getElementsByTagName("script").getLength()).isZero();
    String html = Gallery.html(entries);
    assertThat(html.replace("xmlns=\"http://www.w3.org/1999/xhtml\"", ""))
        .as("no external resources")
        .doesNotContain("http://", "https://");
    assertThat(html.replaceAll("<img src=\"[a-z0-9-]+\\.svg\"", ""))
        .as("images only of the gallery's own maps, beside the page")
        .doesNotContain("src=");
  }

  /**
   * The café's report and the text of its map, as the gallery shows them, have no English word of
   * cjm's own: every phrase of the English words file (taken from cjm-core's sources, so a new
   * English word is checked too) is absent once the journey's own texts and the rule ids are taken
   * out.
   */
  @Test
  void cafeReportAndMap_haveNoEnglishChromeWord() throws IOException {
    Gallery.Entry cafe =
        Gallery.entries().stream().filter(e -> e.name().equals("cafe-loyalty")).findFirst().get();
    List<String> phrases =
        EnglishPhrases.notIn(words("words.properties"), words("words_pl.properties"));

    String map = SvgRenderer.create().render(cafe.journey(), cafe.report());
    String mapText =
        String.join("\n", map.replaceAll("(?s)<style.*?</style>", "").split("<[^>]*>"));

    for (String report : List.of(cafe.markdown(), cafe.report().toText(), mapText)) {
      String chrome = withoutUserText(report, cafe);
      assertThat(EnglishPhrases.foundIn(chrome, phrases))
          .as("English words in the café's report or map")
          .isEmpty();
    }
    assertThat(phrases).contains("Fix first", "of customers");
  }

  /** One of cjm-core's words files, read from its sources. */
  private static Properties words(String file) throws IOException {
    Properties words = new Properties();
    try (Reader in =
        Files.newBufferedReader(
            Path.of("..", "cjm-core", "src", "main", "resources", "dev", "cjm", "core", "internal")
                .resolve(file),
            StandardCharsets.UTF_8)) {
      words.load(in);
    }
    return words;
  }

  /** The report without the journey's own texts, its ids and the rule ids, longest first. */
  static String withoutUserText(String report, Gallery.Entry entry) {
    Journey journey = entry.journey();
    List<String> userTexts = new ArrayList<>(List.of(journey.title(), entry.about()));
    journey.stages().forEach(s -> userTexts.addAll(List.of(s.name(), s.id())));
    journey.stages().forEach(s -> s.metrics().forEach(m -> userTexts.add(m.name())));
    journey.allTouchpoints().forEach(t -> userTexts.addAll(List.of(t.name(), t.id())));
    journey.allTouchpoints().forEach(t -> t.channel().ifPresent(c -> userTexts.add(c.name())));
    journey.allBarriers().forEach(b -> userTexts.addAll(List.of(b.description(), b.id())));
    journey.allOpportunities().forEach(o -> userTexts.addAll(List.of(o.description(), o.id())));
    entry.report().findings().forEach(f -> userTexts.add(f.ruleId()));
    userTexts.sort(Comparator.comparingInt(String::length).reversed());
    String chrome = report;
    for (String userText : userTexts) {
      chrome = chrome.replace(userText, "");
    }
    return chrome;
  }

  @Test
  void html_escapesHostileTitlesAndTexts() throws Exception {
    String hostile = "<script>alert('x')</script> & \"quotes\" ]]> \u0007 </pre>";
    Journey journey =
        Journey.builder(hostile)
            .persona(hostile, p -> p.goal(hostile))
            .stage(
                hostile,
                s -> s.touchpoint(hostile, t -> t.id("hostile").doing(hostile).emotion(-1)))
            .build();
    Gallery.Entry entry = Gallery.Entry.of("hostile", hostile, journey);

    String html = Gallery.html(ImmutableList.of(entry));
    Document page = parse(html);

    assertThat(html).doesNotContain("<script>");
    assertThat(page.getElementsByTagName("script").getLength()).isZero();
    assertThat(page.getElementsByTagName("h2").item(0).getTextContent())
        .isEqualTo(hostile.replace('\u0007', '\uFFFD'));
    assertThat(page.getElementsByTagName("p").item(1).getTextContent())
        .startsWith(hostile.replace('\u0007', '\uFFFD') + " (hostile.md)");
    assertThat(page.getElementsByTagName("h3").item(0).getTextContent())
        .isEqualTo("Gap analysis: " + hostile.replace("\u0007", ""));
  }

  @Test
  void entry_rejectsANameThatIsNotAFileName() {
    GapReport report = Examples.analyze(Quickstart.journey());

    assertThatThrownBy(
            () ->
                new Gallery.Entry(
                    "../escape", "", Quickstart.journey(), report, ImmutableList.of(), ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("../escape")
        .hasMessageContaining("lower-case file name");
  }

  private static Document parse(String html)
      throws ParserConfigurationException, SAXException, IOException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    // The page has a doctype without a DTD: forbid fetching anything.
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setExpandEntityReferences(false);
    DocumentBuilder builder = factory.newDocumentBuilder();
    builder.setErrorHandler(null);
    return builder.parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }
}
