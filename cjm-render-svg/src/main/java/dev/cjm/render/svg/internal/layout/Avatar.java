package dev.cjm.render.svg.internal.layout;

import com.google.common.collect.ImmutableList;
import dev.cjm.render.svg.internal.text.Font;
import java.util.List;
import java.util.Locale;

/** The persona's initial in a coloured circle. */
final class Avatar implements Item {
  private final String initial;
  private final double size;
  private final Font font;

  Avatar(String name, double size, Font font) {
    String stripped = name.strip();
    int end = stripped.isEmpty() ? 0 : stripped.offsetByCodePoints(0, 1);
    this.initial = stripped.substring(0, end).toUpperCase(Locale.ROOT);
    this.size = size;
    this.font = font;
  }

  @Override
  public double height() {
    return size;
  }

  @Override
  public double width() {
    return size;
  }

  @Override
  public void emit(double x, double y, List<Node> out) {
    double r = size / 2;
    out.add(new Circle(new Point(x + r, y + r), r, CssClass.AVATAR, null));
    if (!initial.isEmpty() && Character.isLetterOrDigit(initial.codePointAt(0))) {
      double top = y + r - font.blockHeight(1) / 2;
      out.add(
          new Text(
              ImmutableList.of(initial),
              x + r,
              top + font.ascent(),
              font,
              Anchor.MIDDLE,
              CssClass.ON_ACCENT,
              new Box(x + r - font.size() * 0.6, top, font.size() * 1.2, font.blockHeight(1)),
              CssClass.AVATAR,
              null));
    }
  }
}
