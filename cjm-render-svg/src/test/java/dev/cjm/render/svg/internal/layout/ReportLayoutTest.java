package dev.cjm.render.svg.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSet;
import dev.cjm.core.Channel;
import dev.cjm.core.Journey;
import dev.cjm.core.Severity;
import dev.cjm.core.analysis.FindingSeverity;
import dev.cjm.core.analysis.GapAnalysis;
import dev.cjm.core.analysis.GapReport;
import dev.cjm.core.analysis.Priority;
import dev.cjm.render.svg.SampleJourneys;
import dev.cjm.render.svg.internal.text.FontMetrics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A gap report on the map: each pain point marked with its rank on its own touchpoint card or stage
 * header, in its column, and a compact panel below the map that lists the pain points, then the map
 * checks (and every finding when asked), each entry within the panel and clear of the next.
 */
class ReportLayoutTest {
  private static final double EPSILON = 1e-6;
  private final FontMetrics metrics = FontMetrics.standard();

  private static MapLayout layout(Journey journey, Annotations annotations) {
    return new MapLayouter(LayoutOptions.DEFAULT, FontMetrics.standard())
        .layout(journey, annotations);
  }

  private static Annotations reportOf(Journey journey, boolean findingsList) {
    return Annotations.of(GapAnalysis.standard().analyze(journey), findingsList, journey.locale());
  }

  private static PainPointNote note(int rank, Priority priority, String subjectId, String name) {
    return new PainPointNote(
        rank, priority, subjectId, name, Optional.empty(), "summary of " + name);
  }

  /** The samples in English and in Polish: the layout must fit the words of both. */
  static Stream<Arguments> samples() {
    return Languages.inEnglishAndPolish(
        Stream.of(
            Arguments.of("small", SampleJourneys.small()),
            Arguments.of("polish", SampleJourneys.polish()),
            Arguments.of("long texts", SampleJourneys.longTexts()),
            Arguments.of("many touchpoints", SampleJourneys.manyTouchpoints()),
            Arguments.of("international", SampleJourneys.international()),
            Arguments.of("edge cases", SampleJourneys.edgeCases()),
            Arguments.of("long names", SampleJourneys.longNamesWithPainPoints())));
  }

  // ---------------------------------------------------------------- markers

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void eachPainPoint_isMarkedOnceWithItsRank_onItsOwnCard_insideItsColumn(
      String name, Journey journey) {
    Annotations report = reportOf(journey, false);
    MapLayout layout = layout(journey, report);
    int marked = 0;
    for (PainPointNote note : report.painPoints()) {
      if (note.subjectId().isEmpty()) {
        continue; // the journey as a whole: in the panel only
      }
      if (journey.touchpoint(note.subjectId()).isPresent()) {
        Group touchpoint = group(layout, Ids.of("touchpoint", note.subjectId()));
        Rect card = rectsIn(touchpoint, "cjm-touchpoint-card").get(0);
        assertThat(markersIn(touchpoint))
            .as("markers on touchpoint %s", note.subjectId())
            .singleElement()
            .satisfies(
                marker -> {
                  assertThat(card.box().contains(disc(marker).box())).isTrue();
                  assertThat(numeral(marker)).isEqualTo(String.valueOf(note.rank()));
                });
      } else {
        Group stage = group(layout, Ids.of("stage", note.subjectId()));
        Rect band = rectsIn(stage, "cjm-stage-band").get(0);
        assertThat(markersOutsideTouchpoints(stage))
            .as("markers on the header of stage %s", note.subjectId())
            .singleElement()
            .satisfies(
                marker -> {
                  assertThat(band.box().contains(disc(marker).box())).isTrue();
                  assertThat(numeral(marker)).isEqualTo(String.valueOf(note.rank()));
                });
      }
      marked++;
    }
    assertThat(mapMarkers(layout)).hasSize(marked);
  }

