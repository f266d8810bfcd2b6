package dev.cjm.render.svg.internal.layout;

import java.util.List;

/**
 * A thin progress bar: a track, and a fill as long as the share of the target reached, coloured by
 * whether the target is met.
 */
final class Bar implements Item {
  private static final double HEIGHT = 6;

  private final double ratio;
  private final double width;
  private final boolean offTarget;

  Bar(double ratio, double width, boolean offTarget) {
    this.ratio = ratio;
    this.width = width;
    this.offTarget = offTarget;
  }

  @Override
  public double height() {
    return HEIGHT;
  }

  @Override
  public double width() {
    return width;
  }

  @Override
  public void emit(double x, double y, List<Node> out) {
    out.add(new Rect(new Box(x, y, width, HEIGHT), HEIGHT / 2, CssClass.BAR_TRACK));
    if (ratio > 0) {
      out.add(
          new Rect(
              new Box(x, y, Math.max(HEIGHT, width * ratio), HEIGHT),
              HEIGHT / 2,
              CssClass.bar(offTarget)));
    }
  }
}
