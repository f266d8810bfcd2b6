package dev.cjm.render.svg.internal.text;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A font size in pixels and a weight (regular or bold), the two things text measurement depends on;
 * the family is always the one the metrics describe.
 */
public record Font(double size, boolean bold) {
  /** The line height as a multiple of the font size. */
  public static final double LINE_SPACING = 1.3;

  /**
   * How far the tallest glyphs reach above the baseline, in ems: the larger of the families the map
   * names (their {@code hhea} ascenders), DejaVu Sans's 1901/2048 em, over Liberation Sans's (and
   * Arial's) 1854/2048, so text placed by it keeps off its box's top edge in either font.
   */
  static final double ASCENT_EMS = Math.max(1854.0 / 2048, 1901.0 / 2048);

  /**
   * How far descenders reach below the baseline, in ems: the larger of DejaVu Sans's 483/2048 em
   * and Liberation Sans's 434/2048, so descenders keep off a box's bottom edge in either font.
   */
  static final double DESCENT_EMS = Math.max(434.0 / 2048, 483.0 / 2048);

  /** Checks the size. */
  public Font {
    checkArgument(size > 0 && size < 1000, "font size %s: expected 0 < size < 1000 px", size);
  }

  /** The distance between the baselines of two lines, in pixels. */
  public double lineHeight() {
    return size * LINE_SPACING;
  }

  /** How far the tallest glyphs reach above the baseline, in pixels ({@link #ASCENT_EMS}). */
  public double ascent() {
    return size * ASCENT_EMS;
  }

  /** How far descenders reach below the baseline, in pixels ({@link #DESCENT_EMS}). */
  public double descent() {
    return size * DESCENT_EMS;
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
