package dev.cjm.render.svg.internal.layout;

import java.util.List;

/**
 * A piece of a cell whose size is known before its place is: measured (and wrapped) first, then
 * emitted at a position once the heights of its neighbours are known.
 */
interface Item {
  /** The height the item takes, in pixels. */
  double height();

  /** The width the item takes, in pixels. */
  double width();

  /** Adds the item's shapes with its top-left corner at {@code (x, y)}. */
  void emit(double x, double y, List<Node> out);
}
