package dev.cjm.render.svg.internal.svg;

/**
 * The one number format of the SVG: at most two decimals, no trailing zeros, a dot as decimal
 * separator whatever the default locale, no exponent, and no negative zero.
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
   * room for {@link #MAX_LENGTH} characters; returns where it ends.
   */
  static int write(double value, char[] chars, int at) {
    long hundredths = hundredths(value);
    int end = at;
    if (hundredths < 0) {
      chars[end++] = '-';
      hundredths = -hundredths;
    }
    long whole = hundredths / 100;
    int fraction = (int) (hundredths - whole * 100);
    end =
        whole <= Integer.MAX_VALUE
            ? writeWhole((int) whole, chars, end)
            : writeWhole(whole, chars, end);
    if (fraction != 0) {
      chars[end++] = '.';
      chars[end++] = TENS[fraction];
      if (ONES[fraction] != '0') {
        chars[end++] = ONES[fraction];
      }
    }
    return end;
  }

  // The two digits of each number below 100: a coordinate is written two digits at a time.
  private static final char[] TENS = new char[100];
  private static final char[] ONES = new char[100];

  static {
    for (int i = 0; i < 100; i++) {
      TENS[i] = (char) ('0' + i / 10);
      ONES[i] = (char) ('0' + i % 10);
    }
  }

  /** Writes the digits of {@code whole}, the common case of a coordinate, in int arithmetic. */
  private static int writeWhole(int whole, char[] chars, int at) {
    int digits = 1;
    for (int bound = 10; whole >= bound && digits < 10; bound *= 10) {
      digits++;
    }
    int i = at + digits;
    int rest = whole;
    while (rest >= 100) { // last two digits first
      int next = rest / 100;
      int pair = rest - next * 100;
      chars[--i] = ONES[pair];
      chars[--i] = TENS[pair];
      rest = next;
    }
    if (rest >= 10) {
      chars[--i] = ONES[rest];
      chars[--i] = TENS[rest];
    } else {
      chars[--i] = (char) ('0' + rest);
    }
    return at + digits;
  }

  private static int writeWhole(long whole, char[] chars, int at) {
    int digits = 1;
    for (long power = 10; power <= whole; power *= 10) {
      digits++;
    }
    int end = at + digits;
    long rest = whole;
    for (int i = end - 1; i >= at; i--) {
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
