package dev.cjm.render.svg.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.common.collect.ImmutableMap;
import dev.cjm.core.Channel;
import dev.cjm.core.Journey;
import dev.cjm.render.svg.internal.text.FontMetrics;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the colours of a map mean (issue 18): the gap between the curves by its side, a distinct and
 * stable colour per channel, and metric bars that show the distance to the target.
 */
class ColourMeaningTest {
  private static final double EPSILON = 1e-6;

  // ------------------------------------------------------------------ the gap between the curves

  /** A straight line as a cubic, its control points at a third and two thirds. */
  private static GapAreas.Cubic straight(Point from, Point to) {
    double dx = (to.x() - from.x()) / 3;
    double dy = (to.y() - from.y()) / 3;
    return new GapAreas.Cubic(
        from,
        new Point(from.x() + dx, from.y() + dy),
        new Point(from.x() + 2 * dx, from.y() + 2 * dy),
        to);
  }

  @Test
  void gap_whereTheCurvesCross_isSplitAtTheCrossing_intoExceededThenShortfall() {
    // y grows downwards: the customer feels above expected on the left, below on the right.
    GapAreas.Cubic felt = straight(new Point(0, 0), new Point(90, 60));
    GapAreas.Cubic expected = straight(new Point(0, 60), new Point(90, 0));

    List<Node> gap = GapAreas.between(List.of(felt), List.of(expected));

    assertThat(gap)
        .extracting(n -> ((PathShape) n).cssClass())
        .containsExactly(CssClass.GAP_EXCEEDED, CssClass.GAP_SHORTFALL, CssClass.GAP_HATCH);
    PathShape exceeded = (PathShape) gap.get(0);
    PathShape shortfall = (PathShape) gap.get(1);
    // The exceeded area runs along the felt curve to the crossing, the shortfall area from it.
    Point crossing = exceeded.segments().get(1).points().get(2);
    assertThat(crossing.x()).isCloseTo(45, within(EPSILON));
    assertThat(crossing.y()).isCloseTo(30, within(EPSILON));
    Point shortfallStart = shortfall.segments().get(0).points().get(0);
    assertThat(shortfallStart.x()).isCloseTo(45, within(EPSILON));
    assertThat(shortfallStart.y()).isCloseTo(30, within(EPSILON));
  }

  @Test
  void gap_hatching_isOnlyInTheShortfall_fromCurveToCurve() {
    GapAreas.Cubic felt = straight(new Point(0, 0), new Point(90, 60));
    GapAreas.Cubic expected = straight(new Point(0, 60), new Point(90, 0));

    PathShape hatch = (PathShape) GapAreas.between(List.of(felt), List.of(expected)).get(2);

    List<PathShape.Segment> segments = hatch.segments();
    assertThat(segments).hasSizeGreaterThan(4);
    for (int i = 0; i < segments.size(); i += 2) {
      Point top = segments.get(i).points().get(0);
      Point bottom = segments.get(i + 1).points().get(0);
      assertThat(top.x()).isGreaterThan(45).isLessThan(90).isEqualTo(bottom.x());
      assertThat(top.x() % GapAreas.HATCH_SPACING).isZero();
      // From the expected line (y = 60 - 2x/3) down to the felt one (y = 2x/3).
      assertThat(top.y()).isCloseTo(60 - 2 * top.x() / 3, within(EPSILON));
      assertThat(bottom.y()).isCloseTo(2 * top.x() / 3, within(EPSILON));
    }
  }

  @Test
  void gap_onOneSideOverSeveralColumns_isOneArea() {
    List<GapAreas.Cubic> felt =
        List.of(
            straight(new Point(0, 50), new Point(90, 60)),
            straight(new Point(90, 60), new Point(180, 40)));
    List<GapAreas.Cubic> expected =
        List.of(
            straight(new Point(0, 10), new Point(90, 20)),
            straight(new Point(90, 20), new Point(180, 30)));

    List<Node> gap = GapAreas.between(felt, expected);

    assertThat(gap)
        .extracting(n -> ((PathShape) n).cssClass())
        .containsExactly(CssClass.GAP_SHORTFALL, CssClass.GAP_HATCH);
  }

