package dev.cjm.core.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The display policy for every figure a reader sees, for the code that writes one: the map's cards
 * and tooltips, findings and their facts, reports, the diff and deviation summaries. One method per
 * kind of figure, one rounding rule.
 *
 * <p>The rule: the figure's decimal value as written ({@link BigDecimal#valueOf(double)}, the
 * shortest decimal that reads back as the same {@code double}: {@code 1.005}, not {@code
 * 1.00499999999999989...}) rounded half up to the kind's decimals, then trailing zeros dropped, and
 * no sign for a figure that rounds to zero. So a figure reads the same wherever it appears: {@code
 * 1.125} on a metric's card, in its finding and in the report. A share is rounded as a decimal too:
 * {@code 0.0045} is {@code 0.5%}, although {@code 0.0045 * 100} is {@code 0.44999999999999996}.
 *
 * <table>
 *   <caption>Decimals per kind of figure</caption>
 *   <tr><th>kind</th><th>method</th><th>decimals</th><th>example</th></tr>
 *   <tr><td>emotion score, change of score</td><td>{@link #score}</td><td>2, signed</td>
 *       <td>{@code +1}, {@code -0.25}, {@code +0.13}</td></tr>
 *   <tr><td>gap, drop, threshold, opportunity score</td><td>{@link #amount}</td><td>2</td>
 *       <td>{@code 1.5}, {@code 1.33}</td></tr>
 *   <tr><td>metric value or target</td><td>{@link #metric}</td><td>3</td>
 *       <td>{@code 1.125}, {@code 0.021}, {@code 120000}</td></tr>
 *   <tr><td>share</td><td>{@link #percent}</td><td>1, as a percentage</td>
 *       <td>{@code 37%}, {@code 12.5%}</td></tr>
 *   <tr><td>count</td><td>{@link #count}</td><td>0, thousands grouped</td>
 *       <td>{@code 10,000}</td></tr>
 * </table>
 *
 * <p>The methods without a language write English, as in {@link Locale#ROOT}: a decimal point, no
 * grouping except the comma between thousands of a count. Those that take a {@link Locale} write
 * the figure as its language does, with symbols pinned here rather than read from the JDK (whose
 * locale data change between versions, so the bytes would too):
 *
 * <ul>
 *   <li>English: the same text as the methods without a language, byte for byte. So an amount or a
 *       metric stays ungrouped ({@code 120000}); only a count is grouped ({@code 10,000}).
 *   <li>Polish: a decimal comma ({@code 4,5 min}, {@code 12,5%}, no space before the percent sign)
 *       and, in every kind of figure, a no-break space (U+00A0) between thousands from five digits
 *       on ({@code 1000}, {@code 10 000}: CLDR's minimum grouping digits for Polish is 2).
 *   <li>Any other language: as its words file's {@code number.*} keys say (see {@link
 *       NumberSymbols}); English when they are not given.
 * </ul>
 *
 * <p>Rounding and units are the same in every language. A valid journey has only finite figures;
 * NaN and the infinities are written as {@link Double#toString(double)} writes them, in every
 * language.
 */
public final class Figures {
  private Figures() {}

  private static final int SCORE_DECIMALS = 2;
  private static final int METRIC_DECIMALS = 3;

  /** A share with three decimals is a percentage with one. */
  private static final int SHARE_DECIMALS = 3;

  /**
   * An emotion score, or a change of one, with its sign and at most two decimals: {@code +1},
   * {@code -0.25}, {@code 0}.
   */
  public static String score(double score) {
    String text = Table.text(score, true);
    return text != null ? text : written(score, SCORE_DECIMALS, true);
  }

  /**
   * A figure computed from scores or weights, without a sign before it: an expectation gap, a drop,
   * a threshold, an opportunity's score; at most two decimals: {@code 1.5}, {@code 1.33}.
   */
  public static String amount(double amount) {
    String text = Table.text(amount, false);
    return text != null ? text : written(amount, SCORE_DECIMALS, false);
  }

  /**
   * A metric's value or target, with at most three decimals, so that one written as {@code 1.125}
   * or {@code 0.021} reads as written: {@code 1.125}, {@code 0.021}, {@code 120000}.
   */
  public static String metric(double value) {
    return written(value, METRIC_DECIMALS, false);
  }

  /**
   * A metric's value or target with its unit, as every reader of the metric sees it: a percent, per
   * mille or degree sign and a unit that starts with a slash (a scale or a rate) close up, any
   * other unit a space apart: {@code 2.1%}, {@code 4.2/5}, {@code 4.5 min}, {@code 31}.
   */
  public static String metric(double value, Optional<String> unit) {
    return withUnit(metric(value), unit);
  }

  /** A written figure followed by its unit, closed up or a space apart (see above). */
  private static String withUnit(String figure, Optional<String> unit) {
    return figure + unit.map(u -> closesUp(u) ? u : " " + u).orElse("");
  }

  private static boolean closesUp(String unit) {
    return unit.equals("%") || unit.equals("‰") || unit.startsWith("°") || unit.startsWith("/");
  }

  /** A share (0 to 1) as a percentage with at most one decimal: {@code 37%}, {@code 12.5%}. */
  public static String percent(double share) {
    if (!Double.isFinite(share)) {
      return share + "%";
    }
    return plain(rounded(share, SHARE_DECIMALS).movePointRight(2)) + "%";
  }

  /** A count with its thousands grouped: {@code 10,000}. */
  public static String count(long count) {
    return String.format(Locale.ROOT, "%,d", count);
  }

  /** {@link #score(double)} as {@code language} writes it: {@code +0.25}, Polish {@code +0,25}. */
  public static String score(Locale language, double score) {
    return inLanguage(language, score(score));
  }

  /** {@link #amount(double)} as {@code language} writes it: {@code 1.5}, Polish {@code 1,5}. */
  public static String amount(Locale language, double amount) {
    return inLanguage(language, amount(amount));
  }

  /**
   * {@link #metric(double)} as {@code language} writes it: {@code 120000} (English, ungrouped),
   * Polish {@code 120 000} and {@code 0,021}.
   */
  public static String metric(Locale language, double value) {
    return inLanguage(language, metric(value));
  }

  /**
   * {@link #metric(double, Optional)} as {@code language} writes it: the number in the language,
   * the unit placed as in English: Polish {@code 4,5 min}, {@code 2,1%}, {@code 4,2/5}.
   */
  public static String metric(Locale language, double value, Optional<String> unit) {
    NumberSymbols symbols = Words.of(language).numbers();
    if (symbols != null && unit.isPresent() && unit.get().equals("%")) {
      return symbols.write(metric(value) + "%"); // the language's place for the percent sign
    }
    return withUnit(metric(language, value), unit);
  }

  /** {@link #percent(double)} as {@code language} writes it: Polish {@code 12,5%}. */
  public static String percent(Locale language, double share) {
    return inLanguage(language, percent(share));
  }

  /** {@link #count(long)} as {@code language} writes it: {@code 10,000}, Polish {@code 10 000}. */
  public static String count(Locale language, long count) {
    NumberSymbols symbols = Words.of(language).numbers();
    return symbols == null ? count(count) : symbols.write(Long.toString(count));
  }

  /** An English figure without grouping, as {@code language} writes it. */
  private static String inLanguage(Locale language, String english) {
    NumberSymbols symbols = Words.of(language).numbers();
    return symbols == null ? english : symbols.write(english);
  }

  private static String written(double value, int decimals, boolean signed) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    BigDecimal rounded = rounded(value, decimals);
    return (signed && rounded.signum() > 0 ? "+" : "") + plain(rounded);
  }

  /** The rule: the value as written, rounded half up to {@code decimals} decimals. */
  private static BigDecimal rounded(double value, int decimals) {
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
  }

  /**
   * A decimal without trailing zeros nor exponent. A {@link BigDecimal} has no negative zero, so a
   * figure that rounds to zero is {@code 0}.
   */
  private static String plain(BigDecimal decimal) {
    return decimal.stripTrailingZeros().toPlainString();
  }

  /**
   * The texts of the scores, changes and gaps that journeys write, in whole hundredths from -4 to 4
   * (scores run from -2 to 2, mostly in halves and quarters), made once by the rule. A gap analysis
   * writes some 1,500 such figures; reading the decimal of each took a whole analysis of 7 × 20 2.3
   * times as long ({@code SideBySide}).
   */
  private static final class Table {
    private static final int HUNDREDTHS = 400;
    private static final String[] PLAIN = texts(false);
    private static final String[] SIGNED = texts(true);

    private static String[] texts(boolean signed) {
      String[] texts = new String[2 * HUNDREDTHS + 1];
      for (int i = 0; i < texts.length; i++) {
        texts[i] = written((i - HUNDREDTHS) / 100.0, SCORE_DECIMALS, signed);
      }
      return texts;
    }

    /**
     * The text of a figure that is a whole number of hundredths in the table's range, or null. A
     * figure within a few units in the last place of a whole hundredth rounds to it, so its text is
     * that of the hundredth.
     */
    static @Nullable String text(double figure, boolean signed) {
      double hundredths = figure * 100;
      if (hundredths != Math.rint(hundredths) || Math.abs(hundredths) > HUNDREDTHS) {
        return null; // also for NaN
      }
      int index = (int) hundredths + HUNDREDTHS;
      return signed ? SIGNED[index] : PLAIN[index];
    }
  }
}
