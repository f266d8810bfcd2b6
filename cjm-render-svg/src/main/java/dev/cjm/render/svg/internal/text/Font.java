package dev.cjm.render.svg.internal.text;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A font size in pixels and a weight (regular or bold), the two things text measurement depends on;
 * the family is always the one the metrics describe.
 */
public record Font(double size, boolean bold) {
  /** The line height as a multiple of the font size. */
  public static final double LINE_SPACING = 1.3;

  /** Checks the size. */
  public Font {
    checkArgument(size > 0 && size < 1000, "font size %s: expected 0 < size < 1000 px", size);
  }

  /** The distance between the baselines of two lines, in pixels. */
  public double lineHeight() {
    return size * LINE_SPACING;
  }

  /** How far the tallest glyphs reach above the baseline (Liberation Sans: 0.905 em). */
  public double ascent() {
    return size * 0.905;
  }

  /** How far descenders reach below the baseline (Liberation Sans: 0.212 em). */
  public double descent() {
    return size * 0.212;
  }

  /**
   * The height of a block of {@code lines} lines, from the top of the first to the bottom of the
   * last.
   */
  public double blockHeight(int lines) {
    return lines == 0 ? 0 : ascent() + descent() + (lines - 1) * lineHeight();
  }

  /** The same weight at another size. */
  public Font withSize(double newSize) {
    return new Font(newSize, bold);
  }
}
