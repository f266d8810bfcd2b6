package dev.cjm.core.analysis;

import dev.cjm.core.Emotion;
import java.util.OptionalDouble;

/** Helpers shared by the Markdown and plain-text outputs of reports. */
final class Markup {
  private Markup() {}

  /** Text safe in a Markdown table cell: one line, Markdown punctuation escaped. */
  static String cell(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    text.codePoints()
        .forEach(
            cp -> {
              if (cp == '\n' || cp == '\r' || cp == '\t') {
                out.append(' ');
              } else if (Character.isISOControl(cp)) {
                return;
              } else if ("\\|*_`<>[]#~".indexOf(cp) >= 0) {
                out.append('\\').appendCodePoint(cp);
              } else {
                out.appendCodePoint(cp);
              }
            });
    return out.toString();
  }

  /** An id or path as Markdown code, or escaped text if it holds a backquote, pipe or control. */
  static String code(String text) {
    if (text.isEmpty()
        || text.indexOf('`') >= 0
        || text.indexOf('|') >= 0 // a pipe ends a table cell even inside a code span
        || text.chars().anyMatch(Character::isISOControl)) {
      return cell(text);
    }
    return "`" + text + "`";
  }

  /** Text on one line for plain-text output: line breaks and other controls become spaces. */
  static String line(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> out.appendCodePoint(Character.isISOControl(cp) ? ' ' : cp));
    return out.toString();
  }

  /** A score with its sign, or an en dash when there is none. */
  static String score(OptionalDouble score) {
    return score.isPresent() ? Emotion.formatScore(score.getAsDouble()) : "–";
  }

  /** "1 error", "2 warnings": a count with its noun in singular or plural. */
  static String count(long count, String singular, String plural) {
    return count + " " + (count == 1 ? singular : plural);
  }
}
