package dev.cjm.render.svg.internal.layout;

import com.google.common.collect.ImmutableList;
import java.util.List;

/** A legend sample: a small shape painted as the thing it explains. */
final class Swatch implements Item {
  /** The shape of a sample. */
  enum Shape {
    SQUARE,
    DOT,
    LINE
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
    return shape == Shape.LINE ? size * 2 : size;
  }

  @Override
  public void emit(double x, double y, List<Node> out) {
    Node node =
        switch (shape) {
          case SQUARE -> new Rect(new Box(x, y, size, size), 3, cssClass);
          case DOT ->
              new Circle(new Point(x + size / 2, y + size / 2), size / 2 - 1, cssClass, null);
          case LINE ->
              new PathShape(
                  ImmutableList.of(
                      PathShape.Segment.move(new Point(x, y + size / 2)),
                      PathShape.Segment.line(new Point(x + 2 * size, y + size / 2))),
                  cssClass);
        };
    out.add(node);
  }
}
