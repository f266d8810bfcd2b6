package dev.cjm.render.svg.internal.layout;

import com.google.common.collect.ImmutableList;
import dev.cjm.core.Emotion;
import dev.cjm.core.EmotionCurve;
import dev.cjm.core.Touchpoint;
import dev.cjm.render.svg.internal.text.Font;
import dev.cjm.render.svg.internal.text.FontMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * The emotion lane: grid lines and scale labels from −2 to +2, the experienced and expected curves
 * ({@link EmotionCurve}s) through the touchpoints that record them (holes where one does not), the
 * shaded gap between them, and a marker with a label per score. On the map of a future state
 * compared with its current state, the current state's felt emotion is drawn faintly beneath them:
 * a dotted curve with small hollow markers through the columns of the touchpoints both states
 * share, passing straight from one to the next over touchpoints the current state does not have (or
 * does not score) and skipping the removed ones, which have no column.
 */
final class EmotionLane implements MapLane {
  static final double UNIT = 28; // pixels per emotion point

  private final LaneRow row;
  private final Grid grid;
  private final FontMetrics metrics;
  private final Font small;
  private final ChromeText words;
  private final EmotionCurve experienced;
  private final EmotionCurve expected;
  private final Map<String, Emotion> current;
  private final double height;
  private final double zero; // the y of the neutral baseline

  private EmotionLane(
      LaneRow row,
      Grid grid,
      LayoutContext context,
      EmotionCurve experienced,
      EmotionCurve expected,
      Map<String, Emotion> current) {
    this.row = row;
    this.grid = grid;
    this.metrics = context.metrics();
    this.small = context.fonts().small();
    this.words = context.words();
    this.experienced = experienced;
    this.expected = expected;
    this.current = current;
    // Room above the +2 line and below the -2 line for a marker's label.
    double top = Math.max(30, small.blockHeight(1) + 21);
    double bottom = top + 10;
    this.height = top + 4 * UNIT + bottom;
    this.zero = row.top() + top + 2 * UNIT;
  }

  /**
   * The lane of the {@code experienced} and {@code expected} emotion curves, laid out in {@code
   * row}; none if both are empty.
   */
  static Optional<MapLane> of(
      LaneRow row,
      Grid grid,
      LayoutContext context,
      EmotionCurve experienced,
      EmotionCurve expected) {
    return of(row, grid, context, experienced, expected, Map.of());
  }

  /**
   * The lane of the {@code experienced} and {@code expected} emotion curves with the {@code
   * current} state's felt emotion beneath them (by the id of a touchpoint both states share), laid
   * out in {@code row}; none if all three are empty.
   */
  static Optional<MapLane> of(
      LaneRow row,
      Grid grid,
      LayoutContext context,
      EmotionCurve experienced,
      EmotionCurve expected,
      Map<String, Emotion> current) {
    if (experienced.isEmpty() && expected.isEmpty() && current.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new EmotionLane(row, grid, context, experienced, expected, current));
  }

  @Override
  public double height() {
    return height;
  }

  /** Room for the scale labels, right of the lane's label. */
  @Override
  public double scaleWidth() {
    return 2 * small.size();
  }

  @Override
  public void place(Assembly assembly) {
    addScale(assembly.frames());
    assembly.addToCurve(this::addCurves);
  }

  /** Adds the grid lines and the scale labels. */
  private void addScale(List<Node> out) {
    double gridLeft = grid.left();
    double gridRight = gridLeft + grid.width();
    for (int level = 2; level >= -2; level--) {
      double ly = zero - level * UNIT;
      out.add(
          new Line(
              new Point(gridLeft, ly),
              new Point(gridRight, ly),
              level == 0 ? CssClass.EMOTION_BASELINE : CssClass.EMOTION_GRID));
      String scale = words.scale(level);
      double w = metrics.width(scale, small);
      out.add(
          new Text(
              ImmutableList.of(scale),
              gridLeft - 8,
              ly + (small.ascent() - small.descent()) / 2,
              small,
              Anchor.END,
              CssClass.MUTED,
              new Box(gridLeft - 8 - w, ly - small.ascent() / 2 - 2, w, small.blockHeight(1)),
              row.surface(),
              null));
    }
  }

