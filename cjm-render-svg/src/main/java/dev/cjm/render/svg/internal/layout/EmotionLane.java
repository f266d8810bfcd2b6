package dev.cjm.render.svg.internal.layout;

import com.google.common.collect.ImmutableList;
import dev.cjm.core.Emotion;
import dev.cjm.core.Touchpoint;
import dev.cjm.render.svg.internal.text.Font;
import dev.cjm.render.svg.internal.text.FontMetrics;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The emotion lane: grid lines and scale labels from −2 to +2, the experienced and expected curves
 * through the scored touchpoints (holes where there is no score), the shaded gap between them, and
 * a marker with a label per score.
 */
final class EmotionLane {
  static final double UNIT = 28; // pixels per emotion point

  private final List<Column> columns;
  private final double columnWidth;
  private final double cellWidth;
  private final double gridLeft;
  private final double gridWidth;
  private final FontMetrics metrics;
  private final Font small;

  EmotionLane(
      List<Column> columns,
      double columnWidth,
      double gridLeft,
      double gridWidth,
      FontMetrics metrics,
      Font small) {
    this.columns = columns;
    this.columnWidth = columnWidth;
    this.cellWidth = columnWidth - 2 * MapLayouter.INSET;
    this.gridLeft = gridLeft;
    this.gridWidth = gridWidth;
    this.metrics = metrics;
    this.small = small;
  }

  /** Adds the grid and scale to {@code lanes}, with the neutral baseline at {@code zero}. */
  void grid(double zero, String laneSurface, List<Node> lanes) {
    double gridRight = gridLeft + gridWidth;
    for (int level = 2; level >= -2; level--) {
      double ly = zero - level * UNIT;
      lanes.add(
          new Line(
              new Point(gridLeft, ly),
              new Point(gridRight, ly),
              level == 0 ? "cjm-emotion-baseline" : "cjm-emotion-grid"));
      String scale = level > 0 ? "+" + level : level < 0 ? "\u2212" + Math.abs(level) : "0";
      double w = metrics.width(scale, small);
      lanes.add(
          new Text(
              ImmutableList.of(scale),
              gridLeft - 8,
              ly + (small.ascent() - small.descent()) / 2,
              small,
              Anchor.END,
              "cjm-muted",
              new Box(gridLeft - 8 - w, ly - small.ascent() / 2 - 2, w, small.blockHeight(1)),
              laneSurface,
              null));
    }
  }

