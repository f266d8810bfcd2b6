package dev.cjm.render.svg.internal.layout;

import com.google.common.collect.ImmutableList;
import java.util.List;

/** Items one below the other with a fixed gap, as wide as the widest. */
final class Stack implements Item {
  private final ImmutableList<Item> items;
  private final double gap;
  private final double height; // items are measured when made: summed once, read often

  Stack(List<? extends Item> items, double gap) {
    this.items = ImmutableList.copyOf(items);
    this.gap = gap;
    double sum = 0;
    for (int i = 0; i < this.items.size(); i++) {
      sum += this.items.get(i).height();
    }
    this.height = sum + Math.max(0, this.items.size() - 1) * gap;
  }

  boolean isEmpty() {
    return items.isEmpty();
  }

  @Override
  public double height() {
    return height;
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
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      item.emit(x, top, out);
      top += item.height() + gap;
    }
  }
}
