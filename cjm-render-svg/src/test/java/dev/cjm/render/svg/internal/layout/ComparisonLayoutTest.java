package dev.cjm.render.svg.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cjm.core.Journey;
import dev.cjm.core.diff.JourneyDiff;
import dev.cjm.render.svg.ComparisonJourneys;
import dev.cjm.render.svg.SampleJourneys;
import dev.cjm.render.svg.internal.text.FontMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The map of a future state compared with its current state: the current state's curve through the
 * columns of the touchpoints both share, "new" and "changed" badges on the right cards, the removed
 * touchpoints named in their stages' bands, and a legend that explains only what is drawn.
 */
class ComparisonLayoutTest {
  private static final double EPSILON = 1e-6;

  private static MapLayout layout(JourneyDiff diff) {
    return new MapLayouter(LayoutOptions.DEFAULT, FontMetrics.standard())
        .layout(diff.future(), Annotations.NONE, Locale.ENGLISH, Comparison.of(diff));
  }

  @Test
  void currentCurve_hasAPointAtTheColumnOfEachSharedTouchpoint_atItsCurrentScore() {
    MapLayout layout = layout(ComparisonJourneys.diff());

    List<Circle> markers = currentMarkers(layout);

    // Shared and scored today: the search ad (0), the checkout (−2) and the delivery (+0.5); the
    // size guide and the review request are new, so the curve passes over their columns.
    assertThat(markers).hasSize(3);
    assertThat(markers.get(0).centre().x()).isCloseTo(cardCentre(layout, "ad"), within());
    assertThat(markers.get(1).centre().x()).isCloseTo(cardCentre(layout, "checkout"), within());
    assertThat(markers.get(2).centre().x()).isCloseTo(cardCentre(layout, "delivery"), within());
    double zero = markers.get(0).centre().y(); // the search ad scored 0 today
    assertThat(markers.get(1).centre().y()).isCloseTo(zero + 2 * EmotionLane.UNIT, within());
    assertThat(markers.get(2).centre().y()).isCloseTo(zero - 0.5 * EmotionLane.UNIT, within());
    assertThat(markers.get(1).title()).isEqualTo("Current state, Checkout: -2 (angry)");
    assertThat(pathPoints(currentCurve(layout)))
        .containsExactlyElementsOf(markers.stream().map(Circle::centre).toList());
  }

  @Test
  void currentCurve_isDrawnUnderTheFutureCurve() {
    List<Node> curve = curveGroup(layout(ComparisonJourneys.diff())).children();

    int current = curve.indexOf(currentCurve(layout(ComparisonJourneys.diff())));
    int future =
        indexOfFirst(
            curve, n -> n instanceof PathShape p && p.cssClass().equals("cjm-emotion-experienced"));

    assertThat(current).isNotNegative().isLessThan(future);
  }

  @Test
  void badges_markTheAddedAndChangedTouchpoints_only() {
    MapLayout layout = layout(ComparisonJourneys.diff());

    assertThat(badges(layout, "ad")).containsExactly("changed");
    assertThat(badges(layout, "size-guide")).containsExactly("new");
    assertThat(badges(layout, "checkout")).containsExactly("changed");
    assertThat(badges(layout, "delivery")).isEmpty();
    assertThat(badges(layout, "review")).containsExactly("new");
  }

  @Test
  void removedTouchpoints_areNamedInTheBandOfTheirStage_orOfTheStageBeforeAGoneOne() {
    MapLayout layout = layout(ComparisonJourneys.diff());

    assertThat(removedLine(layout, "discover"))
        .isEqualTo("Removed (1): “Store visit to try the frame size”");
    // "Wait" is gone with its invoice: listed under "Buy", the stage before it.
    assertThat(removedLine(layout, "buy"))
        .isEqualTo("Removed (2): “Order by phone”, “Paper invoice by post”");
    assertThat(removedLine(layout, "ride")).isEmpty();
  }

  @Test
  void aJourneyComparedWithItself_hasNoBadgeNorRemovedLine_andItsCurrentCurveCoincides() {
    Journey journey = SampleJourneys.polish();
    MapLayout layout = layout(JourneyDiff.between(journey, journey));

    assertThat(Shapes.of(layout, Rect.class))
        .noneMatch(r -> Shapes.hasClass(r.cssClass(), "cjm-change-badge"));
    assertThat(Shapes.of(layout, Text.class))
        .noneMatch(t -> Shapes.hasClass(t.cssClass(), "cjm-removed-touchpoints"));
    List<Point> future =
        Shapes.of(curveGroup(layout), Circle.class).stream()
            .filter(c -> Shapes.hasClass(c.cssClass(), "cjm-emotion-marker"))
            .map(Circle::centre)
            .toList();
    assertThat(currentMarkers(layout).stream().map(Circle::centre).toList())
        .isNotEmpty()
        .containsExactlyElementsOf(future);
  }

