package dev.cjm.render.svg.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cjm.core.Journey;
import dev.cjm.core.observed.JourneyMonitor;
import dev.cjm.core.observed.ObservedJourney;
import dev.cjm.core.observed.ObservedSummary;
import dev.cjm.render.svg.ObservedJourneys;
import dev.cjm.render.svg.SampleJourneys;
import dev.cjm.render.svg.internal.text.FontMetrics;
import java.util.List;
import java.util.Locale;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The planned map with its observed cases: the observed curve through the columns of the scored
 * touchpoints at their mean scores, bars as long as their shares, ad-hoc steps on the lines between
 * the right columns, long waits marked, and a legend that explains them; in any band and language.
 */
class ObservedLayoutTest {
  private static final Offset<Double> EXACTLY = Offset.offset(1e-6);
  private static final Journey PLAN = ObservedJourneys.plan();
  private static final ObservedSummary SUMMARY = ObservedJourneys.summary();

  private static MapLayout layout(ObservedSummary summary, Locale language, int columnsPerRow) {
    return new MapLayouter(LayoutOptions.DEFAULT, FontMetrics.standard(), columnsPerRow)
        .layout(PLAN, Annotations.NONE, language, Comparison.NONE, Observed.of(PLAN, summary));
  }

  private static MapLayout layout() {
    return layout(SUMMARY, Locale.ENGLISH, MapLayouter.DEFAULT_MAX_COLUMNS_PER_ROW);
  }

  @Test
  void observedCurve_hasASquareAtTheColumnOfEachScoredTouchpoint_atItsMeanScore() {
    MapLayout layout = layout();
    List<Rect> squares = observedSquares(layout);

    // The review request is scored by no case: a hole, no square.
    List<ObservedSummary.TouchpointStats> scored =
        SUMMARY.touchpoints().stream().filter(t -> t.meanEmotion().isPresent()).toList();
    assertThat(scored).extracting(ObservedSummary.TouchpointStats::id).doesNotContain("review");
    assertThat(squares).hasSameSizeAs(scored);
    double zero = feltMarkerY(layout, "payment"); // the payment is planned at 0
    for (int i = 0; i < scored.size(); i++) {
      ObservedSummary.TouchpointStats stats = scored.get(i);
      Box square = squares.get(i).box();
      assertThat(square.x() + square.width() / 2)
          .as(stats.id())
          .isCloseTo(cardCentre(layout, stats.id()), EXACTLY);
      assertThat(square.y() + square.height() / 2)
          .as(stats.id())
          .isCloseTo(zero - stats.meanEmotion().getAsDouble() * EmotionLane.UNIT, EXACTLY);
    }
    // The 12 cases that reached the payment all scored it −1, the failed ones too.
    assertThat(observedTitles(layout)).contains("Observed, Payment: mean -1 (n 12)");
    assertThat(observedCurves(layout)).hasSize(1);
  }

  @Test
  void bars_areAsLongAsTheirShares_ofATrackAsWideAsTheCard() {
    MapLayout layout = layout();

    for (ObservedSummary.TouchpointStats stats : SUMMARY.touchpoints()) {
      Group touchpoint = group(layout, "cjm-touchpoint-" + stats.id());
      List<Rect> tracks =
          Shapes.of(touchpoint, Rect.class).stream()
              .filter(r -> r.cssClass().equals(CssClass.BAR_TRACK))
              .toList();
      assertThat(tracks).as(stats.id()).hasSize(3);
      double track = tracks.get(0).box().width();
      assertThat(track).isCloseTo(cardWidth(layout, stats.id()), EXACTLY);
      assertThat(fill(touchpoint, CssClass.OBSERVED_REACHED))
          .as("%s reached", stats.id())
          .isCloseTo(stats.reachedShare() * track, EXACTLY);
      assertThat(fill(touchpoint, CssClass.OBSERVED_FAILED))
          .as("%s failed", stats.id())
          .isCloseTo(stats.failedShare() * track, EXACTLY);
      assertThat(fill(touchpoint, CssClass.OBSERVED_ENDED))
          .as("%s ended here", stats.id())
          .isCloseTo(stats.endedHereShare() * track, EXACTLY);
    }
    assertThat(texts(group(layout, "cjm-touchpoint-payment")))
        .contains("Reached 60% (12)", "Failed 33.3% (4)", "Ended here 20% (4)");
  }

