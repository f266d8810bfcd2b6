package dev.cjm.render.svg.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import dev.cjm.core.Journey;
import dev.cjm.core.JourneyBuilder;
import dev.cjm.render.svg.internal.text.FontMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * A long journey wraps into bands of at most so many columns, one below the other, each with the
 * stage headers and every lane: whole stages packed while they fit, a longer stage split with its
 * header repeated and marked as continued; a journey that fits in one band is laid out as without
 * wrapping.
 */
class BandsTest {
  private static final double EPSILON = 1e-6;
  private static final double LEFT = Grid.MARGIN + 128; // the first column, at the default font
  private static final double COLUMN = 200;

  private static MapLayout layout(Journey journey, int maxColumns) {
    return new MapLayouter(LayoutOptions.DEFAULT, FontMetrics.standard(), maxColumns)
        .layout(journey, Annotations.NONE);
  }

  /** One stage of {@code count} touchpoints {@code t0}, {@code t1}…, each with an emotion. */
  private static Journey oneStage(int count) {
    return Journey.builder("Long")
        .stage(
            "Only",
            s -> {
              for (int i = 0; i < count; i++) {
                int n = i;
                s.touchpoint("Step " + n, t -> t.id("t" + n).emotion(n % 5 - 2).expectedEmotion(0));
              }
            })
        .build();
  }

  /**
   * Stages of 3, 2, 6 and 1 touchpoints ({@code s0}…{@code s3}): in bands of 4 columns, s0 alone,
   * s1 and the start of s2, the rest of s2, s3. Stage s2 has a barrier and a metric of its own, the
   * journey an opportunity of its own.
   */
  private static Journey fourStages() {
    int[] sizes = {3, 2, 6, 1};
    JourneyBuilder journey = Journey.builder("Wrapped");
    for (int s = 0; s < sizes.length; s++) {
      int stage = s;
      journey.stage(
          "S" + s,
          st -> {
            st.id("s" + stage);
            for (int i = 0; i < sizes[stage]; i++) {
              int n = i;
              st.touchpoint(
                  "Step " + stage + "." + n,
                  t -> t.id("t" + stage + "-" + n).emotion(n % 3 - 1).doing("Does " + n));
            }
            if (stage == 2) {
              st.barrier("Slow for the whole stage", b -> b.id("b-stage"));
              st.metric("Completion", m -> m.value(60).target(80).unit("%"));
            }
          });
    }
    journey.opportunity("Make the whole journey faster", o -> o.id("o-journey"));
    return journey.build();
  }

  /** Each band's box: from its stage headers' lane to the bottom of its last lane. */
  private static List<Box> bands(MapLayout layout) {
    List<Box> bands = new ArrayList<>();
    for (Rect lane : lanes(layout)) {
      Box box = lane.box();
      if (Shapes.hasClass(lane.cssClass(), "cjm-lane-stages")) {
        bands.add(box);
      } else {
        Box band = bands.remove(bands.size() - 1);
        bands.add(
            new Box(
                band.x(), band.y(), Math.max(band.width(), box.width()), box.bottom() - band.y()));
      }
    }
    return bands;
  }

  private static List<Rect> lanes(MapLayout layout) {
    return Shapes.of(layout, Rect.class).stream()
        .filter(r -> Shapes.hasClass(r.cssClass(), "cjm-lane"))
        .toList();
  }

  /** The index of the band whose box holds {@code box} from top to bottom. */
  private static int bandOf(List<Box> bands, Box box) {
    for (int b = 0; b < bands.size(); b++) {
      if (bands.get(b).contains(box)) {
        return b;
      }
    }
    throw new AssertionError(box + " lies in no band of " + bands);
  }

