package dev.cjm.render.svg;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.cjm.core.Journey;
import dev.cjm.core.analysis.Finding;
import dev.cjm.core.analysis.GapAnalysis;
import dev.cjm.core.analysis.GapReport;
import dev.cjm.core.analysis.MapCheck;
import dev.cjm.core.analysis.PainPoint;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SvgRendererTest {
  private static final Set<String> ELEMENTS =
      Set.of(
          "svg", "title", "desc", "style", "g", "rect", "text", "tspan", "path", "circle", "line");

  @Test
  void render_toAString_anAppendableAndAFile_givesTheSameDocument(@TempDir Path dir)
      throws IOException {
    Journey journey = SampleJourneys.small();
    SvgRenderer renderer = SvgRenderer.create();
    String svg = renderer.render(journey);
    StringWriter writer = new StringWriter();
    renderer.render(journey, writer);
    Path file = dir.resolve("map.svg");
    renderer.render(journey, file);
    assertThat(writer).hasToString(svg);
    assertThat(Files.readString(file, UTF_8)).isEqualTo(svg);
  }

  @Test
  void render_toAnAppendable_handsTheDocumentOverInPiecesAsItIsWritten() throws IOException {
    Journey journey = SampleJourneys.manyTouchpoints();
    GapReport report = GapAnalysis.standard().analyze(journey);
    List<Integer> pieces = new ArrayList<>();
    StringBuilder received = new StringBuilder();
    Appendable out =
        new Appendable() {
          @Override
          public Appendable append(CharSequence text) {
            pieces.add(text.length());
            received.append(text);
            return this;
          }

          @Override
          public Appendable append(CharSequence text, int start, int end) {
            return append(text.subSequence(start, end));
          }

          @Override
          public Appendable append(char c) {
            return append(String.valueOf(c));
          }
        };

    SvgRenderer.create().render(journey, report, out);

    String svg = SvgRenderer.create().render(journey, report);
    assertThat(received).hasToString(svg);
    assertThat(svg.length()).isGreaterThan(200_000);
    // Never the whole document at once, nor anything near it: a few thousand characters a time.
    assertThat(pieces).hasSizeGreaterThan(20).allSatisfy(n -> assertThat(n).isLessThan(16_384));
  }

  @Test
  void render_withAGapReport_marksEachPainPointWithItsRank_andListsThemToFixFirst() {
    Journey journey = SampleJourneys.small();
    GapReport report = GapAnalysis.standard().analyze(journey);
    assertThat(report.painPoints()).isNotEmpty();

    String svg = SvgRenderer.create().render(journey, report);

    Document document = SvgDocuments.parse(svg);
    List<String> markers = new ArrayList<>();
    for (Element element : SvgDocuments.elements(document)) {
      if (element.getAttribute("class").equals("cjm-pain-point")) {
        markers.add(element.getElementsByTagName("title").item(0).getTextContent());
      }
    }
    List<String> expected = new ArrayList<>();
    for (PainPoint painPoint : report.painPoints()) {
      if (!painPoint.subjectId().isEmpty()) {
        expected.add(
            "Pain point "
                + painPoint.rank()
                + ", "
                + painPoint.priority().label()
                + ": "
                + painPoint.name()
                + "\n"
                + painPoint.summary());
      }
    }
    assertThat(markers).containsExactlyInAnyOrderElementsOf(expected).isNotEmpty();
    // Wrapped lines are tspans of one text: read without white space, they join up.
    String text = withoutSpaces(document.getDocumentElement().getTextContent());
    assertThat(text).contains("Fixfirst").doesNotContain("Findings(");
    for (PainPoint painPoint : report.painPoints()) {
      assertThat(text).contains(withoutSpaces(painPoint.summary()));
    }
    for (MapCheck check : report.mapChecks()) {
      assertThat(text).contains("Mapchecks", withoutSpaces(check.message()));
    }
    StringWriter writer = new StringWriter();
    try {
      SvgRenderer.create().render(journey, report, writer);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    assertThat(writer.toString()).isEqualTo(svg);
  }

  @Test
  void render_withAReportOfNoPainPointNorMapCheck_isTheMapOfTheJourneyAlone_byteForByte() {
    Journey journey = SampleJourneys.polish();
    SvgRenderer everything = SvgRenderer.builder().findingsList(true).build();

    assertThat(everything.render(journey, GapAnalysis.none().analyze(journey)))
        .isEqualTo(SvgRenderer.create().render(journey));
  }

  @Test
  void render_withAReport_addsThePriorityColoursToTheStyleSheet_only() {
    Journey journey = SampleJourneys.small();
    SvgRenderer renderer = SvgRenderer.builder().mapId("shoes").build(); // one scope for both
    String plain = renderer.render(journey);
    String withReport = renderer.render(journey, GapAnalysis.standard().analyze(journey));

    assertThat(plain).doesNotContain(".cjm-priority-");
    assertThat(withReport).contains("#shoes .cjm-priority-critical{fill:#7f1d1d}");
    String sheet = plain.substring(plain.indexOf("<style"), plain.indexOf("</style>"));
    assertThat(withReport).contains(sheet);
  }

  @Test
  void findingsList_addsEveryFinding_afterThePainPoints_withSubjectsByName() {
    Journey journey = SampleJourneys.small();
    GapReport report = GapAnalysis.standard().analyze(journey);
    SvgRenderer listing = SvgRenderer.builder().findingsList(true).build();

    // Wrapped lines are tspans of one text: read without white space, they join up.
    String text =
        withoutSpaces(
            SvgDocuments.parse(listing.render(journey, report))
                .getDocumentElement()
                .getTextContent());

    assertThat(text).contains("Findings(" + report.findings().size() + ")");
    assertThat(text.indexOf("Fixfirst")).isLessThan(text.indexOf("Findings("));
    for (Finding finding : report.findings()) {
      assertThat(text)
          .contains(withoutSpaces(report.subjectName(finding) + ": " + finding.message()));
    }
    assertThat(text).contains("Checkout:").doesNotContain("checkout:");
    assertThat(SvgRenderer.create().render(journey, report)).doesNotContain("Findings (");
    assertThat(listing.toBuilder().build().render(journey, report))
        .isEqualTo(listing.render(journey, report));
    assertThat(listing.toBuilder().findingsList(false).build().render(journey, report))
        .isEqualTo(SvgRenderer.create().render(journey, report));
    assertThat(listing.toString()).contains("findingsList=true");
    assertThat(SvgRenderer.create().toString()).contains("findingsList=false");
    assertThat(listing.toBuilder().highlightGaps(false).build().render(journey, report))
        .isEqualTo(SvgRenderer.create().render(journey));
  }

  @Test
  void render_hostileTextInAPainPointsNameAndSummary_readsBackAsText() {
    String hostile = "<script>alert(\"x\")</script> & ]]> '\u0007";
    Journey journey =
        Journey.builder("Hostile")
            .stage(
                hostile,
                s ->
                    s.id("stage")
                        .touchpoint(
                            hostile,
                            t ->
                                t.id("tp")
                                    .emotion(-2)
                                    .expectedEmotion(1)
                                    .barrier(hostile, b -> b.id("b").frequency(0.5))))
            .build();
    GapReport report = GapAnalysis.standard().analyze(journey);
    PainPoint painPoint = report.painPoints().get(0);
    assertThat(painPoint.name()).isEqualTo(hostile);
    assertThat(painPoint.summary()).contains("<script>");

    String svg = SvgRenderer.builder().findingsList(true).build().render(journey, report);

    List<String> titles = RenderedMarkup.checkAndReadTitles(svg);
    assertThat(titles)
        .contains(
            RenderedMarkup.asParsed(
                "Pain point 1, "
                    + painPoint.priority().label()
                    + ": "
                    + hostile
                    + "\n"
                    + painPoint.summary()));
    assertThat(withoutSpaces(SvgDocuments.parse(svg).getDocumentElement().getTextContent()))
        .contains(withoutSpaces(RenderedMarkup.asParsed(painPoint.summary())));
    assertThat(svg).doesNotContain("<script>");
    assertThat(Batik.render(svg)).isNotEmpty();
  }

  @Test
  void figures_readTheSameOnTheMapAsInTheFindings() {
    Journey journey =
        Journey.builder("Figures")
            .stage(
                "Purchase",
                s ->
                    s.touchpoint(
                            "Checkout",
                            t ->
                                t.emotion(-1)
                                    .barrier(
                                        "Delivery cost shown late",
                                        b -> b.id("late-cost").frequency(0.375)))
                        .metric("Handling time", m -> m.value(1.125).target(1).lowerIsBetter()))
            .build();
    GapReport report = GapAnalysis.standard().analyze(journey);

    String svg = SvgRenderer.create().render(journey, report);

    assertThat(report.findings())
        .anySatisfy(f -> assertThat(f.facts()).containsEntry("frequency", "37.5%"))
        .anySatisfy(f -> assertThat(f.message()).contains("1.125"));
    assertThat(svg).contains("37.5% of customers").contains("1.125").doesNotContain("38%");
  }

  @Test
  void highlightGaps_false_leavesTheReportOut() {
    Journey journey = SampleJourneys.small();
    SvgRenderer plain = SvgRenderer.builder().highlightGaps(false).build();

    assertThat(plain.render(journey, GapAnalysis.standard().analyze(journey)))
        .isEqualTo(SvgRenderer.create().render(journey));
    assertThat(
            plain.toBuilder()
                .highlightGaps(true)
                .build()
                .render(journey, GapAnalysis.standard().analyze(journey)))
        .contains("Fix first", "cjm-pain-point");
    assertThat(plain.toString()).contains("highlightGaps=false");
  }

  @Test
  void render_isAStandaloneAccessibleSvgDocument() {
    Document document = SvgDocuments.parse(SvgRenderer.create().render(SampleJourneys.small()));
    Element root = document.getDocumentElement();
    assertThat(root.getLocalName()).isEqualTo("svg");
    assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
    assertThat(root.getAttribute("role")).isEqualTo("img");
    String mapId = root.getAttribute("id");
    assertThat(mapId).matches("cjm-[0-9a-f]{8}");
    assertThat(root.getAttribute("aria-labelledby")).isEqualTo(mapId + "-title " + mapId + "-desc");
    assertThat(document.getElementById(mapId)).isNull(); // no DTD: ids are plain attributes
    Element title = (Element) root.getElementsByTagName("title").item(0);
    Element desc = (Element) root.getElementsByTagName("desc").item(0);
    assertThat(title.getAttribute("id")).isEqualTo(mapId + "-title");
    assertThat(title.getTextContent()).isEqualTo("Buying running shoes online");
    assertThat(desc.getAttribute("id")).isEqualTo(mapId + "-desc");
    assertThat(desc.getTextContent())
        .isEqualTo(
            "Customer journey map for Anna: 2 stages (Awareness, Purchase), 2 touchpoints,"
                + " 1 barrier, 1 opportunity. Lowest emotion at Checkout (-2).");
  }

  @Test
  void render_ofAMapWithLatin1Texts_isALatin1Document_itsOwnSymbolsWrittenAsReferences() {
    Journey journey = SampleJourneys.small(); // emotions below zero, a bulleted persona
    String svg = SvgRenderer.create().render(journey, GapAnalysis.standard().analyze(journey));
    assertThat(svg.chars().filter(c -> c > 0xFF).count()).isZero();
    assertThat(svg).contains("&#8722;2", "&#8226;");
    Document document = SvgDocuments.parse(svg);
    assertThat(document.getDocumentElement().getTextContent()).contains("\u22122", "\u2022");
  }

  @Test
  void render_usesOnlyPlainSvgElements_noScriptsForeignObjectsOrExternalReferences() {
    String svg = SvgRenderer.create().render(SampleJourneys.polish());
    for (Element element : SvgDocuments.elements(SvgDocuments.parse(svg))) {
      assertThat(ELEMENTS)
          .as("element <%s>", element.getLocalName())
          .contains(element.getLocalName());
      assertThat(element.hasAttribute("href")).isFalse();
      assertThat(element.hasAttributeNS("http://www.w3.org/1999/xlink", "href")).isFalse();
    }
    assertThat(svg).doesNotContain("url(", "@import", "<script", "foreignObject");
  }

  @Test
  void render_writesColoursAsHex_only() {
    for (Theme theme : Theme.all()) {
      String svg = SvgRenderer.builder().theme(theme).build().render(SampleJourneys.polish());
      Matcher colours = Pattern.compile("(?:fill|stroke):([^;}]+)").matcher(svg);
      List<String> found = new ArrayList<>();
      while (colours.find()) {
        found.add(colours.group(1));
      }
      assertThat(found).isNotEmpty().allMatch(c -> c.matches("#[0-9a-f]{6}|none"), "hex colour");
      assertThat(svg).doesNotContain("rgb(", "hsl(", "var(");
    }
  }

  @Test
  void render_givesEveryTouchpointGroupItsIdClassAndFullTextAsTitle() {
    SvgRenderer renderer = SvgRenderer.builder().mapId("sofa").build();
    Document document = SvgDocuments.parse(renderer.render(SampleJourneys.polish()));
    List<Element> touchpoints = new ArrayList<>();
    for (Element element : SvgDocuments.elements(document)) {
      if (element.getAttribute("class").equals("cjm-touchpoint")) {
        touchpoints.add(element);
      }
    }
    assertThat(touchpoints).hasSize(SampleJourneys.polish().allTouchpoints().size());
    for (Element group : touchpoints) {
      assertThat(group.getAttribute("id")).startsWith("sofa-touchpoint-");
      Element title = (Element) group.getFirstChild().getNextSibling();
      assertThat(title.getLocalName()).isEqualTo("title");
      assertThat(title.getTextContent()).startsWith("Touchpoint: ");
    }
    assertThat(touchpoints.get(4).getAttribute("id"))
        .isEqualTo("sofa-touchpoint-koszyk-i-platnosc");
    assertThat(touchpoints.get(4).getFirstChild().getNextSibling().getTextContent())
        .contains("Doing: Wybiera dostawę z wniesieniem", "Emotion: -2 (zła)");
  }

  @Test
  void render_idsAreUniqueInTheDocument_withAndWithoutTheReport() {
    Journey journey = SampleJourneys.manyTouchpoints();
    SvgRenderer listing = SvgRenderer.builder().findingsList(true).build();
    for (String svg :
        List.of(
            listing.render(journey),
            listing.render(journey, GapAnalysis.standard().analyze(journey)))) {
      List<String> ids = new ArrayList<>();
      for (Element element : SvgDocuments.elements(SvgDocuments.parse(svg))) {
        if (element.hasAttribute("id")) {
          ids.add(element.getAttribute("id"));
        }
      }
      assertThat(ids).doesNotHaveDuplicates().hasSizeGreaterThan(200);
    }
  }

  @Test
  void render_namesTheMeasuredFontFamiliesFirst() {
    String svg = SvgRenderer.create().render(SampleJourneys.small());
    assertThat(svg).contains("font-family=\"Helvetica, Arial, 'Liberation Sans', ");
    assertThat(SvgRenderer.builder().fontFamily("Inter").build().render(SampleJourneys.small()))
        .contains("font-family=\"Inter, Helvetica, Arial, 'Liberation Sans', ");
  }

  @Test
  void render_withChosenLanes_drawsOnlyThose() {
    String svg =
        SvgRenderer.builder()
            .lanes(Lane.EMOTION, Lane.TOUCHPOINTS)
            .build()
            .render(SampleJourneys.polish());
    assertThat(svg).contains("cjm-lane-touchpoints", "cjm-lane-emotion");
    assertThat(svg).doesNotContain("cjm-lane-doing", "cjm-lane-barriers", "cjm-lane-metrics");
    assertThat(svg.indexOf("cjm-lane-touchpoints")).isLessThan(svg.indexOf("cjm-lane-emotion"));
  }

  @Test
  void render_withoutLegend_hasNoLegend() {
    assertThat(SvgRenderer.builder().legend(false).build().render(SampleJourneys.small()))
        .doesNotContain("cjm-legend");
    assertThat(SvgRenderer.builder().mapId("shoes").build().render(SampleJourneys.small()))
        .contains("id=\"shoes-legend\"");
  }

  @Test
  void render_themeName_isAClassOfTheRoot() {
    assertThat(SvgRenderer.builder().theme(Theme.DARK).build().render(SampleJourneys.small()))
        .contains("class=\"cjm-map cjm-theme-dark\"");
  }

  @Test
  void render_aJourneyWithoutStages_isJustTheHeader() {
    Journey journey = Journey.builder("Nothing mapped yet").build();
    String svg = SvgRenderer.create().render(journey);
    Document document = SvgDocuments.parse(svg);
    String shapes = svg.substring(svg.indexOf("</style>")); // the sheet names every class
    assertThat(shapes).doesNotContain("cjm-lane", "cjm-legend");
    assertThat(document.getDocumentElement().getAttribute("width")).isEqualTo("808");
    assertThat(Batik.render(svg)).isNotEmpty();
  }

  @Test
  void render_sharedBetweenThreads_givesEveryThreadTheSameDocument() throws Exception {
    SvgRenderer renderer = SvgRenderer.create();
    Journey journey = SampleJourneys.polish();
    String expected = renderer.render(journey);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(pool.submit(() -> renderer.render(journey)));
      }
      for (Future<String> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void builder_startsFromTheOptionsOfTheRendererItCameFrom() {
    SvgRenderer dark = SvgRenderer.builder().theme(Theme.DARK).touchpointWidth(240).build();
    SvgRenderer narrowDark = dark.toBuilder().touchpointWidth(160).build();
    assertThat(narrowDark.theme()).isEqualTo(Theme.DARK);
    assertThat(narrowDark.touchpointWidth()).isEqualTo(160);
    assertThat(dark.touchpointWidth()).isEqualTo(240);
    assertThat(SvgRenderer.create().lanes()).containsExactly(Lane.values());
  }

  @Test
  void lane_label_isTheLabelTheMapShowsOnTheLeftOfTheLane() {
    String svg = SvgRenderer.create().render(SampleJourneys.polish()); // every lane has content
    List<String> shown = new ArrayList<>();
    Matcher label = Pattern.compile("class=\"cjm-lane-label\"[^>]*>([^<]*)</text>").matcher(svg);
    while (label.find()) {
      shown.add(label.group(1));
    }

    assertThat(shown)
        .containsExactly(
            "Stages",
            "Touchpoints",
            "Doing",
            "Thinking",
            "Feeling",
            "Emotion",
            "Barriers",
            "Opportunities",
            "Metrics");
    assertThat(List.of(Lane.values()))
        .extracting(Lane::label)
        .containsExactlyElementsOf(shown.subList(1, shown.size()));
  }

  @Test
  void builder_rejectsATouchpointWidthOffItsRange_sayingWhatIsValid() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SvgRenderer.builder().touchpointWidth(50))
        .withMessage("touchpoint width 50.0 px is out of range: expected 120.0 to 800.0 px");
  }

  @Test
  void builder_rejectsAFontSizeOffItsRange_andNegativeLineLimits() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SvgRenderer.builder().fontSize(Double.NaN))
        .withMessageContaining("expected 8.0 to 32.0 px");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SvgRenderer.builder().maxLines(-1))
        .withMessageContaining("expected 0 (no limit) or more");
  }

  @Test
  void builder_rejectsAFontFamilyThatCouldBreakTheDeclaration() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SvgRenderer.builder().fontFamily("Inter; fill:red"))
        .withMessageContaining("\"Inter; fill:red\" holds ';', which no family name may hold");
  }

  @Test
  void theme_isFoundByItsName() {
    assertThat(Theme.named("high-contrast")).contains(Theme.HIGH_CONTRAST);
    assertThat(Theme.named("sepia")).isEmpty();
  }

  /** {@code text} without its white space, to compare texts however they were wrapped. */
  private static String withoutSpaces(String text) {
    return text.replaceAll("\\s+", "");
  }
}
