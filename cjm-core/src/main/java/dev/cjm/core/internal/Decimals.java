package dev.cjm.core.internal;

import java.util.Locale;

/** Formats the figures of emotions, findings and reports the same way everywhere. */
public final class Decimals {
  private Decimals() {}

  /** At most two decimals, trailing zeros dropped, no sign for zero: {@code 1.5}, {@code -0.25}. */
  public static String format(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return Double.toString(value);
    }
    String text = String.format(Locale.ROOT, "%.2f", value);
    if (text.contains(".")) {
      text = text.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    return text.equals("-0") ? "0" : text;
  }

  /** A share as a percentage with at most one decimal: {@code 37%}, {@code 12.5%}. */
  public static String percent(double share) {
    String text = String.format(Locale.ROOT, "%.1f", share * 100);
    text = text.replaceAll("\\.0$", "");
    return (text.equals("-0") ? "0" : text) + "%";
  }
}