  /**
   * Adds the curves and the markers to {@code out}, with the neutral baseline at {@code zero}; the
   * same shapes at every call.
   */
  void curve(double zero, String laneSurface, List<Node> out) {
    Point[] experienced = new Point[columns.size()];
    Point[] expected = new Point[columns.size()];
    for (Column column : columns) {
      Touchpoint touchpoint = column.touchpoint();
      if (touchpoint == null) {
        continue;
      }
      double cx = column.x() + columnWidth / 2;
      int i = column.index();
      touchpoint.emotion().ifPresent(e -> experienced[i] = new Point(cx, zero - e.score() * UNIT));
      touchpoint
          .expectedEmotion()
          .ifPresent(e -> expected[i] = new Point(cx, zero - e.score() * UNIT));
    }
    PathShape.Segment[] real = Curves.segments(experienced);
    PathShape.Segment[] wanted = Curves.segments(expected);
    addGapShading(experienced, expected, real, wanted, out);
    addCurve(expected, wanted, "cjm-emotion-expected", out);
    addCurve(experienced, real, "cjm-emotion-experienced", out);
    for (Column column : columns) {
      Touchpoint touchpoint = column.touchpoint();
      if (touchpoint == null) {
        continue;
      }
      addMarkers(column, touchpoint, zero, laneSurface, out);
    }
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

  private void addGapShading(
      @Nullable Point[] experienced,
      @Nullable Point[] expected,
      @Nullable PathShape.Segment[] real,
      @Nullable PathShape.Segment[] wanted,
      List<Node> out) {
    int n = experienced.length;
    int i = 0;
    while (i < n) {
      if (experienced[i] == null || expected[i] == null) {
        i++;
        continue;
      }
      int end = i;
      while (end + 1 < n && real[end + 1] != null && wanted[end + 1] != null) {
        end++;
      }
      Point startReal = experienced[i];
      Point startWanted = expected[i];
      Point endWanted = expected[end];
      if (startReal == null || startWanted == null || endWanted == null) {
        throw new IllegalStateException("a gap run starts and ends at scored touchpoints");
      }
      if (end == i) {
        if (Math.abs(startReal.y() - startWanted.y()) > 0.5) {
          out.add(new Line(startReal, startWanted, "cjm-emotion-gap-line"));
        }
      } else {
        ImmutableList.Builder<PathShape.Segment> area = ImmutableList.builder();
        area.add(PathShape.Segment.move(startReal));
        for (int k = i + 1; k <= end; k++) {
          area.add(requireSegment(real[k]));
        }
        area.add(PathShape.Segment.line(endWanted));
        for (int k = end; k > i; k--) {
          PathShape.Segment forward = requireSegment(wanted[k]);
          Point to = expected[k - 1];
          if (to == null) {
            throw new IllegalStateException("a gap run holds only expected points");
          }
          area.add(PathShape.Segment.cubic(forward.points().get(1), forward.points().get(0), to));
        }
        area.add(PathShape.Segment.close());
        out.add(new PathShape(area.build(), "cjm-emotion-gap"));
      }
      i = end + 1;
    }
  }

  private PathShape.Segment requireSegment(PathShape.@Nullable Segment segment) {
    if (segment == null) {
      throw new IllegalStateException("a gap run has a curve segment at every step");
    }
    return segment;
  }

  private void addMarkers(
      Column column, Touchpoint touchpoint, double zero, String laneSurface, List<Node> out) {
    double cx = column.x() + columnWidth / 2;
    touchpoint
        .expectedEmotion()
        .ifPresent(
            e ->
                out.add(
                    new Circle(
                        new Point(cx, zero - e.score() * UNIT),
                        4.5,
                        "cjm-emotion-expected-marker",
                        touchpoint.name() + ": expected " + e)));
    Optional<Emotion> emotion = touchpoint.emotion();
    if (emotion.isEmpty()) {
      TextItem hole =
          TextItem.centred("no score", small, cellWidth, 1, "cjm-muted", laneSurface, metrics);
      hole.emit(column.x() + MapLayouter.INSET, zero + 6, out);
      return;
    }
    Emotion e = emotion.get();
    String shown = e.toString();
    double cy = zero - e.score() * UNIT;
    out.add(
        new Circle(new Point(cx, cy), 6, markerClass(e.score()), touchpoint.name() + ": " + shown));
    String text = shown.replace('-', '\u2212');
    double maxText = cellWidth - 12;
    TextItem labelText =
        TextItem.centred(
            text,
            small,
            Math.min(maxText, metrics.width(text, small)),
            1,
            "cjm-text",
            "cjm-emotion-label",
            metrics);
    double w = labelText.width() + 8;
    double h = labelText.height() + 4;
    // Below the marker, unless the expected marker is there: then above it.
    boolean above =
        touchpoint.expectedEmotion().filter(x -> x.score() < e.score() - 0.25).isPresent();
    double top = above ? cy - 9 - h : cy + 9;
    out.add(new Rect(new Box(cx - w / 2, top, w, h), 3, "cjm-emotion-label"));
    labelText.emit(cx - labelText.width() / 2, top + 2, out);
  }

  /**
   * The class attribute of an emotion marker, its colour from very negative to very positive: a
   * constant, the same String for every marker of a colour.
   */
  static String markerClass(double score) {
    long bucket = Math.round(score);
    if (bucket <= -2) {
      return "cjm-emotion-marker cjm-emotion-very-negative";
    } else if (bucket == -1) {
      return "cjm-emotion-marker cjm-emotion-negative";
    } else if (bucket == 0) {
      return "cjm-emotion-marker cjm-emotion-neutral";
    } else if (bucket == 1) {
      return "cjm-emotion-marker cjm-emotion-positive";
    }
    return "cjm-emotion-marker cjm-emotion-very-positive";
  }
}
