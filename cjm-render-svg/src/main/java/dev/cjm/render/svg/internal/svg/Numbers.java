package dev.cjm.render.svg.internal.svg;

/**
 * The one number format of the SVG: at most two decimals, no trailing zeros, a dot as decimal
 * separator whatever the default locale, no exponent, and no negative zero.
 */
public final class Numbers {
  private Numbers() {}

  /** {@code value} rounded to hundredths, as in {@code "12"}, {@code "-0.5"}, {@code "3.14"}. */
  public static String format(double value) {
    StringBuilder text = new StringBuilder(12);
    append(value, text);
    return text.toString();
  }

  /** Appends {@code value} as {@link #format} writes it, without making a String of it. */
  public static void append(double value, StringBuilder out) {
    long hundredths = hundredths(value);
    if (hundredths < 0) {
      out.append('-');
      hundredths = -hundredths;
    }
    out.append(hundredths / 100);
    long fraction = hundredths % 100;
    if (fraction != 0) {
      out.append('.');
      if (fraction < 10) {
        out.append('0').append(fraction);
      } else {
        out.append(fraction % 10 == 0 ? fraction / 10 : fraction);
      }
    }
  }

  /**
   * {@code value} in hundredths, as written: two values are written alike exactly when these are
   * equal.
   */
  static long hundredths(double value) {
    if (!Double.isFinite(value) || Math.abs(value) > 1e12) {
      throw new IllegalArgumentException(
          "coordinate " + value + " is not a finite number of at most 1e12 pixels");
    }
    return Math.round(value * 100);
  }
}
