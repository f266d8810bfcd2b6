package dev.cjm.core.mermaid;

import dev.cjm.core.internal.Texts;
import java.util.Locale;

/**
 * Thrown by {@link MermaidJourney#parse(String)} when the text is not a Mermaid {@code journey}
 * diagram cjm can read. It says where (line and column, both counted from 1; columns count Unicode
 * code points), what was found there, and what was expected instead.
 */
public final class MermaidSyntaxException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The longest offending text kept, in characters; longer text is cut. */
  static final int MAX_OFFENDING_LENGTH = 200;

  private final int line;
  private final int column;
  private final String problem;
  private final String offendingText;
  private final String expected;

  MermaidSyntaxException(
      int line, int column, String problem, String offendingText, String expected) {
    super(describe(line, column, problem, offendingText, expected));
    this.line = line;
    this.column = column;
    this.problem = problem;
    this.offendingText = cut(offendingText);
    this.expected = expected;
  }

  /** The line of the error, counted from 1 (a CR LF pair, a lone CR or a LF ends a line). */
  public int line() {
    return line;
  }

  /** The column of the error, counted from 1 in Unicode code points. */
  public int column() {
    return column;
  }

  /** What is wrong, in a few words ("score off the scale"). */
  public String problem() {
    return problem;
  }

  /**
   * The text found at the error's position (empty where nothing was found, as at the end of a
   * line), at most {@value #MAX_OFFENDING_LENGTH} characters of it.
   */
  public String offendingText() {
    return offendingText;
  }

  /** What would have been right there ("a whole number from 1 to 5"). */
  public String expected() {
    return expected;
  }

  private static String cut(String text) {
    if (text.length() <= MAX_OFFENDING_LENGTH) {
      return text;
    }
    int end = MAX_OFFENDING_LENGTH;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }

  private static String describe(
      int line, int column, String problem, String offendingText, String expected) {
    String found = offendingText.isEmpty() ? "nothing" : Texts.quote(offendingText);
    return String.format(
        Locale.ROOT,
        "line %d, column %d: %s: expected %s, but found %s",
        line,
        column,
        problem,
        expected,
        found);
  }
}
