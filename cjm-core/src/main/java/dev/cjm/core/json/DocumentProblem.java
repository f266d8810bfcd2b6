package dev.cjm.core.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;

/**
 * One thing wrong with a JSON or YAML document read by {@link JourneyJson}, {@link JourneyYaml} or
 * {@link ObservedJourneyJson}, for the person who fixes the file: where it is (a JSON pointer such
 * as {@code /stages/2/touchpoints/0/emotion}, and the line and column in the text), what was wrong
 * and what would be right, and the facts behind the message as key/value pairs.
 *
 * @param pointer the place in the document as a JSON pointer (RFC 6901); {@code ""} for the whole
 *     document
 * @param line the line of the value the problem is about, counted from 1
 * @param column the column of that value, counted from 1
 * @param message what was wrong and what would be right, in one or two sentences
 * @param facts the figures and names behind the message ({@code "expected" -> "a number"})
 */
public record DocumentProblem(
    String pointer, int line, int column, String message, ImmutableMap<String, String> facts) {

  /** Checks that every part is there. */
  public DocumentProblem {
    checkNotNull(pointer, "pointer is null; use \"\" for the whole document");
    checkNotNull(message, "message is null");
    checkNotNull(facts, "facts is null; use ImmutableMap.of() for none");
  }

  /**
   * The pointer, the place in the text and the message: {@code "/stages/0/name (line 3, column 13):
   * stage name is blank; …"}; the whole document is {@code "/"}.
   */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%s (line %d, column %d): %s",
        pointer.isEmpty() ? "/" : pointer,
        line,
        column,
        message);
  }
}
