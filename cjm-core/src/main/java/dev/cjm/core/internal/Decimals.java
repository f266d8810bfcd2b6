package dev.cjm.core.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Formats the figures of emotions, findings and reports the same way everywhere.
 *
 * <p>The text is that of {@code String.format(Locale.ROOT, "%.2f")} (or {@code "%.1f"}) with
 * trailing zeros dropped. Most figures (scores, gaps, shares) are far from a rounding tie, so they
 * are written from a rounded {@code long} without the formatter, which costs about a hundredth as
 * much. A figure within a hair of a tie, or too large for the shortcut, is rounded as the formatter
 * rounds it: its shortest decimal form ({@link Double#toString(double)}) rounded half up, with
 * {@link BigDecimal}, which costs a tenth of the formatter (checked against it on 62 million values
 * near ties and at random, on Java 17 and 25).
 */
public final class Decimals {
  private Decimals() {}

  /**
   * Largest magnitude written without the formatter: there the formatter's digits lie within 10⁻⁶
   * of the value, so any value whose scaled form is not within {@link #TIE_MARGIN} of a tie rounds
   * the same way in both.
   */
  private static final double FAST_LIMIT = 1e9;

  /** How far from an exact half the scaled value must be for the shortcut. */
  private static final double TIE_MARGIN = 0.49;

  /**
   * The texts of small figures (scores, gaps, thresholds: within ±{@value #CACHED} hundredths),
   * unsigned and signed, written on first use. Racing writers store equal immutable strings, so the
   * arrays need no lock.
   */
  private static final int CACHED = 1000;

  private static final String[] PLAIN = new String[2 * CACHED + 1];
  private static final String[] SIGNED = new String[2 * CACHED + 1];

  /** At most two decimals, trailing zeros dropped, no sign for zero: {@code 1.5}, {@code -0.25}. */
  public static String format(double value) {
    long hundredths = units(value, 100);
    return hundredths != NO_SHORTCUT ? hundredths(hundredths, false) : formatted(value);
  }

  /**
   * As {@link #format(double)}, with a {@code +} before a positive figure that does not round to
   * zero: {@code +1}, {@code -0.25}, {@code 0}.
   */
  public static String signed(double value) {
    long hundredths = units(value, 100);
    if (hundredths != NO_SHORTCUT) {
      return hundredths(hundredths, true);
    }
    String text = formatted(value);
    return value > 0 && !text.equals("0") ? "+" + text : text;
  }

  /** What {@link #units} gives for a figure that must go through the formatter. */
  private static final long NO_SHORTCUT = Long.MIN_VALUE;

  /**
   * {@code value × scale} rounded to a whole number, when the shortcut applies: the value is below
   * {@link #FAST_LIMIT} (not NaN) and its scaled form is not near a tie; else {@link #NO_SHORTCUT}.
   */
  private static long units(double value, int scale) {
    if (Math.abs(value) < FAST_LIMIT) { // false for NaN
      double scaled = value * scale;
      long units = Math.round(scaled);
      if (Math.abs(scaled - units) < TIE_MARGIN) {
        return units;
      }
    }
    return NO_SHORTCUT;
  }

  private static String hundredths(long hundredths, boolean signed) {
    if (Math.abs(hundredths) > CACHED) {
      String text = fixed(hundredths, 100);
      return signed && hundredths > 0 ? "+" + text : text;
    }
    String[] cache = signed ? SIGNED : PLAIN;
    int index = (int) hundredths + CACHED;
    String text = cache[index];
    if (text == null) {
      text = fixed(hundredths, 100);
      if (signed && hundredths > 0) {
        text = "+" + text;
      }
      cache[index] = text;
    }
    return text;
  }

  /** The formatter's text, for NaN, infinities, large figures and those near a rounding tie. */
  private static String formatted(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return Double.toString(value);
    }
    String text = withoutTrailingZeros(roundedHalfUp(value, 2));
    return text.equals("-0") ? "0" : text;
  }

  /**
   * What {@code String.format(Locale.ROOT, "%.<decimals>f", value)} writes for a finite value, but
   * for the sign of a figure that rounds to zero: the formatter writes {@code -0.00}, this {@code
   * 0.00}.
   */
  private static String roundedHalfUp(double value, int decimals) {
    return new BigDecimal(Double.toString(value))
        .setScale(decimals, RoundingMode.HALF_UP)
        .toPlainString();
  }

  /**
   * A decimal without the zeros that end its fraction, nor the point if nothing is left after it.
   */
  private static String withoutTrailingZeros(String decimal) {
    if (decimal.indexOf('.') < 0) {
      return decimal;
    }
    int end = decimal.length();
    while (decimal.charAt(end - 1) == '0') {
      end--;
    }
    if (decimal.charAt(end - 1) == '.') {
      end--;
    }
    return decimal.substring(0, end);
  }

  /** A count with thousands separated by commas, whatever the default locale: {@code 10,000}. */
  public static String thousands(long count) {
    return String.format(Locale.ROOT, "%,d", count);
  }

  /** A share as a percentage with at most one decimal: {@code 37%}, {@code 12.5%}. */
  public static String percent(double share) {
    double percent = share * 100;
    long tenths = units(percent, 10);
    if (tenths != NO_SHORTCUT) {
      return fixed(tenths, 10) + "%";
    }
    if (!Double.isFinite(percent)) {
      return String.format(Locale.ROOT, "%.1f", percent) + "%";
    }
    String text = withoutTrailingZeros(roundedHalfUp(percent, 1));
    return (text.equals("-0") ? "0" : text) + "%";
  }

  /**
   * {@code units / scale} (scale 10 or 100) in decimal, trailing zeros of the fraction dropped, no
   * sign for zero.
   */
  private static String fixed(long units, int scale) {
    if (units == 0) {
      return "0";
    }
    StringBuilder out = new StringBuilder(16);
    if (units < 0) {
      out.append('-');
    }
    long magnitude = Math.abs(units);
    out.append(magnitude / scale);
    int fraction = (int) (magnitude % scale);
    if (fraction != 0) {
      out.append('.');
      int digit = scale / 10;
      while (fraction != 0) {
        out.append((char) ('0' + fraction / digit));
        fraction %= digit;
        digit /= 10;
      }
    }
    return out.toString();
  }
}
