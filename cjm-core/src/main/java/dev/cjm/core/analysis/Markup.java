package dev.cjm.core.analysis;

import dev.cjm.core.Emotion;
import java.util.OptionalDouble;

/** Helpers shared by the Markdown and plain-text outputs of reports. */
final class Markup {
  /** What a Markdown table cell escapes with a backslash. */
  private static final String CELL_SPECIALS = "\\|*_`<>[]#~";

  private Markup() {}

  /** Text safe in a Markdown table cell: one line, Markdown punctuation escaped. */
  static String cell(String text) {
    if (indexOfControlOr(text, CELL_SPECIALS) < 0) {
      return text; // the common case: nothing to replace or escape
    }
    StringBuilder out = new StringBuilder(text.length() + 8);
    text.codePoints()
        .forEach(
            cp -> {
              if (cp == '\n' || cp == '\r' || cp == '\t') {
                out.append(' ');
              } else if (Character.isISOControl(cp)) {
                return;
              } else if (CELL_SPECIALS.indexOf(cp) >= 0) {
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
        || indexOfControlOr(text, "") >= 0) {
      return cell(text);
    }
    return "`" + text + "`";
  }

  /** Text on one line for plain-text output: line breaks and other controls become spaces. */
  static String line(String text) {
    if (indexOfControlOr(text, "") < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> out.appendCodePoint(Character.isISOControl(cp) ? ' ' : cp));
    return out.toString();
  }

  /** The index of the first control character or character of {@code specials}, or -1. */
  private static int indexOfControlOr(String text, String specials) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) || specials.indexOf(c) >= 0) {
        return i;
      }
    }
    return -1;
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
