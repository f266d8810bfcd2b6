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
  private final Font font;
  private final double width;
  private final int maxLines;
  private final FontMetrics metrics;
  private final String cssClass;
  private final String surface;
  private final Anchor anchor;
  private final boolean rightToLeft;
  private final boolean hyphenate;

  /**
   * How many lines the text takes. The lines themselves are not kept: a map measures every text
   * before it draws the first, and a journey at the limits may wrap to millions of lines; they are
   * made again when the text is drawn, one part of the map at a time.
   */
  private final int lineCount;

  private TextItem(
      String text,
      Font font,
      double width,
      int maxLines,
      FontMetrics metrics,
      String cssClass,
      String surface,
      Anchor anchor,
      boolean rightToLeft,
      boolean hyphenate) {
    this.text = text;
    this.font = font;
    this.width = width;
    this.maxLines = maxLines;
    this.metrics = metrics;
    this.cssClass = cssClass;
    this.surface = surface;
    this.anchor = anchor;
    this.rightToLeft = rightToLeft;
    this.hyphenate = hyphenate;
    this.lineCount = wrapped().size();
  }

  static TextItem of(
      String text,
      Font font,
      double width,
      int maxLines,
      String cssClass,
      String surface,
      FontMetrics metrics) {
    boolean rightToLeft = TextWrapper.isRightToLeft(text);
    Anchor anchor = rightToLeft ? Anchor.END : Anchor.START;
    return new TextItem(
        text, font, width, maxLines, metrics, cssClass, surface, anchor, rightToLeft, false);
  }

  /**
   * A text as {@link #of} makes it, but a word wider than the line, broken between letters, ends
   * each part but the last with a hyphen ({@link TextWrapper#wrapHyphenating}): for names in narrow
   * columns, where many a word is wider than a line.
   */
  static TextItem hyphenated(
      String text,
      Font font,
      double width,
      int maxLines,
      String cssClass,
      String surface,
      FontMetrics metrics) {
    boolean rightToLeft = TextWrapper.isRightToLeft(text);
    Anchor anchor = rightToLeft ? Anchor.END : Anchor.START;
    return new TextItem(
        text, font, width, maxLines, metrics, cssClass, surface, anchor, rightToLeft, true);
  }

  static TextItem centred(
      String text,
      Font font,
      double width,
      int maxLines,
      String cssClass,
      String surface,
      FontMetrics metrics) {
    return new TextItem(
        text,
        font,
        width,
        maxLines,
        metrics,
        cssClass,
        surface,
        Anchor.MIDDLE,
        TextWrapper.isRightToLeft(text),
        false);
  }

  /** The text wrapped to the width: the same lines every time. */
  private Wrapped wrapped() {
    return hyphenate
        ? TextWrapper.wrapHyphenating(text, width, font, maxLines, metrics)
        : TextWrapper.wrap(text, width, font, maxLines, metrics);
  }

  boolean isEmpty() {
    return lineCount == 0;
  }

  @Override
  public double height() {
    return font.blockHeight(lineCount);
  }

  @Override
  public double width() {
    return width;
  }

  @Override
  public void emit(double x, double y, List<Node> out) {
    if (lineCount == 0) {
      return;
    }
    Wrapped wrapped = wrapped();
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