  @Test
  void stagePainPoint_isMarkedOnItsStageHeader_notOnATouchpoint() {
    // A barrier of the whole stage that nothing addresses; nothing is wrong at its touchpoint.
    Journey journey =
        Journey.builder("Reach")
            .stage(
                "Awareness",
                s ->
                    s.touchpoint(
                            "Post",
                            t -> t.channel(Channel.SOCIAL_MEDIA).owner("Marketing").emotion(1))
                        .barrier("Nobody has heard of us", b -> b.severity(Severity.MEDIUM)))
            .build();
    GapReport report = GapAnalysis.standard().analyze(journey);
    assertThat(report.painPoints())
        .singleElement()
        .satisfies(p -> assertThat(p.subjectId()).isEqualTo("awareness"));

    MapLayout layout = layout(journey, Annotations.of(report, false, journey.locale()));

    Group stage = group(layout, "cjm-stage-awareness");
    Rect band = rectsIn(stage, "cjm-stage-band").get(0);
    assertThat(markersOutsideTouchpoints(stage))
        .singleElement()
        .satisfies(
            marker -> {
              assertThat(band.box().contains(disc(marker).box())).isTrue();
              assertThat(numeral(marker)).isEqualTo("1");
              assertThat(marker.title()).startsWith("Pain point 1, medium: Awareness\n");
            });
    assertThat(markersIn(group(layout, "cjm-touchpoint-post"))).isEmpty();
  }

  @Test
  void marker_isInThePriorityColour_itsTooltipNamingThePainPoint_andSummingItUp() {
    PainPointNote checkout =
        new PainPointNote(
            1,
            Priority.CRITICAL,
            "checkout",
            "Checkout",
            Optional.of("Purchase"),
            "feel -2, expected +1; barrier \"Delivery cost appears only at the last step\" (high)");
    MapLayout layout =
        layout(SampleJourneys.small(), Annotations.of(List.of(checkout), 1, List.of(), List.of()));

    Group marker = markersIn(group(layout, "cjm-touchpoint-checkout")).get(0);

    assertThat(marker.title())
        .isEqualTo(
            "Pain point 1, critical: Checkout\nfeel -2, expected +1; barrier \"Delivery cost"
                + " appears only at the last step\" (high)");
    assertThat(disc(marker).cssClass()).isEqualTo("cjm-pain-point-marker cjm-priority-critical");
    assertThat(disc(marker).box().width()).isEqualTo(PainPointMarker.SIZE);
  }

  @Test
  void marker_ofARankOfThreeDigits_isAPillWideEnoughForIt_andStaysOnItsCard() {
    MapLayout layout =
        layout(
            SampleJourneys.small(),
            Annotations.of(
                List.of(note(128, Priority.LOW, "checkout", "Checkout")), 0, List.of(), List.of()));

    Group touchpoint = group(layout, "cjm-touchpoint-checkout");
    Group marker = markersIn(touchpoint).get(0);
    Text rank = Shapes.of(marker, Text.class).get(0);

    assertThat(rank.lines()).containsExactly("128");
    assertThat(metrics.width("128", rank.font())).isLessThan(rank.area().width());
    assertThat(disc(marker).box().contains(rank.area())).isTrue();
    assertThat(rectsIn(touchpoint, "cjm-touchpoint-card").get(0).box().contains(disc(marker).box()))
        .isTrue();
  }

  @Test
  void barrierAndOpportunityCards_carryNoMarker_theirPainPointIsMarkedOnTheirTouchpoint() {
    Journey journey = SampleJourneys.polish();
    MapLayout layout = layout(journey, reportOf(journey, false));

    for (Group group : Shapes.of(layout, Group.class)) {
      if (Shapes.hasClass(group.cssClass(), "cjm-barrier")
          || Shapes.hasClass(group.cssClass(), "cjm-opportunity")) {
        assertThat(markersIn(group)).as("markers on %s", group.id()).isEmpty();
      }
    }
  }

