package dev.cjm.core.internal;

import static com.google.common.base.Preconditions.checkState;

import org.jspecify.annotations.Nullable;

/**
 * How a language writes numbers, as its words file says: the decimal separator ({@code
 * number.decimal}), the separator between thousands ({@code number.grouping}), from how many
 * integer digits thousands are grouped ({@code number.groupingFrom}) and where the percent sign
 * goes ({@code number.percent}, {@code {0}%} or {@code {0} %}). Pinned in the words rather than
 * read from the JDK, whose locale data change between versions.
 */
record NumberSymbols(String decimal, String grouping, int groupingFrom, String percent) {

  /** The symbols the language's own words give; null when they give none (English's way). */
  static @Nullable NumberSymbols of(Words words) {
    if (!words.hasOwn("number.decimal")) {
      return null;
    }
    String from = words.get("number.groupingFrom").strip();
    checkState(
        from.matches("[1-9][0-9]?"),
        "number.groupingFrom in the %s words is %s; give the number of integer digits from which"
            + " thousands are grouped, such as 4 or 5",
        words.language(),
        from);
    String percent = words.get("number.percent");
    checkState(
        percent.contains("{0}"),
        "number.percent in the %s words is %s; give a pattern such as {0}%% or {0} %%",
        words.language(),
        percent);
    return new NumberSymbols(
        words.get("number.decimal"), words.get("number.grouping"), Integer.parseInt(from), percent);
  }

  /**
   * An English figure without grouping ({@code -12345.5}, {@code +0.25}, {@code 12.5%}) written
   * with these symbols: its integer digits grouped, its decimal point replaced, its percent sign
   * placed. NaN and the infinities have no digits and stay as they are.
   */
  String write(String english) {
    boolean isPercent = english.endsWith("%") && english.length() > 1;
    String figure = isPercent ? english.substring(0, english.length() - 1) : english;
    int start = 0;
    while (start < figure.length() && !Character.isDigit(figure.charAt(start))) {
      start++; // a sign
    }
    int end = start;
    while (end < figure.length() && Character.isDigit(figure.charAt(end))) {
      end++;
    }
    if (start == end) {
      return english; // NaN or an infinity
    }
    String written =
        figure.substring(0, start)
            + grouped(figure.substring(start, end))
            + figure.substring(end).replace(".", decimal);
    return isPercent ? percent.replace("{0}", written) : written;
  }

  private String grouped(String integerDigits) {
    if (integerDigits.length() < groupingFrom) {
      return integerDigits;
    }
    StringBuilder grouped = new StringBuilder();
    int firstGroup = integerDigits.length() % 3 == 0 ? 3 : integerDigits.length() % 3;
    grouped.append(integerDigits, 0, firstGroup);
    for (int i = firstGroup; i < integerDigits.length(); i += 3) {
      grouped.append(grouping).append(integerDigits, i, i + 3);
    }
    return grouped.toString();
  }
}