  @Test
  void adHocSteps_sitOnTheLineAfterThePlannedStepTheyFollowed() {
    MapLayout layout = layout();

    // Support is called between the basket and the payment: on the payment column's left edge.
    assertThat(diamondX(layout, "Called support: 20%"))
        .isCloseTo(columnLeft(layout, "payment"), EXACTLY);
    // The chat came before any planned step: on the first column's left edge.
    assertThat(diamondX(layout, "Opened a chat: 5%"))
        .isCloseTo(columnLeft(layout, "product"), EXACTLY);
    // The complaint came after the last: on the last column's right edge.
    assertThat(diamondX(layout, "Wrote a complaint, at the end: 20%"))
        .isCloseTo(columnLeft(layout, "review") + columnWidth(layout), EXACTLY);
    assertThat(adHocTitles(layout))
        .contains(
            "Ad-hoc step “Called support” between “Basket” and “Payment”: 20% (4)",
            "Ad-hoc step “Opened a chat” between the start and “Product page”: 5% (1)");
  }

  @Test
  void adHocSteps_inOnePlace_showTheMostCommonTwo_andCountTheRest() {
    JourneyMonitor monitor = JourneyMonitor.of(PLAN);
    List<String> detours = List.of("Asked a friend", "Read reviews", "Compared prices", "Slept");
    for (int i = 0; i < 10; i++) {
      ObservedJourney.Builder order = ObservedJourney.builder("case-" + i).planned("product");
      for (int d = 0; d < detours.size(); d++) {
        if (i <= 2 * (detours.size() - d)) { // the first detour is the most common
          order.adHoc(detours.get(d));
        }
      }
      monitor.add(order.planned("basket").build());
    }
    MapLayout layout = layout(monitor.summary(), Locale.ENGLISH, 24);

    assertThat(texts(layout))
        .contains("Asked a friend: 90%", "Read reviews: 70%", "+2 more")
        .doesNotContain("Compared prices: 50%", "Slept: 30%");
  }

  @Test
  void longWaits_areMarked_atTheTouchpointTheyFollow() {
    MapLayout layout = layout();

    assertThat(texts(group(layout, "cjm-touchpoint-product")))
        .contains("Long waits after it: 1, over 1 h");
    assertThat(Shapes.of(group(layout, "cjm-touchpoint-product"), Rect.class))
        .filteredOn(r -> r.cssClass().equals(CssClass.LONG_WAIT))
        .hasSize(2);
    assertThat(Shapes.of(group(layout, "cjm-touchpoint-basket"), Rect.class))
        .noneMatch(r -> r.cssClass().equals(CssClass.LONG_WAIT));
  }

  @Test
  void wrappedIntoBands_eachBandDrawsItsBarsAndAdHocSteps_andTheCurveReachesItsEdges() {
    MapLayout layout = layout(SUMMARY, Locale.ENGLISH, 2);

    for (ObservedSummary.TouchpointStats stats : SUMMARY.touchpoints()) {
      assertThat(Shapes.of(group(layout, "cjm-touchpoint-" + stats.id()), Rect.class))
          .filteredOn(r -> r.cssClass().equals(CssClass.OBSERVED_REACHED))
          .hasSize(1);
    }
    assertThat(texts(layout).stream().filter(t -> t.equals("Observed")).count())
        .as("the lane's label in each of the three bands")
        .isEqualTo(3);
    // Whole stages per band: product, basket | payment | delivery, review. The curve runs from
    // the product page to the first band's right edge, from the second band's left edge through the
    // payment to its right edge, and from the third band's left edge to the delivery.
    assertThat(observedCurves(layout)).hasSize(3);
    assertThat(diamondX(layout, "Called support: 20%"))
        .isCloseTo(columnLeft(layout, "payment"), EXACTLY);
    assertThat(observedSquares(layout)).hasSize(4);
  }

  @Test
  void legend_explainsTheOverlay_onlyOnAMapThatCarriesOne() {
    MapLayout alone =
        new MapLayouter(LayoutOptions.DEFAULT, FontMetrics.standard())
            .layout(PLAN, Annotations.NONE, Locale.ENGLISH);

    assertThat(texts(group(layout(), Ids.LEGEND)))
        .contains(
            "Observed (cases: 20):",
            "reached, of all cases",
            "failed, of those reaching it",
            "ended here (last planned step)",
            "ad-hoc step, after the planned step it followed",
            "long waits for the next step",
            "observed mean");
    assertThat(texts(group(alone, Ids.LEGEND)))
        .doesNotContain("observed mean", "reached, of all cases");
    assertThat(texts(alone)).doesNotContain("Observed");
  }

