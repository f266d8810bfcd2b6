package dev.cjm.render.svg.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.cjm.core.Journey;
import dev.cjm.render.svg.SampleJourneys;
import dev.cjm.render.svg.internal.text.FontMetrics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MapLayouterTest {
  private static final double EPSILON = 1e-6;
  private final FontMetrics metrics = FontMetrics.standard();

  private static MapLayout layout(Journey journey) {
    return layout(journey, LayoutOptions.DEFAULT, Annotations.NONE);
  }

  private static MapLayout layout(Journey journey, LayoutOptions options, Annotations annotations) {
    return new MapLayouter(options, FontMetrics.standard()).layout(journey, annotations);
  }

  /** The samples in English and in Polish: the layout must fit the words of both. */
  static Stream<Arguments> samples() {
    return Languages.inEnglishAndPolish(
        Stream.of(
            Arguments.of("small", SampleJourneys.small()),
            Arguments.of("polish", SampleJourneys.polish()),
            Arguments.of("long texts", SampleJourneys.longTexts()),
            Arguments.of("many touchpoints", SampleJourneys.manyTouchpoints()),
            Arguments.of("international", SampleJourneys.international())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void layout_everyLineOfText_fitsTheWidthOfItsArea(String name, Journey journey) {
    for (Text text : Shapes.of(layout(journey), Text.class)) {
      for (String line : text.lines()) {
        assertThat(metrics.width(line, text.font()))
            .as("width of \"%s\" in its area %s", line, text.area())
            .isLessThanOrEqualTo(text.area().width() + EPSILON);
      }
      assertThat(text.font().blockHeight(text.lines().size()))
          .as("height of %s", text.lines())
          .isLessThanOrEqualTo(text.area().height() + EPSILON);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void layout_everyTextOnACard_liesInsideThatCard(String name, Journey journey) {
    MapLayout layout = layout(journey);
    List<Rect> rects = Shapes.of(layout, Rect.class);
    for (Text text : Shapes.of(layout, Text.class)) {
      if (!Shapes.hasClass(text.surface(), "cjm-card")) {
        continue;
      }
      assertThat(rects)
          .as("a card %s holding %s", text.surface(), text.lines())
          .anySatisfy(
              rect -> {
                assertThat(rect.cssClass()).isEqualTo(text.surface());
                assertThat(rect.box().inset(4).contains(text.area())).isTrue();
              });
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void layout_noCardOrStageBandOverlapsAnother(String name, Journey journey) {
    List<Box> boxes = new ArrayList<>();
    for (Rect rect : Shapes.of(layout(journey), Rect.class)) {
      if (Shapes.hasClass(rect.cssClass(), "cjm-card")
          || Shapes.hasClass(rect.cssClass(), "cjm-stage-band")
          || Shapes.hasClass(rect.cssClass(), "cjm-persona")) {
        boxes.add(rect.box());
      }
    }
    boxes.sort(Comparator.comparingDouble(Box::x));
    for (int i = 0; i < boxes.size(); i++) {
      for (int j = i + 1; j < boxes.size() && boxes.get(j).x() < boxes.get(i).right(); j++) {
        assertThat(boxes.get(i).overlaps(boxes.get(j)))
            .as("%s overlaps %s", boxes.get(i), boxes.get(j))
            .isFalse();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void layout_lanesFollowOneAnother_withoutOverlapping(String name, Journey journey) {
    List<Rect> lanes = new ArrayList<>();
    for (Rect rect : Shapes.of(layout(journey), Rect.class)) {
      if (Shapes.hasClass(rect.cssClass(), "cjm-lane")) {
        lanes.add(rect);
      }
    }
    for (int i = 1; i < lanes.size(); i++) {
      // A band of a wrapped map starts with its stage headers, a gap below the band above.
      double gap = Shapes.hasClass(lanes.get(i).cssClass(), "cjm-lane-stages") ? Bands.GAP : 0;
      assertThat(lanes.get(i).box().y())
          .isCloseTo(
              lanes.get(i - 1).box().bottom() + gap, org.assertj.core.data.Offset.offset(EPSILON));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void layout_everyShapeLiesInsideTheMap(String name, Journey journey) {
    MapLayout layout = layout(journey);
    Box map = new Box(0, 0, layout.width(), layout.height());
    for (Rect rect : Shapes.of(layout, Rect.class)) {
      assertThat(map.contains(rect.box())).as("%s inside the map", rect).isTrue();
    }
    for (Text text : Shapes.of(layout, Text.class)) {
      assertThat(map.contains(text.area())).as("%s inside the map", text).isTrue();
    }
  }

  @Test
  void layout_manyTouchpoints_wrapsIntoBandsOf24Columns_withoutSquashingColumns() {
    MapLayout layout = layout(SampleJourneys.manyTouchpoints());
    assertThat(layout.width()).isEqualTo(Grid.MARGIN + 128 + 24 * 200 + Grid.MARGIN);
    List<Rect> touchpointCards =
        Shapes.of(layout, Rect.class).stream()
            .filter(r -> Shapes.hasClass(r.cssClass(), "cjm-touchpoint-card"))
            .toList();
    assertThat(touchpointCards).hasSize(200);
    assertThat(touchpointCards).allSatisfy(r -> assertThat(r.box().width()).isEqualTo(190));
  }

  @Test
  void layout_manyTouchpointsInOneRow_growsWider_withoutSquashingColumns() {
    MapLayout layout =
        new MapLayouter(LayoutOptions.DEFAULT, FontMetrics.standard(), Integer.MAX_VALUE)
            .layout(SampleJourneys.manyTouchpoints(), Annotations.NONE);
    assertThat(layout.width()).isGreaterThanOrEqualTo(200 * 200);
    assertThat(Shapes.of(layout, Rect.class))
        .filteredOn(r -> Shapes.hasClass(r.cssClass(), "cjm-touchpoint-card"))
        .hasSize(200)
        .allSatisfy(r -> assertThat(r.box().width()).isEqualTo(190));
  }

  @Test
  void layout_wideStage_repeatsItsNameInsideItsBand_everyEightColumns() {
    MapLayout layout =
        new MapLayouter(LayoutOptions.DEFAULT, FontMetrics.standard(), Integer.MAX_VALUE)
            .layout(SampleJourneys.manyTouchpoints(), Annotations.NONE);
    Rect band =
        Shapes.of(layout, Rect.class).stream()
            .filter(r -> Shapes.hasClass(r.cssClass(), "cjm-stage-band"))
            .findFirst()
            .orElseThrow();
    List<Text> names =
        Shapes.of(layout, Text.class).stream()
            .filter(t -> t.lines().equals(List.of("Awareness")))
            .toList();
    assertThat(names).hasSize(4); // 28 columns: at 0, 8, 16 and 24
    assertThat(names).allSatisfy(t -> assertThat(band.box().contains(t.area())).isTrue());
  }

  @Test
  void layout_laneHeight_growsToFitTheTallestCell() {
    Journey journey =
        Journey.builder("Lanes")
            .stage(
                "Only",
                s ->
                    s.touchpoint("Short", t -> t.doing("Taps"))
                        .touchpoint("Long", t -> t.doing("word ".repeat(80))))
            .build();
    List<Rect> doingCards =
        Shapes.of(layout(journey), Rect.class).stream()
            .filter(r -> Shapes.hasClass(r.cssClass(), "cjm-doing"))
            .toList();
    Rect lane =
        Shapes.of(layout(journey), Rect.class).stream()
            .filter(r -> Shapes.hasClass(r.cssClass(), "cjm-lane-doing"))
            .findFirst()
            .orElseThrow();
    assertThat(doingCards).hasSize(2);
    assertThat(lane.box().contains(doingCards.get(1).box())).isTrue();
    assertThat(doingCards.get(1).box().height())
        .isGreaterThan(5 * doingCards.get(0).box().height());
  }

  @Test
  void layout_leavesOutLanesWithNothingToShow() {
    Journey journey =
        Journey.builder("Bare")
            .stage("Only", s -> s.touchpoint("Visit", t -> t.doing("Looks")))
            .build();
    List<String> lanes =
        Shapes.of(layout(journey), Rect.class).stream()
            .map(Rect::cssClass)
            .filter(c -> Shapes.hasClass(c, "cjm-lane"))
            .toList();
    assertThat(lanes)
        .hasSize(3)
        .anySatisfy(c -> assertThat(c).contains("cjm-lane-stages"))
        .anySatisfy(c -> assertThat(c).contains("cjm-lane-touchpoints"))
        .anySatisfy(c -> assertThat(c).contains("cjm-lane-doing"));
  }

  @Test
  void layout_drawsOnlyTheLanesChosen() {
    LayoutOptions options = new LayoutOptions(200, ImmutableSet.of(LaneKind.EMOTION), 12, 0, true);
    List<String> lanes =
        Shapes.of(layout(SampleJourneys.polish(), options, Annotations.NONE), Rect.class).stream()
            .map(Rect::cssClass)
            .filter(c -> Shapes.hasClass(c, "cjm-lane"))
            .toList();
    assertThat(lanes).hasSize(2);
    assertThat(lanes.get(1)).contains("cjm-lane-emotion");
  }

  @Test
  void layout_emotionMarkers_sitOnTheScale_fromMinusTwoAtTheBottomToPlusTwoAtTheTop() {
    MapLayout layout = layout(SampleJourneys.small());
    List<Line> grid =
        Shapes.of(layout, Line.class).stream()
            .filter(l -> l.cssClass().startsWith("cjm-emotion-"))
            .toList();
    double plusTwo = grid.get(0).from().y();
    double minusTwo = grid.get(4).from().y();
    List<Circle> markers =
        Shapes.of(layout, Circle.class).stream()
            .filter(c -> Shapes.hasClass(c.cssClass(), "cjm-emotion-marker") && c.title() != null)
            .toList();
    assertThat(markers).hasSize(2);
    double unit = (minusTwo - plusTwo) / 4;
    assertThat(markers.get(0).centre().y())
        .isCloseTo(plusTwo + unit, org.assertj.core.data.Offset.offset(EPSILON)); // +1
    assertThat(markers.get(1).centre().y())
        .isCloseTo(minusTwo, org.assertj.core.data.Offset.offset(EPSILON)); // -2
    assertThat(markers.get(1).cssClass()).contains("cjm-emotion-very-negative");
  }

  @Test
  void layout_emotionCurve_neverLeavesTheScaleOfItsBand() {
    MapLayout layout = layout(SampleJourneys.manyTouchpoints());
    List<Line> grid =
        Shapes.of(layout, Line.class).stream()
            .filter(
                l ->
                    l.cssClass().equals(CssClass.EMOTION_GRID)
                        || l.cssClass().equals(CssClass.EMOTION_BASELINE))
            .toList();
    assertThat(grid).hasSize(5 * 9); // 200 touchpoints in bands of 24 columns: 9 bands
    Group curve =
        Shapes.of(layout, Group.class).stream()
            .filter(g -> g.cssClass().equals("cjm-emotion-curve"))
            .findFirst()
            .orElseThrow();
    List<PathShape> paths =
        curve.children().stream()
            .filter(PathShape.class::isInstance)
            .map(PathShape.class::cast)
            .toList();
    assertThat(paths).isNotEmpty();
    for (PathShape path : paths) {
      double start = path.segments().get(0).points().get(0).y();
      int band = 0;
      while (grid.get(5 * band + 4).from().y() < start) {
        band++;
      }
      double top = grid.get(5 * band).from().y();
      double bottom = grid.get(5 * band + 4).from().y();
      for (PathShape.Segment segment : path.segments()) {
        for (Point p : segment.points()) {
          assertThat(p.y())
              .as("%s of %s in band %s", p, path.cssClass(), band)
              .isBetween(top - EPSILON, bottom + EPSILON);
        }
      }
    }
  }

  @Test
  void layout_touchpointWithoutAScore_leavesAHoleInTheCurve_notAFakeZero() {
    Journey journey =
        Journey.builder("Hole")
            .stage(
                "Only",
                s ->
                    s.touchpoint("A", t -> t.emotion(1))
                        .touchpoint("B", t -> t.doing("No score here"))
                        .touchpoint("C", t -> t.emotion(-1))
                        .touchpoint("D", t -> t.emotion(0)))
            .build();
    MapLayout layout = layout(journey);
    PathShape curve =
        Shapes.of(layout, PathShape.class).stream()
            .filter(p -> p.cssClass().equals("cjm-emotion-experienced"))
            .findFirst()
            .orElseThrow();
    // A stands alone; the curve starts again at C and runs to D.
    assertThat(curve.segments())
        .extracting(PathShape.Segment::kind)
        .containsExactly(PathShape.Kind.MOVE, PathShape.Kind.CUBIC);
    assertThat(
            Shapes.of(layout, Circle.class).stream()
                .filter(c -> Shapes.hasClass(c.cssClass(), "cjm-emotion-marker"))
                .filter(c -> c.title() != null))
        .hasSize(3);
    assertThat(Shapes.of(layout, Text.class))
        .anySatisfy(t -> assertThat(t.lines()).containsExactly("no score"));
  }

  @Test
  void layout_gapBetweenExpectedAndExperienced_isShaded() {
    MapLayout layout = layout(SampleJourneys.polish());
    assertThat(Shapes.of(layout, PathShape.class))
        .anySatisfy(
            p -> assertThat(p.cssClass()).isEqualTo("cjm-emotion-gap cjm-emotion-shortfall"));
    assertThat(Shapes.of(layout, PathShape.class))
        .anySatisfy(p -> assertThat(p.cssClass()).isEqualTo("cjm-emotion-expected"));
  }

  @Test
  void layout_withLineLimit_cutsLongTexts_andKeepsTheFullTextAsTooltip() {
    LayoutOptions options = new LayoutOptions(200, LayoutOptions.DEFAULT.lanes(), 12, 2, true);
    List<Text> cut =
        Shapes.of(layout(SampleJourneys.longTexts(), options, Annotations.NONE), Text.class)
            .stream()
            .filter(t -> t.tooltip() != null)
            .toList();
    assertThat(cut).isNotEmpty();
    assertThat(cut).allSatisfy(t -> assertThat(t.lines().size()).isLessThanOrEqualTo(2));
    assertThat(cut)
        .anySatisfy(t -> assertThat(t.tooltip()).startsWith("The customer reads the whole terms"));
  }

  @Test
  void layout_givesEveryStageAndTouchpointAStableIdAndATitle() {
    List<Group> groups = Shapes.of(layout(SampleJourneys.small()), Group.class);
    assertThat(groups)
        .filteredOn(g -> g.cssClass().equals("cjm-touchpoint"))
        .extracting(Group::id)
        .containsExactly("cjm-touchpoint-instagram-ad", "cjm-touchpoint-checkout");
    assertThat(groups)
        .filteredOn(g -> g.cssClass().equals("cjm-stage"))
        .extracting(Group::id)
        .containsExactly("cjm-stage-awareness", "cjm-stage-purchase");
    assertThat(groups)
        .filteredOn(g -> g.cssClass().equals("cjm-touchpoint"))
        .allSatisfy(g -> assertThat(g.title()).startsWith("Touchpoint: "));
  }

  @Test
  void layout_touchpointWidth_setsTheWidthOfEveryColumn() {
    LayoutOptions narrow = new LayoutOptions(150, LayoutOptions.DEFAULT.lanes(), 12, 0, true);
    List<Rect> cards =
        Shapes.of(layout(SampleJourneys.manyTouchpoints(), narrow, Annotations.NONE), Rect.class)
            .stream()
            .filter(r -> Shapes.hasClass(r.cssClass(), "cjm-touchpoint-card"))
            .toList();
    assertThat(cards).allSatisfy(r -> assertThat(r.box().width()).isEqualTo(140));
    assertThat(cards.get(1).box().x() - cards.get(0).box().x()).isEqualTo(150);
  }

  @Test
  void layout_fewTouchpoints_shareTheMinimumWidth_upToHalfAgainTheirOwn() {
    List<Rect> cards =
        Shapes.of(layout(SampleJourneys.small()), Rect.class).stream()
            .filter(r -> Shapes.hasClass(r.cssClass(), "cjm-touchpoint-card"))
            .toList();
    assertThat(cards).allSatisfy(r -> assertThat(r.box().width()).isEqualTo(290));
  }

  @Test
  void layout_fontSize_scalesEveryText() {
    LayoutOptions large = new LayoutOptions(200, LayoutOptions.DEFAULT.lanes(), 18, 0, true);
    MapLayout layout = layout(SampleJourneys.small(), large, Annotations.NONE);
    assertThat(layout.fontSize()).isEqualTo(18);
    assertThat(Shapes.of(layout, Text.class).get(0).font().size()).isEqualTo(33); // the title
  }

  @Test
  void
      layout_rightToLeftText_isAnchoredRight_andFramedByRightToLeftMarks_leftToRightTextAtTheLeft() {
    List<Text> texts = Shapes.of(layout(SampleJourneys.international()), Text.class);
    Text hebrew =
        texts.stream()
            .filter(t -> t.lines().contains("\u200Fהלקוח משלם בכרטיס אשראי\u200F"))
            .findFirst()
            .orElseThrow();
    assertThat(hebrew.anchor()).isEqualTo(Anchor.END);
    assertThat(hebrew.x()).isEqualTo(hebrew.area().right());
    Text arabic =
        texts.stream()
            .filter(t -> t.lines().get(0).startsWith("\u200Fهل سيصل"))
            .findFirst()
            .orElseThrow();
    assertThat(arabic.anchor()).isEqualTo(Anchor.END);
    assertThat(arabic.lines())
        .hasSizeGreaterThan(1)
        .allSatisfy(l -> assertThat(l).startsWith("\u200F").endsWith("\u200F"));
    Text russian =
        texts.stream()
            .filter(t -> t.lines().get(0).startsWith("Сравнивает"))
            .findFirst()
            .orElseThrow();
    assertThat(russian.anchor()).isEqualTo(Anchor.START);
    assertThat(russian.x()).isEqualTo(russian.area().x());
  }

  @ParameterizedTest(name = "{0} px")
  @org.junit.jupiter.params.provider.ValueSource(doubles = {8, 12, 20, 32})
  void layout_atAnyFontSize_keepsTextsInTheirBoxes_andEmotionLabelsInTheirLane(double size) {
    LayoutOptions options = new LayoutOptions(200, LayoutOptions.DEFAULT.lanes(), size, 0, true);
    for (Journey journey :
        List.of(
            SampleJourneys.polish(),
            SampleJourneys.polishInPolish(),
            SampleJourneys.international())) {
      MapLayout layout = layout(journey, options, Annotations.NONE);
      List<Rect> rects = Shapes.of(layout, Rect.class);
      for (Text text : Shapes.of(layout, Text.class)) {
        for (String line : text.lines()) {
          assertThat(metrics.width(line, text.font()))
              .isLessThanOrEqualTo(text.area().width() + EPSILON);
        }
        if (Shapes.hasClass(text.surface(), "cjm-card")) {
          assertThat(rects)
              .anySatisfy(r -> assertThat(r.box().inset(4).contains(text.area())).isTrue());
        }
      }
      Box lane =
          rects.stream()
              .filter(r -> Shapes.hasClass(r.cssClass(), "cjm-lane-emotion"))
              .findFirst()
              .orElseThrow()
              .box();
      assertThat(rects)
          .filteredOn(r -> r.cssClass().equals("cjm-emotion-label"))
          .isNotEmpty()
          .allSatisfy(r -> assertThat(lane.contains(r.box())).as("%s in %s", r, lane).isTrue());
    }
  }

  @Test
  void layout_ofTheSameJourney_isEqualEveryTime() {
    MapLayout first = layout(SampleJourneys.polish());
    MapLayout second = layout(SampleJourneys.polish());
    assertThat(second)
        .usingRecursiveComparison()
        .comparingOnlyFields("width", "height", "title", "description", "fontSize")
        .isEqualTo(first);
    assertThat(second.nodes()).isEqualTo(first.nodes());
  }

  @Test
  void layout_makesEachStagesShapes_inAPartOfItsOwn() {
    Journey journey = SampleJourneys.polish();
    MapLayout layout = layout(journey);
    List<String> stageGroups = new ArrayList<>();
    for (MapLayout.Part part : layout.parts()) {
      List<Node> shapes = new ArrayList<>();
      part.emit(shapes);
      List<String> stagesHere =
          shapes.stream()
              .filter(n -> n instanceof Group g && g.cssClass().equals("cjm-stage"))
              .map(n -> ((Group) n).id())
              .toList();
      assertThat(stagesHere).as("stages made by one part").hasSizeLessThanOrEqualTo(1);
      if (!stagesHere.isEmpty()) {
        assertThat(shapes).as("a stage's part makes only the stage").hasSize(1);
      }
      stageGroups.addAll(stagesHere);
    }
    assertThat(stageGroups)
        .containsExactlyElementsOf(
            journey.stages().stream().map(s -> "cjm-stage-" + s.id()).toList());
  }

  @Test
  void layout_makesEachPartAnew_withTheSameShapesEveryTime() {
    MapLayout layout = layout(SampleJourneys.polish(), LayoutOptions.DEFAULT, Annotations.NONE);
    ImmutableList<Node> once = layout.nodes();
    assertThat(layout.parts()).hasSizeGreaterThan(SampleJourneys.polish().stages().size());
    assertThat(layout.nodes()).isEqualTo(once).isNotSameAs(once);
  }
}