  @Test
  void gap_ofCurvesThatMatch_drawsNothing() {
    GapAreas.Cubic same = straight(new Point(0, 20), new Point(90, 40));

    assertThat(GapAreas.between(List.of(same), List.of(same))).isEmpty();
  }

  @Test
  void gap_onTheMap_andInTheLegend_hasBothSides() {
    Journey journey =
        Journey.builder("Gaps")
            .stage(
                "Only",
                s ->
                    s.touchpoint("Below", t -> t.emotion(-1).expectedEmotion(1))
                        .touchpoint("Above", t -> t.emotion(2).expectedEmotion(0)))
            .build();

    MapLayout layout = layout(journey, LayoutOptions.DEFAULT);

    List<String> classes = new ArrayList<>();
    Shapes.of(layout, PathShape.class).forEach(p -> classes.add(p.cssClass()));
    Shapes.of(layout, Rect.class).forEach(r -> classes.add(r.cssClass()));
    // On the curve and once more as the legend's samples.
    assertThat(classes.stream().filter(CssClass.GAP_SHORTFALL::equals)).hasSize(2);
    assertThat(classes.stream().filter(CssClass.GAP_EXCEEDED::equals)).hasSize(2);
    assertThat(Shapes.of(layout, Text.class))
        .anySatisfy(t -> assertThat(t.lines()).containsExactly("felt below expected"))
        .anySatisfy(t -> assertThat(t.lines()).containsExactly("felt above expected"));
  }

  // ------------------------------------------------------------------------------- channels

  private static Journey withChannels(String... names) {
    return Journey.builder("Channels")
        .stage(
            "Only",
            s -> {
              for (String name : names) {
                s.touchpoint("At " + name, t -> t.channel(Channel.of(name)));
              }
            })
        .build();
  }

  private static String pill(Journey journey, String channel) {
    return ChannelColours.of(journey, List.of()).of(Channel.of(channel)).pill();
  }

  @Test
  void channelPlace_isTheFnv1aHashOfTheNormalisedName_moduloThePalette() {
    // Reference values of 32-bit FNV-1a, computed independently.
    assertThat(ChannelColours.place("kiosk")).isEqualTo(8);
    assertThat(ChannelColours.place("tv")).isEqualTo(15);
    assertThat(ChannelColours.place("fax")).isZero();
    assertThat(ChannelColours.key(Channel.of(" Call-Centre_Line "))).isEqualTo("callcentreline");
  }

  @Test
  void wellKnownChannels_haveTheirFixedColours() {
    Journey journey = withChannels("Web", "Delivery", "kiosk");

    assertThat(pill(journey, "Web")).isEqualTo("cjm-channel cjm-channel-0");
    assertThat(pill(journey, "Delivery")).isEqualTo("cjm-channel cjm-channel-11");
  }

  @Test
  void customChannel_hasTheSameColour_onEveryMapWhereItIsFree() {
    assertThat(pill(withChannels("kiosk"), "kiosk")).isEqualTo("cjm-channel cjm-channel-8");
    assertThat(pill(withChannels("Web", "tv", "Kiosk"), "kiosk"))
        .isEqualTo("cjm-channel cjm-channel-8");
  }

  @Test
  void customChannels_ofOneHash_getDistinctColours_whateverTheirOrder() {
    // "billboard" and "radio" both hash to 4; the first by name keeps it, the other moves on.
    for (Journey journey :
        List.of(withChannels("radio", "billboard"), withChannels("billboard", "radio"))) {
      assertThat(pill(journey, "billboard")).isEqualTo("cjm-channel cjm-channel-4");
      assertThat(pill(journey, "radio")).isEqualTo("cjm-channel cjm-channel-5");
    }
  }

  @Test
  void customChannel_onTheColourOfAWellKnownChannelOfTheMap_movesToTheNextFreeOne() {
    // "fax" hashes to 0, Web's colour; Mobile app has 1.
    Journey journey = withChannels("fax", "Web", "Mobile app");

    assertThat(pill(journey, "fax")).isEqualTo("cjm-channel cjm-channel-2");
    assertThat(pill(withChannels("fax"), "fax")).isEqualTo("cjm-channel cjm-channel-0");
  }