  @Test
  void theOverlay_isInTheMapsLanguage() {
    MapLayout layout = layout(SUMMARY, SampleJourneys.POLISH, 24);

    assertThat(texts(group(layout, "cjm-touchpoint-payment")))
        .contains("Dotarło 60% (12)", "Niepowodzenia 33,3% (4)", "Zakończyło tu 20% (4)");
    assertThat(texts(layout)).contains("Zaobserwowane", "Called support: 20%");
  }

  // ---------------------------------------------------------------- helpers

  /** The group of the emotion curves of every band (not the legend's samples). */
  private static Group curves(MapLayout layout) {
    return Shapes.of(layout, Group.class).stream()
        .filter(g -> g.cssClass().equals(CssClass.EMOTION_CURVE))
        .findFirst()
        .orElseThrow();
  }

  private static List<Rect> observedSquares(MapLayout layout) {
    return Shapes.of(curves(layout), Rect.class).stream()
        .filter(r -> r.cssClass().equals(CssClass.EMOTION_OBSERVED_MARKER))
        .toList();
  }

  private static List<PathShape> observedCurves(MapLayout layout) {
    return Shapes.of(curves(layout), PathShape.class).stream()
        .filter(p -> p.cssClass().equals(CssClass.EMOTION_OBSERVED))
        .toList();
  }

  private static List<String> observedTitles(MapLayout layout) {
    return Shapes.of(layout, Group.class).stream()
        .filter(g -> g.cssClass().equals(CssClass.EMOTION_OBSERVED_MARKER))
        .map(Group::title)
        .toList();
  }

  private static List<String> adHocTitles(MapLayout layout) {
    return Shapes.of(layout, Group.class).stream()
        .filter(g -> g.cssClass().equals(CssClass.OBSERVED_AD_HOC))
        .map(Group::title)
        .toList();
  }

  /** The x of the centre of the diamond beside the ad-hoc line {@code text}. */
  private static double diamondX(MapLayout layout, String text) {
    Group group =
        Shapes.of(layout, Group.class).stream()
            .filter(g -> g.cssClass().equals(CssClass.OBSERVED_AD_HOC))
            .filter(g -> Shapes.of(g, Text.class).stream().anyMatch(t -> joined(t).equals(text)))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no ad-hoc line " + text));
    PathShape diamond = Shapes.of(group, PathShape.class).get(0);
    return diamond.segments().get(0).points().get(0).x(); // its top corner
  }

  private static double feltMarkerY(MapLayout layout, String touchpoint) {
    return Shapes.of(layout, Circle.class).stream()
        .filter(c -> Shapes.hasClass(c.cssClass(), "cjm-emotion-marker"))
        .filter(c -> c.centre().x() == cardCentre(layout, touchpoint))
        .findFirst()
        .orElseThrow()
        .centre()
        .y();
  }

  private static double fill(Group touchpoint, String css) {
    return Shapes.of(touchpoint, Rect.class).stream()
        .filter(r -> r.cssClass().equals(css))
        .mapToDouble(r -> r.box().width())
        .sum();
  }

  private static Group group(MapLayout layout, String id) {
    return Shapes.of(layout, Group.class).stream()
        .filter(g -> id.equals(g.id()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no group " + id));
  }

  private static Rect card(MapLayout layout, String touchpoint) {
    return Shapes.of(group(layout, "cjm-touchpoint-" + touchpoint), Rect.class).stream()
        .filter(r -> r.cssClass().equals(CssClass.TOUCHPOINT_CARD))
        .findFirst()
        .orElseThrow();
  }

  private static double cardCentre(MapLayout layout, String touchpoint) {
    Box box = card(layout, touchpoint).box();
    return box.x() + box.width() / 2;
  }

  private static double cardWidth(MapLayout layout, String touchpoint) {
    return card(layout, touchpoint).box().width();
  }

  private static double columnLeft(MapLayout layout, String touchpoint) {
    return card(layout, touchpoint).box().x() - Grid.INSET;
  }

  private static double columnWidth(MapLayout layout) {
    return cardWidth(layout, "product") + 2 * Grid.INSET;
  }

  private static List<String> texts(MapLayout layout) {
    return Shapes.of(layout, Text.class).stream().map(ObservedLayoutTest::joined).toList();
  }

  private static List<String> texts(Group group) {
    return Shapes.of(group, Text.class).stream().map(ObservedLayoutTest::joined).toList();
  }

  private static String joined(Text text) {
    return String.join(" ", text.lines());
  }
}
