package dev.cjm.render.svg.internal.layout;

import com.google.common.collect.ImmutableList;
import java.util.List;

/** A legend sample: a small shape painted as the thing it explains. */
final class Swatch implements Item {
  /** The shape of a sample. */
  enum Shape {
    SQUARE,
    DOT,
    LINE,
    /** A square with vertical hatch lines, as an area of the emotion curve felt below expected. */
    HATCHED,
    /** A metric bar's target tick. */
    TICK
  }

  private final Shape shape;
  private final String cssClass;
  private final double size;

  Swatch(Shape shape, String cssClass, double size) {
    this.shape = shape;
    this.cssClass = cssClass;
    this.size = size;
  }

  @Override
  public double height() {
    return size;
  }

  @Override
  public double width() {
    return switch (shape) {
      case LINE -> size * 2;
      case TICK -> 2;
      default -> size;
    };
  }

  @Override
  public void emit(double x, double y, List<Node> out) {
    switch (shape) {
      case SQUARE -> out.add(new Rect(new Box(x, y, size, size), 3, cssClass));
      case DOT ->
          out.add(new Circle(new Point(x + size / 2, y + size / 2), size / 2 - 1, cssClass, null));
      case LINE ->
          out.add(
              new PathShape(
                  ImmutableList.of(
                      PathShape.Segment.move(new Point(x, y + size / 2)),
                      PathShape.Segment.line(new Point(x + 2 * size, y + size / 2))),
                  cssClass));
      case HATCHED -> {
        out.add(new Rect(new Box(x, y, size, size), 0, cssClass));
        ImmutableList.Builder<PathShape.Segment> lines = ImmutableList.builder();
        for (double lx = x + 1.5; lx < x + size; lx += GapAreas.HATCH_SPACING) {
          lines.add(PathShape.Segment.move(new Point(lx, y)));
          lines.add(PathShape.Segment.line(new Point(lx, y + size)));
        }
        out.add(new PathShape(lines.build(), CssClass.GAP_HATCH));
      }
      case TICK -> out.add(new Rect(new Box(x, y, 2, size), 0, cssClass));
    }
  }
}