  private static Group group(MapLayout layout, String id) {
    return Shapes.of(layout, Group.class).stream()
        .filter(g -> Objects.equals(g.id(), id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no group " + id));
  }

  @Test
  void wrap_200TouchpointsInOneStage_makeNineBandsOf24Columns_eachCardInItsBandsColumn() {
    MapLayout layout = layout(oneStage(200), Bands.DEFAULT_MAX_COLUMNS);
    List<Box> bands = bands(layout);
    assertThat(bands).hasSize(9); // 8 bands of 24 and one of 8
    assertThat(bands.get(0).width()).isEqualTo(128 + 24 * COLUMN);
    assertThat(bands.get(8).width()).isEqualTo(128 + 8 * COLUMN);
    for (int i = 0; i < 200; i++) {
      Box card = Shapes.of(group(layout, Ids.of("touchpoint", "t" + i)), Rect.class).get(0).box();
      assertThat(bandOf(bands, card)).as("the band of touchpoint %s", i).isEqualTo(i / 24);
      assertThat(card.x()).isCloseTo(LEFT + (i % 24) * COLUMN + Grid.INSET, offset(EPSILON));
      assertThat(card.right())
          .isCloseTo(LEFT + (i % 24 + 1) * COLUMN - Grid.INSET, offset(EPSILON));
    }
    assertThat(layout.width()).isEqualTo(2 * Grid.MARGIN + 128 + 24 * COLUMN);
  }

  @Test
  void wrap_bandsFollowOneAnother_aGapApart_withoutOverlapping() {
    for (MapLayout layout : List.of(layout(fourStages(), 4), layout(oneStage(200), 24))) {
      List<Box> bands = bands(layout);
      for (int b = 1; b < bands.size(); b++) {
        assertThat(bands.get(b).y())
            .isCloseTo(bands.get(b - 1).bottom() + Bands.GAP, offset(EPSILON));
        assertThat(bands.get(b).overlaps(bands.get(b - 1))).isFalse();
      }
    }
  }

  @Test
  void wrap_packsWholeStages_andSplitsALongerOne_repeatingItsHeaderMarkedContinued() {
    MapLayout layout = layout(fourStages(), 4);
    List<Box> bands = bands(layout);
    assertThat(bands).hasSize(4);
    List<List<Integer>> headerBands = new ArrayList<>();
    List<List<Box>> headers = new ArrayList<>();
    for (int s = 0; s < 4; s++) {
      List<Box> boxes =
          Shapes.of(group(layout, Ids.of("stage", "s" + s)), Rect.class).stream()
              .filter(r -> Shapes.hasClass(r.cssClass(), "cjm-stage-band"))
              .map(Rect::box)
              .toList();
      headers.add(boxes);
      headerBands.add(boxes.stream().map(box -> bandOf(bands, box)).toList());
    }
    assertThat(headerBands).containsExactly(List.of(0), List.of(1), List.of(1, 2), List.of(3));
    // S2 starts in the third and fourth columns of band 1 and fills band 2.
    assertThat(headers.get(2).get(0).x())
        .isCloseTo(LEFT + 2 * COLUMN + Grid.INSET, offset(EPSILON));
    assertThat(headers.get(2).get(0).width())
        .isCloseTo(2 * COLUMN - 2 * Grid.INSET, offset(EPSILON));
    assertThat(headers.get(2).get(1).x()).isCloseTo(LEFT + Grid.INSET, offset(EPSILON));
    assertThat(headers.get(2).get(1).width())
        .isCloseTo(4 * COLUMN - 2 * Grid.INSET, offset(EPSILON));
    List<Text> continued =
        Shapes.of(layout, Text.class).stream()
            .filter(t -> t.lines().equals(List.of("S2 (continued)")))
            .toList();
    assertThat(continued).hasSize(1);
    assertThat(headers.get(2).get(1).inset(4).contains(continued.get(0).area())).isTrue();
  }

  @Test
  void wrap_everyBandShowsTheSameLanes_withTheirLabels() {
    MapLayout layout = layout(fourStages(), 4);
    List<List<String>> lanesByBand = new ArrayList<>();
    for (Rect lane : lanes(layout)) {
      if (Shapes.hasClass(lane.cssClass(), "cjm-lane-stages")) {
        lanesByBand.add(new ArrayList<>());
      }
      lanesByBand.get(lanesByBand.size() - 1).add(lane.cssClass());
    }
    assertThat(lanesByBand).hasSize(4);
    assertThat(lanesByBand.get(0))
        .containsExactly(
            "cjm-lane cjm-lane-stages cjm-lane-even",
            "cjm-lane cjm-lane-touchpoints cjm-lane-odd",
            "cjm-lane cjm-lane-doing cjm-lane-even",
            "cjm-lane cjm-lane-emotion cjm-lane-odd",
            "cjm-lane cjm-lane-barriers cjm-lane-even",
            "cjm-lane cjm-lane-opportunities cjm-lane-odd",
            "cjm-lane cjm-lane-metrics cjm-lane-even");
    assertThat(lanesByBand).allSatisfy(lanes -> assertThat(lanes).isEqualTo(lanesByBand.get(0)));
    assertThat(Shapes.of(layout, Text.class))
        .filteredOn(t -> t.lines().equals(List.of("Barriers")))
        .hasSize(4);
  }

  @Test
  void wrap_splitStage_showsItsOwnCardsWhereItStarts_andTheJourneysAfterTheLastBand() {
    MapLayout layout = layout(fourStages(), 4);
    List<Box> bands = bands(layout);
    Box barrier = Shapes.of(group(layout, Ids.of("barrier", "b-stage")), Rect.class).get(0).box();
    assertThat(bandOf(bands, barrier)).isEqualTo(1);
    assertThat(barrier.x()).isCloseTo(LEFT + 2 * COLUMN + Grid.INSET, offset(EPSILON));
    assertThat(barrier.width()).isCloseTo(2 * COLUMN - 2 * Grid.INSET, offset(EPSILON));
    Box metric =
        Shapes.of(group(layout, Ids.of("stage", "s2")), Rect.class).stream()
            .filter(r -> Shapes.hasClass(r.cssClass(), "cjm-metric-card"))
            .findFirst()
            .orElseThrow()
            .box();
    assertThat(bandOf(bands, metric)).isEqualTo(1);
    Box opportunity = Shapes.of(group(layout, Ids.JOURNEY_OPPORTUNITIES), Rect.class).get(0).box();
    assertThat(bandOf(bands, opportunity)).isEqualTo(3);
  }

  @Test
  void wrap_emotionCurve_staysInItsBand_andRunsToTheEdgesWhereItGoesOn() {
    MapLayout layout = layout(oneStage(60), 24); // bands of 24, 24 and 12 columns
    List<Box> bands = bands(layout);
    Group curve = group(layout, Ids.EMOTION_CURVE);
    List<PathShape> paths =
        Shapes.of(curve, PathShape.class).stream()
            .filter(p -> p.cssClass().equals(CssClass.EMOTION_EXPERIENCED))
            .toList();
    assertThat(paths).hasSize(3);
    for (int b = 0; b < 3; b++) {
      List<Point> points = new ArrayList<>();
      paths.get(b).segments().forEach(segment -> points.addAll(segment.points()));
      Box band = bands.get(b);
      double right = band.right();
      assertThat(points)
          .allSatisfy(
              p -> {
                assertThat(p.x()).isBetween(LEFT - EPSILON, right + EPSILON);
                assertThat(p.y()).isBetween(band.y(), band.bottom());
              });
      double first = points.get(0).x();
      double last = points.get(points.size() - 1).x();
      // From the left edge where it comes from the band above, to the right edge where it goes on.
      assertThat(first).isCloseTo(b == 0 ? LEFT + COLUMN / 2 : LEFT, offset(EPSILON));
      assertThat(last).isCloseTo(b == 2 ? right - COLUMN / 2 : right, offset(EPSILON));
    }
  }

  @Test
  void journeyThatFitsInOneBand_isLaidOutAsWithoutWrapping() {
    Journey journey = oneStage(24);
    assertThat(layout(journey, 24).nodes()).isEqualTo(layout(journey, Integer.MAX_VALUE).nodes());
    assertThat(bands(layout(journey, 24))).hasSize(1);
  }

  @Test
  void maxColumnsPerRow_belowOne_isRefused_sayingWhatWouldBeRight() {
    assertThatThrownBy(() -> new MapLayouter(LayoutOptions.DEFAULT, FontMetrics.standard(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("max columns per row 0: expected 1 or more");
  }
}
