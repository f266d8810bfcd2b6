package dev.cjm.render.svg.internal.layout;

import dev.cjm.render.svg.internal.text.Font;
import dev.cjm.render.svg.internal.text.FontMetrics;
import java.util.List;

/** A one-line label in a pill (a channel, a level, "quick win"), cut short to fit a width. */
final class Badge implements Item {
  private static final double SIDE = 7;

  private final TextItem label;
  private final double textWidth;
  private final Font font;
  private final String pillClass;

  Badge(
      String text,
      Font font,
      double maxWidth,
      String pillClass,
      String textClass,
      FontMetrics metrics) {
    this.font = font;
    this.pillClass = pillClass;
    double available = Math.max(1, maxWidth - 2 * SIDE);
    // As wide as the text, or cut short with an ellipsis (and a tooltip) when it is wider.
    this.textWidth = Math.min(available, metrics.width(text, font));
    this.label = TextItem.centred(text, font, textWidth, 1, textClass, pillClass, metrics);
  }

  @Override
  public double height() {
    return font.size() * 1.7;
  }

  @Override
  public double width() {
    return textWidth + 2 * SIDE;
  }

  @Override
  public void emit(double x, double y, List<Node> out) {
    out.add(new Rect(new Box(x, y, width(), height()), height() / 2, pillClass));
    label.emit(x + SIDE, y + (height() - label.height()) / 2, out);
  }
}
