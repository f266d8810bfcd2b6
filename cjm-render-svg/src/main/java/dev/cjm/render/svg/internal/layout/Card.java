package dev.cjm.render.svg.internal.layout;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A rounded box around an item, with padding: as tall as its content unless made taller, with an
 * optional coloured stripe on its left edge, and optionally a group of its own with an id and a
 * tooltip. Made with {@link #of} and the {@code with…} and {@link #inGroup} methods, each of which
 * returns a new card.
 */
final class Card implements Item {
  static final double PAD = 8;
  static final double STRIPE = 4;

  /** The group a card draws itself in: its id, class and tooltip. */
  private record OwnGroup(@Nullable String id, String cssClass, @Nullable String title) {}

  private final Item content;
  private final double width;
  private final double height;
  private final String surface;
  private final @Nullable String stripe;
  private final @Nullable OwnGroup group;

  private Card(
      Item content,
      double width,
      double height,
      String surface,
      @Nullable String stripe,
      @Nullable OwnGroup group) {
    this.content = content;
    this.width = width;
    this.height = height;
    this.surface = surface;
    this.stripe = stripe;
    this.group = group;
  }

  /**
   * A card {@code width} wide around {@code content}, painted as {@code surface}; its shapes go
   * straight into the group being filled.
   */
  static Card of(Item content, double width, String surface) {
    return new Card(content, width, content.height() + 2 * PAD, surface, null, null);
  }

  /** This card with a stripe of class {@code stripe} on its left edge, the content beside it. */
  Card withStripe(String stripe) {
    return new Card(content, width, height, surface, stripe, group);
  }

  /** This card drawn {@code height} tall, its content still at the top (to line up a row). */
  Card withHeight(double height) {
    return new Card(content, width, height, surface, stripe, group);
  }

  /** This card in a group of its own, with an id and a tooltip if not null. */
  Card inGroup(@Nullable String id, String cssClass, @Nullable String title) {
    return new Card(content, width, height, surface, stripe, new OwnGroup(id, cssClass, title));
  }

  /** The width left for the content of a card {@code width} wide, with or without a stripe. */
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
    OwnGroup own = group;
    if (own == null) {
      shapes(x, y, out);
    } else {
      List<Node> children = new ArrayList<>();
      shapes(x, y, children);
      out.add(new Group(own.id(), own.cssClass(), own.title(), ImmutableList.copyOf(children)));
    }
  }

  private void shapes(double x, double y, List<Node> out) {
    out.add(new Rect(new Box(x, y, width, height), 6, surface));
    double left = x + PAD;
    if (stripe != null) {
      out.add(new Rect(new Box(x + 3, y + 5, STRIPE, height - 10), 2, stripe));
      left += STRIPE + 2;
    }
    content.emit(left, y + PAD, out);
  }
}
