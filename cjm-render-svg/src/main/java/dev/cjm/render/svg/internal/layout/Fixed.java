package dev.cjm.render.svg.internal.layout;

import java.util.List;

/** An item given a fixed width (at least its own), so items beside it line up. */
final class Fixed implements Item {
  private final Item item;
  private final double width;

  Fixed(Item item, double width) {
    this.item = item;
    this.width = Math.max(width, item.width());
  }

  @Override
  public double height() {
    return item.height();
  }

  @Override
  public double width() {
    return width;
  }

  @Override
  public void emit(double x, double y, List<Node> out) {
    item.emit(x, y, out);
  }
}
