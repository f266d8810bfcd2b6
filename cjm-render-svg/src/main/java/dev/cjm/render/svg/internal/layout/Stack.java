package dev.cjm.render.svg.internal.layout;

import com.google.common.collect.ImmutableList;
import java.util.List;

/** Items one below the other with a fixed gap, as wide as the widest. */
final class Stack implements Item {
  private final ImmutableList<Item> items;
  private final double gap;

  Stack(List<? extends Item> items, double gap) {
    this.items = ImmutableList.copyOf(items);
    this.gap = gap;
  }

  boolean isEmpty() {
    return items.isEmpty();
  }

  @Override
  public double height() {
    double height = 0;
    for (Item item : items) {
      height += item.height();
    }
    return height + Math.max(0, items.size() - 1) * gap;
  }

  @Override
  public double width() {
    double width = 0;
    for (Item item : items) {
      width = Math.max(width, item.width());
    }
    return width;
  }

  @Override
  public void emit(double x, double y, List<Node> out) {
    double top = y;
    for (Item item : items) {
      item.emit(x, top, out);
      top += item.height() + gap;
    }
  }
}
