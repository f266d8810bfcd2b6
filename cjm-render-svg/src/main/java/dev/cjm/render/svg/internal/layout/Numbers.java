package dev.cjm.render.svg.internal.layout;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formats figures shown to readers (metric values): at most three decimals, no locale. */
final class Numbers {
  private Numbers() {}

  static String display(double value) {
    if (!Double.isFinite(value)) {
      return String.valueOf(value);
    }
    String text =
        BigDecimal.valueOf(value)
            .setScale(3, RoundingMode.HALF_EVEN)
            .stripTrailingZeros()
            .toPlainString();
    return text.equals("-0") ? "0" : text;
  }
}
