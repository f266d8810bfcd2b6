package dev.cjm.render.svg.internal.layout;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/** Items left to right, wrapping onto a new row when the next one would pass the width. */
final class Flow implements Item {
  private final double width;
  private final double hgap;
  private final double vgap;
  private final ImmutableList<ImmutableList<Item>> rows;
  private final double height;

  Flow(List<? extends Item> items, double width, double hgap, double vgap) {
    this.width = width;
    this.hgap = hgap;
    this.vgap = vgap;
    List<ImmutableList<Item>> rows = new ArrayList<>();
    List<Item> row = new ArrayList<>();
    double used = 0;
    for (Item item : items) {
      double needed = row.isEmpty() ? item.width() : used + hgap + item.width();
      if (!row.isEmpty() && needed > width) {
        rows.add(ImmutableList.copyOf(row));
        row.clear();
        needed = item.width();
      }
      row.add(item);
      used = needed;
    }
    if (!row.isEmpty()) {
      rows.add(ImmutableList.copyOf(row));
    }
    this.rows = ImmutableList.copyOf(rows);
    double sum = 0;
    for (List<Item> measured : this.rows) {
      sum += rowHeight(measured);
    }
    this.height = sum + Math.max(0, this.rows.size() - 1) * vgap;
  }

  @Override
  public double height() {
    return height;
  }

  @Override
  public double width() {
    return width;
  }

  @Override
  public void emit(double x, double y, List<Node> out) {
    double top = y;
    for (List<Item> row : rows) {
      double left = x;
      double rowHeight = rowHeight(row);
      for (Item item : row) {
        item.emit(left, top + (rowHeight - item.height()) / 2, out);
        left += item.width() + hgap;
      }
      top += rowHeight + vgap;
    }
  }

  private static double rowHeight(List<Item> row) {
    double height = 0;
    for (Item item : row) {
      height = Math.max(height, item.height());
    }
    return height;
  }
}
