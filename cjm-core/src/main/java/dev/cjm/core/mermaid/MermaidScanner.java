package dev.cjm.core.mermaid;

import static dev.cjm.core.internal.Figures.count;
import static dev.cjm.core.mermaid.MermaidText.decode;
import static dev.cjm.core.mermaid.MermaidText.entityEnd;
import static dev.cjm.core.mermaid.MermaidText.isSpace;
import static dev.cjm.core.mermaid.MermaidText.isSpaceOrNewline;
import static dev.cjm.core.mermaid.MermaidText.keywordEnd;
import static dev.cjm.core.mermaid.MermaidText.trimEnd;
import static dev.cjm.core.mermaid.MermaidText.trimStart;

import dev.cjm.core.Limits;
import dev.cjm.core.internal.Texts;
import dev.cjm.core.mermaid.MermaidStatement.AccessibilityDescription;
import dev.cjm.core.mermaid.MermaidStatement.AccessibilityTitle;
import dev.cjm.core.mermaid.MermaidStatement.ChoiceComment;
import dev.cjm.core.mermaid.MermaidStatement.LocaleComment;
import dev.cjm.core.mermaid.MermaidStatement.Section;
import dev.cjm.core.mermaid.MermaidStatement.Task;
import dev.cjm.core.mermaid.MermaidStatement.Title;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads the text of a Mermaid {@code journey} diagram into statements, one at a time, for {@link
 * JourneyParser}: it skips front matter, directives, comments (but cjm's own {@code %% cjm-locale:}
 * comment) and blank lines, checks the {@code journey} keyword, the syntax of each statement, that
 * tasks follow a section and the {@link Limits} on what one diagram may hold (the length of each
 * text, the sections, the tasks), and decodes the texts. What it cannot read is a {@link
 * MermaidSyntaxException} with the line and column where the problem is.
 *
 * <p>It reads in one forward pass with no regular expressions and no recursion: every loop moves
 * forward through the text, so time is linear in its length and the stack depth is constant.
 */
final class MermaidScanner {
  /** What may stand where a statement was not understood. */
  private static final String STATEMENTS =
      "a task (Name: score: actors), title, accTitle:, accDescr:, accDescr {, section or a %%"
          + " comment";

  private static final String JOURNEY_KEYWORD =
      "the keyword journey (after optional front matter, directives and comments)";

  private static final String CHOICE =
      "%% cjm: optional, or %% cjm: one-of followed by a group id such as entry";
  private static final String LOCALE_TAG =
      "a language tag (BCP 47) such as en, pl or pt-BR after cjm-locale:";

  private final String text;
  private final int length;

  /** The sections read so far, for their limit and to find a task before any section. */
  private int sections;

  /** The tasks read so far, for their limit. */
  private int tasks;

  /**
   * The texts collected so far (section and task names, actors) and their characters, for {@link
   * Limits#MAX_TEXTS} and {@link Limits#MAX_TOTAL_TEXT_LENGTH}: counted as they are read, so that a
   * diagram of millions of short texts stops at the limit instead of collecting them all. The title
   * and accessibility texts are not counted (a second one replaces the first), nor a task's first
   * actor: it may be the persona, one text of the journey however many tasks name it (there are at
   * most {@link Limits#MAX_TOUCHPOINTS} of them). So the count is never above the journey's, whose
   * build checks the exact totals.
   */
  private int texts;

  private long textLength;

  /** Whether the journey keyword has been read; a cjm-locale comment before it is no statement. */
  private boolean journeyRead;

  /** Where the next statement starts, or white space, a comment or a directive before it. */
  private int position;

  /**
   * The end of the line last looked at. Statements that end mid-line (a directive, an accDescr
   * block) are followed by the next on the same line, which must not search for the line's end
   * again, or a long line of them would cost time quadratic in its length.
   */
  private int currentLineEnd = -1;

  private MermaidScanner(String text) {
    this.text = text;
    this.length = text.length();
  }

