package dev.cjm.render.svg.internal.layout;

import com.google.common.collect.ImmutableList;

/**
 * A path of straight and cubic Bézier segments (the emotion curves, the shaded gap between them).
 */
public record PathShape(ImmutableList<Segment> segments, String cssClass) implements Node {
  /** What a segment does with its points. */
  public enum Kind {
    /** Starts a new subpath at the one point. */
    MOVE,
    /** A straight line to the one point. */
    LINE,
    /** A cubic Bézier curve: two control points, then the end point. */
    CUBIC,
    /** Closes the subpath; no points. */
    CLOSE
  }

  /** One step of the path. */
  public record Segment(Kind kind, ImmutableList<Point> points) {
    /** Starts a subpath at {@code p}. */
    public static Segment move(Point p) {
      return new Segment(Kind.MOVE, ImmutableList.of(p));
    }

    /** A line to {@code p}. */
    public static Segment line(Point p) {
      return new Segment(Kind.LINE, ImmutableList.of(p));
    }

    /** A cubic curve through control points {@code c1}, {@code c2} to {@code end}. */
    public static Segment cubic(Point c1, Point c2, Point end) {
      return new Segment(Kind.CUBIC, ImmutableList.of(c1, c2, end));
    }

    /** Closes the subpath. */
    public static Segment close() {
      return new Segment(Kind.CLOSE, ImmutableList.of());
    }
  }
}
