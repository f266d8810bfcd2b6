package dev.cjm.render.svg.internal.svg;

/**
 * The one number format of the SVG, for every coordinate and size the writer writes: at most two
 * decimals, no trailing zeros, a dot as decimal separator whatever the default locale, no exponent,
 * and no negative zero.
 */
public final class Numbers {
  private Numbers() {}

  /** The most characters {@link #write} writes: a sign, 13 digits, a point and two decimals. */
  static final int MAX_LENGTH = 17;

  /** {@code value} rounded to hundredths, as in {@code "12"}, {@code "-0.5"}, {@code "3.14"}. */
  public static String format(double value) {
    char[] text = new char[MAX_LENGTH];
    return new String(text, 0, write(value, text, 0));
  }

  /**
   * Writes {@code value} as {@link #format} does into {@code chars} from {@code at}, where there is
   * room for {@link #MAX_LENGTH} characters; returns where it ends. The writer's buffer writes its
   * numbers this way, without a String for each.
   */
  static int write(double value, char[] chars, int at) {
    long hundredths = hundredths(value);
    int end = at;
    if (hundredths < 0) {
      chars[end++] = '-';
      hundredths = -hundredths;
    }
    end = writeDigits(hundredths / 100, chars, end);
    int fraction = (int) (hundredths % 100);
    if (fraction != 0) {
      chars[end++] = '.';
      chars[end++] = (char) ('0' + fraction / 10);
      if (fraction % 10 != 0) {
        chars[end++] = (char) ('0' + fraction % 10);
      }
    }
    return end;
  }

  /** Writes the decimal digits of {@code whole} (not negative) from {@code at}; returns the end. */
  private static int writeDigits(long whole, char[] chars, int at) {
    int end = at + 1;
    for (long power = 10; power <= whole; power *= 10) {
      end++;
    }
    long rest = whole;
    for (int i = end - 1; i >= at; i--) { // last digit first
      chars[i] = (char) ('0' + rest % 10);
      rest /= 10;
    }
    return end;
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
