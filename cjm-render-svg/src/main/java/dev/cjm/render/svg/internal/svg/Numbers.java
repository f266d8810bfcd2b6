package dev.cjm.render.svg.internal.svg;

/**
 * The one number format of the SVG: at most two decimals, no trailing zeros, a dot as decimal
 * separator whatever the default locale, no exponent, and no negative zero.
 */
public final class Numbers {
  private Numbers() {}

  /** {@code value} rounded to hundredths, as in {@code "12"}, {@code "-0.5"}, {@code "3.14"}. */
  public static String format(double value) {
    if (!Double.isFinite(value) || Math.abs(value) > 1e12) {
      throw new IllegalArgumentException(
          "coordinate " + value + " is not a finite number of at most 1e12 pixels");
    }
    long hundredths = Math.round(value * 100);
    if (hundredths == 0) {
      return "0";
    }
    StringBuilder text = new StringBuilder(12);
    if (hundredths < 0) {
      text.append('-');
      hundredths = -hundredths;
    }
    text.append(hundredths / 100);
    long fraction = hundredths % 100;
    if (fraction != 0) {
      text.append('.');
      if (fraction < 10) {
        text.append('0').append(fraction);
      } else {
        text.append(fraction % 10 == 0 ? fraction / 10 : fraction);
      }
    }
    return text.toString();
  }
}
