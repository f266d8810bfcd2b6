package dev.cjm.render.svg.internal.layout;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/**
 * The shaded areas between the experienced and the expected emotion curve over a run of touchpoints
 * that score both: where the customer feels less than expected (a shortfall) one area, tinted and
 * hatched; where they feel more (expectations exceeded) another, tinted in another colour and not
 * hatched, so that the two differ by more than colour. Where the curves cross, the area is split at
 * the crossing, so each part has the colour of its side.
 *
 * <p>Both curves are cubic Bézier segments between the same column centres, with their control
 * points at a third and two thirds of the way across, so along a segment x grows linearly with the
 * curve's parameter t and the vertical distance between the curves is itself a cubic in t: the
 * crossings are its roots.
 */
final class GapAreas {
  /** The distance between two hatch lines, in pixels. */
  static final double HATCH_SPACING = 6;

  /** How finely a segment is sampled to find where the curves cross. */
  private static final int SAMPLES = 24;

  /** A difference in pixels too small to draw. */
  private static final double EPSILON = 0.01;

  /** One cubic Bézier, by its four points. */
  record Cubic(Point p0, Point p1, Point p2, Point p3) {
    Point at(double t) {
      double u = 1 - t;
      double a = u * u * u;
      double b = 3 * u * u * t;
      double c = 3 * u * t * t;
      double d = t * t * t;
      return new Point(
          a * p0.x() + b * p1.x() + c * p2.x() + d * p3.x(),
          a * p0.y() + b * p1.y() + c * p2.y() + d * p3.y());
    }

    /** The part of this curve from parameter {@code from} to {@code to} (de Casteljau). */
    Cubic part(double from, double to) {
      Cubic right = from == 0 ? this : splitAt(from)[1];
      double t = from == 1 ? 1 : (to - from) / (1 - from);
      return t >= 1 ? right : right.splitAt(t)[0];
    }

    private Cubic[] splitAt(double t) {
      Point a = lerp(p0, p1, t);
      Point b = lerp(p1, p2, t);
      Point c = lerp(p2, p3, t);
      Point ab = lerp(a, b, t);
      Point bc = lerp(b, c, t);
      Point mid = lerp(ab, bc, t);
      return new Cubic[] {new Cubic(p0, a, ab, mid), new Cubic(mid, bc, c, p3)};
    }

    private static Point lerp(Point a, Point b, double t) {
      return new Point(a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t);
    }
  }

  /** The same stretch of both curves, between the same two x positions. */
  private record Span(Cubic experienced, Cubic expected) {
    /** How far the experienced curve lies below the expected one at t, in pixels (y grows down). */
    double shortfall(double t) {
      return experienced.at(t).y() - expected.at(t).y();
    }
  }

  private GapAreas() {}

  /**
   * The areas between the two curves over one run of touchpoints, segment by segment in order:
   * {@code experienced.get(k)} and {@code expected.get(k)} span the same two columns.
   */
  static List<Node> between(List<Cubic> experienced, List<Cubic> expected) {
    List<Node> out = new ArrayList<>();
    List<Span> area = new ArrayList<>();
    int side = 0; // 1 for a shortfall, -1 for exceeded, 0 where the curves meet
    for (int k = 0; k < experienced.size(); k++) {
      Span segment = new Span(experienced.get(k), expected.get(k));
      List<Double> cuts = crossings(segment);
      for (int c = 0; c + 1 < cuts.size(); c++) {
        double from = cuts.get(c);
        double to = cuts.get(c + 1);
        double middle = segment.shortfall((from + to) / 2);
        int partSide = Math.abs(middle) < EPSILON ? 0 : middle > 0 ? 1 : -1;
        if (partSide != side) {
          addArea(area, side, out);
          area.clear();
          side = partSide;
        }
        area.add(new Span(segment.experienced().part(from, to), segment.expected().part(from, to)));
      }
    }
    addArea(area, side, out);
    return out;
  }

  /** 0, the parameters where the curves of {@code span} cross in between, and 1. */
  private static List<Double> crossings(Span span) {
    List<Double> cuts = new ArrayList<>();
    cuts.add(0.0);
    double previous = span.shortfall(0);
    for (int i = 1; i < SAMPLES; i++) {
      double t = (double) i / SAMPLES;
      double here = span.shortfall(t);
      if (previous * here < 0) {
        cuts.add(root(span, t - 1.0 / SAMPLES, t));
      }
      if (here != 0) {
        previous = here;
      }
    }
    if (previous * span.shortfall(1) < 0) {
      cuts.add(root(span, 1 - 1.0 / SAMPLES, 1));
    }
    cuts.add(1.0);
    return cuts;
  }

  /** Where the curves cross between {@code low} and {@code high}, by bisection. */
  private static double root(Span span, double low, double high) {
    double lowValue = span.shortfall(low);
    for (int i = 0; i < 40; i++) {
      double middle = (low + high) / 2;
      double value = span.shortfall(middle);
      if (lowValue * value <= 0) {
        high = middle;
      } else {
        low = middle;
        lowValue = value;
      }
    }
    return (low + high) / 2;
  }

  /** The area of {@code spans} on {@code side}, with its hatching if it is a shortfall. */
  private static void addArea(List<Span> spans, int side, List<Node> out) {
    if (spans.isEmpty() || side == 0) {
      return;
    }
    ImmutableList.Builder<PathShape.Segment> path = ImmutableList.builder();
    path.add(PathShape.Segment.move(spans.get(0).experienced().p0()));
    for (Span span : spans) {
      Cubic c = span.experienced();
      path.add(PathShape.Segment.cubic(c.p1(), c.p2(), c.p3()));
    }
    path.add(PathShape.Segment.line(spans.get(spans.size() - 1).expected().p3()));
    for (int i = spans.size() - 1; i >= 0; i--) {
      Cubic c = spans.get(i).expected();
      path.add(PathShape.Segment.cubic(c.p2(), c.p1(), c.p0()));
    }
    path.add(PathShape.Segment.close());
    out.add(new PathShape(path.build(), side > 0 ? CssClass.GAP_SHORTFALL : CssClass.GAP_EXCEEDED));
    if (side > 0) {
      hatch(spans, out);
    }
  }

  /**
   * Vertical lines from curve to curve every {@value #HATCH_SPACING} pixels of the map, so the
   * hatching of neighbouring areas lines up.
   */
  private static void hatch(List<Span> spans, List<Node> out) {
    ImmutableList.Builder<PathShape.Segment> lines = ImmutableList.builder();
    boolean any = false;
    for (Span span : spans) {
      double left = span.experienced().p0().x();
      double right = span.experienced().p3().x();
      double x = Math.ceil(left / HATCH_SPACING) * HATCH_SPACING;
      for (; x < right; x += HATCH_SPACING) {
        double t = (x - left) / (right - left);
        Point top = span.expected().at(t);
        Point bottom = span.experienced().at(t);
        if (bottom.y() - top.y() >= 1) {
          lines.add(PathShape.Segment.move(new Point(x, top.y())));
          lines.add(PathShape.Segment.line(new Point(x, bottom.y())));
          any = true;
        }
      }
    }
    if (any) {
      out.add(new PathShape(lines.build(), CssClass.GAP_HATCH));
    }
  }
}
