package dev.cjm.render.svg.internal.layout;

import com.google.common.collect.ImmutableList;
import dev.cjm.render.svg.internal.text.Font;
import dev.cjm.render.svg.internal.text.FontMetrics;
import dev.cjm.render.svg.internal.text.TextWrapper;
import dev.cjm.render.svg.internal.text.Wrapped;
import java.util.List;

/**
 * A text wrapped to a width: left-aligned, or right-aligned when it reads right to left, or
 * centred. Cut-off text keeps its full wording as a tooltip.
 *
 * <p>Each line of a right-to-left text is framed by right-to-left marks (U+200F, zero width):
 * renderers lay a text element out as a left-to-right paragraph unless told otherwise, which would
 * put a trailing question mark or a leading number on the wrong side. The marks make every renderer
 * (Chromium, librsvg, Batik) order such a line as right-to-left, where the {@code direction}
 * attribute is not honoured the same way by all of them.
 */
final class TextItem implements Item {
  private static final String RLM = "\u200F";

  private final String text;
  private final Wrapped wrapped;
  private final Font font;
  private final double width;
  private final String cssClass;
  private final String surface;
  private final Anchor anchor;
  private final boolean rightToLeft;

  private TextItem(
      String text,
      Wrapped wrapped,
      Font font,
      double width,
      String cssClass,
      String surface,
      Anchor anchor,
      boolean rightToLeft) {
    this.text = text;
    this.wrapped = wrapped;
    this.font = font;
    this.width = width;
    this.cssClass = cssClass;
    this.surface = surface;
    this.anchor = anchor;
    this.rightToLeft = rightToLeft;
  }

  static TextItem of(
      String text,
      Font font,
      double width,
      int maxLines,
      String cssClass,
      String surface,
      FontMetrics metrics) {
    Wrapped wrapped = TextWrapper.wrap(text, width, font, maxLines, metrics);
    boolean rightToLeft = TextWrapper.isRightToLeft(text);
    Anchor anchor = rightToLeft ? Anchor.END : Anchor.START;
    return new TextItem(text, wrapped, font, width, cssClass, surface, anchor, rightToLeft);
  }

  static TextItem centred(
      String text,
      Font font,
      double width,
      int maxLines,
      String cssClass,
      String surface,
      FontMetrics metrics) {
    Wrapped wrapped = TextWrapper.wrap(text, width, font, maxLines, metrics);
    return new TextItem(
        text,
        wrapped,
        font,
        width,
        cssClass,
        surface,
        Anchor.MIDDLE,
        TextWrapper.isRightToLeft(text));
  }

  boolean isEmpty() {
    return wrapped.isEmpty();
  }

  @Override
  public double height() {
    return font.blockHeight(wrapped.size());
  }

  @Override
  public double width() {
    return width;
  }

  @Override
  public void emit(double x, double y, List<Node> out) {
    if (wrapped.isEmpty()) {
      return;
    }
    double anchorX =
        switch (anchor) {
          case START -> x;
          case MIDDLE -> x + width / 2;
          case END -> x + width;
        };
    ImmutableList<String> lines = wrapped.lines();
    if (rightToLeft) {
      lines = lines.stream().map(l -> RLM + l + RLM).collect(ImmutableList.toImmutableList());
    }
    out.add(
        new Text(
            lines,
            anchorX,
            y + font.ascent(),
            font,
            anchor,
            cssClass,
            new Box(x, y, width, height()),
            surface,
            wrapped.truncated() ? text : null));
  }
}
