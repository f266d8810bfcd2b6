package dev.cjm.core.internal;

import dev.cjm.core.Emotion;
import dev.cjm.core.Level;
import java.util.Optional;
import java.util.OptionalDouble;

/** Helpers shared by the Markdown and plain-text outputs of reports. */
public final class Markup {
  /** What a Markdown table cell escapes with a backslash. */
  private static final String CELL_SPECIALS = "\\|*_`<>[]#~";

  // For each ASCII character: whether it is a control; and whether it is a control or one of
  // CELL_SPECIALS. A table read per character, not a search of the specials.
  private static final boolean[] ASCII_CONTROLS = asciiTable("");
  private static final boolean[] ASCII_CONTROLS_AND_CELL_SPECIALS = asciiTable(CELL_SPECIALS);

  private static boolean[] asciiTable(String specials) {
    boolean[] table = new boolean[128];
    for (char c = 0; c < 128; c++) {
      table[c] = Character.isISOControl(c) || specials.indexOf(c) >= 0;
    }
    return table;
  }

  private Markup() {}

  /** Text safe in a Markdown table cell: one line, Markdown punctuation escaped. */
  public static String cell(String text) {
    if (indexOf(text, ASCII_CONTROLS_AND_CELL_SPECIALS) < 0) {
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
  public static String code(String text) {
    if (text.isEmpty()
        || text.indexOf('`') >= 0
        || text.indexOf('|') >= 0 // a pipe ends a table cell even inside a code span
        || indexOf(text, ASCII_CONTROLS) >= 0) {
      return cell(text);
    }
    return "`" + text + "`";
  }

  /** Text on one line for plain-text output: line breaks and other controls become spaces. */
  public static String line(String text) {
    if (indexOf(text, ASCII_CONTROLS) < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> out.appendCodePoint(Character.isISOControl(cp) ? ' ' : cp));
    return out.toString();
  }

  /**
   * The index of the first character that is a control or marked in the ASCII table, or -1. (No
   * character beyond ASCII is special, and the controls beyond it are U+0080 to U+009F.)
   */
  private static int indexOf(String text, boolean[] asciiTable) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 128 ? asciiTable[c] : Character.isISOControl(c)) {
        return i;
      }
    }
    return -1;
  }

  /** A score with its sign, or an en dash when there is none. */
  public static String score(OptionalDouble score) {
    return score.isPresent() ? Emotion.formatScore(score.getAsDouble()) : "–";
  }

  /** A level's label ("high"), or an en dash when there is none. */
  public static String level(Optional<Level> level) {
    return level.map(Level::label).orElse("–");
  }

  /** "1 error", "2 warnings": a count with its noun in singular or plural. */
  public static String count(long count, String singular, String plural) {
    return count + " " + (count == 1 ? singular : plural);
  }
}
