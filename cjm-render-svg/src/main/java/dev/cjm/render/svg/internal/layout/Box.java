package dev.cjm.render.svg.internal.layout;

/** An axis-aligned rectangle in map pixels: top-left corner, width and height. */
public record Box(double x, double y, double width, double height) {
  private static final double EPSILON = 1e-6;

  /** The x of the right edge. */
  public double right() {
    return x + width;
  }

  /** The y of the bottom edge. */
  public double bottom() {
    return y + height;
  }

  /** True if {@code other} lies inside this box (edges may touch). */
  public boolean contains(Box other) {
    return other.x >= x - EPSILON
        && other.y >= y - EPSILON
        && other.right() <= right() + EPSILON
        && other.bottom() <= bottom() + EPSILON;
  }

  /** True if the two boxes share some area (touching edges do not count). */
  public boolean overlaps(Box other) {
    return other.x < right() - EPSILON
        && x < other.right() - EPSILON
        && other.y < bottom() - EPSILON
        && y < other.bottom() - EPSILON;
  }

  /** This box shrunk by {@code d} on every side. */
  public Box inset(double d) {
    return new Box(x + d, y + d, width - 2 * d, height - 2 * d);
  }
}
