package dev.cjm.render.svg.internal.layout;

import java.util.List;

/**
 * A metric's bar against its target: a track for a scale from zero to the larger of the value and
 * the target (from the smaller, when one is negative), filled from zero to the value, with a tick
 * across it at the target. It shows which side of the target the value is on, and how far:
 *
 * <ul>
 *   <li>higher is better: the fill is green when it reaches the tick, passing it by as much as the
 *       target is beaten; red when it falls short, the empty track up to the tick being what is
 *       missing;
 *   <li>lower is better: the fill is green when it stays at or before the tick, the empty track up
 *       to the tick being the margin left; when the value is over the target, the fill is grey up
 *       to the tick and red beyond it, the red being the excess, so a bar never reads as progress
 *       towards a target that is overshot.
 * </ul>
 */
final class Bar implements Item {
  private static final double TRACK = 6;
  private static final double TICK_WIDTH = 2;

  /** The tick reaches this far above and below the track. */
  private static final double TICK_OVERHANG = 2;

  private final double value;
  private final double target;
  private final boolean higherIsBetter;
  private final boolean offTarget;
  private final double width;

  Bar(double value, double target, boolean higherIsBetter, boolean offTarget, double width) {
    this.value = value;
    this.target = target;
    this.higherIsBetter = higherIsBetter;
    this.offTarget = offTarget;
    this.width = width;
  }

  @Override
  public double height() {
    return TRACK + 2 * TICK_OVERHANG;
  }

  @Override
  public double width() {
    return width;
  }

  @Override
  public void emit(double x, double y, List<Node> out) {
    // In units of the larger magnitude, so that the span of two huge values stays finite.
    double unit = Math.max(Math.abs(value), Math.abs(target));
    double v = unit > 0 ? value / unit : 0;
    double t = unit > 0 ? target / unit : 0;
    double low = Math.min(0, Math.min(v, t));
    double high = Math.max(0, Math.max(v, t));
    double span = high > low ? high - low : 1;
    double trackTop = y + TICK_OVERHANG;
    out.add(new Rect(new Box(x, trackTop, width, TRACK), 1, CssClass.BAR_TRACK));
    double zero = x + width * (0 - low) / span;
    double end = x + width * (v - low) / span;
    double tick = x + width * (t - low) / span;
    if (higherIsBetter || !offTarget) {
      fill(zero, end, trackTop, CssClass.bar(offTarget), out);
    } else {
      // Over a lower-is-better target: the part up to the target, then the excess beyond it.
      fill(zero, Math.min(end, Math.max(zero, tick)), trackTop, CssClass.BAR_WITHIN, out);
      fill(Math.max(zero, tick), end, trackTop, CssClass.bar(true), out);
    }
    double tickLeft = Math.max(x, Math.min(x + width - TICK_WIDTH, tick - TICK_WIDTH / 2));
    out.add(new Rect(new Box(tickLeft, y, TICK_WIDTH, height()), 0, CssClass.BAR_TARGET));
  }

  /** A fill from {@code from} to {@code to}, in either order; nothing if they meet. */
  private static void fill(double from, double to, double top, String css, List<Node> out) {
    double left = Math.min(from, to);
    double length = Math.abs(to - from);
    if (length > 0) {
      out.add(new Rect(new Box(left, top, length, TRACK), 0, css));
    }
  }
}