  @Test
  void painPointOfTheJourneyAsAWhole_andOfAnUnknownId_areInThePanelOnly() {
    MapLayout layout =
        layout(
            SampleJourneys.small(),
            Annotations.of(
                List.of(
                    note(1, Priority.HIGH, "", "the journey as a whole"),
                    note(2, Priority.LOW, "no-such-touchpoint", "Somewhere else")),
                2,
                List.of(),
                List.of()));

    assertThat(mapMarkers(layout)).isEmpty();
    assertThat(panelTexts(layout)).contains("the journey as a whole", "Somewhere else");
    assertThat(panelRects(layout, "cjm-pain-point-marker")).hasSize(2);
  }

  // ---------------------------------------------------------------- the panel

  @Test
  void panel_listsEachPainPoint_rankPriorityPlaceAndSummary_thenTheMapChecks() {
    Journey journey = SampleJourneys.small();
    PainPointNote checkout =
        new PainPointNote(
            1, Priority.CRITICAL, "checkout", "Checkout", Optional.of("Purchase"), "feel -2");
    PainPointNote awareness =
        new PainPointNote(
            2, Priority.MEDIUM, "awareness", "Awareness", Optional.empty(), "reach below target");
    MapLayout layout =
        layout(
            journey,
            Annotations.of(
                List.of(checkout, awareness),
                2,
                List.of(new MapCheckNote(Priority.LOW, "2 touchpoints record no emotion.")),
                List.of()));

    assertThat(panelTexts(layout))
        .containsExactly(
            "Fix first",
            "1",
            "critical",
            "Checkout (Purchase)",
            "feel -2",
            "2",
            "medium",
            "Awareness",
            "reach below target",
            "Map checks",
            "low",
            "2 touchpoints record no emotion.");
    assertThat(panelRects(layout, "cjm-pain-point-marker"))
        .extracting(Rect::cssClass)
        .containsExactly(
            "cjm-pain-point-marker cjm-priority-critical",
            "cjm-pain-point-marker cjm-priority-medium");
    assertThat(panelRects(layout, "cjm-priority-badge"))
        .extracting(Rect::cssClass)
        .containsExactly(
            "cjm-priority-badge cjm-priority-critical",
            "cjm-priority-badge cjm-priority-medium",
            "cjm-priority-badge cjm-priority-low");
  }

