package dev.cjm.render.svg.internal.layout;

import org.jspecify.annotations.Nullable;

/**
 * Smooth curves through points, for the emotion curve: monotone cubic interpolation
 * (Fritsch–Carlson), so the curve never swings above or below its points (and so never leaves the
 * −2..+2 scale), drawn as one cubic Bézier segment between each two neighbouring points.
 */
final class Curves {
  private Curves() {}

  /**
   * For a row of points where some are missing, the curve segment ending at each point: entry
   * {@code i} is the cubic from point {@code i-1} to point {@code i}, or null where either is
   * missing. Each run of present points is interpolated on its own, so a missing point is a hole.
   */
  static @Nullable PathShape.Segment[] segments(@Nullable Point[] points) {
    PathShape.Segment[] segments = new PathShape.Segment[points.length];
    int start = 0;
    while (start < points.length) {
      if (points[start] == null) {
        start++;
        continue;
      }
      int end = start;
      while (end + 1 < points.length && points[end + 1] != null) {
        end++;
      }
      interpolateRun(points, start, end, segments);
      start = end + 1;
    }
    return segments;
  }

  private static void interpolateRun(
      @Nullable Point[] points, int start, int end, PathShape.Segment[] out) {
    int n = end - start + 1;
    if (n < 2) {
      return;
    }
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      Point p = points[start + i];
      if (p == null) {
        throw new IllegalStateException("a run holds only present points");
      }
      x[i] = p.x();
      y[i] = p.y();
    }
    double[] slope = new double[n - 1];
    for (int i = 0; i < n - 1; i++) {
      slope[i] = (y[i + 1] - y[i]) / (x[i + 1] - x[i]);
    }
    double[] tangent = new double[n];
    tangent[0] = slope[0];
    tangent[n - 1] = slope[n - 2];
    for (int i = 1; i < n - 1; i++) {
      tangent[i] = slope[i - 1] * slope[i] <= 0 ? 0 : (slope[i - 1] + slope[i]) / 2;
    }
    for (int i = 0; i < n - 1; i++) {
      if (slope[i] == 0) {
        tangent[i] = 0;
        tangent[i + 1] = 0;
        continue;
      }
      double a = tangent[i] / slope[i];
      double b = tangent[i + 1] / slope[i];
      double norm = a * a + b * b;
      if (norm > 9) {
        double t = 3 / Math.sqrt(norm);
        tangent[i] = t * a * slope[i];
        tangent[i + 1] = t * b * slope[i];
      }
    }
    for (int i = 0; i < n - 1; i++) {
      double h = (x[i + 1] - x[i]) / 3;
      out[start + i + 1] =
          PathShape.Segment.cubic(
              new Point(x[i] + h, y[i] + tangent[i] * h),
              new Point(x[i + 1] - h, y[i + 1] - tangent[i + 1] * h),
              new Point(x[i + 1], y[i + 1]));
    }
  }
}
