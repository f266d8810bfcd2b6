package dev.cjm.render.svg.internal.layout;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A rounded box around a stack of items, with padding and an optional coloured stripe on its left
 * edge; optionally its own group with an id and a title.
 */
final class Card implements Item {
  static final double PAD = 8;
  static final double STRIPE = 4;

  private final Item content;
  private final double width;
  private final String cssClass;
  private final @Nullable String stripeClass;
  private final @Nullable String groupId;
  private final String groupClass;
  private final @Nullable String title;
  private final double height;

  Card(
      Item content,
      double width,
      String cssClass,
      @Nullable String stripeClass,
      @Nullable String groupId,
      String groupClass,
      @Nullable String title) {
    this.content = content;
    this.width = width;
    this.cssClass = cssClass;
    this.stripeClass = stripeClass;
    this.groupId = groupId;
    this.groupClass = groupClass;
    this.title = title;
    this.height = content.height() + 2 * PAD;
  }

  /** The width left for the content of a card {@code width} wide. */
  static double innerWidth(double width, boolean stripe) {
    return width - 2 * PAD - (stripe ? STRIPE + 2 : 0);
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
    if (groupId == null && groupClass.isEmpty()) {
      shapes(x, y, out); // no group of its own: straight into the one being filled
    } else {
      Group.Builder group = new Group.Builder();
      shapes(x, y, group.children());
      out.add(group.build(groupId, groupClass.isEmpty() ? "cjm-card-group" : groupClass, title));
    }
  }

  private void shapes(double x, double y, List<Node> out) {
    out.add(new Rect(new Box(x, y, width, height), 6, cssClass));
    double left = x + PAD;
    if (stripeClass != null) {
      out.add(new Rect(new Box(x + 3, y + 5, STRIPE, height - 10), 2, stripeClass));
      left += STRIPE + 2;
    }
    content.emit(left, y + PAD, out);
  }
}