  /** Adds the curves, the gap between them and the markers; the same shapes at every call. */
  private void addCurves(List<Node> out) {
    addCurrentCurve(out);
    EmotionCurve.@Nullable Point[] experiencedAt = byColumn(experienced);
    EmotionCurve.@Nullable Point[] expectedAt = byColumn(expected);
    @Nullable Point[] real = positions(experiencedAt);
    @Nullable Point[] wanted = positions(expectedAt);
    PathShape.Segment[] realSegments = Curves.segments(real);
    PathShape.Segment[] wantedSegments = Curves.segments(wanted);
    addGapShading(real, wanted, realSegments, wantedSegments, out);
    addCurve(wanted, wantedSegments, CssClass.EMOTION_EXPECTED, out);
    addCurve(real, realSegments, CssClass.EMOTION_EXPERIENCED, out);
    for (Column column : grid.columns()) {
      Touchpoint touchpoint = column.touchpoint();
      if (touchpoint != null) {
        addMarkers(
            column, touchpoint, experiencedAt[column.index()], expectedAt[column.index()], out);
      }
    }
  }

  /**
   * Adds the current state's curve, beneath everything else: one point at each column whose
   * touchpoint the current state shares and scores, joined in column order, each with a small
   * hollow marker.
   */
  private void addCurrentCurve(List<Node> out) {
    if (current.isEmpty()) {
      return;
    }
    List<Point> points = new ArrayList<>();
    List<Circle> markers = new ArrayList<>();
    for (Column column : grid.columns()) {
      Touchpoint touchpoint = column.touchpoint();
      Emotion emotion = touchpoint == null ? null : current.get(touchpoint.id());
      if (touchpoint != null && emotion != null) {
        Point at = new Point(centre(column), y(emotion.score()));
        points.add(at);
        markers.add(
            new Circle(
                at,
                3,
                CssClass.EMOTION_CURRENT_MARKER,
                words.currentEmotionTitle(touchpoint, emotion)));
      }
    }
    @Nullable Point[] joined = points.toArray(new Point[0]);
    addCurve(joined, Curves.segments(joined), CssClass.EMOTION_CURRENT, out);
    out.addAll(markers);
  }

  /** The points of {@code curve} by the index of their column; null where it has a hole. */
  private EmotionCurve.@Nullable Point[] byColumn(EmotionCurve curve) {
    EmotionCurve.@Nullable Point[] points = new EmotionCurve.Point[grid.columns().size()];
    for (EmotionCurve.Point point : curve.points()) {
      points[grid.column(point.stageIndex(), point.indexInStage()).index()] = point;
    }
    return points;
  }

  /** Where each point goes: the middle of its column, at the height of its score. */
  private @Nullable Point[] positions(EmotionCurve.@Nullable Point[] byColumn) {
    @Nullable Point[] positions = new Point[byColumn.length];
    for (int i = 0; i < byColumn.length; i++) {
      EmotionCurve.Point point = byColumn[i];
      if (point != null) {
        positions[i] = new Point(centre(grid.columns().get(i)), y(point.score()));
      }
    }
    return positions;
  }

  private double centre(Column column) {
    return column.x() + grid.columnWidth() / 2;
  }

  private double y(double score) {
    return zero - score * UNIT;
  }

  private void addCurve(
      @Nullable Point[] points,
      @Nullable PathShape.Segment[] segments,
      String css,
      List<Node> out) {
    ImmutableList.Builder<PathShape.Segment> path = ImmutableList.builder();
    boolean any = false;
    for (int i = 1; i < points.length; i++) {
      PathShape.Segment segment = segments[i];
      Point from = points[i - 1];
      if (segment == null || from == null) {
        continue;
      }
      if (i == 1 || segments[i - 1] == null) {
        path.add(PathShape.Segment.move(from));
      }
      path.add(segment);
      any = true;
    }
    if (any) {
      out.add(new PathShape(path.build(), css));
    }
  }

