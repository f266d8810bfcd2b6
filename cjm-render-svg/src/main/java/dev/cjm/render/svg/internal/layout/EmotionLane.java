package dev.cjm.render.svg.internal.layout;

import com.google.common.collect.ImmutableList;
import dev.cjm.core.Emotion;
import dev.cjm.core.EmotionCurve;
import dev.cjm.core.Touchpoint;
import dev.cjm.core.observed.ObservedSummary;
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
 *
 * <p>On a planned map that carries observed cases, the mean observed emotion at each touchpoint is
 * a second curve beside the felt one: dashed long and short in a colour of its own, with a small
 * square at each point (its tooltip gives the mean and its n); it has a hole where no case scored
 * the touchpoint.
 *
 * <p>In a map wrapped into bands, each band's lane draws its part of the curves (the current
 * state's, faint, within the band): where a curve goes on in the band below or came from the band
 * above, it runs to the band's edge, heading for the point beyond it, and stops there; the next
 * band takes it up at its edge.
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
  private final Map<String, ObservedSummary.TouchpointStats> observed;
  private final double height;
  private final double zero; // the y of the neutral baseline
  private final Window window;

  /**
   * The columns the curves are computed over: the band's, and the column on either side of it in
   * the bands above and below (when the journey has one), so the curves meet at the band's edges.
   */
  private record Window(int first, int size, boolean hasLeft, boolean hasRight) {
    static Window of(Grid grid) {
      List<Column> columns = grid.columns();
      int first = columns.get(0).index();
      int end = first + columns.size();
      boolean hasLeft = first > 0;
      boolean hasRight = end < grid.columnTotal();
      return new Window(
          hasLeft ? first - 1 : first,
          columns.size() + (hasLeft ? 1 : 0) + (hasRight ? 1 : 0),
          hasLeft,
          hasRight);
    }

    /** The position in the window of the band's first column. */
    int offset() {
      return hasLeft ? 1 : 0;
    }
  }

  private EmotionLane(
      LaneRow row,
      Grid grid,
      LayoutContext context,
      EmotionCurve experienced,
      EmotionCurve expected,
      Map<String, Emotion> current,
      Map<String, ObservedSummary.TouchpointStats> observed) {
    this.row = row;
    this.grid = grid;
    this.metrics = context.metrics();
    this.small = context.fonts().small();
    this.words = context.words();
    this.experienced = experienced;
    this.expected = expected;
    this.current = current;
    this.observed = observed;
    // Room above the +2 line and below the -2 line for a marker's label.
    double top = Math.max(30, small.blockHeight(1) + 21);
    double bottom = top + 10;
    this.height = top + 4 * UNIT + bottom;
    this.zero = row.top() + top + 2 * UNIT;
    this.window = Window.of(grid);
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
    return of(row, grid, context, experienced, expected, current, Map.of());
  }

  /**
   * The lane as above, with the mean emotion {@code observed} at each planned touchpoint (by its
   * id) as a second curve; none if there is nothing to draw.
   */
  static Optional<MapLane> of(
      LaneRow row,
      Grid grid,
      LayoutContext context,
      EmotionCurve experienced,
      EmotionCurve expected,
      Map<String, Emotion> current,
      Map<String, ObservedSummary.TouchpointStats> observed) {
    boolean observedEmotion = observed.values().stream().anyMatch(t -> t.meanEmotion().isPresent());
    if (experienced.isEmpty() && expected.isEmpty() && current.isEmpty() && !observedEmotion) {
      return Optional.empty();
    }
    return Optional.of(
        new EmotionLane(row, grid, context, experienced, expected, current, observed));
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
    double gridRight = gridLeft + grid.width(); // the band's width
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
    List<Node> observedMarkers = addObservedCurve(out);
    EmotionCurve.@Nullable Point[] experiencedAt = byColumn(experienced);
    EmotionCurve.@Nullable Point[] expectedAt = byColumn(expected);
    @Nullable Point[] real = positions(experiencedAt);
    @Nullable Point[] wanted = positions(expectedAt);
    PathShape.Segment[] realSegments = Curves.segments(real);
    PathShape.Segment[] wantedSegments = Curves.segments(wanted);
    cutAtBandEdges(real, realSegments);
    cutAtBandEdges(wanted, wantedSegments);
    addGapShading(real, wanted, realSegments, wantedSegments, out);
    addCurve(wanted, wantedSegments, CssClass.EMOTION_EXPECTED, out);
    addCurve(real, realSegments, CssClass.EMOTION_EXPERIENCED, out);
    List<Column> columns = grid.columns();
    for (int i = 0; i < columns.size(); i++) {
      Column column = columns.get(i);
      Touchpoint touchpoint = column.touchpoint();
      int at = i + window.offset();
      if (touchpoint != null) {
        addMarkers(column, touchpoint, experiencedAt[at], expectedAt[at], out);
      }
    }
    out.addAll(observedMarkers); // over the felt markers, which stay visible around them
  }

  /**
   * Adds the observed curve beneath the planned ones, through the mean observed emotion of each
   * column's touchpoint, and returns its square markers, to be drawn over everything else. Like the
   * felt curve it runs to the band's edge towards a point in the next band.
   */
  private List<Node> addObservedCurve(List<Node> out) {
    List<Node> markers = new ArrayList<>();
    if (observed.isEmpty()) {
      return markers;
    }
    @Nullable Point[] points = new Point[window.size()];
    for (int at = 0; at < window.size(); at++) {
      Touchpoint touchpoint = grid.columnAt(window.first() + at).touchpoint();
      ObservedSummary.TouchpointStats stats =
          touchpoint == null ? null : observed.get(touchpoint.id());
      if (touchpoint != null && stats != null && stats.meanEmotion().isPresent()) {
        double mean = stats.meanEmotion().getAsDouble();
        points[at] = new Point(centre(at), y(mean));
        boolean inBand = at >= window.offset() && at < window.offset() + grid.columns().size();
        if (inBand) {
          double side = 7;
          markers.add(
              new Group(
                  null,
                  CssClass.EMOTION_OBSERVED_MARKER,
                  words.observedEmotionTitle(touchpoint, mean, stats.emotions()),
                  ImmutableList.of(
                      new Rect(
                          new Box(centre(at) - side / 2, y(mean) - side / 2, side, side),
                          0,
                          CssClass.EMOTION_OBSERVED_MARKER))));
        }
      }
    }
    PathShape.Segment[] segments = Curves.segments(points);
    cutAtBandEdges(points, segments);
    addCurve(points, segments, CssClass.EMOTION_OBSERVED, out);
    return markers;
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

  /**
   * The points of {@code curve} by their column's position in the window; null where it has a hole.
   * Finds the window's first point by bisection, so each band reads only its own points.
   */
  private EmotionCurve.@Nullable Point[] byColumn(EmotionCurve curve) {
    EmotionCurve.@Nullable Point[] points = new EmotionCurve.Point[window.size()];
    List<EmotionCurve.Point> all = curve.points(); // in journey order, so in column order
    int low = 0;
    int high = all.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (columnOf(all.get(middle)) < window.first()) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    for (int k = low; k < all.size(); k++) {
      int at = columnOf(all.get(k)) - window.first();
      if (at >= window.size()) {
        break;
      }
      points[at] = all.get(k);
    }
    return points;
  }

  private int columnOf(EmotionCurve.Point point) {
    return grid.column(point.stageIndex(), point.indexInStage()).index();
  }

  /** Where each point goes: the middle of its column, at the height of its score. */
  private @Nullable Point[] positions(EmotionCurve.@Nullable Point[] byColumn) {
    @Nullable Point[] positions = new Point[byColumn.length];
    for (int i = 0; i < byColumn.length; i++) {
      EmotionCurve.Point point = byColumn[i];
      if (point != null) {
        positions[i] = new Point(centre(i), y(point.score()));
      }
    }
    return positions;
  }

  /**
   * The x of the middle of the column at {@code at} in the window; the columns beyond the band's
   * edges are placed as if the band went on.
   */
  private double centre(int at) {
    int inBand = at - window.offset();
    if (inBand < 0) {
      return grid.left() - grid.columnWidth() / 2;
    }
    if (inBand >= grid.columns().size()) {
      return grid.left() + grid.width() + grid.columnWidth() / 2;
    }
    return centre(grid.columns().get(inBand));
  }

  private double centre(Column column) {
    return column.x() + grid.columnWidth() / 2;
  }

  /**
   * Cuts a curve's segments to and from the columns beyond the band's edges at the edge, where they
   * are half way (a segment's x grows evenly along it, so half way is the middle of the cubic), and
   * moves those points to the edge; drops a point beyond the edge that no segment joins to the
   * band, so nothing is drawn outside it.
   */
  private void cutAtBandEdges(@Nullable Point[] points, @Nullable PathShape.Segment[] segments) {
    int last = points.length - 1;
    if (window.hasLeft()) {
      Point from = points[0];
      PathShape.Segment segment = segments[1];
      if (from == null || segment == null) {
        points[0] = null;
      } else {
        PathShape.Segment[] halves = halves(from, segment);
        points[0] = end(halves[0]);
        segments[1] = halves[1];
      }
    }
    if (window.hasRight()) {
      Point from = points[last - 1];
      PathShape.Segment segment = segments[last];
      if (from == null || segment == null) {
        points[last] = null;
        segments[last] = null;
      } else {
        PathShape.Segment[] halves = halves(from, segment);
        points[last] = end(halves[0]);
        segments[last] = halves[0];
      }
    }
  }

  /** The two halves of the cubic {@code segment} that starts at {@code from} (de Casteljau). */
  private static PathShape.Segment[] halves(Point from, PathShape.Segment segment) {
    List<Point> p = segment.points();
    Point a = middle(from, p.get(0));
    Point b = middle(p.get(0), p.get(1));
    Point c = middle(p.get(1), p.get(2));
    Point ab = middle(a, b);
    Point bc = middle(b, c);
    Point centre = middle(ab, bc);
    return new PathShape.Segment[] {
      PathShape.Segment.cubic(a, ab, centre), PathShape.Segment.cubic(bc, c, p.get(2))
    };
  }

  private static Point end(PathShape.Segment segment) {
    return segment.points().get(2);
  }

  private static Point middle(Point a, Point b) {
    return new Point((a.x() + b.x()) / 2, (a.y() + b.y()) / 2);
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
