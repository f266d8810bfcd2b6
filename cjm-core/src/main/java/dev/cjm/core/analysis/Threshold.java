package dev.cjm.core.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.cjm.core.internal.Figures;
import dev.cjm.core.internal.Texts;

/**
 * The one number a {@link GapRule} may let users tune (how large an expectation gap must be, how
 * steep a drop), with its default and the range of values that make sense. {@link
 * GapAnalysis#threshold(String, double)} rejects a value outside the range.
 */
public final class Threshold {
  private final String meaning;
  private final double defaultValue;
  private final double min;
  private final boolean minInclusive;
  private final double max;

  private Threshold(
      String meaning, double defaultValue, double min, boolean minInclusive, double max) {
    this.meaning = meaning;
    this.defaultValue = defaultValue;
    this.min = min;
    this.minInclusive = minInclusive;
    this.max = max;
  }

  /**
   * A threshold that must be a finite number above {@code min} (excluded) and at most {@code max}.
   *
   * @param meaning what the number is, for messages ("the drop in emotion score that is sharp")
   */
  public static Threshold above(String meaning, double defaultValue, double min, double max) {
    return create(meaning, defaultValue, min, false, max);
  }

  /** A threshold that must be a finite number from {@code min} to {@code max}, both included. */
  public static Threshold between(String meaning, double defaultValue, double min, double max) {
    return create(meaning, defaultValue, min, true, max);
  }

  private static Threshold create(
      String meaning, double defaultValue, double min, boolean minInclusive, double max) {
    checkNotNull(meaning, "meaning is null");
    checkArgument(!Texts.isBlank(meaning), "meaning of a threshold is blank");
    checkArgument(
        Double.isFinite(min) && Double.isFinite(max) && min < max,
        "threshold range %s..%s is not a finite, non-empty range",
        min,
        max);
    Threshold threshold = new Threshold(meaning, defaultValue, min, minInclusive, max);
    checkArgument(
        threshold.accepts(defaultValue),
        "default %s of threshold (%s) is outside its own range %s",
        defaultValue,
        meaning,
        threshold.range());
    return threshold;
  }

  /** What the number is. */
  public String meaning() {
    return meaning;
  }

  /** The value used unless the analysis sets another. */
  public double defaultValue() {
    return defaultValue;
  }

  /** True if {@code value} is a finite number in the range. */
  public boolean accepts(double value) {
    return Double.isFinite(value) && (minInclusive ? value >= min : value > min) && value <= max;
  }

  /** The range in words: {@code "above 0 and at most 4"}. */
  public String range() {
    return (minInclusive ? "from " + Figures.amount(min) + " to " : "above " + Figures.amount(min))
        + (minInclusive ? "" : " and at most ")
        + Figures.amount(max);
  }

  /** Throws if {@code value} is outside the range, naming the rule, the value and the range. */
  void check(String ruleId, double value) {
    checkArgument(
        accepts(value),
        "threshold of %s (%s) is %s: expected a finite number %s (default %s)",
        ruleId,
        meaning,
        value,
        range(),
        Figures.amount(defaultValue));
  }
}
