package dev.cjm.core.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * How cjm writes every figure a reader sees, on the map (cards, tooltips), in findings, reports,
 * diffs and deviation summaries: one method per kind of figure, one rounding rule.
 *
 * <p>The rule: the figure's decimal value as written ({@link BigDecimal#valueOf(double)}, the
 * shortest decimal that reads back as the same {@code double}: {@code 1.005}, not {@code
 * 1.00499999999999989...}) rounded half up to the kind's decimals, then trailing zeros dropped, and
 * no sign for a figure that rounds to zero. So a figure reads the same wherever it appears: {@code
 * 1.125} on a metric's card, in its finding and in the report.
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
 * <p>Figures are written as in {@link Locale#ROOT} (decimal point, comma between thousands of a
 * count); this is the one place to give a locale. A valid journey has only finite figures; NaN and
 * the infinities are written as {@link Double#toString(double)} writes them.
 */
public final class Figures {
  private Figures() {}

  private static final int SCORE_DECIMALS = 2;
  private static final int METRIC_DECIMALS = 3;
  private static final int PERCENT_DECIMALS = 1;

  /**
   * An emotion score, or a change of one, with its sign and at most two decimals: {@code +1},
   * {@code -0.25}, {@code 0}.
   */
  public static String score(double score) {
    if (!Double.isFinite(score)) {
      return Double.toString(score);
    }
    BigDecimal rounded = rounded(BigDecimal.valueOf(score), SCORE_DECIMALS);
    return (rounded.signum() > 0 ? "+" : "") + rounded.toPlainString();
  }

  /**
   * A figure computed from scores or weights, without a sign before it: an expectation gap, a drop,
   * a threshold, an opportunity's score; at most two decimals: {@code 1.5}, {@code 1.33}.
   */
  public static String amount(double amount) {
    return written(amount, SCORE_DECIMALS);
  }

  /**
   * A metric's value or target, with at most three decimals, so that one written as {@code 1.125}
   * or {@code 0.021} reads as written: {@code 1.125}, {@code 0.021}, {@code 120000}.
   */
  public static String metric(double value) {
    return written(value, METRIC_DECIMALS);
  }

  /** A share (0 to 1) as a percentage with at most one decimal: {@code 37%}, {@code 12.5%}. */
  public static String percent(double share) {
    if (!Double.isFinite(share)) {
      return Double.toString(share) + "%";
    }
    return rounded(BigDecimal.valueOf(share).movePointRight(2), PERCENT_DECIMALS).toPlainString()
        + "%";
  }

  /** A count with its thousands grouped: {@code 10,000}. */
  public static String count(long count) {
    return String.format(Locale.ROOT, "%,d", count);
  }

  private static String written(double value, int decimals) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    return rounded(BigDecimal.valueOf(value), decimals).toPlainString();
  }

  /**
   * The value rounded half up to at most {@code decimals} decimals, trailing zeros dropped. A
   * {@link BigDecimal} has no negative zero, so a figure that rounds to zero is plain {@code 0}.
   */
  private static BigDecimal rounded(BigDecimal value, int decimals) {
    return value.setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
  }
}