  @Test
  void sixteenChannels_ofOneMap_haveSixteenColours() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < ChannelColours.PALETTE; i++) {
      names.add("channel " + i);
    }
    Journey journey = withChannels(names.toArray(String[]::new));

    Set<String> pills = new HashSet<>();
    names.forEach(name -> pills.add(pill(journey, name)));
    assertThat(pills).hasSize(ChannelColours.PALETTE);
  }

  @Test
  void channelWithAColourOfTheUsers_hasItsOwnPillAndText_onCardAndLegend() {
    Journey journey = withChannels("kiosk", "Web");
    LayoutOptions options =
        new LayoutOptions(
            200,
            LayoutOptions.DEFAULT.lanes(),
            12,
            0,
            true,
            ImmutableMap.of(Channel.WEB, "#123456", Channel.of("kiosk"), "#ffe066"));

    MapLayout layout = layout(journey, options);

    List<Text> kiosk =
        Shapes.of(layout, Text.class).stream()
            .filter(t -> t.lines().equals(List.of("kiosk")))
            .toList();
    assertThat(kiosk)
        .hasSize(2)
        .allSatisfy(
            t -> {
              assertThat(t.surface()).isEqualTo("cjm-channel cjm-channel-own cjm-channel-own-1");
              assertThat(t.cssClass()).isEqualTo("cjm-channel-own-text-1");
            });
  }

  // ----------------------------------------------------------------------------- metric bars

  private static List<Rect> bar(
      double value, double target, boolean higherIsBetter, boolean offTarget) {
    List<Node> out = new ArrayList<>();
    new Bar(value, target, higherIsBetter, offTarget, 90).emit(0, 0, out);
    return out.stream().map(Rect.class::cast).toList();
  }

  private static Rect part(List<Rect> bar, String css) {
    return bar.stream().filter(r -> r.cssClass().equals(css)).findFirst().orElseThrow();
  }

  @Test
  void lowerIsBetter_overItsTarget_showsTheExcessInRed_beyondTheTargetTick() {
    // 4.5 minutes against a target of 3: the scale runs to 4.5, the target at two thirds.
    List<Rect> bar = bar(4.5, 3, false, true);

    assertThat(part(bar, CssClass.BAR_WITHIN).box()).isEqualTo(new Box(0, 2, 60, 6));
    assertThat(part(bar, CssClass.bar(true)).box()).isEqualTo(new Box(60, 2, 30, 6));
    assertThat(part(bar, CssClass.BAR_TARGET).box().x()).isCloseTo(59, within(EPSILON));
  }

  @Test
  void lowerIsBetter_underItsTarget_isGreen_withTheMarginBeforeTheTick() {
    List<Rect> bar = bar(2, 3, false, false);

    assertThat(part(bar, CssClass.bar(false)).box()).isEqualTo(new Box(0, 2, 60, 6));
    assertThat(bar).noneMatch(r -> r.cssClass().equals(CssClass.bar(true)));
    assertThat(part(bar, CssClass.BAR_TARGET).box().x()).isCloseTo(88, within(EPSILON));
  }

  @Test
  void higherIsBetter_keepsValueOverTarget_andPassesTheTickWhenBeaten() {
    assertThat(part(bar(2, 3, true, true), CssClass.bar(true)).box())
        .isEqualTo(new Box(0, 2, 60, 6));
    List<Rect> beaten = bar(120, 100, true, false);
    assertThat(part(beaten, CssClass.bar(false)).box()).isEqualTo(new Box(0, 2, 90, 6));
    assertThat(part(beaten, CssClass.BAR_TARGET).box().x()).isCloseTo(74, within(EPSILON));
  }

  @Test
  void bar_ofHugeValues_staysOnTheCard() {
    for (Rect rect : bar(1e308, -1e308, false, true)) {
      assertThat(rect.box().x()).isBetween(0.0, 90.0);
      assertThat(rect.box().x() + rect.box().width()).isBetween(0.0, 90.0);
    }
  }

  private static MapLayout layout(Journey journey, LayoutOptions options) {
    return new MapLayouter(options, FontMetrics.standard()).layout(journey, Annotations.NONE);
  }
}
