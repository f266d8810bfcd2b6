package dev.cjm.render.svg.internal.layout;

import java.util.List;

/** Two items side by side, tops aligned. */
final class Beside implements Item {
  private final Item left;
  private final Item right;
  private final double gap;
  private final double height;

  Beside(Item left, Item right, double gap) {
    this.left = left;
    this.right = right;
    this.gap = gap;
    this.height = Math.max(left.height(), right.height());
  }

  @Override
  public double height() {
    return height;
  }

  @Override
  public double width() {
    return left.width() + gap + right.width();
  }

  @Override
  public void emit(double x, double y, List<Node> out) {
    left.emit(x, y, out);
    right.emit(x + left.width() + gap, y, out);
  }
}