  @Test
  void panel_isTitledFixFirst_upToTheFixFirstFive_andPainPoints_whenThereAreMore() {
    Journey journey = SampleJourneys.manyTouchpoints();
    Annotations report = reportOf(journey, false);
    assertThat(report.painPoints()).hasSizeGreaterThan(5);
    assertThat(report.fixFirst()).isEqualTo(5);

    List<String> texts = panelTexts(layout(journey, report));

    assertThat(texts.get(0)).isEqualTo("Pain points (" + report.painPoints().size() + ")");
    assertThat(texts).doesNotContain("Fix first");
    assertThat(panelTexts(layout(SampleJourneys.small(), reportOf(SampleJourneys.small(), false))))
        .startsWith("Fix first");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void panel_entriesStayInsideThePanel_andNeverOverlap(String name, Journey journey) {
    for (boolean findingsList : List.of(false, true)) {
      MapLayout layout = layout(journey, reportOf(journey, findingsList));
      Optional<Rect> panel = panel(layout);
      if (panel.isEmpty()) {
        continue;
      }
      Box inside = panel.get().box().inset(Card.PAD - EPSILON);
      List<Box> entries = new ArrayList<>();
      for (Text text : Shapes.of(group(layout, Ids.REPORT_PANEL), Text.class)) {
        for (String line : text.lines()) {
          assertThat(metrics.width(line, text.font()))
              .as("the width of \"%s\" in its box %s", line, text.area())
              .isLessThanOrEqualTo(text.area().width() + EPSILON);
        }
        assertThat(inside.contains(text.area()))
            .as("%s inside the panel %s", text.lines(), inside)
            .isTrue();
        if (text.surface().equals(CssClass.REPORT_PANEL)) {
          entries.add(text.area());
        }
      }
      for (Rect rect : Shapes.of(group(layout, Ids.REPORT_PANEL), Rect.class)) {
        if (!rect.cssClass().equals(CssClass.REPORT_PANEL)) {
          assertThat(inside.contains(rect.box())).as("%s inside the panel", rect).isTrue();
          entries.add(rect.box()); // markers and badges
        }
      }
      entries.sort(Comparator.comparingDouble(Box::y));
      for (int i = 0; i < entries.size(); i++) {
        for (int j = i + 1;
            j < entries.size() && entries.get(j).y() < entries.get(i).bottom();
            j++) {
          assertThat(entries.get(i).overlaps(entries.get(j)))
              .as("%s overlaps %s (findings list %s)", entries.get(i), entries.get(j), findingsList)
              .isFalse();
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void withTheReport_everyTextFitsItsBox_andCardsStayApart_insideTheMap(
      String name, Journey journey) {
    MapLayout layout = layout(journey, reportOf(journey, true));
    Box map = new Box(0, 0, layout.width(), layout.height());
    Map<String, List<Box>> cardsByClass = new HashMap<>();
    List<Box> cards = new ArrayList<>();
    for (Rect rect : Shapes.of(layout, Rect.class)) {
      cardsByClass.computeIfAbsent(rect.cssClass(), c -> new ArrayList<>()).add(rect.box());
      if (Shapes.hasClass(rect.cssClass(), "cjm-card")
          || Shapes.hasClass(rect.cssClass(), "cjm-stage-band")) {
        cards.add(rect.box());
      }
    }
    for (Text text : Shapes.of(layout, Text.class)) {
      assertThat(map.contains(text.area())).as("%s inside the map", text.lines()).isTrue();
      for (String line : text.lines()) {
        assertThat(metrics.width(line, text.font()))
            .as("the width of \"%s\" in its box %s", line, text.area())
            .isLessThanOrEqualTo(text.area().width() + EPSILON);
      }
      if (Shapes.hasClass(text.surface(), "cjm-card")) {
        assertThat(cardsByClass.getOrDefault(text.surface(), List.of()))
            .as("the cards of class %s around text %s", text.surface(), text.lines())
            .anyMatch(card -> card.inset(4).contains(text.area()));
      }
    }
    cards.sort(Comparator.comparingDouble(Box::x));
    for (int i = 0; i < cards.size(); i++) {
      for (int j = i + 1; j < cards.size() && cards.get(j).x() < cards.get(i).right(); j++) {
        assertThat(cards.get(i).overlaps(cards.get(j)))
            .as("%s overlaps %s", cards.get(i), cards.get(j))
            .isFalse();
      }
    }
  }

  @Test
  void panel_ofPainPointsAndMapChecks_isAFractionOfTheFullListOfFindings() {
    Journey journey = SampleJourneys.polish();

    double compact = panel(layout(journey, reportOf(journey, false))).orElseThrow().box().height();
    double withEveryFinding =
        panel(layout(journey, reportOf(journey, true))).orElseThrow().box().height();

    assertThat(compact).isLessThan(withEveryFinding / 2);
  }

  @Test
  void findingsList_followsThePainPointsAndMapChecks_bySeverity_withSubjectsByName() {
    Journey journey = SampleJourneys.small();
    Annotations annotations =
        Annotations.of(
            List.of(note(1, Priority.HIGH, "checkout", "Checkout")),
            1,
            List.of(new MapCheckNote(Priority.MEDIUM, "Nobody owns \"Instagram ad\".")),
            List.of(
                new FindingNote(FindingSeverity.INFO, "Instagram ad", "No expected emotion."),
                new FindingNote(FindingSeverity.ERROR, "Checkout", "Felt -2, expected +1.")));

    List<String> texts = panelTexts(layout(journey, annotations));

    assertThat(texts.subList(texts.indexOf("Findings (2)"), texts.size()))
        .containsExactly(
            "Findings (2)",
            "ERROR",
            "Checkout: Felt -2, expected +1.",
            "INFO",
            "Instagram ad: No expected emotion.");
    assertThat(texts.indexOf("Map checks")).isLessThan(texts.indexOf("Findings (2)"));
  }

  @Test
  void noPainPointNorMapCheck_noPanel_andTheMapOfTheJourneyAlone() {
    Journey journey = SampleJourneys.small();
    MapLayout none =
        layout(
            journey, Annotations.of(GapAnalysis.none().analyze(journey), true, journey.locale()));

    assertThat(panel(none)).isEmpty();
    assertThat(none.nodes()).isEqualTo(layout(journey, Annotations.NONE).nodes());
  }

  // ---------------------------------------------------------------- the legend

  @Test
  void legend_explainsTheRankMarkerAndTheFourPriorityColours_inOneRow() {
    Journey journey = SampleJourneys.polish();
    MapLayout layout = layout(journey, reportOf(journey, false));
    Group legend = group(layout, Ids.LEGEND);

    List<Circle> swatches =
        Shapes.of(legend, Circle.class).stream()
            .filter(c -> Shapes.hasClass(c.cssClass(), "cjm-priority-swatch"))
            .toList();
    Rect sample =
        Shapes.of(legend, Rect.class).stream()
            .filter(r -> Shapes.hasClass(r.cssClass(), "cjm-pain-point-marker"))
            .findFirst()
            .orElseThrow();
    List<String> texts = Shapes.of(legend, Text.class).stream().map(t -> t.lines().get(0)).toList();

    assertThat(swatches)
        .extracting(Circle::cssClass)
        .containsExactly(
            "cjm-priority-swatch cjm-priority-critical",
            "cjm-priority-swatch cjm-priority-high",
            "cjm-priority-swatch cjm-priority-medium",
            "cjm-priority-swatch cjm-priority-low");
    double middle = sample.box().y() + sample.box().height() / 2;
    assertThat(swatches)
        .allSatisfy(
            s ->
                assertThat(s.centre().y())
                    .isCloseTo(middle, org.assertj.core.data.Offset.offset(EPSILON)));
    assertThat(texts)
        .containsSubsequence(
            "Legend",
            "Pain points:",
            "1",
            "rank, 1 = fix first; colour = priority:",
            "critical",
            "high",
            "medium",
            "low",
            "Channels:");
    assertThat(Shapes.of(layout(journey, Annotations.NONE), Text.class))
        .noneSatisfy(t -> assertThat(t.lines()).contains("Pain points:"));
  }

  @Test
  void legend_onANarrowMapAtALargeFontSize_keepsThePainPointsEntryTogether_inTheLegend() {
    Journey journey = SampleJourneys.small();
    LayoutOptions large =
        new LayoutOptions(120, ImmutableSet.copyOf(LayoutOptions.DEFAULT.lanes()), 32, 0, true);
    MapLayout layout = new MapLayouter(large, metrics).layout(journey, reportOf(journey, false));
    Group legend = group(layout, Ids.LEGEND);
    Rect card = Shapes.of(legend, Rect.class).get(0);

    for (Text text : Shapes.of(legend, Text.class)) {
      assertThat(card.box().contains(text.area())).as("%s in the legend", text.lines()).isTrue();
    }
  }

  /**
   * Each group of the legend (its heading and its entries) is one block: on one row, or, when it is
   * too long for one, starting at the left of its own rows, never wrapping among other groups.
   */
  @ParameterizedTest(name = "at {0} px")
  @org.junit.jupiter.params.provider.ValueSource(doubles = {12, 20, 32})
  void legend_neverSplitsAGroup_acrossRowsItShares(double fontSize) {
    Journey journey = SampleJourneys.polish();
    LayoutOptions options =
        new LayoutOptions(
            120, ImmutableSet.copyOf(LayoutOptions.DEFAULT.lanes()), fontSize, 0, true);
    MapLayout layout = new MapLayouter(options, metrics).layout(journey, reportOf(journey, false));
    List<Text> texts = Shapes.of(group(layout, Ids.LEGEND), Text.class);
    List<String> headings =
        List.of(
            "Pain points:",
            "Channels:",
            "Emotion:",
            "Barrier severity:",
            "Opportunities:",
            "Metrics:");
    double left = texts.get(0).area().x(); // the "Legend" title, at the card's inner left edge

    List<List<Text>> groups = new ArrayList<>();
    for (Text text : texts.subList(1, texts.size())) {
      if (headings.contains(text.lines().get(0))) {
        groups.add(new ArrayList<>());
      }
      groups.get(groups.size() - 1).add(text);
    }

    assertThat(groups).hasSize(headings.size());
    for (List<Text> group : groups) {
      Text heading = group.get(0);
      double top = heading.area().y();
      double bottom = top + heading.area().height();
      boolean oneRow =
          group.stream()
              .allMatch(t -> t.area().y() < bottom && t.area().y() + t.area().height() > top);
      assertThat(oneRow || Math.abs(heading.area().x() - left) < EPSILON)
          .as("group %s at %s px: on one row, or starting its own rows", heading.lines(), fontSize)
          .isTrue();
    }
  }

  // ---------------------------------------------------------------- helpers

  private static Group group(MapLayout layout, String id) {
    return Shapes.of(layout, Group.class).stream()
        .filter(g -> id.equals(g.id()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no group " + id));
  }

  /** The marker groups (with a tooltip) anywhere inside {@code group}. */
  private static List<Group> markersIn(Group group) {
    return Shapes.of(group, Group.class).stream()
        .filter(g -> g.cssClass().equals(CssClass.PAIN_POINT))
        .toList();
  }

  /** The marker groups of a stage that are not inside one of its touchpoints. */
  private static List<Group> markersOutsideTouchpoints(Group stage) {
    List<Group> markers = new ArrayList<>();
    for (Node child : stage.children()) {
      if (child instanceof Group g && g.cssClass().equals(CssClass.PAIN_POINT)) {
        markers.add(g);
      }
    }
    return markers;
  }

  private static List<Group> mapMarkers(MapLayout layout) {
    return Shapes.of(layout, Group.class).stream()
        .filter(g -> g.cssClass().equals(CssClass.PAIN_POINT))
        .toList();
  }

  private static Rect disc(Group marker) {
    return Shapes.of(marker, Rect.class).get(0);
  }

  private static String numeral(Group marker) {
    return Shapes.of(marker, Text.class).get(0).lines().get(0);
  }

  private static List<Rect> rectsIn(Group group, String cssClass) {
    return Shapes.of(group, Rect.class).stream()
        .filter(r -> Shapes.hasClass(r.cssClass(), cssClass))
        .toList();
  }

  private static Optional<Rect> panel(MapLayout layout) {
    return Shapes.of(layout, Rect.class).stream()
        .filter(r -> r.cssClass().equals(CssClass.REPORT_PANEL))
        .findFirst();
  }

  /** Every text of the panel, each as one line, in order. */
  private static List<String> panelTexts(MapLayout layout) {
    return Shapes.of(group(layout, Ids.REPORT_PANEL), Text.class).stream()
        .map(t -> String.join(" ", t.lines()))
        .toList();
  }

  private static List<Rect> panelRects(MapLayout layout, String cssClass) {
    return rectsIn(group(layout, Ids.REPORT_PANEL), cssClass);
  }
}