  @Test
  void legend_explainsTheCurrentCurveAndTheBadges_onlyWhenTheMapDrawsThem() {
    Journey journey = SampleJourneys.small();

    List<String> compared = legendTexts(layout(ComparisonJourneys.diff()));
    List<String> itself = legendTexts(layout(JourneyDiff.between(journey, journey)));
    List<String> alone =
        legendTexts(
            new MapLayouter(LayoutOptions.DEFAULT, FontMetrics.standard())
                .layout(journey, Annotations.NONE));

    assertThat(compared)
        .contains(
            "Compared with the current state:",
            "new",
            "touchpoint added",
            "changed",
            "touchpoint changed",
            "touchpoints removed, under their stage",
            "current state (removed touchpoints skipped)");
    assertThat(itself)
        .contains("current state (removed touchpoints skipped)")
        .doesNotContain("Compared with the current state:", "touchpoint added");
    assertThat(alone).doesNotContain("current state (removed touchpoints skipped)");
  }

  @Test
  void theComparison_isInTheMapsLanguage() {
    JourneyDiff diff = ComparisonJourneys.diff();
    MapLayout layout =
        new MapLayouter(LayoutOptions.DEFAULT, FontMetrics.standard())
            .layout(diff.future(), Annotations.NONE, SampleJourneys.POLISH, Comparison.of(diff));

    assertThat(badges(layout, "size-guide")).containsExactly("nowy");
    assertThat(badges(layout, "ad")).containsExactly("zmieniony");
    assertThat(removedLine(layout, "buy"))
        .isEqualTo("Usunięto (2): „Order by phone”, „Paper invoice by post”");
  }

  private static Offset<Double> within() {
    return Offset.offset(EPSILON);
  }

  private static List<Circle> currentMarkers(MapLayout layout) {
    return Shapes.of(layout, Circle.class).stream()
        .filter(c -> c.cssClass().equals(CssClass.EMOTION_CURRENT_MARKER))
        .toList();
  }

  private static PathShape currentCurve(MapLayout layout) {
    return Shapes.of(layout, PathShape.class).stream()
        .filter(p -> p.cssClass().equals(CssClass.EMOTION_CURRENT))
        .findFirst()
        .orElseThrow();
  }

  private static Group curveGroup(MapLayout layout) {
    return Shapes.of(layout, Group.class).stream()
        .filter(g -> g.cssClass().equals(CssClass.EMOTION_CURVE))
        .findFirst()
        .orElseThrow();
  }

  private static int indexOfFirst(List<Node> nodes, Predicate<Node> test) {
    for (int i = 0; i < nodes.size(); i++) {
      if (test.test(nodes.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /** The points a path passes through: where it starts and where each segment ends. */
  private static List<Point> pathPoints(PathShape path) {
    List<Point> points = new ArrayList<>();
    for (PathShape.Segment segment : path.segments()) {
      if (!segment.points().isEmpty()) {
        points.add(segment.points().get(segment.points().size() - 1));
      }
    }
    return points;
  }

  private static Group group(MapLayout layout, String id) {
    return Shapes.of(layout, Group.class).stream()
        .filter(g -> id.equals(g.id()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no group " + id));
  }

  private static double cardCentre(MapLayout layout, String touchpoint) {
    Rect card =
        Shapes.of(group(layout, "cjm-touchpoint-" + touchpoint), Rect.class).stream()
            .filter(r -> r.cssClass().equals(CssClass.TOUCHPOINT_CARD))
            .findFirst()
            .orElseThrow();
    return card.box().x() + card.box().width() / 2;
  }

  /** The words on the change badges of a touchpoint's card. */
  private static List<String> badges(MapLayout layout, String touchpoint) {
    return Shapes.of(group(layout, "cjm-touchpoint-" + touchpoint), Text.class).stream()
        .filter(t -> t.surface().startsWith("cjm-change-badge "))
        .map(t -> String.join(" ", t.lines()))
        .toList();
  }

  /** The line of removed touchpoints in a stage's band, or "" if it has none. */
  private static String removedLine(MapLayout layout, String stage) {
    return Shapes.of(group(layout, "cjm-stage-" + stage), Text.class).stream()
        .filter(t -> Shapes.hasClass(t.cssClass(), "cjm-removed-touchpoints"))
        .map(t -> String.join(" ", t.lines()))
        .findFirst()
        .orElse("");
  }

  private static List<String> legendTexts(MapLayout layout) {
    return Shapes.of(group(layout, Ids.LEGEND), Text.class).stream()
        .map(t -> String.join(" ", t.lines()))
        .toList();
  }
}