  /**
   * Adds the gap between the curves over each run of touchpoints that score both: the areas of
   * {@link GapAreas}, or a line at a lone touchpoint whose two scores differ.
   */
  private void addGapShading(
      @Nullable Point[] experienced,
      @Nullable Point[] expected,
      @Nullable PathShape.Segment[] real,
      @Nullable PathShape.Segment[] wanted,
      List<Node> out) {
    int n = experienced.length;
    int i = 0;
    while (i < n) {
      Point startReal = experienced[i];
      Point startWanted = expected[i];
      if (startReal == null || startWanted == null) {
        i++;
        continue;
      }
      int end = i;
      while (end + 1 < n && real[end + 1] != null && wanted[end + 1] != null) {
        end++;
      }
      if (end == i) {
        if (Math.abs(startReal.y() - startWanted.y()) > 0.5) {
          // y grows downwards: felt below expected is lower on the map.
          boolean shortfall = startReal.y() > startWanted.y();
          out.add(
              new Line(
                  startReal,
                  startWanted,
                  shortfall ? CssClass.GAP_LINE_SHORTFALL : CssClass.GAP_LINE_EXCEEDED));
        }
      } else {
        List<GapAreas.Cubic> realCubics = new ArrayList<>();
        List<GapAreas.Cubic> wantedCubics = new ArrayList<>();
        for (int k = i + 1; k <= end; k++) {
          realCubics.add(cubic(experienced[k - 1], real[k]));
          wantedCubics.add(cubic(expected[k - 1], wanted[k]));
        }
        out.addAll(GapAreas.between(realCubics, wantedCubics));
      }
      i = end + 1;
    }
  }

  /** The cubic of {@code segment}, which starts at {@code from}. */
  private static GapAreas.Cubic cubic(@Nullable Point from, PathShape.@Nullable Segment segment) {
    if (from == null || segment == null) {
      throw new IllegalStateException("a gap run has both points and a segment at every step");
    }
    List<Point> points = segment.points();
    return new GapAreas.Cubic(from, points.get(0), points.get(1), points.get(2));
  }

  private void addMarkers(
      Column column,
      Touchpoint touchpoint,
      EmotionCurve.@Nullable Point experienced,
      EmotionCurve.@Nullable Point expected,
      List<Node> out) {
    double cx = centre(column);
    if (expected != null) {
      out.add(
          new Circle(
              new Point(cx, y(expected.score())),
              4.5,
              CssClass.EMOTION_EXPECTED_MARKER,
              words.expectedEmotionTitle(touchpoint, expected.emotion())));
    }
    double cellWidth = grid.cellWidth();
    if (experienced == null) {
      TextItem hole =
          TextItem.centred(
              words.noScore(), small, cellWidth, 1, CssClass.MUTED, row.surface(), metrics);
      hole.emit(column.x() + Grid.INSET, zero + 6, out);
      return;
    }
    Emotion emotion = experienced.emotion();
    double cy = y(emotion.score());
    out.add(
        new Circle(
            new Point(cx, cy),
            6,
            CssClass.emotionMarker(emotion.score()),
            words.emotionTitle(touchpoint, emotion)));
    String text = words.emotionLabel(emotion);
    TextItem label =
        TextItem.centred(
            text,
            small,
            Math.min(cellWidth - 12, metrics.width(text, small)),
            1,
            CssClass.TEXT,
            CssClass.EMOTION_LABEL,
            metrics);
    double w = label.width() + 8;
    double h = label.height() + 4;
    // Below the marker, unless the expected marker is there: then above it.
    OptionalDouble expectedScore = experienced.expectedScore();
    boolean above =
        expectedScore.isPresent() && expectedScore.getAsDouble() < emotion.score() - 0.25;
    double top = above ? cy - 9 - h : cy + 9;
    out.add(new Rect(new Box(cx - w / 2, top, w, h), 3, CssClass.EMOTION_LABEL));
    label.emit(cx - label.width() / 2, top + 2, out);
  }
}