  /**
   * A scanner of {@code source}, just after its {@code journey} keyword.
   *
   * @throws MermaidSyntaxException if the text has an unpaired surrogate, unclosed front matter, or
   *     something other than the keyword {@code journey} as its first statement
   */
  static MermaidScanner open(String source) {
    MermaidScanner scanner = new MermaidScanner(normalize(source));
    scanner.checkUnicode();
    scanner.skipFrontMatter();
    scanner.readJourneyKeyword();
    return scanner;
  }

  /**
   * Drops a leading byte order mark and turns CR LF and lone CR into LF, as Mermaid does; lines and
   * columns stay those of the original text.
   */
  private static String normalize(String source) {
    int start = !source.isEmpty() && source.charAt(0) == '\uFEFF' ? 1 : 0;
    if (source.indexOf('\r') < 0) {
      return source.substring(start);
    }
    StringBuilder out = new StringBuilder(source.length());
    for (int i = start; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '\r') {
        out.append('\n');
        if (i + 1 < source.length() && source.charAt(i + 1) == '\n') {
          i++;
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The next statement, or null at the end of the text.
   *
   * @throws MermaidSyntaxException if the next statement is not one of a journey diagram, is not
   *     well formed, or takes the diagram over a limit
   */
  @Nullable MermaidStatement next() {
    int start = nextStatementStart();
    if (start < 0) {
      return null;
    }
    int end = lineEnd(start);
    int localeTag = localeTagStart(start, end);
    if (localeTag >= 0) {
      return locale(localeTag, end);
    }
    int choice = cjmCommentStart(start, end, ChoiceComment.MARKER);
    if (choice >= 0) {
      return choice(choice, end);
    }
    int keyword = keywordEnd(text, start, end, "journey");
    if (keyword >= 0) {
      throw error(start, "second journey keyword", keyword, STATEMENTS);
    }
    if ((keyword = keywordEnd(text, start, end, "title")) >= 0) {
      return title(keyword + 1, end);
    }
    if ((keyword = keywordEnd(text, start, end, "acctitle")) >= 0) {
      if (text.charAt(keyword) != ':') {
        throw error(keyword, "accTitle without a colon", keyword + 1, "accTitle: followed by text");
      }
      return new AccessibilityTitle(oneLineValue(keyword + 1, end));
    }
    if ((keyword = keywordEnd(text, start, end, "accdescr")) >= 0) {
      if (text.charAt(keyword) == ':') {
        return new AccessibilityDescription(oneLineValue(keyword + 1, end));
      }
      return descriptionBlock(start, keyword + 1);
    }
    if ((keyword = keywordEnd(text, start, end, "section")) >= 0) {
      return section(keyword + 1, end);
    }
    return task(start, end);
  }

  /**
   * An error at {@code position} of the scanned text, with the text from there to {@code
   * offendingEnd}.
   */
  private MermaidSyntaxException error(
      int position, String problem, int offendingEnd, String expected) {
    return error(text, position, problem, offendingEnd, expected);
  }

  /** An error at the end of the scanned text, for a problem of the diagram as a whole. */
  MermaidSyntaxException errorAtEnd(String problem, String expected) {
    return error(length, problem, length, expected);
  }

  /**
   * An error at {@code position} of {@code text}, with its line and column (in code points) and the
   * text from there to {@code offendingEnd} (at most 1,000 characters).
   */
  static MermaidSyntaxException error(
      CharSequence text, int position, String problem, int offendingEnd, String expected) {
    int length = text.length();
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < position && i < length; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int at = Math.min(position, length);
    int column = 1 + Character.codePointCount(text, lineStart, at);
    int end = Math.min(Math.max(offendingEnd, at), Math.min(length, at + 1000));
    return new MermaidSyntaxException(
        line, column, problem, text.subSequence(at, end).toString(), expected);
  }

  private void checkUnicode() {
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < length
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw error(i, "invalid Unicode (unpaired surrogate)", i + 1, "a complete surrogate pair");
      }
    }
  }

  /** Skips a front matter block ({@code ---} lines around YAML) at the very start. */
  private void skipFrontMatter() {
    if (!isFence(0)) {
      return;
    }
    for (int i = lineEnd(0) + 1; i < length; i = lineEnd(i) + 1) {
      if (isFence(i)) {
        position = lineEnd(i) + 1;
        return;
      }
    }
    throw error(0, "front matter not closed", 3, "a line --- closing the front matter");
  }

  private boolean isFence(int lineStart) {
    if (!text.startsWith("---", lineStart)) {
      return false;
    }
    int end = lineEnd(lineStart);
    return trimEnd(text, lineStart + 3, end) == lineStart + 3;
  }

  /** Reads the keyword {@code journey}, which must be the first statement. */
  private void readJourneyKeyword() {
    int start = nextStatementStart();
    if (start < 0) {
      throw errorAtEnd("not a journey diagram", JOURNEY_KEYWORD);
    }
    int end = lineEnd(start);
    int keyword = keywordEnd(text, start, end, "journey");
    if (keyword < 0) {
      throw error(start, "not a journey diagram", end, JOURNEY_KEYWORD);
    }
    position = keyword; // the next statement may follow on the same line
    journeyRead = true;
  }

  /**
   * Moves past blank lines, directives and comments; returns where the next statement starts, or -1
   * at the end of the text.
   */
  private int nextStatementStart() {
    while (position < length) {
      int end = lineEnd(position);
      int i = position;
      while (i < end && isSpace(text.charAt(i))) {
        i++;
      }
      if (i == end) {
        position = end + 1;
      } else if (text.startsWith("%%{", i)) {
        position = directiveEnd(i);
      } else if (isComment(i, end)
          && localeTagStart(i, end) < 0
          && cjmCommentStart(i, end, ChoiceComment.MARKER) < 0) {
        position = end + 1;
      } else {
        return i;
      }
    }
    return -1;
  }

  /**
   * True if a comment starts at {@code i}: {@code %%}, or a {@code #} that starts no entity code,
   * to the end of the line. As in Mermaid, {@code %%} after one other character (but a closing
   * brace) makes a comment of the line too.
   */
  private boolean isComment(int i, int end) {
    char c = text.charAt(i);
    return text.startsWith("%%", i)
        || (c != '}' && i + 1 < end && text.startsWith("%%", i + 1))
        || (c == '#' && entityEnd(text, i, end) < 0);
  }

  /**
   * If a cjm-locale comment ({@code %% cjm-locale: pl}) of the diagram starts at {@code i}, where
   * its tag starts; otherwise -1. Before the journey keyword it is an ordinary comment.
   */
  private int localeTagStart(int i, int end) {
    return cjmCommentStart(i, end, LocaleComment.MARKER);
  }

  /**
   * If a comment of the diagram with cjm's {@code marker} ({@code %% cjm: optional}) starts at
   * {@code i}, where the text after the marker starts; otherwise -1. Before the journey keyword it
   * is an ordinary comment.
   */
  private int cjmCommentStart(int i, int end, String marker) {
    if (!journeyRead || !text.startsWith("%%", i)) {
      return -1;
    }
    int at = trimStart(text, i + 2, end);
    return text.startsWith(marker, at) ? at + marker.length() : -1;
  }

  /** The choice of a cjm: comment: {@code optional}, or {@code one-of} and a group id. */
  private ChoiceComment choice(int from, int end) {
    int wordStart = trimStart(text, from, end);
    int wordEnd = trimEnd(text, wordStart, end);
    String words = text.substring(wordStart, wordEnd);
    if (words.equals("optional")) {
      position = end + 1;
      return new ChoiceComment(true, null);
    }
    if (!words.startsWith("one-of")) {
      throw error(wordStart, "unknown cjm comment", wordEnd, CHOICE);
    }
    int groupStart = trimStart(text, wordStart + "one-of".length(), wordEnd);
    if (groupStart == wordStart + "one-of".length() || groupStart == wordEnd) {
      throw error(wordStart, "one-of without a group id", wordEnd, CHOICE);
    }
    String group = text.substring(groupStart, wordEnd);
    boolean spaceOrControl =
        group
            .codePoints()
            .anyMatch(
                cp ->
                    Character.isWhitespace(cp)
                        || Character.isSpaceChar(cp)
                        || Character.isISOControl(cp));
    if (spaceOrControl) {
      throw error(groupStart, "group id with white space or control characters", wordEnd, CHOICE);
    }
    position = end + 1;
    return new ChoiceComment(false, group);
  }

  /** The end of a directive {@code %%{ … }%%}, which may span lines. */
  private int directiveEnd(int start) {
    int close = text.indexOf("}%%", start + 3);
    if (close < 0) {
      throw error(start, "directive not closed", start + 3, "}%% closing the %%{ directive");
    }
    return close + 3;
  }

  /**
   * The end of the line {@code from} is on: the index of its line feed, or the text's length. The
   * positions asked for only move forward, so the line last looked at is remembered.
   */
  private int lineEnd(int from) {
    if (from > currentLineEnd) {
      int end = text.indexOf('\n', from);
      currentLineEnd = end < 0 ? length : end;
    }
    return currentLineEnd;
  }

  private Title title(int from, int end) {
    int stop = valueEnd(from, end, false);
    int valueStart = trimStart(text, from, stop);
    int valueEnd = trimEnd(text, valueStart, stop);
    if (valueStart == valueEnd) {
      throw error(valueStart, "empty title", stop, "the journey's title after title");
    }
    String value =
        checkLength(decode(text, valueStart, valueEnd, false), valueStart, valueEnd, "title");
    if (Texts.isBlank(value)) {
      throw error(valueStart, "blank title", valueEnd, "a title with some visible text");
    }
    position = end + 1;
    return new Title(value);
  }

  /** The locale of a cjm-locale comment: a well-formed language tag with a language. */
  private LocaleComment locale(int from, int end) {
    int tagStart = trimStart(text, from, end);
    int tagEnd = trimEnd(text, tagStart, end);
    if (tagStart == tagEnd) {
      throw error(tagStart, "missing locale tag", tagEnd, LOCALE_TAG);
    }
    Locale locale;
    try {
      locale = new Locale.Builder().setLanguageTag(text.substring(tagStart, tagEnd)).build();
    } catch (IllformedLocaleException e) {
      throw error(tagStart, "invalid locale tag", tagEnd, LOCALE_TAG);
    }
    if (locale.getLanguage().isEmpty()) {
      throw error(tagStart, "locale tag without a language", tagEnd, LOCALE_TAG);
    }
    position = end + 1;
    return new LocaleComment(locale);
  }

  /** The text of accTitle: and accDescr:, to the end of the line. */
  private String oneLineValue(int from, int end) {
    int valueStart = trimStart(text, from, end);
    int valueEnd = trimEnd(text, valueStart, end);
    String value =
        checkLength(
            decode(text, valueStart, valueEnd, false), valueStart, valueEnd, "accessibility text");
    position = end + 1;
    return value;
  }

  /** {@code accDescr { … }}, over any number of lines; Mermaid drops the indentation of each. */
  private AccessibilityDescription descriptionBlock(int keywordStart, int from) {
    int close = text.indexOf('}', from);
    if (close < 0) {
      throw error(
          keywordStart, "accDescr { not closed", from, "a } ending the accessibility description");
    }
    int valueStart = trimStart(text, from, close);
    int valueEnd = trimEnd(text, valueStart, close);
    StringBuilder collapsed = new StringBuilder(valueEnd - valueStart);
    for (int i = valueStart; i < valueEnd; i++) {
      char c = text.charAt(i);
      collapsed.append(c);
      if (c == '\n') {
        while (i + 1 < valueEnd && isSpaceOrNewline(text.charAt(i + 1))) {
          i++;
        }
      }
    }
    String raw = collapsed.toString();
    String value =
        checkLength(decode(raw, 0, raw.length(), false), valueStart, valueEnd, "description");
    position = close + 1; // the next statement may follow on the same line
    return new AccessibilityDescription(value);
  }

  private Section section(int from, int end) {
    int stop = valueEnd(from, end, true);
    if (stop < end && text.charAt(stop) == ':') {
      throw error(
          stop,
          "colon in a section name",
          stop + 1,
          "the end of the section line (write #58; for a colon in a name)");
    }
    int nameStart = trimStart(text, from, stop);
    int nameEnd = trimEnd(text, nameStart, stop);
    String name =
        checkedText(decode(text, nameStart, nameEnd, true), nameStart, nameEnd, "section name");
    if (Texts.isBlank(name)) {
      throw error(nameStart, "empty section name", Math.max(nameEnd, stop), "a section name");
    }
    if (sections == Limits.MAX_STAGES) {
      throw error(
          nameStart,
          "more than " + count(Limits.MAX_STAGES) + " sections (Limits.MAX_STAGES)",
          nameEnd,
          "at most " + count(Limits.MAX_STAGES) + " sections; split the diagram");
    }
    sections++;
    position = end + 1;
    return new Section(name);
  }

  private Task task(int start, int end) {
    int colon = valueEnd(start, end, true);
    if (colon == end || text.charAt(colon) != ':') {
      throw error(start, "unknown statement", colon, STATEMENTS);
    }
    int nameEnd = trimEnd(text, start, colon);
    if (nameEnd == start) {
      throw error(start, "missing task name", colon + 1, "a task name before the colon");
    }
    String name = checkedText(decode(text, start, nameEnd, true), start, nameEnd, "task name");
    if (Texts.isBlank(name)) {
      throw error(start, "blank task name", nameEnd, "a task name with some visible text");
    }
    if (++tasks > Limits.MAX_TOUCHPOINTS) {
      throw error(
          start,
          "more than " + count(Limits.MAX_TOUCHPOINTS) + " tasks (Limits.MAX_TOUCHPOINTS)",
          nameEnd,
          "at most " + count(Limits.MAX_TOUCHPOINTS) + " tasks; split the diagram");
    }
    if (sections == 0) {
      throw error(
          start,
          "task before any section",
          nameEnd,
          "a section line (section Name) before the first task");
    }
    int dataEnd = valueEnd(colon + 1, end, false);
    int secondColon = indexOf(':', colon + 1, dataEnd);
    int score = score(colon + 1, secondColon < 0 ? dataEnd : secondColon);
    List<String> actors = new ArrayList<>();
    if (secondColon >= 0) {
      int thirdColon = indexOf(':', secondColon + 1, dataEnd);
      actors(secondColon + 1, thirdColon < 0 ? dataEnd : thirdColon, actors);
      if (thirdColon >= 0) {
        checkNothingAfterActors(thirdColon, dataEnd);
      }
    }
    position = end + 1;
    return new Task(name, score, actors);
  }

  private int score(int from, int to) {
    int start = trimStart(text, from, to);
    int end = trimEnd(text, start, to);
    if (start == end) {
      throw error(start, "missing score", to, "a whole number from 1 to 5 after the task's colon");
    }
    int value = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw error(start, "score is not a whole number", end, "a whole number from 1 to 5");
      }
      value = Math.min(value * 10 + (c - '0'), 1000);
    }
    if (value < 1 || value > 5) {
      throw error(
          start,
          "score off the scale",
          end,
          "a whole number from 1 to 5 (cjm reads 1..5 as the emotions -2..+2)");
    }
    return value;
  }

  private void actors(int from, int to, List<String> actors) {
    int i = from;
    while (i <= to) {
      int comma = indexOf(',', i, to);
      int pieceEnd = comma < 0 ? to : comma;
      int start = trimStart(text, i, pieceEnd);
      int end = trimEnd(text, start, pieceEnd);
      String actor = checkLength(decode(text, start, end, true), start, end, "actor");
      if (!Texts.isBlank(actor)) { // empty entries, as in "Task: 5:" or "A, , B", are no actors
        if (!actors.isEmpty()) {
          counted(actor, start, end); // the first may be the persona: not counted, see texts
        }
        actors.add(actor);
      }
      i = pieceEnd + 1;
    }
  }

  /** After a third colon, only more colons and white space may follow. */
  private void checkNothingAfterActors(int thirdColon, int dataEnd) {
    for (int k = trimStart(text, thirdColon + 1, dataEnd); k < dataEnd; k++) {
      if (text.charAt(k) != ':' && !isSpace(text.charAt(k))) {
        throw error(
            thirdColon,
            "text after the actors",
            dataEnd,
            "the end of the task line after the actors (write #58; for a colon in a name)");
      }
    }
  }

  /**
   * Where the text of a statement that started before {@code from} ends: at the line's end, at a
   * {@code #} that starts a comment, or (if {@code colonEnds}) at a colon. A semicolon there is an
   * error, as in Mermaid.
   */
  private int valueEnd(int from, int end, boolean colonEnds) {
    int i = from;
    while (i < end) {
      char c = text.charAt(i);
      if (c == '#') {
        int entity = entityEnd(text, i, end);
        if (entity < 0) {
          return i;
        }
        i = entity;
        continue;
      }
      if (c == ';') {
        throw error(
            i,
            "semicolon outside accTitle and accDescr",
            i + 1,
            "#59; for a semicolon in a name, or the end of the line");
      }
      if (c == ':' && colonEnds) {
        return i;
      }
      i++;
    }
    return end;
  }

  private int indexOf(char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  /** A text of the diagram, checked against its length limit and counted; see below. */
  private String checkedText(String value, int start, int end, String what) {
    return counted(checkLength(value, start, end, what), start, end);
  }

  /**
   * The text, when it is within {@link Limits#MAX_TEXT_LENGTH}; otherwise an error at {@code
   * start}, showing the beginning of the text (from {@code start} to {@code end} in the diagram).
   */
  private String checkLength(String value, int start, int end, String what) {
    if (value.length() > Limits.MAX_TEXT_LENGTH) {
      String article = "aeiou".indexOf(what.charAt(0)) >= 0 ? "an " : "a ";
      throw error(
          start,
          what + " of " + count(value.length()) + " characters (Limits.MAX_TEXT_LENGTH)",
          end,
          article + what + " of at most " + count(Limits.MAX_TEXT_LENGTH) + " characters");
    }
    return value;
  }

  /**
   * Counts a text of the diagram (from {@code start} to {@code end}) against the limits of a
   * journey's texts, and returns it; a text over them is an error.
   */
  private String counted(String value, int start, int end) {
    texts++;
    textLength += value.length();
    if (texts > Limits.MAX_TEXTS) {
      throw error(
          start,
          "more than " + count(Limits.MAX_TEXTS) + " texts (Limits.MAX_TEXTS)",
          end,
          "at most "
              + count(Limits.MAX_TEXTS)
              + " texts (titles, names and actors) in one diagram; split it into several");
    }
    if (textLength > Limits.MAX_TOTAL_TEXT_LENGTH) {
      throw error(
          start,
          "more than "
              + count(Limits.MAX_TOTAL_TEXT_LENGTH)
              + " characters of text (Limits.MAX_TOTAL_TEXT_LENGTH)",
          end,
          "at most "
              + count(Limits.MAX_TOTAL_TEXT_LENGTH)
              + " characters in all the texts of one diagram; split it into several");
    }
    return value;
  }
}
